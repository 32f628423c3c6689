import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../src/model/index.js';
import { createApp } from '../../src/server/create-app.js';
import { KnowledgeBaseHolder } from '../../src/server/knowledge-base-holder.js';
import { fixtureKnowledgeBase, readFixtureRecords, withSearch } from './fixture-knowledge-base.js';

function generation(name: string, keep: (id: string) => boolean = () => true): KnowledgeBase {
  const records = readFixtureRecords();
  records.documents = records.documents.filter((d) => keep(d.id));
  records.incidents = records.incidents.filter((i) => i.reports.some(keep));
  return fixtureKnowledgeBase(records, name);
}

/** A knowledge base that loads but whose index cannot answer. */
function brokenIndex(name: string): KnowledgeBase {
  return withSearch(generation(name), () => {
    throw new Error('index file truncated');
  });
}

function recordingLogger() {
  const errors: string[] = [];
  const infos: string[] = [];
  return { errors, infos, logger: { info: (_o: object, m?: string) => void infos.push(m ?? ''), error: (_o: object, m?: string) => void errors.push(m ?? '') } };
}

describe('KnowledgeBaseHolder', () => {
  it('is not ready until a knowledge base is installed', () => {
    const holder = new KnowledgeBaseHolder();
    expect(holder.ready).toBe(false);
    expect(holder.current()).toBeNull();
    expect(() => holder.require()).toThrow(expect.objectContaining({ status: 503 }));
  });

  it('swaps in a newly loaded knowledge base with its precomputed stats', async () => {
    const { logger, infos } = recordingLogger();
    const holder = new KnowledgeBaseHolder(generation('/gen/1'), logger);
    const outcome = await holder.reload(async () => generation('/gen/2', (id) => id !== 'd-evil'));
    expect(outcome).toMatchObject({ status: 'swapped', dir: '/gen/2' });
    expect(holder.require().kb!.dir).toBe('/gen/2');
    expect(holder.require().stats.documents).toBe(3);
    expect(holder.require().facets.provider['Evil <Corp>']).toBeUndefined();
    expect(infos).toEqual(['knowledge base loaded']);
  });

  it('refuses a knowledge base that fails to load, keeping the old one', async () => {
    const { logger, errors } = recordingLogger();
    const holder = new KnowledgeBaseHolder(generation('/gen/1'), logger);
    const outcome = await holder.reload(async () => {
      throw new Error('documents.jsonl: unexpected end of JSON at line 3');
    });
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.error.message).toBe('documents.jsonl: unexpected end of JSON at line 3');
    expect(holder.require().kb!.dir).toBe('/gen/1');
    expect(errors).toEqual(['new knowledge base refused; the previous one keeps serving']);
  });

  it('refuses a knowledge base whose index cannot answer or disagrees with its documents', async () => {
    const holder = new KnowledgeBaseHolder(generation('/gen/1'));
    const broken = await holder.reload(async () => brokenIndex('/gen/2'));
    expect(broken.status === 'refused' && broken.error.message).toBe('index file truncated');
    const real = generation('/gen/3');
    const inconsistent = withSearch(real, (r) => ({ ...real.search(r), total: 1 }));
    const outcome = await holder.reload(async () => inconsistent);
    expect(outcome.status === 'refused' && outcome.error.message).toBe('knowledge base in /gen/3 is inconsistent: the index matches 1 of 4 documents');
    expect(holder.require().kb!.dir).toBe('/gen/1');
  });

  it('reports unchanged when the loader says the current generation is still the newest', async () => {
    const holder = new KnowledgeBaseHolder(generation('/gen/1'));
    const seen: (string | null)[] = [];
    const outcome = await holder.reload(async (current) => {
      seen.push(current);
      return null;
    });
    expect(outcome).toEqual({ status: 'unchanged', dir: '/gen/1' });
    expect(seen).toEqual(['/gen/1']);
  });

  it('coalesces concurrent reloads and runs once more so the newest generation wins', async () => {
    const holder = new KnowledgeBaseHolder(generation('/gen/0'));
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loader = async () => {
      calls++;
      if (calls === 1) await gate;
      return generation(`/gen/${calls}`);
    };
    const first = holder.reload(loader);
    const second = holder.reload(loader);
    const third = holder.reload(loader);
    release();
    const outcomes = await Promise.all([first, second, third]);
    expect(calls).toBe(2);
    expect(outcomes.map((o) => o.status === 'swapped' && o.dir)).toEqual(['/gen/2', '/gen/2', '/gen/2']);
    expect(holder.require().kb!.dir).toBe('/gen/2');
  });
});

