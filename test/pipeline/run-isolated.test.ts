import { describe, expect, it } from 'vitest';
import type { WorkerResult, WorkerTask } from '../../src/pipeline/pipeline-worker.js';
import { runIsolated } from '../../src/pipeline/run-isolated.js';
import { TaskTimeoutError, type TaskRunner } from '../../src/pipeline/worker-pool.js';

/** A fake runner over index-shard tasks whose entries are numbers: 13 throws, 7 times out, others answer their square. */
function fakeRunner(calls: number[][]): TaskRunner {
  return {
    threads: 1,
    close: async () => undefined,
    run: async (task: WorkerTask, options?: { timeoutMs?: number }): Promise<WorkerResult> => {
      const items = (task as unknown as { entries: number[] }).entries;
      calls.push(items);
      if (items.includes(7)) throw new TaskTimeoutError(options?.timeoutMs ?? 0);
      if (items.includes(13)) throw new RangeError('Invalid string length');
      return { kind: 'index-shard', content: JSON.stringify(items.map((n) => n * n)) };
    },
  };
}

describe('runIsolated', () => {
  it('runs good batches once, re-runs a failing batch one item at a time, and reports only the culprits', async () => {
    const calls: number[][] = [];
    const results = new Map<number, number>();
    const failures: [number, string][] = [];
    await runIsolated(
      fakeRunner(calls),
      [1, 2, 3, 4, 5, 6, 7, 8, 13, 14],
      4,
      5000,
      (batch) => ({ kind: 'index-shard', entries: batch as never }),
      (result) => JSON.parse((result as { content: string }).content) as number[],
      (item, square) => results.set(item, square),
      (item, error) => failures.push([item, error instanceof TaskTimeoutError ? `timeout ${error.timeoutMs}` : (error as Error).message]),
    );
    expect([...results].sort((a, b) => a[0] - b[0])).toEqual([[1, 1], [2, 4], [3, 9], [4, 16], [5, 25], [6, 36], [8, 64], [14, 196]]);
    expect(failures.sort((a, b) => a[0] - b[0])).toEqual([[7, 'timeout 5000'], [13, 'Invalid string length']]);
    expect(calls).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [13, 14], [5], [6], [7], [8], [13], [14]]);
  });

  it('treats a worker answering the wrong number of results as a failed batch', async () => {
    const runner: TaskRunner = { threads: 1, close: async () => undefined, run: async () => ({ kind: 'index-shard', content: '[]' }) };
    const failures: number[] = [];
    await runIsolated(runner, [1, 2], 8, 1000, (b) => ({ kind: 'index-shard', entries: b as never }), () => [], () => undefined, (item) => failures.push(item));
    expect(failures.sort()).toEqual([1, 2]);
  });
});
