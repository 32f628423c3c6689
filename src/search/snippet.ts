/**
 * Snippets: a window of about `width` characters of a hit's text around its best cluster of
 * matching words, widened to whole sentences when they fit and otherwise cut at word boundaries,
 * whitespace collapsed, with the matched words' ranges as highlights.
 *
 * Matched words are found with the index's own tokenizer and pipeline (each word of the text is
 * normalised and stemmed as the index did, and compared with the query's expanded terms), so a
 * highlight is exactly a word whose index term matched: what lunr's `position` metadata would hold,
 * without storing positions in the index (they doubled its size and quadrupled its load time).
 */
import { normalizeWord, stemWord } from '../index/lunr-pipeline.js';
import type { Span } from '../model/document.js';
import type { Snippet } from '../model/search.js';
import { endsSentenceAt } from '../analyze/sentence-ends.js';

/** Options of snippets. */
export interface SnippetOptions {
  /** Target length of the snippet in characters. */
  width: number;
  /** Characters of text scanned for matches once a match is found (long documents). */
  scanLimit: number;
}

/** Defaults of `SnippetOptions`. */
export const DEFAULT_SNIPPET_OPTIONS: Readonly<SnippetOptions> = { width: 200, scanLimit: 20_000 };

/** One matched word in a text. */
export interface TermHit extends Span {
  /** Its index term. */
  term: string;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /[\p{L}\p{N}'\u2019]/u;
/** Compiled once (a Unicode property pattern costs tens of microseconds to compile): `NON_ASCII` global, `WORD` sticky. */
const NON_ASCII_GLOBAL = new RegExp(NON_ASCII.source, 'g');
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * Words of `text` whose index term is in `terms`, in order (scanning stops `scanLimit` characters
 * after the first hit). The stemmer only rewrites word endings, so only words starting with the
 * first two letters of some term are analysed: those are found with `indexOf` in the lower-cased
 * text, together with the words that have a non-ASCII character among their first two (the full
 * scan is kept for texts whose lower-casing changes their length, and for terms with non-ASCII
 * letters).
 */
export function findTermHits(text: string, terms: ReadonlySet<string>, scanLimit = DEFAULT_SNIPPET_OPTIONS.scanLimit): TermHit[] {
  if (terms.size === 0) return [];
  const heads = new Set<string>();
  for (const term of terms) heads.add(term.slice(0, 2));
  const lower = text.toLowerCase();
  if (lower.length !== text.length || [...heads].some((h) => NON_ASCII.test(h))) {
    return scanAllWords(text, terms, heads, scanLimit);
  }
  const starts: number[] = [];
  for (const head of heads) {
    for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + 1)) {
      if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) starts.push(at);
    }
  }
  // A word with a non-ASCII letter among its first two may fold to an ASCII head ("Über" ->
  // "uber"): such words are analysed too.
  const nonAscii = NON_ASCII_GLOBAL;
  nonAscii.lastIndex = 0;
  for (let m = nonAscii.exec(text); m !== null; m = nonAscii.exec(text)) {
    const at = m.index;
    if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) starts.push(at);
    else if (at === 1 || !WORD_CHAR.test(text[at - 2]!)) starts.push(at - 1);
  }
  starts.sort((a, b) => a - b);
  const word = WORD_AT;
  const hits: TermHit[] = [];
  let stopAt = Infinity;
  let last = -1;
  for (const at of starts) {
    if (at >= stopAt) break;
    if (at === last) continue;
    last = at;
    word.lastIndex = at;
    const m = word.exec(text);
    if (m === null) continue;
    const term = stemWord(normalizeWord(m[0]));
    if (!terms.has(term)) continue;
    hits.push({ start: at, end: at + m[0].length, term });
    if (stopAt === Infinity) stopAt = at + scanLimit;
  }
  return hits;
}

