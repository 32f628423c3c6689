/**
 * A knowledge base load stuck in a read that never returns (a FIFO read the plain way, as on a
 * hung network mount) must neither wedge reloading nor keep the server from exiting on SIGTERM.
 * The server runs in a child process (it exits, as `faultline serve` does); every wait is bounded.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string | null = null;

afterEach(async () => {
  if (root !== null) await rm(root, { recursive: true, force: true });
  root = null;
});

/** The child: a server whose loader reads a FIFO with fs.readFile (blocking a libuv thread for good). */
function childScript(dataDir: string, fifo: string): string {
  const listen = pathToFileURL(path.join(repo, 'src/server/listen.ts')).href;
  const pino = pathToFileURL(path.join(repo, 'node_modules/pino/pino.js')).href;
  return `
import { readFile } from 'node:fs/promises';
const { pino } = await import(${JSON.stringify(pino)});
const { startServer } = await import(${JSON.stringify(listen)});
const running = await startServer({
  dataDir: ${JSON.stringify(dataDir)},
  port: 0,
  watch: false,
  handleSignals: true,
  loadTimeoutMs: 300,
  logger: pino({ level: 'silent' }),
  load: async () => { await readFile(${JSON.stringify(fifo)}); throw new Error('unreachable'); },
});
const outcome = await running.firstLoad;
process.stdout.write(JSON.stringify({ outcome: outcome.status, wedged: running.holder.wedged }) + '\\n');
`;
}

describe('shutdown with a stuck load', () => {
  it('refuses the load at its deadline and still exits on SIGTERM', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'faultline-shutdown-'));
    const generation = path.join(root, '.data.gens', 'g1');
    await mkdir(generation, { recursive: true });
    await symlink(generation, path.join(root, 'data'));
    const fifo = path.join(generation, 'documents.jsonl');
    execFileSync('mkfifo', [fifo]);
    const script = path.join(root, 'child.mts');
    await writeFile(script, childScript(path.join(root, 'data'), fifo));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) resolve();
        });
        child.once('exit', () => reject(new Error(`child exited early: ${stderr}`)));
      });
      expect(JSON.parse(stdout)).toEqual({ outcome: 'refused', wedged: true });
      child.kill('SIGTERM');
      const { signal } = await exited;
      // Ended by SIGTERM's default action (process.exit would wait for the stuck read forever), not by the test's SIGKILL.
      expect(signal).toBe('SIGTERM');
    } finally {
      clearTimeout(kill);
      child.kill('SIGKILL');
    }
  }, 90_000);
});
