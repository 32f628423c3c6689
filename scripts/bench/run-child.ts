/**
 * Runs a bench task in a child Node process (TypeScript through tsx) and returns its result and
 * the child's peak RSS; kills the child at the timeout. A long-running task (a server) reports
 * `ready` first and is stopped by the parent.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './child-protocol.js';

const ENTRY = fileURLToPath(new URL('./child-entry.ts', import.meta.url));

/** A finished child task. */
export interface ChildResult<T> {
  value: T;
  /** Peak resident set size of the child process, MB. */
  maxRssMb: number;
  /** Wall time from spawn to the result, ms (includes process and module start-up). */
  wallMs: number;
}

/** A running long-lived child task (a server). */
export interface RunningChild<R> {
  /** What the task reported when it became ready. */
  ready: R;
  /** Milliseconds from spawn to ready. */
  readyMs: number;
  /** Asks the task to stop and waits for its result. */
  stop(timeoutMs?: number): Promise<ChildResult<unknown>>;
}

function spawnChild(options: { heapMb?: number }): ChildProcess {
  const execArgv = ['--import', 'tsx'];
  if (options.heapMb !== undefined) execArgv.push(`--max-old-space-size=${options.heapMb}`);
  return fork(ENTRY, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
}

function kbToMb(kb: number): number {
  return Math.round((kb / 1024) * 10) / 10;
}

/** Runs `task` with `input` in a fresh child process; rejects on error, crash or timeout. */
export function runChild<T>(task: string, input: unknown, options: { timeoutMs: number; heapMb?: number }): Promise<ChildResult<T>> {
  const started = performance.now();
  const child = spawnChild(options);
  return new Promise<ChildResult<T>>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      if (child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`bench task ${task} timed out after ${Math.round(options.timeoutMs / 1000)} s`)));
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'done') {
        finish(() => resolve({ value: message.value as T, maxRssMb: kbToMb(message.maxRssKb), wallMs: Math.round(performance.now() - started) }));
        child.disconnect();
      } else if (message.type === 'error') {
        finish(() => reject(new Error(`bench task ${task} failed: ${message.error}`)));
        child.disconnect();
      }
    });
    child.on('exit', (code, signal) => finish(() => reject(new Error(`bench task ${task} exited early (code ${String(code)}, signal ${String(signal)})`))));
    child.on('error', (error) => finish(() => reject(error)));
    child.send({ type: 'run', task, input } satisfies ParentMessage);
  });
}

/** Starts a long-running task (a server) in a child process and waits until it is ready. */
export function startChild<R>(task: string, input: unknown, options: { readyTimeoutMs: number; heapMb?: number }): Promise<RunningChild<R>> {
  const started = performance.now();
  const child = spawnChild(options);
  let onResult: ((message: ChildMessage) => void) | null = null;
  let exited = false;
  child.on('exit', () => {
    exited = true;
    onResult?.({ type: 'error', error: 'child exited', maxRssKb: 0 });
  });
  return new Promise<RunningChild<R>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench task ${task} was not ready after ${Math.round(options.readyTimeoutMs / 1000)} s`));
    }, options.readyTimeoutMs);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        const readyMs = Math.round(performance.now() - started);
        resolve({
          ready: message.value as R,
          readyMs,
          stop: (timeoutMs = 30_000) =>
            new Promise<ChildResult<unknown>>((res, rej) => {
              if (exited) {
                rej(new Error(`bench task ${task} had already exited`));
                return;
              }
              const stopTimer = setTimeout(() => {
                child.kill('SIGKILL');
                rej(new Error(`bench task ${task} did not stop within ${timeoutMs} ms`));
              }, timeoutMs);
              onResult = (m) => {
                clearTimeout(stopTimer);
                onResult = null;
                if (m.type === 'done') res({ value: m.value, maxRssMb: kbToMb(m.maxRssKb), wallMs: Math.round(performance.now() - started) });
                else if (m.type === 'error') rej(new Error(`bench task ${task} failed: ${m.error}`));
                if (child.connected) child.disconnect();
              };
              child.send({ type: 'stop' } satisfies ParentMessage);
            }),
        });
      } else if (onResult !== null) {
        onResult(message);
      } else {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`bench task ${task} ended before it was ready: ${message.type === 'error' ? message.error : 'done'}`));
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.send({ type: 'run', task, input } satisfies ParentMessage);
  });
}
