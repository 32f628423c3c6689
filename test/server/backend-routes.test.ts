/**
 * The main API routes and pages on both backends (issue 17): the same requests answered by the
 * app over the fixture knowledge base in memory and over the same records loaded into
 * PostgreSQL (skipped without `FAULTLINE_TEST_PG`). Each backend must give the pinned answers;
 * on PostgreSQL every JSON route is also compared with the in-memory app's answer (search hits
 * without score and snippet). A search past its deadline is a 503; a server started with `store`
 * picks up a newly loaded snapshot.
 */
import { parse } from 'csv-parse/sync';
import type { Application } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { RelatedIncident, SearchHit, SearchResponse } from '../../src/model/search.js';
import { openPostgresBackend } from '../../src/store/postgres/postgres-backend.js';
import { postgresStore } from '../../src/store/postgres/postgres-store.js';
import { createCitationService, type CitationService } from '../../src/server/citation-service.js';
import { createApp } from '../../src/server/create-app.js';
import { KnowledgeBaseHolder } from '../../src/server/knowledge-base-holder.js';
import { startServer } from '../../src/server/listen.js';
import { prepareBackend } from '../../src/server/prepared-knowledge-base.js';
import type { SearchBackend } from '../../src/search/search-backend.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres/test-database.js';
import { fixtureKnowledgeBase, readFixtureRecords, withSearch, type FixtureRecords } from './fixture-knowledge-base.js';

/** The ids of a CSV export's rows, sorted. */
const csvIds = (text: string): string[] => parse<{ id: string }>(text, { columns: true }).map((r) => r.id).sort();

