/**
 * A parsed Faultline query as PostgreSQL `tsquery` text (issue 17), read by
 * `to_tsquery('english', …)` so each typed word is stemmed and stop-worded by the database's own
 * configuration. The query is parsed by the in-memory engine's parser (`src/search/query-parser.ts`),
 * so both backends read the same operators: required (`+word`) words are ANDed, excluded
 * (`-word`) words negated, optional words ORed when nothing is required; a quoted phrase or words
 * joined by punctuation (`us-east-1`) become a `<->` phrase; `field:word` is restricted to the
 * field's weight (title A; summary, keywords, provider, layer and cause B; text C; comments D);
 * `word*` is a prefix (`'word':*`; a star inside a word keeps only the part before it); fuzzy
 * `~N` and boosts `^N` match the word as typed. Phrase and word order inside the text is PostgreSQL's.
 */
import type { IndexFieldName } from '../../index/index-fields.js';
import type { ParsedClause, ParsedPhrase } from '../../search/query-parser.js';

/** The tsvector weight of each indexed field. */
export const FIELD_WEIGHTS: Readonly<Record<IndexFieldName, 'A' | 'B' | 'C' | 'D'>> = Object.freeze({
  title: 'A',
  summary: 'B',
  provider: 'B',
  layer: 'B',
  cause: 'B',
  text: 'C',
  comments: 'D',
});

/** One pass of a search: the clauses it runs and the phrases each match must contain or must not. */
export interface TextPass {
  clauses: readonly ParsedClause[];
  required: readonly ParsedPhrase[];
  excluded: readonly ParsedPhrase[];
  /** All phrases of the query (what a clause's `phrase` index points into). */
  phrases: readonly ParsedPhrase[];
}

/** The weight suffix of a field list (`:AB`), '' for all fields. */
function weights(fields: readonly IndexFieldName[] | undefined): string {
  if (fields === undefined) return '';
  return `:${[...new Set(fields.map((f) => FIELD_WEIGHTS[f]))].sort().join('')}`;
}

/** A lexeme literal: quoted, with quotes and backslashes escaped. */
function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsquery of one word clause. */
function wordQuery(clause: ParsedClause): string | null {
  if (clause.word !== undefined) return lexeme(clause.word) + weights(clause.fields);
  const prefix = clause.term.split('*')[0] ?? '';
  if (prefix === '') return null;
  const w = weights(clause.fields);
  return `${lexeme(prefix)}:*${w === '' ? '' : w.slice(1)}`;
}

/** The tsquery of a phrase: its words in order, adjacent. */
function phraseQuery(phrase: ParsedPhrase): string | null {
  const words = phrase.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const w = weights(phrase.fields);
  const query = words.map((word) => lexeme(word.toLowerCase()) + w).join(' <-> ');
  return words.length === 1 ? query : `(${query})`;
}

/**
 * The tsquery text of a pass, or null when it matches no document (nothing searchable). The
 * words of a phrase the pass requires are searched as that phrase; a pass of exclusions only
 * matches every document but the excluded.
 */
export function passQuery(pass: TextPass): string | null {
  const requiredPhrases = new Set(pass.required.map((p) => pass.phrases.indexOf(p)));
  const must: string[] = [];
  const should: string[] = [];
  const not: string[] = [];
  for (const phrase of pass.required) {
    const q = phraseQuery(phrase);
    if (q !== null) must.push(q);
  }
  for (const phrase of pass.excluded) {
    const q = phraseQuery(phrase);
    if (q !== null) not.push(`!${q}`);
  }
  for (const clause of pass.clauses) {
    if (clause.phrase !== undefined && requiredPhrases.has(clause.phrase)) continue;
    const q = wordQuery(clause);
    if (q === null) continue;
    if (clause.presence === 'required') must.push(q);
    else if (clause.presence === 'prohibited') not.push(`!${q}`);
    else should.push(q);
  }
  if (must.length === 0 && should.length > 0) must.push(should.length === 1 ? should[0]! : `(${should.join(' | ')})`);
  // Only exclusions: every document but those (as the in-memory index reads a negated query).
  if (must.length === 0 && not.length === 0) return null;
  return [...must, ...not].join(' & ');
}
