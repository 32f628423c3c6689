/**
 * "Did you mean" from the index's own vocabulary. A typed word (not a wildcard, fuzzy or
 * excluded term, not a number) whose index term is in at most `rareDocuments` documents is
 * compared with the vocabulary: the terms within `k` edits of its term (k = 1 for words of up to
 * five letters, else 2; lunr's edits: insert, delete, substitute, transpose) that are in at least
 * `minRatio` times as many documents are its candidates. Each candidate is written as the
 * documents write it (the written form closest to the typed word), and kept when that form is
 * within `k` edits of the typed word, with the same first letter when two ("partiton" ->
 * "partition", never "portion"; "decoding" is neither "decided" nor "becoming"); the fewest
 * edits win, then the most documents. The query is the typed query
 * with each such word replaced in place.
 */
import { expansionBudget, fuzzyMatches } from '../index/fuzzy-expand.js';
import type { LoadedIndex } from '../index/load-index.js';
import { documentFrequency } from '../index/term-postings.js';
import type { SearchSuggestion, SuggestedTerm } from '../model/search.js';
import type { ParsedClause } from './query-parser.js';

/** Options of suggestions. */
export interface SuggestOptions {
  /** A word in at most this many documents gets a suggestion. */
  rareDocuments: number;
  /** A candidate needs at least this many times the typed word's documents (and at least one). */
  minRatio: number;
  /** Shortest typed word considered (shorter ones are abbreviations more often than typos). */
  minWordLength: number;
  /** Candidates (the most documents first) whose written forms are read, per word. */
  maxSurfaces: number;
  /** Most vocabulary terms one word's candidates may number per shard (more: no suggestion for it). */
  maxCandidates: number;
  /** Work the vocabulary walks of one query may do (term prefixes visited, over every word and shard). */
  maxWork: number;
}

/** Defaults of `SuggestOptions`. */
export const DEFAULT_SUGGEST_OPTIONS: Readonly<SuggestOptions> = { rareDocuments: 1, minRatio: 3, minWordLength: 3, maxSurfaces: 8, maxCandidates: 200, maxWork: 200_000 };

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** `surface` cased like `typed`: lower case when typed in lower case, upper case when typed in upper case, else as written. */
function caseLike(typed: string, surface: string): string {
  if (typed === typed.toLowerCase()) return surface.toLowerCase();
  if (typed === typed.toUpperCase()) return surface.toUpperCase();
  return surface;
}

/** A typed word a suggestion may replace, and where it sits in the query. */
export interface TypedWord {
  word: string;
  span: { start: number; end: number };
}

/** The typed word of `clause` when it may get a suggestion (not a wildcard, fuzzy or excluded term, not a number, long enough), else null. */
export function suggestibleWord(clause: ParsedClause, opts: Pick<SuggestOptions, 'minWordLength'>): TypedWord | null {
  const { word, span } = clause;
  if (word === undefined || span === undefined || clause.presence === 'prohibited' || clause.editDistance > 0) return null;
  if (word.length < opts.minWordLength || /^\d+$/.test(word)) return null;
  return { word, span };
}

/** The most edits a typo of `word` may have: 1 for words of up to five letters, else 2. */
export function typoEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/** A frequent vocabulary term near a typed word: how many documents hold it, and its written forms (most frequent first). */
export interface SuggestionCandidate {
  documents: number;
  surfaces: readonly string[];
}

/**
 * The written form that replaces `word` among `candidates` (the most documents first), or null:
 * within `k` edits of the typed word, with the same first letter when two; the fewest edits win,
 * then the most documents.
 */
export function bestSurface(word: string, k: number, candidates: readonly SuggestionCandidate[]): { surface: string; documents: number } | null {
  let best: { surface: string; distance: number; documents: number } | null = null;
  for (const { documents, surfaces } of candidates) {
    for (const surface of surfaces) {
      const lower = surface.toLowerCase();
      const distance = editDistance(word, lower);
      // Two edits are a typo only when the first letter stands ("decoding" is not "becoming").
      if (distance > k || (distance > 1 && !lower.startsWith(word.slice(0, 1))) || (best !== null && (distance > best.distance || (distance === best.distance && documents <= best.documents)))) continue;
      best = { surface, distance, documents };
    }
  }
  return best === null ? null : { surface: best.surface, documents: best.documents };
}

/** One replacement of a suggestion: the typed word's span and the suggested term. */
export interface Replacement {
  start: number;
  end: number;
  term: SuggestedTerm;
}

/** The replacement of the typed word at `span` of `query` by `surface` (cased like the typed word). */
export function replacementOf(query: string, span: { start: number; end: number }, surface: string, documents: number): Replacement {
  const typed = query.slice(span.start, span.end);
  return { ...span, term: { word: typed, suggestion: caseLike(typed, surface), documents } };
}

/** The suggestion of `query` with each replacement made in place (null when there is none). */
export function suggestionOf(query: string, replaced: readonly Replacement[]): SearchSuggestion | null {
  if (replaced.length === 0) return null;
  let suggested = query;
  for (const r of [...replaced].sort((a, b) => b.start - a.start)) suggested = suggested.slice(0, r.start) + r.term.suggestion + suggested.slice(r.end);
  return { query: suggested, terms: replaced.map((r) => r.term) };
}

/**
 * The suggestion for `query` parsed into `clauses`, or null. `surfacesOf(term)` gives words of
 * the documents whose index term is `term` (a few, most frequent first; empty when none is found).
 */
export function suggestQuery(
  query: string,
  clauses: readonly ParsedClause[],
  index: LoadedIndex,
  surfacesOf: (term: string) => readonly string[],
  options: Partial<SuggestOptions> = {},
): SearchSuggestion | null {
  const opts: SuggestOptions = { ...DEFAULT_SUGGEST_OPTIONS, ...options };
  const budget = expansionBudget(opts.maxWork);
  const replaced: Replacement[] = [];
  const done = new Set<string>();
  for (const clause of clauses) {
    const typed = suggestibleWord(clause, opts);
    const { term } = clause;
    if (typed === null || done.has(term)) continue;
    done.add(term);
    const frequency = documentFrequency(index, term);
    if (frequency > opts.rareDocuments) continue;
    const k = typoEdits(typed.word);
    const candidates = new Set<string>();
    for (const shard of index.shards) {
      const ids = fuzzyMatches(shard.terms, term, k, opts.maxCandidates, budget);
      for (const id of ids ?? []) if (shard.terms[id] !== term) candidates.add(shard.terms[id]!);
    }
    const frequent = [...candidates]
      .map((candidate) => ({ candidate, documents: documentFrequency(index, candidate) }))
      .filter((c) => c.documents >= Math.max(1, frequency * opts.minRatio))
      .sort((a, b) => b.documents - a.documents || (a.candidate < b.candidate ? -1 : 1))
      .slice(0, opts.maxSurfaces);
    const best = bestSurface(typed.word, k, frequent.map(({ candidate, documents }) => ({ documents, surfaces: surfacesOf(candidate) })));
    if (best !== null) replaced.push(replacementOf(query, typed.span, best.surface, best.documents));
  }
  return suggestionOf(query, replaced);
}
