/**
 * Related incidents on PostgreSQL (issue 17), scored by the in-memory formula
 * (`related-incidents.ts`): `textWeight × wording + tagWeight × overlap + providerWeight × shared
 * provider`, at least `minScore`, best first then by id. The overlap is the Jaccard overlap of the
 * layer and cause labels (`unknown` left out), a provider is shared when a case-folded name is.
 * The wording is a tf-idf cosine over the stems of the incidents' titles and summaries
 * (`incidents.tsv`, each stem weighted by its inverse incident frequency from `incident_words`,
 * written by the load), where the in-memory engine's is over lunr's terms of the titles,
 * summaries and the reports' key phrases, weighted by their counts too. Candidates are the
 * incidents sharing a label or a provider (the GIN indexes) and at most `probeIncidents` holding
 * one of the target's `probeStems` rarest stems (the GIN index on `tsv`).
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
  text: number;
  layers: string[];
  causes: string[];
  providers: string[];
  words: string[];
}

/** Bounds of the candidates found by wording. */
export interface WordingBounds {
  /** The target's rarest stems (highest idf) whose incidents are candidates. */
  probeStems: number;
  /** Most incidents found by those stems. */
  probeIncidents: number;
}

/** The defaults of `WordingBounds`. */
export const DEFAULT_WORDING_BOUNDS: Readonly<WordingBounds> = Object.freeze({ probeStems: 8, probeIncidents: 500 });

/** Text similarity under which the reason names no shared words (as in memory). */
const WORDING_REASON_MIN = 0.05;

const RELATED_SQL = `
WITH t AS MATERIALIZED (
  SELECT id, tsv,
    array(SELECT x FROM unnest(layers) WITH ORDINALITY u(x, k) WHERE x <> 'unknown' GROUP BY x ORDER BY min(k)) AS layers,
    array(SELECT x FROM unnest(causes) WITH ORDINALITY u(x, k) WHERE x <> 'unknown' GROUP BY x ORDER BY min(k)) AS causes,
    providers AS names, array(SELECT lower(unnest(providers))) AS providers
  FROM incidents WHERE id = $1
), tw AS MATERIALIZED (
  SELECT w.stem, ln((SELECT greatest(incidents, 1) FROM snapshot)::float8 / w.incidents) AS idf
  FROM t, unnest(tsvector_to_array(t.tsv)) l(stem) JOIN incident_words w ON w.stem = l.stem
), tnorm AS MATERIALIZED (
  SELECT sqrt(sum(idf * idf)) AS norm FROM tw
), probe AS MATERIALIZED (
  SELECT string_agg(stem, ' | ')::tsquery AS q FROM (SELECT stem FROM tw WHERE idf > 0 ORDER BY idf DESC, stem LIMIT $6) x
), c AS MATERIALIZED (
  SELECT i.id FROM incidents i, t
   WHERE i.id <> t.id AND (i.layers && t.layers OR i.causes && t.causes OR array(SELECT lower(unnest(i.providers))) && t.providers)
  UNION
  (SELECT i.id FROM incidents i, t, probe WHERE i.id <> t.id AND probe.q IS NOT NULL AND i.tsv @@ probe.q LIMIT $7)
), o AS MATERIALIZED (
  SELECT i.id, i.title, i.date,
    array(SELECT x FROM unnest(t.layers) WITH ORDINALITY u(x, k) WHERE x = ANY(i.layers) ORDER BY k) AS layers,
    array(SELECT x FROM unnest(t.causes) WITH ORDINALITY u(x, k) WHERE x = ANY(i.causes) ORDER BY k) AS causes,
    array(SELECT DISTINCT ON (lower(p)) p FROM unnest(t.names) p WHERE lower(p) = ANY(array(SELECT lower(unnest(i.providers))))) AS providers,
    cardinality(array(SELECT unnest(i.layers) EXCEPT SELECT 'unknown')) + cardinality(array(SELECT unnest(i.causes) EXCEPT SELECT 'unknown'))
      + cardinality(t.layers) + cardinality(t.causes) AS sizes,
    (SELECT coalesce(sum(tw.idf * tw.idf), 0) FROM unnest(tsvector_to_array(i.tsv)) l(stem) JOIN tw ON tw.stem = l.stem) AS dot,
    (SELECT sqrt(coalesce(sum(ln((SELECT greatest(incidents, 1) FROM snapshot)::float8 / w.incidents) ^ 2), 0))
       FROM unnest(tsvector_to_array(i.tsv)) l(stem) JOIN incident_words w ON w.stem = l.stem) AS norm,
    array(SELECT tw.stem FROM unnest(tsvector_to_array(i.tsv)) l(stem) JOIN tw ON tw.stem = l.stem WHERE tw.idf > 0 ORDER BY tw.idf DESC, tw.stem LIMIT 3) AS words
  FROM c JOIN incidents i USING (id), t
), s AS MATERIALIZED (
  SELECT o.*, least(1, CASE WHEN o.dot = 0 OR o.norm = 0 OR tnorm.norm = 0 THEN 0 ELSE o.dot / (o.norm * tnorm.norm) END) AS text,
    CASE WHEN sizes - cardinality(layers) - cardinality(causes) = 0 THEN 0
      ELSE (cardinality(layers) + cardinality(causes))::float8 / (sizes - cardinality(layers) - cardinality(causes)) END AS overlap
  FROM o, tnorm
), r AS MATERIALIZED (
  SELECT *, round(($8::float8 * text + $2::float8 * overlap + $3::float8 * (cardinality(providers) > 0)::int)::numeric, 3)::float8 AS score FROM s
)
SELECT id, title, date, score, text, layers, causes, providers, words FROM r WHERE score >= $4 ORDER BY score DESC, id LIMIT $5`;

