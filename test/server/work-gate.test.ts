import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaultlineError } from '../../src/model/index.js';
import { createApp } from '../../src/server/create-app.js';
import { WorkGate, isExpensiveQuery, type WorkGates } from '../../src/server/work-gate.js';
import { fixtureKnowledgeBase } from './fixture-knowledge-base.js';

/** A promise with its resolve function, to hold a gate's slot until the test lets go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const gate = (concurrency: number, queue: number, waitMs = 60_000): WorkGate => new WorkGate({ concurrency, queue, waitMs, label: 'tests' });

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkGate', () => {
  it('runs at most `concurrency` tasks at once and starts waiting ones first come, first served', async () => {
    const g = gate(2, 10);
    const holds = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = holds.map((hold, i) =>
      g.run(async () => {
        started.push(i);
        await hold.promise;
        return i;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect([g.running, g.waiting]).toEqual([2, 2]);
    holds[1]!.resolve();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const hold of holds) hold.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect([g.running, g.waiting]).toEqual([0, 0]);
  });

  it('refuses with a 503 at once when the queue is full', async () => {
    const g = gate(1, 1);
    const hold = deferred();
    const first = g.run(() => hold.promise);
    const second = g.run(() => 'second');
    const third = g.run(() => 'third');
    await expect(third).rejects.toThrow(FaultlineError);
    await expect(third).rejects.toMatchObject({ status: 503, message: 'The server is busy with other tests (1 at a time); try again in a few seconds' });
    hold.resolve();
    await first;
    expect(await second).toBe('second');
  });

  it('refuses with a 503 a task that waited past the deadline, and forgets it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const g = gate(1, 5, 2000);
    const hold = deferred();
    const first = g.run(() => hold.promise);
    const late = g.run(() => 'late');
    vi.advanceTimersByTime(2000);
    await expect(late).rejects.toMatchObject({ status: 503 });
    expect(g.waiting).toBe(0);
    hold.resolve();
    await first;
    expect(g.running).toBe(0);
  });

  it('frees the slot when a task throws', async () => {
    const g = gate(1, 0);
    await expect(g.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await g.run(() => 'next')).toBe('next');
  });

  it('calls a query expensive when it has wildcard or fuzzy terms', () => {
    expect(['stor*', 'storage~1', 'a b*', 'dns'].map(isExpensiveQuery)).toEqual([true, true, true, false]);
    expect(isExpensiveQuery(undefined)).toBe(false);
  });
});

describe('the app behind busy gates', () => {
  it('answers 503 with Retry-After to wildcard and fuzzy searches (API and page) and exports while their slots are taken; cheap requests still answer', async () => {
    const gates: WorkGates = { search: gate(1, 0), export: gate(1, 0) };
    const app = createApp({ kb: fixtureKnowledgeBase(), gates, options: { rateLimit: false } });
    const hold = deferred();
    const held = [gates.search.run(() => hold.promise), gates.export.run(() => hold.promise)];
    try {
      const api = await request(app).get('/api/search?q=stor*');
      expect(api.status).toBe(503);
      expect(api.headers['retry-after']).toBe('2');
      expect(api.body).toEqual({
        error: 'not-ready',
        parameter: null,
        message: 'The server is busy with other tests (1 at a time); try again in a few seconds',
      });
      const page = await request(app).get('/?q=storage~1');
      expect(page.status).toBe(503);
      expect(page.headers['retry-after']).toBe('2');
      const exported = await request(app).get('/api/export?format=jsonl&q=outage');
      expect(exported.status).toBe(503);
      expect(exported.headers['content-disposition']).toBeUndefined();
      expect((await request(app).get('/api/export?format=nope')).status).toBe(400);
      expect((await request(app).get('/api/search?q=outage')).status).toBe(200);
      expect((await request(app).get('/healthz')).status).toBe(200);
    } finally {
      hold.resolve();
      await Promise.all(held);
    }
    expect((await request(app).get('/api/search?q=stor*')).status).toBe(200);
    expect((await request(app).get('/api/export?format=jsonl')).status).toBe(200);
  });
});