/** Search hit fields both backends give alike (score and snippet are each engine's own). */
function hitFields(hits: SearchHit[]): Omit<SearchHit, 'score' | 'snippet'>[] {
  return hits.map(({ score: _score, snippet: _snippet, ...fields }) => fields).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Citations formatted in the calling thread (no worker pool to stop). */
const citations: CitationService = createCitationService({ threads: 0 });

/** The routes' pinned answers over the fixture records, on whichever backend `app()` serves. */
function routeSuite(app: () => Application): void {
  it('searches: hits, totals and facets; a bad query is a 400 naming q', async () => {
    const res = await request(app()).get('/api/search?q=amazon&sort=date');
    expect(res.status).toBe(200);
    const body = (res.body as SearchResponse);
    expect(body.total).toBe(2);
    expect(body.hits.map((h) => h.id)).toEqual(['d-amazon-s3', 'd-amazon-retail']);
    expect(body.facets.provider).toEqual({ Amazon: 2 });
    const bad = await request(app()).get(`/api/search?q=${Array.from({ length: 40 }, (_, i) => `w${i}`).join('-')}`);
    expect(bad.status).toBe(400);
    expect((bad.body as { parameter: string }).parameter).toBe('q');
  });

  it('reads an incident with its reports, and 404s an unknown one', async () => {
    const res = await request(app()).get('/api/incidents/2008-07-20-amazon-s3');
    expect(res.status).toBe(200);
    const body = (res.body as { incident: { id: string }; reports: { id: string; comments: unknown[] }[]; reportsPage: unknown });
    expect(body.incident.id).toBe('2008-07-20-amazon-s3');
    expect(body.reports.map((r) => [r.id, r.comments.length])).toEqual([['d-amazon-s3', 2]]);
    expect(body.reportsPage).toEqual({ page: 1, pageSize: 25, pages: 1, total: 1 });
    const unknown = await request(app()).get('/api/incidents/1999-01-01-nothing');
    expect(unknown.status).toBe(404);
    expect((unknown.body as { error: string }).error).toBe('not-found');
  });

  it('lists related incidents with their reasons, validating limit', async () => {
    const res = await request(app()).get('/api/incidents/2008-06-06-amazon-retail/related');
    expect(res.status).toBe(200);
    const related = (res.body as { related: RelatedIncident[] }).related;
    expect(related.map(({ score: _score, ...rest }) => rest)).toEqual([
      { id: '2008-07-20-amazon-s3', title: 'S3 Outage Highlights Fragility of Web Services', date: '2008-07-20', reason: 'same provider (Amazon)' },
    ]);
    expect((await request(app()).get('/api/incidents/2008-06-06-amazon-retail/related?limit=0')).status).toBe(400);
    expect((await request(app()).get('/api/incidents/1999-01-01-nothing/related')).status).toBe(404);
  });

  it('gives the statistics and the unfiltered facets', async () => {
    const stats = ((await request(app()).get('/api/stats')).body as { incidents: number; documents: number; comments: number; byYear: unknown });
    expect([stats.incidents, stats.documents, stats.comments]).toEqual([4, 4, 3]);
    expect(stats.byYear).toEqual([
      { year: '2008', count: 2 },
      { year: '2020', count: 1 },
      { year: 'unknown', count: 1 },
    ]);
    const facets = ((await request(app()).get('/api/facets')).body as { provider: Record<string, number> });
    expect(facets.provider).toEqual({ Amazon: 2, 'Evil <Corp>': 1, 'Example Cloud': 1 });
  });

  it('exports a filtered slice as CSV', async () => {
    const all = await request(app()).get('/api/export?format=csv');
    expect(all.status).toBe(200);
    expect(csvIds(all.text)).toEqual(['d-amazon-retail', 'd-amazon-s3', 'd-dns', 'd-evil']);
    const amazon = await request(app()).get('/api/export?format=csv&q=amazon');
    expect(csvIds(amazon.text)).toEqual(['d-amazon-retail', 'd-amazon-s3']);
    expect((await request(app()).get('/api/export?format=nope')).status).toBe(400);
  });

  it('renders the search, incident (with citations), statistics and export pages', async () => {
    const search = await request(app()).get('/?q=amazon');
    expect(search.status).toBe(200);
    expect(search.text).toContain('S3 Outage Highlights Fragility of Web Services');
    const incident = await request(app()).get('/incidents/2008-07-20-amazon-s3');
    expect(incident.status).toBe(200);
    expect(incident.text).toContain('id="cite-bibtex"');
    expect(incident.text).toContain('S3 Outage Highlights Fragility of Web Services');
    expect((await request(app()).get('/incidents/1999-01-01-nothing')).status).toBe(404);
    expect((await request(app()).get('/stats')).status).toBe(200);
    const exportPage = await request(app()).get('/export?q=amazon');
    expect(exportPage.status).toBe(200);
    expect(exportPage.text).toContain('<strong>2</strong> reports match these filters');
  });
}

describe('routes on the in-memory backend', () => {
  const app = createApp({ kb: fixtureKnowledgeBase(), citations });
  routeSuite(() => app);

  it('answers a search its backend abandons at the deadline with a 503 and Retry-After, on the API and the page', async () => {
    const kb = fixtureKnowledgeBase();
    const late = createApp({
      kb: withSearch(kb, (req) => {
        // The load's probe searches too (with a word of 4 letters or more): only this query is late.
        if (req.query !== 'dns') return kb.search(req);
        throw new FaultlineError('search: the query took longer than 5000 ms (statement_timeout of faultline); narrow it', { status: 503, parameter: 'query' });
      }),
      citations,
    });
    const api = await request(late).get('/api/search?q=dns');
    expect(api.status).toBe(503);
    expect(api.headers['retry-after']).toBe('2');
    expect(api.body).toEqual({ error: 'not-ready', parameter: 'q', message: 'search: the query took longer than 5000 ms (statement_timeout of faultline); narrow it' });
    const page = await request(late).get('/?q=dns');
    expect(page.status).toBe(503);
    expect(page.text).toContain('took longer than 5000 ms');
  });
});

/** Loads `records` into the database of `url` as a new snapshot. */
async function loadSnapshot(url: string, records: FixtureRecords): Promise<void> {
  const store = postgresStore(url);
  try {
    await store.replace(records);
  } finally {
    await store.close();
  }
}

describePostgres('routes on the PostgreSQL backend', () => {
  const memoryApp = createApp({ kb: fixtureKnowledgeBase(), citations });
  let db: TestDatabase;
  let backend: SearchBackend;
  let app: Application;
  beforeAll(async () => {
    db = await createTestDatabase('routes');
    await loadSnapshot(db.url, readFixtureRecords());
    backend = await openPostgresBackend(db.url);
    const holder = new KnowledgeBaseHolder();
    holder.installPrepared(await prepareBackend(backend));
    app = createApp({ kb: holder, citations });
  }, 60_000);
  afterAll(async () => {
    await backend.close();
    await db.drop();
  });
  routeSuite(() => app);

  it('answers the JSON routes as the in-memory backend does', async () => {
    for (const path of ['/api/stats', '/api/facets', '/api/incidents/2008-07-20-amazon-s3', '/api/incidents/example-cloud-dns-outage-1a2b3c', '/api/export?format=jsonl']) {
      const [got, expected] = await Promise.all([request(app).get(path), request(memoryApp).get(path)]);
      expect(got.status, path).toBe(200);
      expect(path.includes('export') ? got.text : got.body, path).toEqual(path.includes('export') ? expected.text : expected.body);
    }
    for (const query of ['', 'amazon', 'dns', '"load balancer"', 'amazon -s3']) {
      const path = `/api/search?q=${encodeURIComponent(query)}&pageSize=50`;
      const [got, expected] = [((await request(app).get(path)).body as SearchResponse), ((await request(memoryApp).get(path)).body as SearchResponse)];
      expect(got.total, query).toBe(expected.total);
      expect(got.facets, query).toEqual(expected.facets);
      expect(hitFields(got.hits), query).toEqual(hitFields(expected.hits));
    }
  });

  it('says ready with the snapshot it serves', async () => {
    const res = await request(app).get('/readyz');
    expect(res.body).toMatchObject({ status: 'ready', documents: 4, incidents: 4, verified: true, fallback: null });
    expect((res.body as { generation: string }).generation).toBe(await backend.snapshotId());
  });

  it('serves a newly loaded snapshot once the poll sees it', async () => {
    const own = await openPostgresBackend(db.url);
    const server = await startServer({ dataDir: '/nonexistent', store: own, port: 0, logger: pino({ level: 'silent' }), storePollMs: 100 });
    try {
      // A poll during the first load makes it run once more, which then finds nothing new.
      expect(['swapped', 'unchanged']).toContain((await server.firstLoad).status);
      expect(server.holder.ready).toBe(true);
      expect(((await request(server.url).get('/api/stats')).body as { documents: number }).documents).toBe(4);
      const records = readFixtureRecords();
      const fewer = { ...records, documents: records.documents.filter((d) => d.id !== 'd-evil'), incidents: records.incidents.filter((i) => i.id !== '2020-01-01-evil-corp') };
      await loadSnapshot(db.url, fewer);
      let documents = 4;
      for (let i = 0; i < 100 && documents === 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        documents = ((await request(server.url).get('/api/stats')).body as { documents: number }).documents;
      }
      expect(documents).toBe(3);
      expect((await request(server.url).get('/api/incidents/2020-01-01-evil-corp')).status).toBe(404);
    } finally {
      await server.close();
      await loadSnapshot(db.url, readFixtureRecords());
    }
  }, 60_000);
});
