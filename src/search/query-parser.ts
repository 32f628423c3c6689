/**
 * Parses lunr's query syntax into analysed index clauses, with errors that name the position.
 *
 * Syntax (lunr's): whitespace-separated terms, each `[+|-][field:]word[~N][^N]`:
 *   `+word` required, `-word` prohibited, `field:word` restricted to a field (`title`, `summary`,
 *   `provider` (alias `service`), `layer`, `cause`, `text`, `comments`), `word*` / `wo*rd`
 *   wildcards, `word~1` fuzzy (edit distance <= 2), `word^3` boost. A colon after digits only
 *   (`10:25`, a time) or before `//` (a URL) is not a field, and neither is one after a word that
 *   names no field or before nothing: pasted titles and errors ("Amazon Outage: Decoding …",
 *   "error: 503", "Title: …") read as their words. Double quotes are read as spaces (there are no
 *   phrases).
 * Each word is tokenised and analysed by the index pipeline, so `load-balancer` becomes two terms
 * sharing the term's operators, and stop words disappear.
 *
 * A query without any operator is "plain": the search engine then requires every word and falls
 * back to any word when that finds nothing.
 */
import { FaultlineError } from '../model/diagnostic.js';
import { FIELD_ALIASES, INDEX_FIELDS, type IndexFieldName } from '../index/index-fields.js';
import { analyzeText, MAX_TOKEN_LENGTH, normalizeWord } from '../index/lunr-pipeline.js';
import type { ClausePresence, IndexClause } from '../index/query-index.js';
import type { SearchLimits } from './search-limits.js';

/** A clause with where it came from in the query. */
export interface ParsedClause extends IndexClause {
  /** 1-based position of its query term in the query string. */
  position: number;
  /** The word as typed, normalised but not stemmed (absent for wildcard terms). */
  word?: string;
}

/** A parsed query. */
export interface ParsedQuery {
  clauses: ParsedClause[];
  /** True when the query used no operator (no `+ - : * ~ ^`). */
  plain: boolean;
  /** True when the query is empty (only spaces): it matches every document. */
  empty: boolean;
}