/** The general path of `findTermHits`: tokenises the whole text. */
function scanAllWords(text: string, terms: ReadonlySet<string>, heads: ReadonlySet<string>, scanLimit: number): TermHit[] {
  const hits: TermHit[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  let stopAt = Infinity;
  for (let m = re.exec(text); m !== null && m.index < stopAt; m = re.exec(text)) {
    const w = m[0];
    const head = w.length === 1 ? w.toLowerCase() : w.slice(0, 2).toLowerCase();
    if (!heads.has(head) && !NON_ASCII.test(head)) continue;
    const term = stemWord(normalizeWord(w));
    if (!terms.has(term)) continue;
    hits.push({ start: m.index, end: m.index + w.length, term });
    if (stopAt === Infinity) stopAt = m.index + scanLimit;
  }
  return hits;
}

/** Makes the snippet of `text` for `hits` (sorted); without hits, the opening of the text. */
export function makeSnippet(text: string, sentences: readonly Span[], hits: readonly TermHit[], options: Partial<SnippetOptions> = {}): Snippet {
  const { width } = { ...DEFAULT_SNIPPET_OPTIONS, ...options };
  if (text.length === 0) return { text: '', highlights: [] };
  let winStart = 0;
  let winEnd = 0;
  if (hits.length > 0) [winStart, winEnd] = bestWindow(hits, width);

  const first = sentenceAt(text, sentences, winStart);
  const last = sentenceAt(text, sentences, Math.max(winStart, winEnd - 1));
  let start: number;
  let end: number;
  if (last.end - first.start <= width * 1.3) {
    start = first.start;
    end = last.end;
    // Room left: take the following sentence too when it fits.
    const next = end < text.length ? sentenceAt(text, sentences, skipSpace(text, end)) : null;
    if (next !== null && next.end - start <= width) end = next.end;
  } else {
    const slack = Math.max(0, width - (winEnd - winStart));
    start = Math.max(first.start, winStart - Math.floor(slack / 3));
    end = Math.min(text.length, Math.max(winEnd, start + width));
    start = wordStartAtOrAfter(text, start, winStart);
    end = wordEndAtOrBefore(text, end, winEnd);
  }
  const inside = hits.filter((h) => h.start >= start && h.end <= end);
  return render(text, start, end, inside, start > 0 && !isSentenceStart(text, sentences, start), end < text.length && !isSentenceEnd(text, end));
}

/** The [start, end) of the window of at most `width` characters holding the most distinct terms (then the most hits; earliest on a tie). */
function bestWindow(hits: readonly TermHit[], width: number): [number, number] {
  const counts = new Map<string, number>();
  let best = { distinct: -1, count: -1, i: 0, j: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const hi = hits[i]!;
    if (j < i) j = i;
    while (j < hits.length && hits[j]!.end - hi.start <= width) {
      const t = hits[j]!.term;
      counts.set(t, (counts.get(t) ?? 0) + 1);
      j++;
    }
    if (j === i) {
      // A single word longer than the window.
      if (best.distinct < 1) best = { distinct: 1, count: 1, i, j: i + 1 };
      continue;
    }
    const distinct = counts.size;
    const count = j - i;
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { distinct, count, i, j };
    const t = hi.term;
    const c = (counts.get(t) ?? 0) - 1;
    if (c <= 0) counts.delete(t);
    else counts.set(t, c);
  }
  return [hits[best.i]!.start, hits[best.j - 1]!.end];
}

/** The sentence containing `pos` (from the analysis; else found by punctuation). */
function sentenceAt(text: string, sentences: readonly Span[], pos: number): Span {
  if (sentences.length > 0) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo]!;
    if (s.start <= pos && pos < s.end) return s;
  }
  let start = pos;
  const floor = Math.max(0, pos - 400);
  while (start > floor && !(/\s/.test(text[start - 1] ?? '') && endsSentenceAt(text, start - 2))) start--;
  start = skipSpace(text, start);
  let end = pos;
  const ceiling = Math.min(text.length, pos + 400);
  while (end < ceiling && !endsSentenceAt(text, end)) end++;
  if (end < text.length) end++;
  return { start: Math.min(start, pos), end: Math.max(end, pos + 1) };
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos] ?? '')) pos++;
  return pos;
}

function isSentenceStart(text: string, sentences: readonly Span[], pos: number): boolean {
  if (sentences.some((s) => s.start === pos)) return true;
  return /[.!?\n]\s*$/.test(text.slice(Math.max(0, pos - 3), pos));
}

function isSentenceEnd(text: string, pos: number): boolean {
  return /[.!?]["'\u201d\u2019)]?$/.test(text.slice(Math.max(0, pos - 2), pos));
}

/** Moves `pos` forward to the start of a word (never past `limit`). */
function wordStartAtOrAfter(text: string, pos: number, limit: number): number {
  if (pos === 0 || /\s/.test(text[pos - 1] ?? ' ')) return pos;
  let p = pos;
  while (p < limit && !/\s/.test(text[p - 1] ?? ' ')) p++;
  return p;
}

/** Moves `pos` back to the end of a word (never before `limit`). */
function wordEndAtOrBefore(text: string, pos: number, limit: number): number {
  if (pos >= text.length || /\s/.test(text[pos] ?? ' ')) return pos;
  let p = pos;
  while (p > limit && !/\s/.test(text[p] ?? ' ')) p--;
  return p;
}

/** Renders text[start, end) with whitespace runs collapsed, ellipses where cut, and the hits mapped into the result. */
function render(text: string, start: number, end: number, hits: readonly TermHit[], leading: boolean, trailing: boolean): Snippet {
  let out = leading ? '…' : '';
  const map = new Int32Array(end - start + 1);
  let inSpace = false;
  for (let i = start; i < end; i++) {
    map[i - start] = out.length;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace && out.length > (leading ? 1 : 0)) out += ' ';
      inSpace = true;
    } else {
      out += ch;
      inSpace = false;
    }
  }
  map[end - start] = out.length;
  out = out.trimEnd();
  const highlights = hits.map((h) => ({ start: map[h.start - start]!, end: Math.min(out.length, map[h.end - start]!) }));
  if (trailing) out += '…';
  return { text: out, highlights };
}
