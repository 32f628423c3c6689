/**
 * Parses a search query forgivingly: any text searches (docs/query-language.md).
 *
 * - Plain text: every run of letters and digits is a word, whatever the punctuation around it
 *   (pasted titles "Amazon Outage: Decoding …", errors "error: 503", commands `rm -rf /tmp/*`).
 *   Words joined by connecting punctuation inside one whitespace-separated token (`us-east-1`,
 *   `load-balancer`, `incident.io`, a URL) form an implicit phrase: they must stand together when
 *   they are required.
 * - `"quoted phrases"` (straight or curly quotes): the words must occur adjacent and in order; a
 *   quoted phrase is required, or excluded with a leading `-`, and may name a field
 *   (`title:"S3 outage"`). An unmatched quote is a space.
 * - lunr's operators where they are well-formed: `+word` required and `-word` excluded only at a
 *   word boundary before a word (`a - b`, `--force` and `us-east-1` hold no operator); a `-word`
 *   whose form occurs in the documents (`rm -rf`, `kill -9`) is searched as a word, which the
 *   search engine decides (`hyphen`). `field:word` only for a field the index has (or an alias):
 *   any other colon is punctuation. `word*` / `wo*rd` wildcards (a `*` touching no letter or digit
 *   is punctuation), `word~N` fuzzy and `word^N` boost (a `~` or `^` after a word and before a
 *   digit).
 * - Operators outside their limits (`x~99`, `s*`, `a*b*c*`, `storage^1e308`, a second field) are
 *   ignored, never an error: the word is searched plainly. Only a query over the length or term
 *   limit is refused (400, parameter `query`).
 * Each word is tokenised and analysed by the index pipeline, so `load-balancer` becomes two terms
 * sharing the token's operators, and stop words disappear (they stay in a phrase's `keys`).
 *
 * A query without any operator is "plain": the search engine then requires every word and falls
 * back to any word when that finds nothing.
 */
import { FaultlineError } from '../model/diagnostic.js';
import { FIELD_ALIASES, INDEX_FIELDS, type IndexFieldName } from '../index/index-fields.js';
import { analyzeText, MAX_TOKEN_LENGTH, normalizeWord } from '../index/lunr-pipeline.js';
import type { ClausePresence, IndexClause } from '../index/query-index.js';
import { phraseKeys } from './phrase-match.js';
import type { SearchLimits } from './search-limits.js';

/** A clause with where it came from in the query. */
export interface ParsedClause extends IndexClause {
  /** 1-based position of its query token in the query string. */
  position: number;
  /** The word as typed, normalised but not stemmed (absent for wildcard terms). */
  word?: string;
  /** Where the typed word sits in the query, 0-based `[start, end)` (absent for wildcard terms). */
  span?: { start: number; end: number };
  /** The phrase (index into `ParsedQuery.phrases`) this clause's word belongs to. */
  phrase?: number;
  /** For a `-word` clause: the word as typed after the `-`, which may be a hyphen or a flag (`rm -rf`) rather than NOT. */
  hyphen?: string;
}

/** Words that must occur adjacent and in order (a quoted phrase, or words joined by punctuation). */
export interface ParsedPhrase {
  /** The phrase as typed (without quotes). */
  text: string;
  /** Each word's key (normalised and stemmed as the index does; stop words kept), in order. */
  keys: string[];
  /** Fields searched (all when absent). */
  fields?: readonly IndexFieldName[];
  /** Required or prohibited (quoted phrases), or the presence of the token it came from. */
  presence: ClausePresence;
  /** True for a `"quoted phrase"`, false for words joined by punctuation (`us-east-1`). */
  quoted: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  clauses: ParsedClause[];
  phrases: ParsedPhrase[];
  /** True when the query used no operator (`+`, `field:`, `*`, `~N`, `^N`; a `-word` clause with `hyphen` does not count). */
  plain: boolean;
  /** True when the query is empty (only spaces): it matches every document. */
  empty: boolean;
}

/** The limits the parser applies. */
export type ParserLimits = Pick<SearchLimits, 'maxQueryLength' | 'maxTerms' | 'maxWildcards' | 'minWildcardPrefix' | 'maxEditDistance' | 'maxBoost'>;

