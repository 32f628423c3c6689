/**
 * Messages between the bench (parent) and a measurement child process. Heavy measurements run
 * in children so that one measurement's memory (and its peak RSS) never pollutes another's.
 */

/** Parent -> child: run a task, or stop a long-running (server) task. */
export type ParentMessage = { type: 'run'; task: string; input: unknown } | { type: 'stop' };

/** Child -> parent: a server task is ready, a task finished, or it failed. */
export type ChildMessage =
  | { type: 'ready'; value: unknown }
  | { type: 'done'; value: unknown; maxRssKb: number }
  | { type: 'error'; error: string; maxRssKb: number };

/** Context a task gets from the child runtime. */
export interface TaskContext {
  /** Tells the parent a long-running task is ready (servers), with e.g. its port. */
  ready(value: unknown): void;
  /** Settles when the parent asks a long-running task to stop. */
  stopped: Promise<void>;
}

/** A measurement task run inside a child process. */
export type BenchTask = (input: never, context: TaskContext) => Promise<unknown>;
