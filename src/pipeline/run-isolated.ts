/**
 * Per-item isolation for the worker pool: items go to the runner in batches (cheaper), and a batch
 * that throws or runs past its time budget is run again one item at a time, so one bad file or
 * document is reported alone and the rest of its batch is kept.
 */
import type { WorkerResult, WorkerTask } from './pipeline-worker.js';
import type { TaskRunner } from './worker-pool.js';

/**
 * Runs `items` in batches on `runner`, isolating each item: a batch that throws or runs past
 * `timeoutMs` is run again one item at a time (each with the budget), and an item that still
 * fails goes to `onFailure` instead of stopping the ingest.
 */
export async function runIsolated<I, R>(
  runner: TaskRunner,
  items: readonly I[],
  batchSize: number,
  timeoutMs: number,
  task: (batch: I[]) => WorkerTask,
  results: (result: WorkerResult) => R[],
  onResult: (item: I, result: R) => void,
  onFailure: (item: I, error: unknown) => void,
): Promise<void> {
  const attempt = async (batch: I[]): Promise<R[]> => {
    const out = results(await runner.run(task(batch), { timeoutMs }));
    if (out.length !== batch.length) throw new Error(`ingest: worker answered ${out.length} results for ${batch.length} items`);
    return out;
  };
  await Promise.all(
    chunk(items, batchSize).map(async (batch) => {
      try {
        const out = await attempt(batch);
        batch.forEach((item, i) => onResult(item, out[i]!));
        return;
      } catch (error) {
        if (batch.length === 1) {
          onFailure(batch[0]!, error);
          return;
        }
      }
      await Promise.all(
        batch.map(async (item) => {
          try {
            onResult(item, (await attempt([item]))[0]!);
          } catch (error) {
            onFailure(item, error);
          }
        }),
      );
    }),
  );
}

/** Splits `items` into arrays of at most `size`. */
function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
