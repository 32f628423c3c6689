/**
 * Entry point of a bench child process: waits for one `run` message, runs the named task and
 * reports its result with the process's peak RSS (`process.resourceUsage().maxRSS`, KB).
 */
import type { ChildMessage, ParentMessage, TaskContext } from './child-protocol.js';

interface TaskModule { run(input: unknown, context: TaskContext): Promise<unknown> }

/** Task name -> module (imported lazily so a missing pipeline piece only fails its own task). */
const TASKS: Readonly<Record<string, () => Promise<TaskModule>>> = {
  ingest: () => import('./task-ingest.js'),
  nlp: () => import('./task-nlp.js'),
  dedupe: () => import('./task-dedupe.js'),
  kb: () => import('./task-knowledge-base.js'),
  'serve-search': () => import('./task-serve-search.js'),
  'serve-bare': () => import('./task-serve-bare.js'),
};

function send(message: ChildMessage): void {
  process.send?.(message);
}

function maxRssKb(): number {
  return process.resourceUsage().maxRSS;
}

let stop: () => void = () => undefined;
const stopped = new Promise<void>((resolve) => {
  stop = resolve;
});

process.on('message', (message: ParentMessage) => {
  if (message.type === 'stop') {
    stop();
    return;
  }
  const load = TASKS[message.task];
  if (load === undefined) {
    send({ type: 'error', error: `unknown bench task ${message.task}`, maxRssKb: maxRssKb() });
    return;
  }
  const context: TaskContext = { ready: (value) => send({ type: 'ready', value }), stopped };
  load()
    .then((mod) => mod.run(message.input, context))
    .then(
      (value) => send({ type: 'done', value, maxRssKb: maxRssKb() }),
      (error: unknown) => send({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error), maxRssKb: maxRssKb() }),
    )
    .finally(() => {
      // Let the IPC message flush, then leave even if a handle (a server, a pool) is still open.
      setTimeout(() => process.exit(0), 200).unref();
      if (process.connected) process.disconnect();
    });
});
process.on('disconnect', () => setTimeout(() => process.exit(0), 500).unref());
