/**
 * The PostgreSQL server of the tests (issue 17): `FAULTLINE_TEST_PG` names it (`.ci/run` starts a
 * throwaway cluster and sets it, see `scripts/pg-cluster.sh`); without it the Postgres tests are
 * skipped, saying so. Each test file works in a database of its own, created from the server's
 * connection and dropped at the end, so files running in parallel never share tables.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/** The test server's connection string, or null. */
export const TEST_PG_URL: string | null = process.env.FAULTLINE_TEST_PG ?? null;

/** `describe` when a test server is set, else skipped (with a note on stderr). */
export const describePostgres = describe.skipIf(TEST_PG_URL === null);

if (TEST_PG_URL === null) {
  process.stderr.write('postgres tests skipped: FAULTLINE_TEST_PG is not set (scripts/pg-cluster.sh start DIR prints a connection string; .ci/run sets it)\n');
}

/** A database of its own for one test file. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** `url` naming database `name` instead of its own. */
function withDatabase(url: string, name: string): string {
  const replaced = url.replace(/^(postgres(?:ql)?:\/\/[^/?]*\/)[^?]*/i, `$1${name}`);
  if (replaced === url && !url.includes(`/${name}`)) throw new Error(`test-database: cannot name a database in ${url}`);
  return replaced;
}

/** Creates an empty database on the test server. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (TEST_PG_URL === null) throw new Error('test-database: FAULTLINE_TEST_PG is not set');
  const name = `fl_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(TEST_PG_URL, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Runs `text` on the database of `url` in a connection of its own. */
export async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}
