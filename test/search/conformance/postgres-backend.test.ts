/**
 * The conformance suite on the PostgreSQL backend (issue 17), over the fixture knowledge base and
 * over the seed corpus ingested by the real pipeline, each loaded into a database of its own;
 * and the cross-check: for every conformance case, the same total, hit set, hit fields and facet
 * counts as the in-memory backend, and by date the same sequence of dates; the same "did you
 * mean" for misspelt words, the same most related incident. Skipped without `FAULTLINE_TEST_PG`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/run-ingest.js';
import type { KnowledgeBase, SearchHit } from '../../../src/model/search.js';
import { loadKnowledgeBase } from '../../../src/search/load-knowledge-base.js';
import type { SearchBackend } from '../../../src/search/search-backend.js';
import { openPostgresBackend } from '../../../src/store/postgres/postgres-backend.js';
import { postgresStore } from '../../../src/store/postgres/postgres-store.js';
import { fixtureKnowledgeBase } from '../../fixtures/kb/fixture-kb.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../store/postgres/test-database.js';
import { backendConformance } from './backend-suite.js';
import { conformanceCases } from './conformance-cases.js';
import { FIXTURE_TOTALS } from './fixture-totals.js';

/** A knowledge base loaded into a fresh database, and the backend reading it. */
async function loadIntoPostgres(label: string, reference: KnowledgeBase): Promise<{ db: TestDatabase; backend: SearchBackend }> {
  const db = await createTestDatabase(label);
  const store = postgresStore(db.url);
  try {
    await store.replace({ manifest: reference.manifest, documents: [...reference.documents.values()], incidents: [...reference.incidents.values()] });
  } finally {
    await store.close();
  }
  return { db, backend: await openPostgresBackend(db.url) };
}

/** The fields of a hit both backends give alike (score and snippet are each engine's own). */
function hitFields(hit: SearchHit): Omit<SearchHit, 'score' | 'snippet'> {
  const { score: _score, snippet: _snippet, ...fields } = hit;
  return fields;
}

/** The cross-check against the in-memory engine. */
function crossCheck(subject: () => { backend: SearchBackend; reference: KnowledgeBase }): void {
  it('gives the in-memory engine’s totals, hit sets, hit fields and facets for every conformance case', async () => {
    const { backend, reference } = subject();
    for (const { name, request } of conformanceCases(reference.search({ query: '', pageSize: 1 }).facets)) {
      const expected = reference.search(request);
      const got = await backend.search(request);
      expect(got.total, name).toBe(expected.total);
      expect(got.facets, name).toEqual(expected.facets);
      if (request.page === undefined || request.page === 1) {
        const byId = (hits: SearchHit[]): SearchHit[] => [...hits].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(got.hits).map(hitFields), name).toEqual(byId(expected.hits).map(hitFields));
      }
      if (request.sort === 'date') expect(got.hits.map((h) => h.incidentDate), name).toEqual(expected.hits.map((h) => h.incidentDate));
    }
  });
}

/** Misspellings of the fixture's words (and one word spelt right), each with the correction both engines give. */
const MISSPELLINGS: Readonly<Record<string, string | null>> = Object.freeze({
  outgae: 'outage',
  netwrok: 'network',
  balancr: 'balancer',
  'Amazn outage': 'Amazon outage',
  databse: 'database',
  partiton: 'partition',
  outage: null,
});

/** "Did you mean" from the database's vocabulary against the in-memory engine's. */
function sameSuggestions(subject: () => { backend: SearchBackend; reference: KnowledgeBase }): void {
  it('suggests the in-memory engine’s correction for a misspelt word, from the database’s vocabulary', async () => {
    const { backend, reference } = subject();
    const got: Record<string, string | null> = {};
    for (const query of Object.keys(MISSPELLINGS)) {
      const suggestion = (await backend.search({ query })).suggestion ?? null;
      expect(suggestion, query).toEqual(reference.search({ query }).suggestion ?? null);
      got[query] = suggestion?.query ?? null;
    }
    expect(got).toEqual(MISSPELLINGS);
  });
}

/** Incidents of the fixture whose most related incident shares labels and wording ("edge", "errors"), the same on both engines. */
const RELATED_BY_WORDING = Object.freeze(['2021-06-08-fastly-edge-cloud', '2019-07-02-cloudflare-waf']);

/** Related incidents by labels and wording against the in-memory engine's. */
function sameRelated(subject: () => { backend: SearchBackend; reference: KnowledgeBase }): void {
  it('lists the in-memory engine’s most related incident first, with the same reason naming the shared wording', async () => {
    const { backend, reference } = subject();
    for (const id of RELATED_BY_WORDING) {
      const [expected] = reference.related(id, 3);
      const [got] = await backend.related(id, 3);
      expect(got && { id: got.id, reason: got.reason }, id).toEqual(expected && { id: expected.id, reason: expected.reason });
      expect(got?.reason, id).toMatch(/; similar wording: edge, minutes?, errors$/);
    }
  });
}

describePostgres('PostgreSQL backend conformance: fixture knowledge base', () => {
  const reference = fixtureKnowledgeBase();
  let loaded: { db: TestDatabase; backend: SearchBackend };
  beforeAll(async () => {
    loaded = await loadIntoPostgres('fixture', reference);
  }, 60_000);
  afterAll(async () => {
    await loaded.backend.close();
    await loaded.db.drop();
  });
  const subject = () => ({ backend: loaded.backend, reference });
  backendConformance(subject, FIXTURE_TOTALS);
  crossCheck(subject);
  sameSuggestions(subject);
  sameRelated(subject);
});

describePostgres('PostgreSQL backend conformance: the seed corpus through the pipeline', () => {
  let reference: KnowledgeBase;
  let loaded: { db: TestDatabase; backend: SearchBackend };
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'faultline-pg-seed-'));
    await runIngest({ corpus: new URL('../../fixtures/seed-corpus', import.meta.url).pathname, out: path.join(dir, 'data'), workers: 0 });
    reference = await loadKnowledgeBase(path.join(dir, 'data'));
    loaded = await loadIntoPostgres('seed', reference);
  }, 180_000);
  afterAll(async () => {
    await loaded.backend.close();
    await loaded.db.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const subject = () => ({ backend: loaded.backend, reference });
  backendConformance(subject, { '': 3, zzzzqqq: 0 });
  crossCheck(subject);
});