const FIELD_NAMES: readonly IndexFieldName[] = INDEX_FIELDS.map((f) => f.name);
const WORD_WITH_STARS = /[\p{L}\p{N}*]+(?:['\u2019][\p{L}\p{N}*]+)*/gu;

/** Parses `query`; throws FaultlineError 400 (parameter `query`) naming the position of a syntax error or a broken limit. */
export function parseQuery(query: string, limits: Pick<SearchLimits, 'maxQueryLength' | 'maxTerms' | 'maxWildcards' | 'minWildcardPrefix' | 'maxEditDistance' | 'maxBoost'>): ParsedQuery {
  if (query.length > limits.maxQueryLength) {
    throw new FaultlineError(`search: query is ${query.length} characters long, at most ${limits.maxQueryLength} are allowed`, { parameter: 'query' });
  }
  const clauses: ParsedClause[] = [];
  let plain = true;
  let empty = true;
  const termPattern = /[^\s"]+/g;
  for (let m = termPattern.exec(query); m !== null; m = termPattern.exec(query)) {
    empty = false;
    const parsed = parseTerm(m[0], m.index, limits);
    if (!parsed.plain) plain = false;
    for (const clause of parsed.clauses) {
      clauses.push(clause);
      if (clauses.length > limits.maxTerms) {
        throw new FaultlineError(`search: query has more than ${limits.maxTerms} terms (at position ${clause.position}); remove some words`, { parameter: 'query' });
      }
    }
  }
  return { clauses, plain, empty };
}

function syntaxError(position: number, message: string): FaultlineError {
  return new FaultlineError(`search: query syntax error at position ${position}: ${message}`, { parameter: 'query' });
}

/** Parses one whitespace-delimited term starting at 0-based `offset`. */
function parseTerm(raw: string, offset: number, limits: Parameters<typeof parseQuery>[1]): { clauses: ParsedClause[]; plain: boolean } {
  let at = 0;
  let presence: ClausePresence = 'optional';
  let plain = true;
  const first = raw[0];
  if (first === '+' || first === '-') {
    presence = first === '+' ? 'required' : 'prohibited';
    plain = false;
    at = 1;
    if (at >= raw.length) throw syntaxError(offset + 1, `expected a term after "${first}"`);
  }

  let fields: IndexFieldName[] | undefined;
  const colon = raw.indexOf(':', at);
  if (colon > at && colon + 1 < raw.length) {
    const name = raw.slice(at, colon);
    // Digits before a colon are a time ("10:25"), and "scheme://" starts a URL: neither is a field;
    // nor is a word that names no field ("Outage:Decoding"): those colons are punctuation.
    const lower = name.toLowerCase();
    const field = FIELD_NAMES.find((f) => f === lower) ?? (Object.hasOwn(FIELD_ALIASES, lower) ? FIELD_ALIASES[lower] : undefined);
    if (!/^\d+$/.test(name) && !raw.startsWith('//', colon + 1) && field !== undefined) {
      fields = [field];
      plain = false;
      at = colon + 1;
      const second = raw.indexOf(':', at);
      if (second >= 0 && !/^\d+$/.test(raw.slice(at, second))) {
        throw syntaxError(offset + second + 1, 'unexpected ":" (a term takes one field)');
      }
    }
  }

  const modifierAt = raw.slice(at).search(/[~^]/);
  const body = modifierAt < 0 ? raw.slice(at) : raw.slice(at, at + modifierAt);
  if (body === '') throw syntaxError(offset + at + 1, `expected a term before "${raw[at] ?? ''}"`);
  let editDistance = 0;
  let boost = 1;
  if (modifierAt >= 0) {
    plain = false;
    const mods = raw.slice(at + modifierAt);
    const modPattern = /([~^])([^~^]*)/g;
    const seen = new Set<string>();
    for (let mm = modPattern.exec(mods); mm !== null; mm = modPattern.exec(mods)) {
      const [, kind, value] = mm as unknown as [string, '~' | '^', string];
      const position = offset + at + modifierAt + mm.index + 1;
      if (seen.has(kind)) throw syntaxError(position, `"${kind}" given twice`);
      seen.add(kind);
      if (kind === '~') {
        if (!/^\d+$/.test(value)) throw syntaxError(position, `expected an edit distance (a whole number) after "~", got "${value}"`);
        editDistance = Number(value);
        if (editDistance > limits.maxEditDistance) {
          throw syntaxError(position, `edit distance ${editDistance} is above the maximum of ${limits.maxEditDistance}`);
        }
      } else {
        if (!/^\d+(?:\.\d+)?$/.test(value)) throw syntaxError(position, `expected a boost (a number) after "^", got "${value}"`);
        boost = Number(value);
        if (boost <= 0 || boost > limits.maxBoost) throw syntaxError(position, `boost ${value} must be above 0 and at most ${limits.maxBoost}`);
      }
    }
  }

  const clauses: ParsedClause[] = [];
  const position = offset + 1;
  const base = { presence, boost, editDistance, position, ...(fields === undefined ? {} : { fields }) };
  const bodyOffset = offset + at;
  WORD_WITH_STARS.lastIndex = 0;
  for (let w = WORD_WITH_STARS.exec(body); w !== null; w = WORD_WITH_STARS.exec(body)) {
    const word = w[0];
    const wordPosition = bodyOffset + w.index + 1;
    if (!word.includes('*')) {
      for (const token of analyzeText(word)) clauses.push({ ...base, term: token.term, word: normalizeWord(word.slice(token.start, token.end)) });
      continue;
    }
    plain = false;
    if (editDistance > 0) throw syntaxError(wordPosition, 'a term cannot be both a wildcard and fuzzy ("~")');
    if (word.startsWith('*')) throw syntaxError(wordPosition, `leading wildcards are not allowed ("${word}")`);
    const stars = word.split('*').length - 1;
    if (stars > limits.maxWildcards) throw syntaxError(wordPosition, `"${word}" has ${stars} wildcards, at most ${limits.maxWildcards} are allowed`);
    const prefix = word.slice(0, word.indexOf('*'));
    if (prefix.length < limits.minWildcardPrefix) {
      throw syntaxError(wordPosition, `"${word}" needs at least ${limits.minWildcardPrefix} characters before "*"`);
    }
    if (word.length > MAX_TOKEN_LENGTH) throw syntaxError(wordPosition, `"${word}" is longer than ${MAX_TOKEN_LENGTH} characters`);
    const term = word
      .split('*')
      .map((part) => normalizeWord(part))
      .join('*');
    clauses.push({ ...base, term });
  }
  return { clauses, plain };
}
