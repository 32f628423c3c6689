/**
 * Related incidents on PostgreSQL (issue 17): other incidents that share layer or cause labels
 * (Jaccard overlap of the label arrays, `unknown` left out) or a provider (case-folded names),
 * found through the GIN indexes on `incidents.layers` and `incidents.causes` and the provider
 * array. The in-memory engine's text similarity (tf-idf over titles, summaries and key phrases)
 * has no counterpart here, so the score is the in-memory formula without its text part, rescaled
 * to 0–1: `(tagWeight × overlap + providerWeight × shared provider) / (tagWeight + providerWeight)`.
 */
import { FaultlineError } from '../../model/diagnostic.js';
import type { RelatedIncident } from '../../model/search.js';
import { DEFAULT_RELATED_OPTIONS, type RelatedOptions } from '../../search/related-incidents.js';

/** Runs one read query (the backend's, with its deadline). */
export type ReadQuery = <R extends object>(text: string, values?: unknown[]) => Promise<R[]>;

interface RelatedRow {
  id: string;
  title: string;
  date: string | null;
  score: number;
  layers: string[];
  causes: string[];
  providers: string[];
}

const RELATED_SQL = `
WITH t AS (
  SELECT id, array(SELECT unnest(layers) EXCEPT SELECT 'unknown') AS layers, array(SELECT unnest(causes) EXCEPT SELECT 'unknown') AS causes,
    providers AS names, array(SELECT lower(unnest(providers))) AS providers
  FROM incidents WHERE id = $1
), o AS (
  SELECT i.id, i.title, i.date,
    array(SELECT unnest(i.layers) INTERSECT SELECT unnest(t.layers)) AS layers,
    array(SELECT unnest(i.causes) INTERSECT SELECT unnest(t.causes)) AS causes,
    array(SELECT DISTINCT ON (lower(p)) p FROM unnest(t.names) p WHERE lower(p) = ANY(array(SELECT lower(unnest(i.providers))))) AS providers,
    cardinality(array(SELECT unnest(i.layers) EXCEPT SELECT 'unknown')) + cardinality(array(SELECT unnest(i.causes) EXCEPT SELECT 'unknown'))
      + cardinality(t.layers) + cardinality(t.causes) AS sizes
  FROM incidents i, t
  WHERE i.id <> t.id AND (i.layers && t.layers OR i.causes && t.causes OR array(SELECT lower(unnest(i.providers))) && t.providers)
), s AS (
  SELECT *, round((($2::float8 * CASE WHEN sizes - cardinality(layers) - cardinality(causes) = 0 THEN 0
      ELSE (cardinality(layers) + cardinality(causes))::float8 / (sizes - cardinality(layers) - cardinality(causes)) END
    + $3::float8 * (cardinality(providers) > 0)::int) / ($2::float8 + $3::float8))::numeric, 3)::float8 AS score
  FROM o
)
SELECT id, title, date, score, layers, causes, providers FROM s WHERE score >= $4 ORDER BY score DESC, id LIMIT $5`;

/** The reason of a related incident: what it shares with the target, worded as in memory (`related-incidents.ts`). */
function reasonOf(row: RelatedRow): string {
  const parts: string[] = [];
  if (row.providers.length > 0) parts.push(`same provider (${row.providers.join(', ')})`);
  if (row.layers.length > 0) parts.push(`shared layers: ${[...row.layers].sort().join(', ')}`);
  if (row.causes.length > 0) parts.push(`shared causes: ${[...row.causes].sort().join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'similar incident';
}

/** Incidents related to `id` in the database `query` reads, best first; FaultlineError 404 for an unknown id, 400 for a bad limit. */
export async function relatedIncidents(query: ReadQuery, id: string, limit?: number, options: Partial<RelatedOptions> = {}): Promise<RelatedIncident[]> {
  const o = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const wanted = limit ?? o.defaultLimit;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > o.maxLimit) {
    throw new FaultlineError(`related: limit must be a whole number from 1 to ${o.maxLimit}, got ${JSON.stringify(wanted)}`, { parameter: 'limit' });
  }
  const known = await query<{ id: string }>('SELECT id FROM incidents WHERE id = $1', [id]);
  if (known.length === 0) throw new FaultlineError(`related: no incident with id "${id}"`, { status: 404, parameter: 'id' });
  const minScore = o.minScore / (o.tagWeight + o.providerWeight);
  const rows = await query<RelatedRow>(RELATED_SQL, [id, o.tagWeight, o.providerWeight, minScore, wanted]);
  return rows.map((row) => ({ id: row.id, title: row.title, date: row.date, score: row.score, reason: reasonOf(row) }));
}