describe('reloading behind a running app', () => {
  it('serves the new generation after a swap and keeps the old one when the next is broken', async () => {
    const holder = new KnowledgeBaseHolder(generation('/gen/1', (id) => id !== 'd-dns'));
    const app = createApp({ kb: holder });
    expect((await request(app).get('/api/search?q=zone')).body).toHaveProperty('total', 0);
    expect((await request(app).get('/api/incidents/example-cloud-dns-outage-1a2b3c')).status).toBe(404);

    await holder.reload(async () => generation('/gen/2'));
    expect((await request(app).get('/api/search?q=zone')).body).toHaveProperty('total', 1);
    expect((await request(app).get('/readyz')).body).toHaveProperty('generation', '2');

    const refused = await holder.reload(async () => brokenIndex('/gen/3'));
    expect(refused.status === 'refused' && refused.error.message).toBe('index file truncated');
    expect((await request(app).get('/api/search?q=zone')).body).toHaveProperty('total', 1);
    expect((await request(app).get('/readyz')).body).toHaveProperty('generation', '2');
    expect((await request(app).get('/api/stats')).body).toHaveProperty('documents', 4);
  });
});

describe('KnowledgeBaseHolder deadlines and probes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a load that does not finish within the deadline, is free to load again, and says a load is wedged until it settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const holder = new KnowledgeBaseHolder(generation('/gen/1'), undefined, { loadTimeoutMs: 5000 });
    let finish: (kb: KnowledgeBase) => void = () => undefined;
    const stuck = holder.reload(() => new Promise<KnowledgeBase>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(5000);
    const outcome = await stuck;
    expect(outcome.status === 'refused' && outcome.error.message).toBe(
      'the knowledge base did not load within 5000 ms (a data file that never finishes reading?)',
    );
    expect(holder.wedged).toBe(true);
    expect(holder.require().kb!.dir).toBe('/gen/1');
    expect(await holder.reload(async () => generation('/gen/2'))).toMatchObject({ status: 'swapped', dir: '/gen/2' });
    finish(generation('/gen/late'));
    await vi.advanceTimersByTimeAsync(0);
    expect(holder.wedged).toBe(false);
    expect(holder.require().kb!.dir).toBe('/gen/2');
  });

  it('refuses a knowledge base whose hits do not resolve to their incident', async () => {
    const holder = new KnowledgeBaseHolder(generation('/gen/1'));
    const real = generation('/gen/2');
    const orphaned = withSearch(real, (r) => {
      const response = real.search(r);
      return { ...response, hits: response.hits.map((hit) => ({ ...hit, incident: 'gone' })) };
    });
    const outcome = await holder.reload(async () => orphaned);
    expect(outcome.status === 'refused' && outcome.error.message).toMatch(/^knowledge base in \/gen\/2 is inconsistent: hit \S+ points at incident gone, which is missing$/);
    expect(holder.require().kb!.dir).toBe('/gen/1');
  });

  it('refuses a knowledge base whose documents lack sentences (a real query renders snippets)', async () => {
    const records = readFixtureRecords();
    for (const doc of records.documents) delete (doc as { sentences?: unknown }).sentences;
    const holder = new KnowledgeBaseHolder(generation('/gen/1'));
    const outcome = await holder.reload(async () => fixtureKnowledgeBase(records, '/gen/2'));
    expect(outcome.status).toBe('refused');
    expect(holder.require().kb!.dir).toBe('/gen/1');
  });
});
