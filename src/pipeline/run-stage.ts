/**
 * The runner of one stage. A per-file or per-document stage goes through the worker pool in
 * batches with per-item isolation (`runIsolated`): an item whose stage throws, whose batch kills
 * its worker, or which runs past the time budget becomes a diagnostic naming its file
 * (`<stage>-failed`, `timed-out`) and every other item goes on. A corpus stage runs once, in this
 * thread. Both are timed and report their progress in the run context.
 */
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { RunContext } from './run-context.js';
import { runIsolated } from './run-isolated.js';
import type { ItemOutcome } from './pipeline-worker.js';
import type { Stage } from './stage.js';
import type { ItemStage } from './stages.js';
import { TaskTimeoutError, type TaskRunner } from './worker-pool.js';

/** How to run one per-item stage over its items. */
export interface ItemStageRun<I, O> {
  stage: ItemStage<I, O>;
  /** The items to run (those not served from the cache). */
  items: readonly I[];
  /** Items per task sent to a worker. */
  batch: number;
  /** Time budget of one item in a worker thread (ms). */
  timeoutMs: number;
  /** The corpus file an item's diagnostics name. */
  fileOf: (item: I) => string;
  /** Receives each item's output (in completion order). */
  onOutput: (item: I, output: O) => void;
  /** Items already done (from the cache) and the stage's total, for progress (default 0 and the items). */
  done?: number;
  total?: number;
}

/** Runs a per-file or per-document stage over its items on `pool`; a failed item becomes a diagnostic. */
export async function runItemStage<I, O>(pool: TaskRunner, ctx: RunContext, run: ItemStageRun<I, O>): Promise<void> {
  const { stage } = run;
  const total = run.total ?? run.items.length;
  let done = run.done ?? 0;
  ctx.progress(stage.name, done, total);
  const failed = (item: I, reason: string, timedOut: boolean): void => {
    const code: DiagnosticCode = timedOut ? 'timed-out' : `${stage.name}-failed`;
    ctx.report({ file: run.fileOf(item), stage: stage.name, code, reason, fatal: true });
  };
  await ctx.time(stage.name, () =>
    runIsolated(
      pool,
      run.items,
      run.batch,
      run.timeoutMs,
      (items) => ({ kind: 'stage', stage: stage.name, options: stage.options, items }),
      (result): ItemOutcome[] => {
        if (result.kind !== 'stage') throw new Error(`${stage.name}: worker answered the wrong task kind`);
        return result.outcomes;
      },
      (item, outcome) => {
        ctx.report(...outcome.diagnostics);
        if (outcome.error === undefined) run.onOutput(item, outcome.output as O);
        else failed(item, `${stage.failing} failed: ${outcome.error}`, false);
        done += 1;
        ctx.progress(stage.name, done, total);
      },
      (item, error) => {
        const timedOut = error instanceof TaskTimeoutError;
        failed(item, timedOut ? `${stage.working} ${error.message} (the per-file time budget); stopped` : `${stage.failing} failed: ${messageOf(error)}`, timedOut);
        done += 1;
        ctx.progress(stage.name, done, total);
      },
    ),
  );
}

/** Runs a corpus stage once over its input, timed, with its progress at 0 of `total` when it starts. */
export async function runCorpusStage<I, O>(ctx: RunContext, stage: Stage<I, O>, input: I, total: number): Promise<O> {
  return ctx.time(stage.name, () => {
    ctx.progress(stage.name, 0, total);
    return stage.run(input, ctx);
  });
}

/** The message of a thrown value. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