/** The most frequent written form of each of `stems` in incident `id`'s title and summary. */
async function spellings(query: ReadQuery, id: string, stems: readonly string[]): Promise<Map<string, string>> {
  if (stems.length === 0) return new Map();
  const rows = await query<{ stem: string; word: string }>(
    `SELECT DISTINCT ON (stem) stem, word FROM (
       SELECT w AS word, (ts_lexize('english_stem', w))[1] AS stem, count(*) AS n
         FROM incidents, regexp_split_to_table(lower(title || ' ' || summary), '[^[:alpha:]]+') w
        WHERE id = $1 AND w <> '' GROUP BY w) x
      WHERE stem = ANY($2::text[]) ORDER BY stem, n DESC, word`,
    [id, [...stems]],
  );
  return new Map(rows.map((r) => [r.stem, r.word]));
}

/** The reason of a related incident: what it shares with the target (labels in the target's order), worded as in memory (`related-incidents.ts`). */
function reasonOf(row: RelatedRow, words: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (row.providers.length > 0) parts.push(`same provider (${row.providers.join(', ')})`);
  if (row.layers.length > 0) parts.push(`shared layers: ${row.layers.join(', ')}`);
  if (row.causes.length > 0) parts.push(`shared causes: ${row.causes.join(', ')}`);
  if (row.text >= WORDING_REASON_MIN && row.words.length > 0) parts.push(`similar wording: ${row.words.map((w) => words.get(w) ?? w).join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'similar incident';
}

/** The statement that fills the incident vocabulary `target` from the incidents table `source` (stems of letters only). */
export function incidentWordsStatement(source: string, target: string): string {
  return `INSERT INTO ${target} (stem, incidents) SELECT word, ndoc FROM ts_stat('SELECT tsv FROM ${source}') WHERE word ~ '^[[:alpha:]]+$'`;
}

/** Incidents related to `id` in the database `query` reads, best first; FaultlineError 404 for an unknown id, 400 for a bad limit. */
export async function relatedIncidents(
  query: ReadQuery,
  id: string,
  limit?: number,
  options: Partial<RelatedOptions> = {},
  bounds: WordingBounds = DEFAULT_WORDING_BOUNDS,
): Promise<RelatedIncident[]> {
  const o = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const wanted = limit ?? o.defaultLimit;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > o.maxLimit) {
    throw new FaultlineError(`related: limit must be a whole number from 1 to ${o.maxLimit}, got ${JSON.stringify(wanted)}`, { parameter: 'limit' });
  }
  const known = await query<{ id: string }>('SELECT id FROM incidents WHERE id = $1', [id]);
  if (known.length === 0) throw new FaultlineError(`related: no incident with id "${id}"`, { status: 404, parameter: 'id' });
  const rows = await query<RelatedRow>(RELATED_SQL, [id, o.tagWeight, o.providerWeight, o.minScore, wanted, bounds.probeStems, bounds.probeIncidents, o.textWeight]);
  const words = await spellings(query, id, [...new Set(rows.filter((r) => r.text >= WORDING_REASON_MIN).flatMap((r) => r.words))]);
  return rows.map((row) => ({ id: row.id, title: row.title, date: row.date, score: row.score, reason: reasonOf(row, words) }));
}
