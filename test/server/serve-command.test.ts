/**
 * `faultline serve`: its options; a data folder that is missing, not a folder, without a manifest
 * or broken stops it at once with one line naming the folder and exit status 2 (issue 15: it used
 * to answer 503 and log a stack trace every second); `--ingest-if-stale` builds a missing folder
 * first; logs are JSON lines when standard output is not a terminal, readable lines with
 * `--log-format pretty`. The CLI runs in a child process; every wait is bounded.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../src/cli/check-data-folder.js';
import { registerServeCommand, servePort } from '../../src/cli/serve-command.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string | null = null;

afterEach(async () => {
  if (root !== null) await rm(root, { recursive: true, force: true });
  root = null;
});

/** A fresh temporary folder, removed after the test. */
async function tempRoot(): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-serve-'));
  return root;
}

/** What a finished `faultline serve` printed and how it ended. */
interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `faultline serve ...args` on a free port. Without `until` it waits for the exit; with it,
 * it waits until standard output matches, asks `/readyz` and the search page, then stops the
 * server with SIGTERM.
 */
async function serve(args: string[], until?: RegExp): Promise<Finished & { readyz?: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
  let stdout = '';
  let stderr = '';
  let readyz: number | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0];
    if (until === undefined || readyz !== undefined || url === undefined || !until.test(stdout)) return;
    readyz = 0;
    void fetch(`${url}/readyz`)
      .then(async (response) => {
        readyz = response.status;
        await fetch(`${url}/?q=database`); // a page request, logged (health checks are not)
      })
      .catch(() => (readyz = -1))
      .finally(() => child.kill('SIGTERM'));
  });
  try {
    const code = await exited;
    return { code, stdout, stderr, ...(readyz === undefined ? {} : { readyz }) };
  } finally {
    clearTimeout(kill);
  }
}

/**
 * The assertions every refusal shares: exit status 2, one line on stderr, no stack trace. A server
 * that kept running instead would be killed at 60 s and end without a status.
 */
function expectRefused(run: Finished, line: string): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`faultline: ${line}\n`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('faultline serve', () => {
  it('takes the port from --port, else $PORT, else 3000', () => {
    expect(servePort('8080', { PORT: '9000' })).toBe(8080);
    expect(servePort(undefined, { PORT: '9000' })).toBe(9000);
    expect(servePort(undefined, { PORT: '' })).toBe(3000);
    expect(servePort(undefined, {})).toBe(3000);
  });

  it('names a bad port', () => {
    expect(() => servePort('http', {})).toThrow('--port: expected a whole number from 0 to 65535, got "http"');
    expect(() => servePort(undefined, { PORT: '70000' })).toThrow('PORT: expected a whole number from 0 to 65535, got "70000"');
  });

  it('registers its options with their defaults', () => {
    const program = new Command('faultline');
    registerServeCommand(program);
    const serve = program.commands.find((c) => c.name() === 'serve')!;
    const options = Object.fromEntries(serve.options.map((o) => [o.long!, o.defaultValue as unknown] as const));
    expect(options).toEqual({
      '--data': 'data',
      '--port': undefined,
      '--host': '127.0.0.1',
      '--ingest-if-stale': undefined,
      '--corpus': undefined, // the config file's corpus, else "corpus" (resolved by ingestOptionsFrom)
      '--rate-limit': undefined,
      '--search-cache': undefined,
      '--log-format': undefined, // pretty on a terminal, else json (decided when it runs)
      '--no-watch': undefined,
    });
    expect(serve.options.find((o) => o.long === '--no-watch')!.negate).toBe(true);
  });

  it('names a bad --log-format before it reads anything', async () => {
    const program = new Command('faultline').exitOverride();
    registerServeCommand(program);
    await expect(program.parseAsync(['serve', '--data', path.join(await tempRoot(), 'missing'), '--log-format', 'xml'], { from: 'user' })).rejects.toThrow(
      '--log-format: expected json or pretty, got "xml"',
    );
  });
});

describe('faultline serve with a data folder it cannot serve', () => {
  it('exits at once when the data folder does not exist, naming it and the commands that build it', async () => {
    const data = path.join(await tempRoot(), 'missing', 'data');
    const run = await serve(['--data', data]);
    expectRefused(
      run,
      `serve: cannot serve the data folder ${data}: it does not exist [ENOENT]; build it with \`faultline ingest --corpus corpus --out ${data}\`, or serve with \`faultline serve --data ${data} --ingest-if-stale\``,
    );
    expect(run.stdout).toBe(''); // never listened
  }, 60_000);

  it('refuses a file, and a folder without a manifest, before listening', async () => {
    const dir = await tempRoot();
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(checkDataFolder(path.join(dir, 'file'))).rejects.toThrow(`serve: cannot serve the data folder ${path.join(dir, 'file')}: it is not a folder; build it with`);
    await expect(checkDataFolder(dir)).rejects.toThrow(`serve: cannot serve the data folder ${dir}: it holds no manifest.json (not a Faultline data folder); build it with`);
  });

  it('exits after the first load when the data folder is broken, logging the refusal once', async () => {
    const data = path.join(await tempRoot(), 'data');
    await mkdir(data);
    await writeFile(path.join(data, 'manifest.json'), '{');
    const run = await serve(['--data', data]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^faultline: serve: cannot load the data folder ${data}: search: cannot read ${data}/manifest.json \\(.*\\); is ${data} a Faultline data folder\\?; build it with .*\\n$`));
    const logs = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(logs.map((l) => l.msg)).toEqual(['faultline server listening', 'knowledge base failed to load', 'faultline server stopped']);
  }, 60_000);
});

describe('faultline serve --ingest-if-stale', () => {
  it('builds a missing data folder from the corpus, then serves it, logging readable lines with --log-format pretty', async () => {
    const dir = await tempRoot();
    await mkdir(path.join(dir, 'corpus'));
    await writeFile(path.join(dir, 'corpus', 'outage.md'), '---\ntitle: Database failover\ndate: 2025-03-14\n---\n\nThe primary database failed over to a stale replica at 08:52 UTC.\n');
    const data = path.join(dir, 'data');
    const run = await serve(['--data', data, '--corpus', path.join(dir, 'corpus'), '--ingest-if-stale', '--log-format', 'pretty'], /knowledge base loaded/);
    expect(run.stderr).toContain(`faultline serve: ${data} is missing or stale; ingesting ${path.join(dir, 'corpus')} first\n`);
    expect(run.stderr).toMatch(/faultline ingest: 1 files read \(1 parsed, 0 cached\), 1 documents/);
    expect(run.readyz).toBe(200);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] INFO: faultline server listening \\{"url":"http://127\\.0\\.0\\.1:\\d+","data":"${data}"\\}$`));
    expect(lines.filter((l) => l.includes(' INFO: GET '))).toEqual([expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: GET \/\?q=database 200 \d+ ms$/)]);
    expect(lines.every((l) => !l.startsWith('{'))).toBe(true);
  }, 120_000);
});

