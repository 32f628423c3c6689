/**
 * The soak in its short (CI) mode, run as `npm run soak` runs it, in a child process with a
 * bounded time (a load test: `npm run test:load` runs it, `npm test` does not): the server under
 * load with reloads and bad requests answers every request, no 5xx, no failed request, and serves
 * each reload while it happens. The memory verdict is in the soak's report but not asserted here:
 * 15 s of load is too short to judge growth after warm-up.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SoakResults } from '../../scripts/soak/soak-results.js';

/** Bound on the whole short soak (about 30 s on an idle machine; generous for a busy one). */
const SOAK_BOUND_MS = 100_000;

let root: string;
let run: { code: number | null; stderr: string; stdout: string };
let results: SoakResults;

/** Runs the soak; SIGTERM at the bound (the soak kills its server and exits), SIGKILL 5 s later. */
function runSoak(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const term = setTimeout(() => child.kill('SIGTERM'), SOAK_BOUND_MS);
    const kill = setTimeout(() => child.kill('SIGKILL'), SOAK_BOUND_MS + 5000);
    child.on('exit', (code) => {
      clearTimeout(term);
      clearTimeout(kill);
      resolve({ code, stderr, stdout });
    });
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-soak-test-'));
  const out = path.join(root, 'soak.json');
  run = await runSoak(['--short', '--out', out]);
  if (run.code === 0 || run.code === 1) results = JSON.parse(await readFile(out, 'utf8')) as SoakResults;
}, SOAK_BOUND_MS + 15_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the short soak', () => {
  it('ran to the end and wrote its results (exit 0 or 1, not 2: could not run)', () => {
    expect([0, 1], run.stderr.slice(-3000)).toContain(run.code);
    expect(results.mode).toBe('short');
    expect(run.stdout).toContain('# Soak (short)');
  });

  it('answered with no 5xx and no failed request (socket error or timeout)', () => {
    expect(results.good.requests).toBeGreaterThan(0);
    expect(results.bad.requests).toBeGreaterThan(0);
    expect({ good: results.good.fiveXx, bad: results.bad.fiveXx, probes: results.probes.fiveXx }).toEqual({ good: 0, bad: 0, probes: 0 });
    expect({ good: results.good.failures, bad: results.bad.failures, probes: results.probes.failures }).toEqual({ good: 0, bad: 0, probes: 0 });
  });

  it('gave every good request a 2xx and every bad request its expected 4xx', () => {
    expect(results.good.unexpected).toEqual([]);
    expect(results.bad.unexpected).toEqual([]);
    expect(Object.keys(results.good.byStatus)).toEqual(['200']);
    expect(Object.keys(results.bad.byStatus).every((code) => Number(code) >= 400 && Number(code) < 500)).toBe(true);
  });

  it('reloaded twice, serving requests during each swap and the new generation after it', () => {
    expect(results.reloads).toHaveLength(2);
    for (const reload of results.reloads) {
      expect(reload.probed.served).toBeGreaterThan(0);
      expect(reload).toMatchObject({ servedNewGeneration: true, probed: { fiveXx: 0, failures: 0 }, good: { fiveXx: 0, failures: 0 }, bad: { fiveXx: 0, failures: 0 } });
    }
    expect(new Set(results.reloads.map((r) => r.generation)).size).toBe(2);
    expect(results.server.refusedReloads).toBe(0);
    expect(results.server.generationsLoaded).toBe(3);
  });

  it('logged no server error and stopped gracefully on SIGTERM', () => {
    expect(results.server.errorLogLines).toEqual([]);
    expect(results.server.aliveAtEnd).toBe(true);
    expect(results.server.exit).toMatchObject({ code: 0, killed: false });
  });

  it('sampled RSS every second of the load', () => {
    expect(results.rss.samples.length).toBeGreaterThanOrEqual(Math.floor(results.load.seconds) - 1);
    expect(results.rss.samples.every((s) => s.rssMiB > 0)).toBe(true);
  });
});
