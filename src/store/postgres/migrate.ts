/**
 * Schema versions of a Faultline database (issue 17): `migrate` brings a database to this
 * Faultline's schema by applying the missing migrations in one transaction under an advisory lock
 * (two ingests never migrate at once); `checkSchema` is what a reader runs on connect. A database
 * whose schema is newer than this Faultline's is refused, never read or written.
 */
import type { ClientBase } from 'pg';
import { FaultlineError } from '../../model/diagnostic.js';
import { FAULTLINE_VERSION } from '../../version.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/migration-list.js';

/** The advisory lock key of schema changes and snapshot loads ("faultline" in ASCII, truncated). */
export const FAULTLINE_LOCK_KEY = 0x6661756c;

const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version integer PRIMARY KEY,
  description text NOT NULL,
  faultline text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** The schema version of the database `client` is connected to (0: none yet). */
export async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ found: boolean }>(`SELECT to_regclass('schema_version') IS NOT NULL AS found`);
  if (exists.rows[0]?.found !== true) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return result.rows[0]?.version ?? 0;
}

function newerSchema(found: number, where: string): FaultlineError {
  return new FaultlineError(
    `postgres: the database ${where} has schema version ${found}, newer than version ${SCHEMA_VERSION} that Faultline ${FAULTLINE_VERSION} reads; upgrade Faultline`,
    { status: 500, parameter: 'store' },
  );
}

/** Applies the missing migrations in one transaction; returns the versions applied. Throws FaultlineError for a newer schema. */
export async function migrate(client: ClientBase, where: string): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [FAULTLINE_LOCK_KEY]);
    await client.query(VERSION_TABLE);
    const found = await schemaVersion(client);
    if (found > SCHEMA_VERSION) throw newerSchema(found, where);
    const applied: number[] = [];
    for (const migration of MIGRATIONS.slice(found)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_version (version, description, faultline) VALUES ($1, $2, $3)', [migration.version, migration.description, FAULTLINE_VERSION]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Checks that the database has exactly this Faultline's schema; throws FaultlineError 500 naming the version found and what to do. */
export async function checkSchema(client: ClientBase, where: string): Promise<void> {
  const found = await schemaVersion(client);
  if (found > SCHEMA_VERSION) throw newerSchema(found, where);
  if (found < SCHEMA_VERSION) {
    throw new FaultlineError(
      `postgres: the database ${where} has schema version ${found}, Faultline ${FAULTLINE_VERSION} reads version ${SCHEMA_VERSION}; run \`faultline ingest --store ${where}\` (it migrates the schema)`,
      { status: 500, parameter: 'store' },
    );
  }
}
