/**
 * The statistics of a snapshot kept in the database (issue 17): computed by the load from the
 * records it writes (as the in-memory path computes them from a data folder) and stored in the
 * `snapshot` row with `STATS_FORMAT`; read back in one query when a server prepares the snapshot.
 * A snapshot without them (loaded by a Faultline before schema version 3) or in another format is
 * read the old way, from every incident (`snapshot-facts-sql.ts`).
 */
import type { KnowledgeBaseSnapshot } from '../../search/search-backend.js';
import { factsOfRecords, STATS_LABEL_ORDER } from '../../search/snapshot-facts.js';
import { statsFromFacts, type KnowledgeBaseStats } from '../../server/knowledge-base-stats.js';
import type { ReadQuery } from './related-sql.js';
import { readSnapshotFacts } from './snapshot-facts-sql.js';

/** The version of the stored statistics' format: raise it whenever `KnowledgeBaseStats` or its computation changes. */
export const STATS_FORMAT = 1;

/** The statistics of the snapshot a load writes. */
export function snapshotStats(snapshot: KnowledgeBaseSnapshot): KnowledgeBaseStats {
  return statsFromFacts(factsOfRecords(snapshot.documents, snapshot.incidents), snapshot.documents.length, STATS_LABEL_ORDER);
}

/** Whether `stats` read back has the shape of this format and counts what the snapshot row says. */
function fits(stats: unknown, documents: number, incidents: number): stats is KnowledgeBaseStats {
  if (typeof stats !== 'object' || stats === null) return false;
  const s = stats as Partial<KnowledgeBaseStats>;
  return s.documents === documents && s.incidents === incidents && Array.isArray(s.byYear) && Array.isArray(s.byLayer) && typeof s.outline === 'object';
}

/** The statistics of the snapshot `query` reads: the stored ones when they are of this format, else computed from every incident. */
export async function readSnapshotStats(query: ReadQuery): Promise<KnowledgeBaseStats> {
  const row = (await query<{ stats: unknown; stats_format: number | null; documents: number; incidents: number }>('SELECT stats, stats_format, documents, incidents FROM snapshot'))[0];
  if (row === undefined) throw new Error('postgres: the snapshot row is missing');
  if (row.stats_format === STATS_FORMAT && fits(row.stats, row.documents, row.incidents)) return row.stats;
  return statsFromFacts(await readSnapshotFacts(query), row.documents, STATS_LABEL_ORDER);
}
