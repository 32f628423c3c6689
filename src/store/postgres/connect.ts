/**
 * Connections to a Faultline database (issue 17): a pool whose every connection runs read
 * queries under the `statement_timeout` deadline, and a readable name of the database for
 * messages (its URL without the password).
 */
import pg from 'pg';
import type { PostgresOptions } from './postgres-options.js';
import { redactUrl } from './postgres-options.js';

/** A pool of connections to `options.url`, each with the deadline `timeoutMs` (default: the read deadline; 0: none). */
export function connectPool(options: PostgresOptions, timeoutMs = options.statementTimeoutMs): pg.Pool {
  return new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    statement_timeout: timeoutMs,
    application_name: 'faultline',
  });
}

/** The database's name in messages. */
export function databaseName(options: PostgresOptions): string {
  return redactUrl(options.url);
}
