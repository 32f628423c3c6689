/**
 * Schema version 3 (issue 17): the snapshot's statistics (what `/stats` shows), computed by the
 * load from its records and written into the `snapshot` row in the swap transaction, with the
 * version of their format, so a server preparing a snapshot reads them in one query instead of
 * every incident. A snapshot loaded before (null) or in another format is read the old way.
 */

/** The statements of version 3. */
export const MIGRATION_003 = `
ALTER TABLE snapshot ADD COLUMN stats json, ADD COLUMN stats_format integer;
`;
