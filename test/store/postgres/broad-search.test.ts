/**
 * The PostgreSQL backend's broad searches (issue 17; skipped without `FAULTLINE_TEST_PG`): over
 * the fixture knowledge base with tiny bounds (`exactCountLimit` 1, `rankWindow` 2, `facetWindow`
 * 3), a search the planner estimates broad gets the estimate as its total and scaled facets, both
 * flagged, its date order from the date index and its ranking over the newest matches; with the
 * default bounds the same search is exact and unflagged; the whole snapshot's facets are the ones
 * kept in `facet_counts` at load; a search without words counts its facets from the narrow
 * `document_facets` rows, a copy of the documents' filter and facet columns.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SearchBackend } from '../../../src/search/search-backend.js';
import { NARROW_COLUMNS } from '../../../src/store/postgres/document-facets.js';
import { openPostgresBackend } from '../../../src/store/postgres/postgres-backend.js';
import { postgresStore } from '../../../src/store/postgres/postgres-store.js';
import { fixtureKnowledgeBase } from '../../fixtures/kb/fixture-kb.js';
import { createTestDatabase, describePostgres, sql, type TestDatabase } from './test-database.js';

const MATCH_OUTAGE = `tsv @@ to_tsquery('english', 'outage')`;

describePostgres('PostgreSQL backend, broad searches', () => {
  const kb = fixtureKnowledgeBase();
  let db: TestDatabase;
  let bounded: SearchBackend;
  let exact: SearchBackend;
  beforeAll(async () => {
    db = await createTestDatabase('broad');
    const store = postgresStore(db.url);
    await store.replace({ manifest: kb.manifest, documents: [...kb.documents.values()], incidents: [...kb.incidents.values()] });
    await store.close();
    bounded = await openPostgresBackend(db.url, { exactCountLimit: 1, rankWindow: 2, facetWindow: 3 });
    exact = await openPostgresBackend(db.url);
  }, 60_000);
  afterAll(async () => {
    await bounded.close();
    await exact.close();
    await db.drop();
  });

  it('keeps the whole snapshot’s facet counts at load, equal to the in-memory engine’s', async () => {
    const expected = kb.search({ query: '', pageSize: 1 }).facets;
    const rows = await sql<{ facet: string; value: string; n: string }>(db.url, 'SELECT facet, value, n FROM facet_counts');
    const years = Object.fromEntries(rows.filter((r) => r.facet === 'year').map((r) => [r.value, Number(r.n)]));
    expect(years).toEqual(expected.year);
    expect(await bounded.facets({ query: '' })).toEqual(expected);
    const all = await bounded.search({ query: '', pageSize: 1 });
    expect(all.total).toBe(14);
    expect(all.totalEstimated).toBeUndefined();
  });

  it('gives a broad search the planner’s estimate and scaled facets, flagged', async () => {
    const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(db.url, `EXPLAIN (FORMAT JSON) SELECT 1 FROM documents WHERE ${MATCH_OUTAGE}`);
    const estimate = plan[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
    expect(estimate).toBeGreaterThan(1);
    const got = await bounded.search({ query: 'outage', pageSize: 20 });
    expect(got).toMatchObject({ total: estimate, totalEstimated: true, facetsEstimated: true });
    const sampleYears = Object.values(got.facets.year).reduce((a, b) => a + b, 0);
    // Three matches counted, each year's count scaled by estimate / 3 (rounded).
    expect(Math.abs(sampleYears - estimate)).toBeLessThanOrEqual(Object.keys(got.facets.year).length);
    const memory = kb.search({ query: 'outage', pageSize: 20 });
    for (const year of Object.keys(got.facets.year)) expect(Object.keys(memory.facets.year)).toContain(year);
  });

  it('reads a broad search by date through the date index, and ranks a broad search over its newest matches', async () => {
    const newest = (await sql<{ id: string }>(db.url, `SELECT id FROM documents WHERE ${MATCH_OUTAGE} ORDER BY date_key DESC, id`)).map((r) => r.id);
    expect(newest).toHaveLength(8);
    const byDate = await bounded.search({ query: 'outage', sort: 'date', pageSize: 3, page: 2 });
    expect(byDate.hits.map((h) => h.id)).toEqual(newest.slice(3, 6));
    const ranked = await bounded.search({ query: 'outage', pageSize: 2 });
    expect(ranked.hits.map((h) => h.id).sort()).toEqual(newest.slice(0, 2).sort());
  });

  it('counts the same search exactly, unflagged, under the default bounds', async () => {
    const memory = kb.search({ query: 'outage', pageSize: 20 });
    const got = await exact.search({ query: 'outage', pageSize: 20 });
    expect(got.total).toBe(memory.total);
    expect(got.facets).toEqual(memory.facets);
    expect(got.totalEstimated).toBeUndefined();
    expect(got.facetsEstimated).toBeUndefined();
    expect(got.hits.map((h) => h.id).sort()).toEqual(memory.hits.map((h) => h.id).sort());
  });

  it('copies each document’s filter and facet columns into document_facets, and counts a search without words there', async () => {
    const columns = NARROW_COLUMNS.join(', ');
    expect(await sql(db.url, `SELECT count(*)::int AS n FROM document_facets`)).toEqual([{ n: 14 }]);
    expect(await sql(db.url, `(SELECT ${columns} FROM documents EXCEPT SELECT ${columns} FROM document_facets) UNION ALL (SELECT ${columns} FROM document_facets EXCEPT SELECT ${columns} FROM documents)`)).toEqual([]);
    const layer = Object.keys(kb.search({ query: '', pageSize: 1 }).facets.layer)[0]!;
    const request = { query: '', layers: [layer] };
    const memory = kb.search(request);
    expect(memory.total).toBeGreaterThan(0);
    expect(await exact.facets(request)).toEqual(memory.facets);
    // What is counted is the narrow table: the years of its matching rows changed there (only) show in the facets, exact or sampled.
    const rows = await sql<{ id: string; year: number | null }>(db.url, `SELECT id, year FROM document_facets WHERE '${layer}' = ANY(any_layers)`);
    await sql(db.url, `UPDATE document_facets SET year = 1900 WHERE '${layer}' = ANY(any_layers)`);
    try {
      expect((await exact.facets(request)).year).toEqual({ '1900': memory.total });
      expect(Object.keys((await bounded.facets(request)).year)).toEqual(['1900']);
    } finally {
      for (const row of rows) await sql(db.url, `UPDATE document_facets SET year = ${row.year ?? 'NULL'} WHERE id = '${row.id}'`);
    }
    expect(await exact.facets(request)).toEqual(memory.facets);
  });
});
