/**
 * A snapshot loaded beside the live one and swapped in (issue 17): each snapshot table `T` gets a
 * fresh `load_T` with `T`'s columns, generated column, defaults, constraints, storage and
 * compression but no index; the rows are copied into it (in parallel connections), then `T`'s
 * indexes are built on it (a bulk build, much cheaper than maintaining them row by row), and one
 * short transaction drops each `T` and renames `load_T` and its indexes to `T`'s names. Readers
 * see the old tables until that commit and the new ones after it.
 */
import type { ClientBase } from 'pg';

/** The tables a snapshot replaces (the `snapshot` row itself is replaced in the swap transaction). */
export const SWAPPED_TABLES = Object.freeze(['documents', 'incidents', 'document_incidents', 'sentences', 'tags', 'comments', 'document_facets', 'facet_counts', 'words', 'incident_words'] as const);

/** The prefix of a table (and its indexes) being loaded. */
export const LOAD_PREFIX = 'load_';

/** One index of a live table and the statements that rebuild it on the table being loaded. */
export interface LoadIndex {
  /** The index's name on the live table. */
  name: string;
  /** The `CREATE INDEX` of the same index on `load_T`, named `load_<name>`. */
  create: string;
  /** The `ALTER TABLE … ADD CONSTRAINT … USING INDEX` of a primary key or unique constraint (null: a plain index). */
  constraint: string | null;
}

/** Drops leftovers of a failed load and creates an empty `load_T` for every swapped table. */
export async function createLoadTables(client: ClientBase): Promise<void> {
  for (const table of SWAPPED_TABLES) {
    await client.query(`DROP TABLE IF EXISTS ${LOAD_PREFIX}${table}`);
    await client.query(
      `CREATE TABLE ${LOAD_PREFIX}${table} (LIKE ${table} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION)`,
    );
  }
}

/** Drops every `load_T` (after a failed load). */
export async function dropLoadTables(client: ClientBase): Promise<void> {
  for (const table of SWAPPED_TABLES) await client.query(`DROP TABLE IF EXISTS ${LOAD_PREFIX}${table}`);
}

/** The indexes of every live swapped table, as statements that build them on the `load_T` tables. */
export async function loadIndexes(client: ClientBase): Promise<LoadIndex[]> {
  const rows = await client.query<{ table: string; name: string; def: string; contype: string | null }>(
    `SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS def, c.contype
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1::text[])
      ORDER BY t.relname, i.relname`,
    [[...SWAPPED_TABLES]],
  );
  return rows.rows.map((row) => {
    const prefix = /^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) /.exec(row.def);
    if (!prefix?.[3]!.endsWith(row.table)) throw new Error(`postgres: cannot read the definition of index ${row.name}: ${row.def}`);
    const target = prefix[3]!.slice(0, prefix[3]!.length - row.table.length) + LOAD_PREFIX + row.table;
    const create = `CREATE ${prefix[1] ?? ''}INDEX ${LOAD_PREFIX}${row.name} ON ${target} ${row.def.slice(prefix[0].length)}`;
    const kind = row.contype === 'p' ? 'PRIMARY KEY' : row.contype === 'u' ? 'UNIQUE' : null;
    const constraint = kind === null ? null : `ALTER TABLE ${LOAD_PREFIX}${row.table} ADD CONSTRAINT ${LOAD_PREFIX}${row.name} ${kind} USING INDEX ${LOAD_PREFIX}${row.name}`;
    return { name: row.name, create, constraint };
  });
}

/** Drops each live table and renames its `load_T` and the indexes built on it to the live names (inside the caller's transaction). */
export async function swapTables(client: ClientBase, indexes: readonly LoadIndex[]): Promise<void> {
  for (const table of SWAPPED_TABLES) {
    await client.query(`DROP TABLE ${table}`);
    await client.query(`ALTER TABLE ${LOAD_PREFIX}${table} RENAME TO ${table}`);
  }
  // Renaming a constraint's index renames the constraint too.
  for (const index of indexes) await client.query(`ALTER INDEX ${LOAD_PREFIX}${index.name} RENAME TO ${index.name}`);
}
