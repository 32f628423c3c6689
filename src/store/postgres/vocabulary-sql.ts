/**
 * "Did you mean" on PostgreSQL (issue 17) from the snapshot's own vocabulary: the `words` table
 * (every stem of the documents' tsvectors with its document count, written by the load from
 * `ts_stat`) and its trigram index. A typed word (the in-memory engine's rules: not a wildcard,
 * fuzzy or excluded term, not a number) whose stem is in at most `rareDocuments` documents is
 * compared with the `maxCandidates` stems nearest it by trigram distance; those within `k` edits
 * of its stem and in at least `minRatio` times as many documents are its candidates, the most
 * documents first (`maxSurfaces` of them), each written as a few documents holding it write it;
 * the written form is chosen as in memory (`bestSurface`: within `k` edits of the typed word,
 * the fewest edits, then the most documents).
 */
import type { SearchSuggestion } from '../../model/search.js';
import type { ParsedClause } from '../../search/query-parser.js';
import { bestSurface, DEFAULT_SUGGEST_OPTIONS, editDistance, replacementOf, suggestibleWord, suggestionOf, typoEdits, type Replacement, type SuggestOptions, type TypedWord } from '../../search/suggest-query.js';
import type { ReadQuery } from './related-sql.js';

/** Documents whose text a candidate's written forms are read from (as in memory). */
const SURFACE_DOCUMENTS = 3;

/** The statement that fills the vocabulary table `target` from the documents table `source` (stems of letters only). */
export function vocabularyStatement(source: string, target: string): string {
  return `INSERT INTO ${target} (stem, documents) SELECT word, ndoc FROM ts_stat('SELECT tsv FROM ${source}') WHERE word ~ '^[[:alpha:]]+$'`;
}

/** The written forms of each of `stems` in a few documents holding it, the most frequent first. */
async function surfacesOf(query: ReadQuery, stems: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await query<{ stem: string; surface: string; n: number }>(
    `SELECT c.stem, w AS surface, count(*)::int AS n
       FROM unnest($1::text[]) c(stem),
       LATERAL (SELECT search_title || ' ' || search_summary || ' ' || body AS t FROM documents WHERE tsv @@ to_tsquery('simple', c.stem) LIMIT $2) d,
       LATERAL regexp_split_to_table(d.t, '[^[:alpha:]]+') w
      WHERE lower(left(w, 1)) = left(c.stem, 1) AND (ts_lexize('english_stem', lower(w)))[1] = c.stem
      GROUP BY c.stem, w`,
    [[...stems], SURFACE_DOCUMENTS],
  );
  const out = new Map<string, [string, number][]>();
  for (const row of rows) out.set(row.stem, [...(out.get(row.stem) ?? []), [row.surface, row.n]]);
  return new Map([...out].map(([stem, list]) => [stem, list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([surface]) => surface)]));
}

/** The suggestion for `query` parsed into `clauses` from the vocabulary `query` reads, or null. */
export async function suggestFromVocabulary(read: ReadQuery, query: string, clauses: readonly ParsedClause[], options: Partial<SuggestOptions> = {}): Promise<SearchSuggestion | null> {
  const opts: SuggestOptions = { ...DEFAULT_SUGGEST_OPTIONS, ...options };
  const replaced: Replacement[] = [];
  const done = new Set<string>();
  const typedWords = clauses.map((clause) => suggestibleWord(clause, opts)).filter((t) => t !== null && /^\p{L}+$/u.test(t.word)) as TypedWord[];
  if (typedWords.length === 0) return null;
  const own = await read<{ stem: string | null; documents: number }>(
    `SELECT s.stem, coalesce(w.documents, 0) AS documents
       FROM unnest($1::text[]) WITH ORDINALITY u(word, i)
       CROSS JOIN LATERAL (SELECT (ts_lexize('english_stem', lower(u.word)))[1] AS stem) s
       LEFT JOIN words w ON w.stem = s.stem
      ORDER BY u.i`,
    [typedWords.map((t) => t.word)],
  );
  for (const [i, typed] of typedWords.entries()) {
    const stem = own[i]?.stem ?? null;
    const documents = own[i]?.documents ?? 0;
    if (stem === null || done.has(stem)) continue;
    done.add(stem);
    if (documents > opts.rareDocuments) continue;
    const k = typoEdits(typed.word);
    const near = await read<{ stem: string; documents: number }>(
      `SELECT stem, documents FROM words WHERE stem <> $1 AND documents >= $2 ORDER BY stem <-> $1 LIMIT $3`,
      [stem, Math.max(1, documents * opts.minRatio), opts.maxCandidates],
    );
    const frequent = near
      .filter((c) => editDistance(stem, c.stem) <= k)
      .sort((a, b) => b.documents - a.documents || (a.stem < b.stem ? -1 : 1))
      .slice(0, opts.maxSurfaces);
    if (frequent.length === 0) continue;
    const surfaces = await surfacesOf(read, frequent.map((c) => c.stem));
    const best = bestSurface(typed.word, k, frequent.map((c) => ({ documents: c.documents, surfaces: surfaces.get(c.stem) ?? [] })));
    if (best !== null) replaced.push(replacementOf(query, typed.span, best.surface, best.documents));
  }
  return suggestionOf(query, replaced);
}
