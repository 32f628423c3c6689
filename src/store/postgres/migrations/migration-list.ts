/**
 * Every schema migration, in order: version N is the N-th entry. A database records the versions
 * applied in `schema_version`; a migration is never edited once released, only a new one added.
 */
import { MIGRATION_001 } from './001-initial-schema.js';
import { MIGRATION_002 } from './002-facet-counts.js';
import { MIGRATION_003 } from './003-snapshot-stats.js';
import { MIGRATION_004 } from './004-document-facets.js';
import { MIGRATION_005 } from './005-words.js';
import { MIGRATION_006 } from './006-incident-words.js';

/** One migration: the schema version it brings the database to and its statements. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** The migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  { version: 1, description: 'initial schema', sql: MIGRATION_001 },
  { version: 2, description: 'facet counts of the snapshot', sql: MIGRATION_002 },
  { version: 3, description: 'statistics of the snapshot', sql: MIGRATION_003 },
  { version: 4, description: 'narrow table of the filter and facet columns', sql: MIGRATION_004 },
  { version: 5, description: 'vocabulary of the snapshot (pg_trgm)', sql: MIGRATION_005 },
  { version: 6, description: 'incident wording for related incidents', sql: MIGRATION_006 },
]);

/** The schema version this Faultline reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
