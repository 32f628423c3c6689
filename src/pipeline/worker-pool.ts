/**
 * Runs pipeline tasks on a piscina worker-thread pool, or in this thread when `workers` is 0.
 * Both run the same `runTask`, so results are identical either way.
 *
 * In threads, a task may be given a time budget: the runner keeps at most one task per thread in
 * flight (so a task's clock starts when it starts running, not when it is queued), and a task past
 * its budget is aborted: piscina terminates its thread and starts a new one, and the task rejects
 * with `TaskTimeoutError`. In the calling thread a budget cannot be enforced (the work is
 * synchronous) and is ignored.
 */
import { Piscina } from 'piscina';
import runTask, { type WorkerResult, type WorkerTask } from './pipeline-worker.js';

/** Something that runs pipeline tasks. */
export interface TaskRunner {
  /** Runs one task; with `timeoutMs` (threads only), rejects with `TaskTimeoutError` once past it. */
  run(task: WorkerTask, options?: { timeoutMs?: number }): Promise<WorkerResult>;
  /** Number of worker threads (0: the calling thread). */
  readonly threads: number;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** A task stopped because it ran past its time budget (its worker thread was replaced). */
export class TaskTimeoutError extends Error {
  /** The budget it ran past, in milliseconds. */
  readonly timeoutMs: number;

  /** Creates the error for a task stopped after `timeoutMs`. */
  constructor(timeoutMs: number) {
    super(`took more than ${timeoutMs / 1000} s`);
    this.name = 'TaskTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** Creates a runner with `workers` threads (0 runs tasks in the calling thread). */
export function createTaskRunner(workers: number): TaskRunner {
  if (workers <= 0) {
    return {
      threads: 0,
      run: async (task) => runTask(task),
      close: () => Promise.resolve(),
    };
  }
  const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './pipeline-worker.ts' : './pipeline-worker.js', import.meta.url);
  // Running from TypeScript sources (tests, tsx): the worker needs tsx's loader to import .ts files.
  const execArgv = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const pool = new Piscina({
    filename: workerUrl.href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    execArgv,
  });
  // At most one task per thread in flight; the others wait here, their clocks not yet started.
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (running < workers) {
      running += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    threads: workers,
    run: async (task, options = {}) => {
      await acquire();
      const controller = new AbortController();
      const timeoutMs = options.timeoutMs;
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(new TaskTimeoutError(timeoutMs)), timeoutMs);
      try {
        return (await pool.run(task, { signal: controller.signal })) as WorkerResult;
      } catch (error) {
        if (controller.signal.aborted) throw controller.signal.reason as TaskTimeoutError;
        throw error;
      } finally {
        clearTimeout(timer);
        release();
      }
    },
    close: () => pool.destroy(),
  };
}
