/**
 * The PostgreSQL store and backend against a real server (issue 17; skipped without
 * `FAULTLINE_TEST_PG`): schema versions, the snapshot tables SQL users read, a failed load
 * leaving the old snapshot whole, and the per-query deadline.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../../src/model/document.js';
import type { KnowledgeBase } from '../../../src/model/search.js';
import { openPostgresBackend } from '../../../src/store/postgres/postgres-backend.js';
import { postgresStore } from '../../../src/store/postgres/postgres-store.js';
import { SCHEMA_VERSION } from '../../../src/store/postgres/migrations/migration-list.js';
import { STATS_FORMAT } from '../../../src/store/postgres/snapshot-stats.js';
import { STATS_LABEL_ORDER } from '../../../src/search/snapshot-facts.js';
import { computeKnowledgeBaseStats, type KnowledgeBaseStats } from '../../../src/server/knowledge-base-stats.js';
import { fixtureKnowledgeBase } from '../../fixtures/kb/fixture-kb.js';
import { createTestDatabase, describePostgres, sql, type TestDatabase } from './test-database.js';

function snapshotOf(kb: KnowledgeBase, documents: KnowledgeDocument[] = [...kb.documents.values()]) {
  return { manifest: kb.manifest, documents, incidents: [...kb.incidents.values()] };
}

describePostgres('PostgreSQL store', () => {
  const kb = fixtureKnowledgeBase();
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('store');
  }, 30_000);
  afterAll(async () => {
    await db.drop();
  });

  it('refuses to read a database without the schema, then one without a knowledge base', async () => {
    await expect(openPostgresBackend(db.url)).rejects.toThrow(`has schema version 0, Faultline`);
    await sql(db.url, `CREATE TABLE schema_version (version integer PRIMARY KEY, description text NOT NULL, faultline text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    await expect(openPostgresBackend(db.url)).rejects.toThrow('run `faultline ingest --store');
  });

  it('migrates on the first load, records the version, and loads every table', async () => {
    const store = postgresStore(db.url, { copyBatchBytes: 4096 });
    const result = await store.replace(snapshotOf(kb));
    await store.close();
    expect(result).toMatchObject({ documents: 14, incidents: 12 });
    expect(result.bytes).toBeGreaterThan(4096);
    expect(await sql(db.url, 'SELECT version, description FROM schema_version ORDER BY version')).toEqual([
      { version: 1, description: 'initial schema' },
      { version: 2, description: 'facet counts of the snapshot' },
      { version: 3, description: 'statistics of the snapshot' },
      { version: 4, description: 'narrow table of the filter and facet columns' },
      { version: 5, description: 'vocabulary of the snapshot (pg_trgm)' },
      { version: 6, description: 'incident wording for related incidents' },
    ]);
    expect(await sql(db.url, `SELECT incidents FROM incident_words WHERE stem = 'edg'`)).toEqual([{ incidents: 2 }]);
    // The vocabulary: the stems of the tsvectors with their documents.
    expect(await sql(db.url, `SELECT stem, documents FROM words WHERE stem IN ('outag', 'balanc') ORDER BY stem`)).toEqual([
      { stem: 'balanc', documents: 5 },
      { stem: 'outag', documents: 8 },
    ]);
    // The statistics are written with the snapshot, in this format.
    const kept = await sql<{ stats: KnowledgeBaseStats; stats_format: number }>(db.url, 'SELECT stats, stats_format FROM snapshot');
    expect(kept).toEqual([{ stats: computeKnowledgeBaseStats(kb, STATS_LABEL_ORDER), stats_format: STATS_FORMAT }]);
    const docs = [...kb.documents.values()];
    const counts = (await sql<{ t: string; n: string }>(db.url, `
      SELECT 'sentences' AS t, count(*) AS n FROM sentences UNION ALL SELECT 'comments', count(*) FROM comments
      UNION ALL SELECT 'tags', count(*) FROM tags WHERE comment IS NULL UNION ALL SELECT 'links', count(*) FROM document_incidents`)).map((r) => [r.t, Number(r.n)]);
    expect(Object.fromEntries(counts)).toEqual({
      sentences: docs.reduce((n, d) => n + d.sentences.length, 0),
      comments: docs.reduce((n, d) => n + d.comments.length, 0),
      tags: docs.reduce((n, d) => n + d.layers.length + d.causes.length, 0),
      links: [...kb.incidents.values()].reduce((n, i) => n + (i.links === undefined ? i.reports.length : new Set(i.links.map((l) => l.document)).size), 0),
    });
    // Large values are compressed with lz4 where the server has it.
    const lz4 = await sql<{ lz4: boolean }>(db.url, `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
    const methods = await sql<{ method: string }>(db.url, `SELECT DISTINCT pg_column_compression(record) AS method FROM documents WHERE pg_column_compression(record) IS NOT NULL`);
    expect(methods.map((m) => m.method)).toEqual([lz4[0]!.lz4 ? 'lz4' : 'pglz']);
    // A SQL user's search: the weighted tsvector answers websearch_to_tsquery.
    const hits = await sql<{ n: string }>(db.url, `SELECT count(*) AS n FROM documents WHERE tsv @@ websearch_to_tsquery('english', '"load balancer"')`);
    expect(Number(hits[0]!.n)).toBe(5);
  });

  it('computes the statistics from every incident when the snapshot has none of this format', async () => {
    const expected = computeKnowledgeBaseStats(kb, STATS_LABEL_ORDER);
    const backend = await openPostgresBackend(db.url);
    try {
      await sql(db.url, `UPDATE snapshot SET stats = '{"incidents": 1}', stats_format = ${STATS_FORMAT + 1}`);
      expect(await backend.stats()).toEqual(expected);
      await sql(db.url, `UPDATE snapshot SET stats_format = ${STATS_FORMAT}`);
      expect(await backend.stats()).toEqual(expected);
      await sql(db.url, 'UPDATE snapshot SET stats = NULL, stats_format = NULL');
      expect(await backend.stats()).toEqual(expected);
      // A stored figure is what is read when the format is this one.
      await sql(db.url, `UPDATE snapshot SET stats = '${JSON.stringify({ ...expected, comments: 99 })}', stats_format = ${STATS_FORMAT}`);
      expect((await backend.stats()).comments).toBe(99);
    } finally {
      await backend.close();
    }
  });

  it('keeps the old snapshot whole when a load fails', async () => {
    const docs = [...kb.documents.values()];
    const store = postgresStore(db.url);
    await expect(store.replace(snapshotOf(kb, [...docs.slice(0, 3), docs[0]!]))).rejects.toThrow(
      new RegExp(`postgres: loading the snapshot into .* failed: could not create unique index "load_document(?:s|_facets)_pkey" \\(Key \\(id\\)=\\(${docs[0]!.id}\\) is duplicated\\.\\)`),
    );
    // The tables of the failed load are dropped.
    expect(await sql(db.url, `SELECT relname FROM pg_class WHERE relname LIKE 'load\\_%'`)).toEqual([]);
    await store.close();
    const backend = await openPostgresBackend(db.url);
    try {
      expect(await backend.counts()).toEqual({ documents: 14, incidents: 12 });
      expect((await backend.search({ query: 'outage', pageSize: 100 })).total).toBe(8);
    } finally {
      await backend.close();
    }
  });

  it('answers a search past its deadline with a 503 naming statement_timeout', async () => {
    const backend = await openPostgresBackend(db.url, { statementTimeoutMs: 300 });
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE documents IN ACCESS EXCLUSIVE MODE');
      const failure = await backend.search({ query: 'outage' }).then(
        () => null,
        (error: unknown) => error as { status: number; message: string },
      );
      expect(failure?.status).toBe(503);
      expect(failure?.message).toContain('took longer than 300 ms (statement_timeout');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await backend.close();
    }
  });

  it('shows readers the old or the new snapshot while a load runs, never a half', async () => {
    const backend = await openPostgresBackend(db.url);
    const store = postgresStore(db.url, { copyBatchBytes: 1024 });
    try {
      const smaller = [...kb.documents.values()].slice(0, 10);
      const incidentIds = new Set(smaller.map((d) => d.incident));
      const state = { done: false };
      const load = store.replace({ manifest: kb.manifest, documents: smaller, incidents: [...kb.incidents.values()].filter((i) => incidentIds.has(i.id)) }).finally(() => {
        state.done = true;
      });
      const seen = new Set<string>();
      for (let i = 0; i < 500 && !state.done; i++) {
        const [response, counts] = await Promise.all([backend.search({ query: '', pageSize: 1 }), backend.counts()]);
        seen.add(String(response.total));
        seen.add(`counts ${counts.documents}`);
      }
      await load;
      seen.add(String((await backend.search({ query: '', pageSize: 1 })).total));
      expect([...seen].every((v) => ['14', '10', 'counts 14', 'counts 10'].includes(v))).toBe(true);
      expect(seen.has('10')).toBe(true);
    } finally {
      await store.close();
      await backend.close();
    }
  });

  it('refuses a database whose schema is newer, for reading and for loading', async () => {
    await sql(db.url, `INSERT INTO schema_version (version, description, faultline) VALUES (${SCHEMA_VERSION + 1}, 'from the future', '99.0.0')`);
    await expect(openPostgresBackend(db.url)).rejects.toThrow(`has schema version ${SCHEMA_VERSION + 1}, newer than version ${SCHEMA_VERSION}`);
    const store = postgresStore(db.url);
    await expect(store.replace(snapshotOf(kb))).rejects.toThrow('upgrade Faultline');
    await store.close();
  });
});
