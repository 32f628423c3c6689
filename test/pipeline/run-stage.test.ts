import { describe, expect, it } from 'vitest';
import type { ItemOutcome, WorkerResult, WorkerTask } from '../../src/pipeline/pipeline-worker.js';
import { RunContext, type StageProgress } from '../../src/pipeline/run-context.js';
import { runCorpusStage, runItemStage } from '../../src/pipeline/run-stage.js';
import { defineStage } from '../../src/pipeline/stage.js';
import { analyzeStage } from '../../src/pipeline/stages.js';
import { TaskTimeoutError, type TaskRunner } from '../../src/pipeline/worker-pool.js';

/** A document-like item: its file, and what the fake worker does with it. */
interface Item {
  file: string;
  does: 'answer' | 'throw' | 'crash' | 'hang';
}

/**
 * A fake pool: per item, 'answer' answers its file upper-cased, 'throw' comes back as the item's
 * error (as the worker reports an exception of one item), 'crash' fails the whole batch (a dead
 * worker), 'hang' runs past the budget.
 */
function fakePool(tasks: string[][]): TaskRunner {
  return {
    threads: 1,
    close: async () => undefined,
    run: async (task: WorkerTask, options?: { timeoutMs?: number }): Promise<WorkerResult> => {
      const items = (task as { items: Item[] }).items;
      tasks.push(items.map((i) => i.file));
      if (items.some((i) => i.does === 'hang')) throw new TaskTimeoutError(options?.timeoutMs ?? 0);
      if (items.some((i) => i.does === 'crash')) throw new Error('worker exited with code 1');
      const outcomes: ItemOutcome[] = items.map((i) =>
        i.does === 'throw'
          ? { error: 'RangeError: Maximum call stack size exceeded', diagnostics: [] }
          : { output: i.file.toUpperCase(), diagnostics: [{ file: i.file, stage: 'analyze', code: 'warning', reason: 'noted', fatal: false }] },
      );
      return { kind: 'stage', outcomes };
    },
  };
}

describe('runItemStage', () => {
  it("turns each failed item into a diagnostic naming its file, keeps every other item's output, and reports progress", async () => {
    const progress: StageProgress[] = [];
    const ctx = new RunContext((p) => progress.push(p));
    const tasks: string[][] = [];
    const outputs = new Map<string, string>();
    const items: Item[] = [
      { file: 'a.md', does: 'answer' },
      { file: 'poison.md', does: 'throw' },
      { file: 'b.md', does: 'answer' },
      { file: 'crash.md', does: 'crash' },
      { file: 'slow.md', does: 'hang' },
    ];
    await runItemStage(fakePool(tasks), ctx, {
      stage: analyzeStage({ tag: { providerDomains: [] } }) as never,
      items,
      batch: 3,
      timeoutMs: 2000,
      fileOf: (item: Item) => item.file,
      onOutput: (item: Item, output: unknown) => outputs.set(item.file, output as string),
      done: 1,
      total: 6,
    });
    expect([...outputs].sort()).toEqual([['a.md', 'A.MD'], ['b.md', 'B.MD']]);
    expect(ctx.diagnostics.filter((d) => d.fatal).map((d) => [d.file, d.stage, d.code, d.reason]).sort()).toEqual([
      ['crash.md', 'analyze', 'analyze-failed', 'analysis failed: worker exited with code 1'],
      ['poison.md', 'analyze', 'analyze-failed', 'analysis failed: RangeError: Maximum call stack size exceeded'],
      ['slow.md', 'analyze', 'timed-out', 'analysis took more than 2 s (the per-file time budget); stopped'],
    ]);
    expect(ctx.diagnostics.filter((d) => !d.fatal).map((d) => d.file).sort()).toEqual(['a.md', 'b.md']);
    // The first batch answers at once; the second fails and runs again one item at a time.
    expect(tasks).toEqual([['a.md', 'poison.md', 'b.md'], ['crash.md', 'slow.md'], ['crash.md'], ['slow.md']]);
    expect(progress[0]).toEqual({ stage: 'analyze', done: 1, total: 6 });
    expect(progress.at(-1)).toEqual({ stage: 'analyze', done: 6, total: 6 });
    expect(Object.keys(ctx.timings)).toEqual(['analyze']);
  });
});

describe('runCorpusStage', () => {
  it('runs a corpus stage once with the context, timed under its name', async () => {
    const ctx = new RunContext();
    const stage = defineStage({
      name: 'incidents',
      scope: 'corpus',
      options: { windowDays: 2 },
      run: (input: number[], context: RunContext) => {
        context.report({ file: 'x.md', stage: 'incidents', code: 'warning', reason: 'seen', fatal: false });
        return input.length;
      },
    });
    expect(await runCorpusStage(ctx, stage, [1, 2, 3], 3)).toBe(3);
    expect(ctx.diagnostics.map((d) => d.reason)).toEqual(['seen']);
    expect(typeof ctx.timings.incidents).toBe('number');
  });
});

describe('defineStage', () => {
  it('keys a stage by its code, name and options', () => {
    const run = (n: number): number => n;
    const a = defineStage({ name: 'index', scope: 'corpus', options: { shardSize: 1 }, run });
    const b = defineStage({ name: 'index', scope: 'corpus', options: { shardSize: 1 }, run });
    const c = defineStage({ name: 'index', scope: 'corpus', options: { shardSize: 2 }, run });
    expect(a.cacheKey).toMatch(/^[0-9a-f]{32}$/);
    expect(a.cacheKey).toBe(b.cacheKey);
    expect(a.cacheKey).not.toBe(c.cacheKey);
  });
});
