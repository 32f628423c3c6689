/**
 * The PostgreSQL `KnowledgeBaseStore` (issue 17): writes an ingest's output as the database's new
 * snapshot in one transaction. It migrates the schema first, takes the Faultline advisory lock
 * (one load at a time), deletes the old snapshot's rows (readers keep seeing them until the
 * commit: DELETE, unlike TRUNCATE, does not block them), streams each table with COPY in batches
 * of about `copyBatchBytes` bytes, records the manifest and commits; then ANALYZE refreshes the
 * planner's statistics. A failure rolls everything back: the old snapshot stays whole. Large
 * values are compressed with lz4 when the server supports it (faster than the default pglz).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FaultlineError } from '../../model/diagnostic.js';
import type { KnowledgeBaseSnapshot, KnowledgeBaseStore, SnapshotLoadResult } from '../../search/search-backend.js';
import { connectPool, databaseName } from './connect.js';
import { copyRow } from './copy-text.js';
import { FAULTLINE_LOCK_KEY, migrate } from './migrate.js';
import { resolvePostgresOptions, type PostgresOptions } from './postgres-options.js';
import { snapshotFacetsStatement } from './snapshot-facets.js';
import { snapshotTables, type SnapshotTable } from './snapshot-rows.js';

/** Tables of a snapshot, deleted children first. */
const DELETE_ORDER = ['facet_counts', 'document_incidents', 'sentences', 'tags', 'comments', 'documents', 'incidents', 'snapshot'] as const;

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

/** Streams `table` into the database with COPY. */
async function copyTable(client: pg.PoolClient, table: SnapshotTable, batchBytes: number, count: { bytes: number }): Promise<void> {
  const columns = table.columns.map((c) => `"${c}"`).join(', ');
  const sink = client.query(copyFrom(`COPY ${table.name} (${columns}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(table, batchBytes, count)), sink);
}

/** A store writing to the database of `url`. */
export function postgresStore(url: string, options: Partial<Omit<PostgresOptions, 'url'>> = {}): KnowledgeBaseStore {
  const resolved = resolvePostgresOptions(url, options);
  const where = databaseName(resolved);
  const pool = connectPool(resolved, resolved.loadTimeoutMs);

  async function replace(snapshot: KnowledgeBaseSnapshot): Promise<SnapshotLoadResult> {
    const client = await pool.connect();
    const started = performance.now();
    const count = { bytes: 0 };
    try {
      await migrate(client, where);
      const lz4 = await client.query<{ lz4: boolean }>(`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
      await client.query('BEGIN');
      try {
        // lz4 compresses the large text and JSON columns several times faster than pglz (when the server has it).
        if (lz4.rows[0]?.lz4 === true) await client.query(`SET LOCAL default_toast_compression = 'lz4'`);
        await client.query('SELECT pg_advisory_xact_lock($1)', [FAULTLINE_LOCK_KEY]);
        for (const name of DELETE_ORDER) await client.query(`DELETE FROM ${name}`);
        for (const table of snapshotTables(snapshot.documents, snapshot.incidents)) await copyTable(client, table, resolved.copyBatchBytes, count);
        const facets = snapshotFacetsStatement();
        await client.query(facets.text, facets.values);
        await client.query('INSERT INTO snapshot (id, manifest, documents, incidents) VALUES (1, $1, $2, $3)', [
          JSON.stringify(snapshot.manifest),
          snapshot.documents.length,
          snapshot.incidents.length,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      const ms = Math.round(performance.now() - started);
      await client.query('ANALYZE documents, incidents, document_incidents');
      return { documents: snapshot.documents.length, incidents: snapshot.incidents.length, bytes: count.bytes, ms };
    } catch (error) {
      if (error instanceof FaultlineError) throw error;
      throw new FaultlineError(`postgres: loading the snapshot into ${where} failed: ${(error as Error).message}`, { status: 500, parameter: 'store', cause: error });
    } finally {
      client.release();
    }
  }

  return Object.freeze({ replace, close: () => pool.end() });
}
