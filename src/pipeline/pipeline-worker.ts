/**
 * The worker-thread entry of the pipeline's pool (piscina): runs a batch of one per-file or
 * per-document stage (rebuilt from its name and options, `ITEM_STAGES`), or builds one index
 * shard. Each item runs on its own: one whose stage throws comes back as its error message, the
 * rest of the batch as their outputs. wink-nlp's model is loaded once per worker, on first use.
 */
import { buildShard, type ShardEntry } from '../index/build-shard.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { RunContext } from './run-context.js';
import { ITEM_STAGES, type ItemStageName } from './stages.js';

/** A unit of work for a pipeline worker. */
export type WorkerTask =
  | { kind: 'stage'; stage: ItemStageName; options: unknown; items: unknown[] }
  | { kind: 'index-shard'; entries: ShardEntry[] };

/** One item's output, or the message of the exception that stopped it; with the diagnostics it reported. */
export type ItemOutcome =
  | { output: unknown; error?: undefined; diagnostics: Diagnostic[] }
  | { output?: undefined; error: string; diagnostics: Diagnostic[] };

/** A worker's answer, matching the task's kind. */
export type WorkerResult = { kind: 'stage'; outcomes: ItemOutcome[] } | { kind: 'index-shard'; content: string };

/** Runs one task; one item whose stage throws fails alone (its outcome names the error). */
export default async function runTask(task: WorkerTask): Promise<WorkerResult> {
  if (task.kind === 'index-shard') return { kind: 'index-shard', content: buildShard(task.entries) };
  const stage = ITEM_STAGES[task.stage](task.options);
  const outcomes: ItemOutcome[] = [];
  for (const item of task.items) {
    const ctx = new RunContext();
    try {
      outcomes.push({ output: await stage.run(item as never, ctx), diagnostics: ctx.diagnostics });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), diagnostics: ctx.diagnostics });
    }
  }
  return { kind: 'stage', outcomes };
}
