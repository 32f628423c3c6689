/**
 * The `--store` option of `ingest`, `search` and `export` (issue 17): where the knowledge base is
 * kept besides the data folder. Absent (and `FAULTLINE_STORE` unset or empty), commands read the
 * data folder in memory, as always; a `postgres://` or `postgresql://` URL names a PostgreSQL
 * database (`docs/postgres.md`), which `ingest` loads and `search`/`export` read.
 */
import type { Command } from 'commander';
import { FaultlineError } from '../model/diagnostic.js';
import { loadKnowledgeBase } from '../search/load-knowledge-base.js';
import { memoryBackend } from '../search/memory-backend.js';
import type { SearchBackend } from '../search/search-backend.js';
import { openPostgresBackend } from '../store/postgres/postgres-backend.js';
import { isPostgresUrl, redactUrl } from '../store/postgres/postgres-options.js';

/** The environment variable naming the store when `--store` is not given. */
export const STORE_ENV = 'FAULTLINE_STORE';

/** The database URL a command uses (`--store`, else `FAULTLINE_STORE`), or null for the data folder; throws FaultlineError naming `--store` for anything else. */
export function storeUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  const value = flag ?? (env[STORE_ENV] === '' ? undefined : env[STORE_ENV]);
  if (value === undefined) return null;
  if (!isPostgresUrl(value)) {
    const source = flag === undefined ? STORE_ENV : '--store';
    throw new FaultlineError(`${source}: ${JSON.stringify(redactUrl(value))} is not a postgres:// or postgresql:// URL (leave it unset to use the data folder)`, { parameter: source });
  }
  return value;
}

/** Adds `--store <url>` to `command`. */
export function addStoreOption(command: Command, what: string): Command {
  return command.option('--store <url>', `PostgreSQL database to ${what} (postgres://…; default: $${STORE_ENV}, else the data folder)`);
}

/** The backend of a command: the database when `url` is given, else the data folder `dataDir` loaded in memory. */
export async function openBackend(url: string | null, dataDir: string): Promise<SearchBackend> {
  return url === null ? memoryBackend(await loadKnowledgeBase(dataDir)) : openPostgresBackend(url);
}