const FIELD_NAMES: readonly IndexFieldName[] = INDEX_FIELDS.map((f) => f.name);
const WORD_WITH_STARS = /[\p{L}\p{N}*]+(?:['\u2019][\p{L}\p{N}*]+)*/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Punctuation that joins words into one term-like token (`us-east-1`, `incident.io`, `a/b`, URLs); other punctuation separates. */
const SEPARATOR = /[^\p{L}\p{N}*'\u2019\-._/:@\\&#+~^]+/u;
const CURLY_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** The field a query name denotes (own keys only: `constructor` or `__proto__` name none). */
function fieldNamed(name: string): IndexFieldName | undefined {
  const lower = name.toLowerCase();
  return FIELD_NAMES.find((f) => f === lower) ?? (Object.hasOwn(FIELD_ALIASES, lower) ? FIELD_ALIASES[lower] : undefined);
}

/** Parses `query`; never throws on syntax; throws FaultlineError 400 (parameter `query`) when it is longer or has more terms than the limits allow. */
export function parseQuery(query: string, limits: ParserLimits): ParsedQuery {
  if (query.length > limits.maxQueryLength) {
    throw new FaultlineError(`search: query is ${query.length} characters long, at most ${limits.maxQueryLength} are allowed`, { parameter: 'query' });
  }
  const q = query.replace(CURLY_QUOTES, '"');
  const out: ParsedQuery = { clauses: [], phrases: [], plain: true, empty: true };
  const push = (clause: ParsedClause): void => {
    out.clauses.push(clause);
    if (out.clauses.length > limits.maxTerms) {
      throw new FaultlineError(`search: query has more than ${limits.maxTerms} terms (at position ${clause.position}); remove some words`, { parameter: 'query' });
    }
  };
  const n = q.length;
  let i = 0;
  while (i < n) {
    if (/\s/.test(q[i]!)) {
      i++;
      continue;
    }
    out.empty = false;
    let j = i;
    while (j < n && !/\s/.test(q[j]!) && q[j] !== '"') j++;
    const raw = q.slice(i, j);
    const close = j < n && q[j] === '"' ? q.indexOf('"', j + 1) : -1;
    if (close < 0) {
      if (raw !== '') parseToken(raw, i, limits, out, push);
      i = j < n && q[j] === '"' ? j + 1 : j;
      continue;
    }
    const prefix = phrasePrefix(raw);
    if (prefix === null) parseToken(raw, i, limits, out, push);
    else if (prefix.presence === 'prohibited' || prefix.fields !== undefined || raw.startsWith('+')) out.plain = false;
    addPhrase(q.slice(j + 1, close), j + 1, prefix ?? { presence: 'required' }, true, out, push);
    i = close + 1;
  }
  return out;
}

/** The operators before an opening quote (`+`, `-`, `field:`, `-field:`), or null when the text before it is a word. */
function phrasePrefix(raw: string): { presence: ClausePresence; fields?: IndexFieldName[] } | null {
  const m = /^([+-]?)(?:([^:]+):)?$/u.exec(raw);
  if (m === null) return null;
  const presence: ClausePresence = m[1] === '-' ? 'prohibited' : 'required';
  if (m[2] === undefined) return { presence };
  const field = fieldNamed(m[2]);
  return field === undefined ? null : { presence, fields: [field] };
}

/** Adds a phrase's clauses (its analysed words) and, when it has two words or more, the phrase. */
function addPhrase(
  text: string,
  offset: number,
  how: { presence: ClausePresence; fields?: readonly IndexFieldName[] },
  quoted: boolean,
  out: ParsedQuery,
  push: (clause: ParsedClause) => void,
): void {
  const keys = phraseKeys(text);
  const phrase = keys.length >= 2 ? out.phrases.length : undefined;
  if (phrase !== undefined) out.phrases.push({ text, keys, presence: how.presence, quoted, ...(how.fields === undefined ? {} : { fields: how.fields }) });
  for (const token of analyzeText(text)) {
    push({
      term: token.term,
      presence: how.presence,
      boost: 1,
      editDistance: 0,
      position: offset + 1,
      word: normalizeWord(text.slice(token.start, token.end)),
      span: { start: offset + token.start, end: offset + token.end },
      ...(how.fields === undefined ? {} : { fields: how.fields }),
      ...(phrase === undefined ? {} : { phrase }),
    });
  }
}

/** Reads the modifiers `~N` / `^N` of a token; a malformed or out-of-range one is ignored (`read` counts the others). */
function readModifiers(mods: string, limits: ParserLimits): { editDistance: number; boost: number; read: number } {
  let editDistance = 0;
  let boost = 1;
  let read = 0;
  const seen = new Set<string>();
  const modPattern = /([~^])([^~^]*)/g;
  for (let mm = modPattern.exec(mods); mm !== null; mm = modPattern.exec(mods)) {
    const kind = mm[1]!;
    const value = mm[2]!;
    if (seen.has(kind)) continue;
    seen.add(kind);
    if (kind === '~') {
      if (/^\d+$/.test(value) && Number(value) <= limits.maxEditDistance) {
        editDistance = Number(value);
        read++;
      }
    } else if (/^\d+(?:\.\d+)?$/.test(value) && Number(value) > 0 && Number(value) <= limits.maxBoost) {
      boost = Number(value);
      read++;
    }
  }
  return { editDistance, boost, read };
}

/** Whether a wildcard word is within the limits (else its stars are read as punctuation); a wildcard is never fuzzy. */
function wildcardAllowed(word: string, limits: ParserLimits): boolean {
  const stars = word.split('*').length - 1;
  return stars <= limits.maxWildcards && word.indexOf('*') >= limits.minWildcardPrefix && word.length <= MAX_TOKEN_LENGTH;
}

/** Parses one token (no whitespace, no quote) starting at 0-based `offset` into clauses. */
function parseToken(raw: string, offset: number, limits: ParserLimits, out: ParsedQuery, push: (clause: ParsedClause) => void): void {
  let at = 0;
  let presence: ClausePresence = 'optional';
  let operator = false;
  let hyphen = false;
  const first = raw[0];
  if ((first === '+' || first === '-') && raw.length > 1 && WORD_CHAR.test(raw[1]!)) {
    presence = first === '+' ? 'required' : 'prohibited';
    operator = first === '+';
    hyphen = first === '-';
    at = 1;
  }

  let fields: IndexFieldName[] | undefined;
  const colon = raw.indexOf(':', at);
  if (colon > at && colon + 1 < raw.length && !raw.startsWith('//', colon + 1)) {
    const field = fieldNamed(raw.slice(at, colon));
    if (field !== undefined) {
      fields = [field];
      operator = true;
      hyphen = false;
      at = colon + 1;
    }
  }

  // A modifier is a `~` or `^` right after a letter, digit or `*`, and before a digit.
  let rest = raw.slice(at);
  let editDistance = 0;
  let boost = 1;
  const modifierAt = rest.search(/(?<=[\p{L}\p{N}*])[~^](?=\d)/u);
  if (modifierAt >= 0) {
    const modifiers = readModifiers(rest.slice(modifierAt), limits);
    ({ editDistance, boost } = modifiers);
    if (modifiers.read > 0) operator = true;
    rest = rest.slice(0, modifierAt);
  }
  const bodyOffset = offset + at;
  const base = { presence, boost, editDistance, position: offset + 1, ...(fields === undefined ? {} : { fields }) };

  let pieceOffset = 0;
  for (const piece of rest.split(SEPARATOR)) {
    const pieceAt = rest.indexOf(piece, pieceOffset);
    pieceOffset = pieceAt + piece.length;
    if (piece === '') continue;
    const words: { word: string; index: number }[] = [];
    WORD_WITH_STARS.lastIndex = 0;
    for (let w = WORD_WITH_STARS.exec(piece); w !== null; w = WORD_WITH_STARS.exec(piece)) {
      // Stars that touch no letter or digit are punctuation; leading stars too (no leading wildcards).
      const lead = /^\*+/.exec(w[0])?.[0].length ?? 0;
      if (lead === w[0].length) continue;
      words.push({ word: w[0].slice(lead), index: w.index + lead });
    }
    const wild = words.map((w) => w.word.includes('*') && wildcardAllowed(w.word, limits));
    // Words joined by punctuation in one piece (`us-east-1`) form a phrase, unless one is a wildcard.
    const joined = !wild.some(Boolean) && phraseKeys(piece).length >= 2;
    if (joined) {
      // An excluded phrase (`-us-east-1`) is an operator; a phrase is never fuzzy.
      if (hyphen) operator = true;
      addPhrase(piece.replace(/\*/g, ' '), bodyOffset + pieceAt, { presence, ...(fields === undefined ? {} : { fields }) }, false, out, (clause) =>
        push({ ...clause, boost, position: offset + 1 }),
      );
      continue;
    }
    words.forEach(({ word, index }, k) => {
      const wordAt = bodyOffset + pieceAt + index;
      if (wild[k] === true) {
        operator = true;
        const term = word
          .split('*')
          .map((part) => normalizeWord(part))
          .join('*');
        push({ ...base, editDistance: 0, term });
        return;
      }
      const plainWord = word.replace(/\*/g, ' ');
      for (const token of analyzeText(plainWord)) {
        const typed = plainWord.slice(token.start, token.end);
        push({
          ...base,
          term: token.term,
          word: normalizeWord(typed),
          span: { start: wordAt + token.start, end: wordAt + token.end },
          ...(hyphen ? { hyphen: typed } : {}),
        });
      }
    });
  }
  if (operator) out.plain = false;
}
