/**
 * The PostgreSQL `KnowledgeBaseStore` (issue 17): writes an ingest's output as the database's new
 * snapshot. It migrates the schema first and holds the Faultline advisory lock (one load at a
 * time) for the whole load; copies every table into a fresh `load_` table without indexes
 * (`table-swap.ts`) with COPY in batches of about `copyBatchBytes` bytes, the documents in
 * `poolSize` slices over as many connections at once (PostgreSQL computes their tsvectors in
 * parallel); counts the whole snapshot's facets into `load_facet_counts`; builds the indexes over
 * `poolSize` connections; runs ANALYZE; then one short transaction drops the old tables, renames
 * the new ones in and replaces the `snapshot` row. Readers see the old knowledge base until that
 * commit and the new one after it, never a half; a failure drops the `load_` tables and leaves
 * the old snapshot whole. Large values are compressed with lz4 when the server supports it.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FaultlineError } from '../../model/diagnostic.js';
import type { KnowledgeBaseSnapshot, KnowledgeBaseStore, SnapshotLoadResult } from '../../search/search-backend.js';
import { connectPool, databaseName } from './connect.js';
import { copyRow } from './copy-text.js';
import { documentFacetsStatement } from './document-facets.js';
import { FAULTLINE_LOCK_KEY, migrate } from './migrate.js';
import { resolvePostgresOptions, type PostgresOptions } from './postgres-options.js';
import { incidentWordsStatement } from './related-sql.js';
import { snapshotFacetsStatement } from './snapshot-facets.js';
import { snapshotTables, type SnapshotTable } from './snapshot-rows.js';
import { snapshotStats, STATS_FORMAT } from './snapshot-stats.js';
import { vocabularyStatement } from './vocabulary-sql.js';
import { createLoadTables, dropLoadTables, LOAD_PREFIX, loadIndexes, swapTables } from './table-swap.js';

/** The COPY text of `table`'s rows in chunks of about `batchBytes` bytes. */
function* copyChunks(table: SnapshotTable, batchBytes: number, count: { bytes: number }): Generator<Buffer> {
  let parts: string[] = [];
  let size = 0;
  for (const row of table.rows) {
    const line = copyRow(row);
    parts.push(line);
    size += line.length;
    if (size >= batchBytes) {
      const chunk = Buffer.from(parts.join(''), 'utf8');
      count.bytes += chunk.length;
      yield chunk;
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) {
    const chunk = Buffer.from(parts.join(''), 'utf8');
    count.bytes += chunk.length;
    yield chunk;
  }
}

/** Streams `table` into its `load_` table with COPY. */
async function copyTable(client: pg.PoolClient, table: SnapshotTable, batchBytes: number, count: { bytes: number }): Promise<void> {
  const columns = table.columns.map((c) => `"${c}"`).join(', ');
  const sink = client.query(copyFrom(`COPY ${LOAD_PREFIX}${table.name} (${columns}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(table, batchBytes, count)), sink);
}

/**
 * Runs `work` on every item over `connections` pooled connections at once, each set up by `setup`
 * first; after a failure no item is started, every connection is waited for, and the first error thrown.
 */
async function inParallel<T>(pool: pg.Pool, connections: number, items: readonly T[], setup: string[], work: (client: pg.PoolClient, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      for (const statement of setup) await client.query(statement);
      while (!failed && next < items.length) await work(client, items[next++]!);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      client.release();
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(connections, items.length) }, worker));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

/** A store writing to the database of `url`. */
export function postgresStore(url: string, options: Partial<Omit<PostgresOptions, 'url'>> = {}): KnowledgeBaseStore {
  const resolved = resolvePostgresOptions(url, options);
  const where = databaseName(resolved);
  // One connection coordinates; poolSize more copy and build indexes in parallel.
  const pool = connectPool({ ...resolved, poolSize: resolved.poolSize + 1 }, resolved.loadTimeoutMs);

  async function replace(snapshot: KnowledgeBaseSnapshot): Promise<SnapshotLoadResult> {
    const client = await pool.connect();
    const started = performance.now();
    const count = { bytes: 0 };
    let locked = false;
    try {
      await migrate(client, where);
      await client.query('SELECT pg_advisory_lock($1)', [FAULTLINE_LOCK_KEY]);
      locked = true;
      const lz4 = await client.query<{ lz4: boolean }>(`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
      // lz4 compresses the large text and JSON columns several times faster than pglz (when the server has it).
      const copySetup = lz4.rows[0]?.lz4 === true ? [`SET default_toast_compression = 'lz4'`] : [];
      await createLoadTables(client);
      try {
        const stats = snapshotStats(snapshot);
        const tables = snapshotTables(snapshot.documents, snapshot.incidents, undefined, resolved.poolSize);
        await inParallel(pool, resolved.poolSize, tables, copySetup, (c, table) => copyTable(c, table, resolved.copyBatchBytes, count));
        await client.query(documentFacetsStatement(`${LOAD_PREFIX}documents`, `${LOAD_PREFIX}document_facets`));
        await client.query(vocabularyStatement(`${LOAD_PREFIX}documents`, `${LOAD_PREFIX}words`));
        await client.query(incidentWordsStatement(`${LOAD_PREFIX}incidents`, `${LOAD_PREFIX}incident_words`));
        const facets = snapshotFacetsStatement(`${LOAD_PREFIX}document_facets`, `${LOAD_PREFIX}facet_counts`);
        await client.query(facets.text, facets.values);
        const indexes = await loadIndexes(client);
        await inParallel(pool, resolved.poolSize, indexes, [`SET maintenance_work_mem = '${resolved.indexBuildMemoryMb}MB'`], async (c, index) => {
          await c.query(index.create);
        });
        for (const index of indexes) if (index.constraint !== null) await client.query(index.constraint);
        await client.query(`ANALYZE ${LOAD_PREFIX}documents, ${LOAD_PREFIX}document_facets, ${LOAD_PREFIX}incidents, ${LOAD_PREFIX}document_incidents`);
        await client.query('BEGIN');
        try {
          await swapTables(client, indexes);
          await client.query('DELETE FROM snapshot');
          await client.query('INSERT INTO snapshot (id, manifest, documents, incidents, stats, stats_format) VALUES (1, $1, $2, $3, $4, $5)', [
            JSON.stringify(snapshot.manifest),
            snapshot.documents.length,
            snapshot.incidents.length,
            JSON.stringify(stats),
            STATS_FORMAT,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      } catch (error) {
        await dropLoadTables(client).catch(() => undefined);
        throw error;
      }
      const ms = Math.round(performance.now() - started);
      return { documents: snapshot.documents.length, incidents: snapshot.incidents.length, bytes: count.bytes, ms };
    } catch (error) {
      if (error instanceof FaultlineError) throw error;
      const detail = (error as { detail?: string }).detail;
      throw new FaultlineError(`postgres: loading the snapshot into ${where} failed: ${(error as Error).message}${detail === undefined ? '' : ` (${detail})`}`, {
        status: 500,
        parameter: 'store',
        cause: error,
      });
    } finally {
      if (locked) await client.query('SELECT pg_advisory_unlock($1)', [FAULTLINE_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
  }

  return Object.freeze({ replace, close: () => pool.end() });
}
