import { mkdtemp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/listen.js';
import { fixtureKnowledgeBase, readFixtureRecords } from './fixture-knowledge-base.js';

let root: string;
let running: RunningServer | null = null;
const loads: string[] = [];

/** A generation folder whose `keep.json` lists the document ids to load, or says the index is broken. */
async function makeGeneration(name: string, keep: string[] | 'broken'): Promise<string> {
  const dir = path.join(root, '.data.gens', name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'keep.json'), JSON.stringify(keep));
  return dir;
}

/** Points `data` at a generation atomically (a fresh symlink renamed over the old one). */
async function switchTo(dir: string): Promise<void> {
  const tmp = path.join(root, `data.tmp-${Math.random().toString(16).slice(2)}`);
  await symlink(dir, tmp, 'dir');
  await rename(tmp, path.join(root, 'data'));
}

async function load(generation: string) {
  loads.push(path.basename(generation));
  const keep = JSON.parse(await readFile(path.join(generation, 'keep.json'), 'utf8')) as string[] | 'broken';
  if (keep === 'broken') throw new Error(`${path.join(generation, 'index', 'meta.json')}: unsupported index format version 99`);
  const records = readFixtureRecords();
  records.documents = records.documents.filter((d) => keep.includes(d.id));
  records.incidents = records.incidents.filter((i) => i.reports.some((r) => keep.includes(r)));
  return fixtureKnowledgeBase(records, generation);
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met within 5 s');
}

const ALL = ['d-amazon-retail', 'd-amazon-s3', 'd-dns', 'd-evil'];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-listen-'));
  loads.length = 0;
});

afterEach(async () => {
  await running?.close();
  running = null;
  await rm(root, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on 127.0.0.1, is ready once the generation is loaded, and reloads on a switch', async () => {
    const gen1 = await makeGeneration('g1', ['d-amazon-retail']);
    await switchTo(gen1);
    running = await startServer({ dataDir: path.join(root, 'data'), port: 0, load, watchIntervalMs: 50, logger: pino({ level: 'silent' }) });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await running.firstLoad).toMatchObject({ status: 'swapped' });
    const ready = await getJson(`${running.url}/readyz`);
    expect(ready.body).toMatchObject({ status: 'ready', generation: 'g1', documents: 1, verified: false, fallback: null });

    const gen2 = await makeGeneration('g2', ALL);
    await switchTo(gen2);
    await waitFor(async () => (await getJson(`${running!.url}/readyz`)).body.generation === 'g2');
    expect((await getJson(`${running.url}/api/stats`)).body.documents).toBe(4);

    const gen3 = await makeGeneration('g3', 'broken');
    await switchTo(gen3);
    await waitFor(async () => loads.includes('g3'));
    await new Promise((r) => setTimeout(r, 100));
    expect((await getJson(`${running.url}/readyz`)).body.generation).toBe('g2');
    expect((await getJson(`${running.url}/api/search?q=zone`)).body.total).toBe(1);
    expect(loads).toEqual(['g1', 'g2', 'g3']);
    expect(await running.reload()).toMatchObject({ status: 'refused' });
  });

  it('at start, falls back to the newest good previous generation when the current one is refused, and says so without paths', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const oldest = await makeGeneration('adopted-0a0b0c', ['d-dns']);
    const previous = await makeGeneration('20240101-000000-1-aaaaaa', ALL);
    const older = await makeGeneration('20230101-000000-1-bbbbbb', ['d-amazon-s3']);
    const current = await makeGeneration('20240201-000000-1-cccccc', 'broken');
    for (const dir of [oldest, previous, older, current]) await writeFile(path.join(dir, 'manifest.json'), '{}');
    await switchTo(current);
    running = await startServer({ dataDir: path.join(root, 'data'), port: 0, load, watchIntervalMs: 50, logger });
    expect(await running.firstLoad).toMatchObject({ status: 'swapped', dir: previous });
    const ready = await getJson(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      generation: '20240101-000000-1-aaaaaa',
      documents: 4,
      fallback: { refused: '20240201-000000-1-cccccc', reason: 'meta.json: unsupported index format version 99' },
    });
    expect(JSON.stringify(ready.body)).not.toContain(root);
    expect(loads).toEqual(['20240201-000000-1-cccccc', '20240101-000000-1-aaaaaa']);
    expect(lines.some((l) => l.msg === 'the current generation was refused; serving the newest good previous generation' && l.serving === '20240101-000000-1-aaaaaa')).toBe(true);

    // A good new generation replaces the fallback as usual.
    const next = await makeGeneration('20240301-000000-1-dddddd', ['d-dns']);
    await switchTo(next);
    await waitFor(async () => (await getJson(`${running!.url}/readyz`)).body.generation === '20240301-000000-1-dddddd');
    expect((await getJson(`${running.url}/readyz`)).body.fallback).toBeNull();
  });

  it('at start, falls back when the data folder points at a generation that is gone, and loads the link once it is repaired', async () => {
    const previous = await makeGeneration('20240101-000000-1-aaaaaa', ['d-dns']);
    await writeFile(path.join(previous, 'manifest.json'), '{}');
    await switchTo(path.join(root, '.data.gens', '20240201-000000-1-gone'));
    running = await startServer({ dataDir: path.join(root, 'data'), port: 0, load, watchIntervalMs: 50, logger: pino({ level: 'silent' }) });
    expect(await running.firstLoad).toMatchObject({ status: 'swapped', dir: previous });
    const ready = await getJson(`${running.url}/readyz`);
    expect(ready.body).toMatchObject({ generation: '20240101-000000-1-aaaaaa', fallback: { refused: '20240201-000000-1-gone' } });
    expect(JSON.stringify(ready.body)).not.toContain(root);
    await switchTo(await makeGeneration('20240301-000000-1-dddddd', ALL));
    await waitFor(async () => (await getJson(`${running!.url}/readyz`)).body.generation === '20240301-000000-1-dddddd');
  });

  it('answers 503 while the data folder is missing and loads it once it appears', async () => {
    running = await startServer({ dataDir: path.join(root, 'data'), port: 0, load, watchIntervalMs: 50, logger: pino({ level: 'silent' }) });
    expect(await running.firstLoad).toMatchObject({ status: 'refused' });
    expect((await getJson(`${running.url}/readyz`)).status).toBe(503);
    expect((await getJson(`${running.url}/api/facets`)).body.error).toBe('not-ready');
    await switchTo(await makeGeneration('g1', ALL));
    await waitFor(async () => (await getJson(`${running!.url}/readyz`)).status === 200);
  });

  it('closes gracefully: an in-flight request finishes, new connections are refused', async () => {
    await switchTo(await makeGeneration('g1', ALL));
    running = await startServer({ dataDir: path.join(root, 'data'), port: 0, load, shutdownTimeoutMs: 60_000, logger: pino({ level: 'silent' }) });
    await running.firstLoad;
    const agent = new Agent({ keepAlive: true });
    const idle = await fetch(`${running.url}/healthz`);
    expect(idle.status).toBe(200);
    // The incident page waits for its citations from the worker thread, which is still loading
    // citeproc's styles after start-up: the request is in flight when close() is called.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${running!.url}/incidents/2008-07-20-amazon-s3`, { agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    const url = running.url;
    const closing = running.close();
    running = null;
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(done.body).toContain('S3 Outage Highlights Fragility of Web Services');
    await closing;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    agent.destroy();
  }, 90_000);
});
