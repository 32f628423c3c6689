/**
 * Runs pipeline tasks on a piscina worker-thread pool, or in this thread when `workers` is 0.
 * Both run the same `runTask`, so results are identical either way.
 */
import { Piscina } from 'piscina';
import runTask, { type WorkerResult, type WorkerTask } from './pipeline-worker.js';

/** Something that runs pipeline tasks. */
export interface TaskRunner {
  /** Runs one task. */
  run(task: WorkerTask): Promise<WorkerResult>;
  /** Number of worker threads (0: the calling thread). */
  readonly threads: number;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Creates a runner with `workers` threads (0 runs tasks in the calling thread). */
export function createTaskRunner(workers: number): TaskRunner {
  if (workers <= 0) {
    return {
      threads: 0,
      run: async (task) => runTask(task),
      close: async () => undefined,
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
  return {
    threads: workers,
    run: (task) => pool.run(task) as Promise<WorkerResult>,
    close: () => pool.destroy(),
  };
}
