/**
 * The server under test as a child process: `faultline serve --data DIR --port 0` on 127.0.0.1
 * (the port it picked is read from its "listening" log line), its log scanned for errors and
 * reloads, and a graceful stop with SIGTERM.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** A running server child. */
export interface ServerProcess {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  pid: number;
  /** Log lines at level error or above (pino level >= 50) so far. */
  errorLines(): readonly string[];
  /** Generations the server logged as loaded, in order. */
  loadedGenerations(): readonly string[];
  /** Refused reloads the server logged. */
  refusedReloads(): number;
  /** True while the process runs. */
  alive(): boolean;
  /** SIGTERM, then waits up to `timeoutMs` for a graceful exit (SIGKILL after); resolves with the exit code and the time taken. */
  stop(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; killed: boolean }>;
}

/** The CLI entry (run from sources with tsx's loader). */
const CLI = path.resolve('src/cli/main.ts');
/** Most error lines kept for the report. */
const MAX_ERROR_LINES = 50;

/** Starts `faultline serve` on `dataDir`; resolves once it listens (rejects after `timeoutMs`). */
export function startServerProcess(dataDir: string, timeoutMs: number, logFile?: (line: string) => void): Promise<ServerProcess> {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'serve', '--data', dataDir, '--host', '127.0.0.1', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '' } },
  );
  const errors: string[] = [];
  const loaded: string[] = [];
  let refused = 0;
  let exited = false;
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
  const exitWaiters: (() => void)[] = [];
  // If the soak itself exits early (a signal, an error), the server must not outlive it.
  const killOnExit = (): void => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.on('exit', (code, signal) => {
    process.off('exit', killOnExit);
    exited = true;
    exitInfo = { code, signal };
    for (const wake of exitWaiters.splice(0)) wake();
  });

  return new Promise<ServerProcess>((resolve, reject) => {
    let url: string | null = null;
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`soak: the server did not start listening within ${timeoutMs} ms: ${stderr.slice(-2000)}`));
    }, timeoutMs);

    const onLine = (line: string): void => {
      logFile?.(line);
      if (line.includes('"msg":"faultline server listening"')) {
        const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(line);
        if (match !== null && url === null) {
          url = match[1]!;
          clearTimeout(timer);
          resolve(server(url));
        }
      } else if (line.includes('"msg":"knowledge base loaded"')) {
        const dir = /"dir":"([^"]+)"/.exec(line);
        if (dir !== null) loaded.push(dir[1]!);
      } else if (line.includes('"msg":"new knowledge base refused')) {
        refused += 1;
      }
      const level = /^\{"level":(\d+)/.exec(line);
      if (level !== null && Number(level[1]) >= 50 && errors.length < MAX_ERROR_LINES) errors.push(line.slice(0, 2000));
    };
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) !== -1) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
      logFile?.(chunk.trimEnd());
    });
    child.on('exit', (code, signal) => {
      if (url === null) {
        clearTimeout(timer);
        reject(new Error(`soak: the server exited before listening (code ${code}, signal ${signal}): ${stderr.slice(-2000)}`));
      }
    });

    const server = (base: string): ServerProcess => ({
      url: base,
      pid: child.pid!,
      errorLines: () => errors,
      loadedGenerations: () => loaded,
      refusedReloads: () => refused,
      alive: () => !exited,
      async stop(stopTimeoutMs) {
        const started = performance.now();
        if (exited) return { ...exitInfo, ms: 0, killed: false };
        const done = new Promise<void>((wake) => exitWaiters.push(wake));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          done.then(() => false),
          new Promise<boolean>((wake) => {
            timer = setTimeout(() => wake(true), stopTimeoutMs);
          }),
        ]);
        clearTimeout(timer);
        if (timedOut) {
          child.kill('SIGKILL');
          await done;
        }
        return { ...exitInfo, ms: Math.round(performance.now() - started), killed: timedOut };
      },
    });
  });
}
