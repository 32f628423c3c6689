/**
 * Sentence splitting: wink's sentence boundaries mapped to character spans, corrected for the
 * cases wink gets wrong on post-mortems:
 *
 * - no break between two tokens without whitespace between them ("Amazon." + "coms" in
 *   "Amazon.coms", "Amazon." + "com’s"): a domain-like word never ends a sentence;
 * - no break after a dot that certainly does not end a sentence (`dotContinuesSentence` in
 *   `sentence-ends.ts`: "Fig. 3", "U.S. retail", "Acme Inc. said", "e.g. the");
 * - a blank line always ends a sentence (titles, headings, paragraphs);
 * - a line break ends a sentence (list items, name lines, headings) unless the next line starts
 *   with a lower-case letter and the line before does not end with closing punctuation (a
 *   hard-wrapped paragraph);
 * - spans start at the first token and end after the last one, so they carry no surrounding
 *   whitespace, and every sentence holds at least one token.
 *
 * Quotations are marked by {@link markQuoted}.
 */
import type { Sentence } from '../model/document.js';
import { getNlp } from './nlp.js';
import { markQuoted } from './quotes.js';
import { layoutTokens, type TokenLayout } from './token-layout.js';
import { dotContinuesSentence } from './sentence-ends.js';

const CLOSING_PUNCTUATION = /[.!?:;]["”’)]?$/;

/** True for wink's whitespace tokens (line breaks, tabs): they only ever separate sentences. */
export function isBlankToken(value: string): boolean {
  const c = value.charCodeAt(0);
  return value.length === 0 || c === 10 || c === 13 || c === 9 || (c <= 32 && value.trim() === '');
}

/** True when a line break between the previous token and `nextValue` ends a sentence. */
function lineBreakEnds(previousValue: string, nextValue: string): boolean {
  const first = nextValue.charAt(0);
  const startsLower = first !== first.toUpperCase() && first === first.toLowerCase();
  return !startsLower || CLOSING_PUNCTUATION.test(previousValue);
}

/** True when wink's break after the token ending at `end` follows a dot that does not end the sentence (an abbreviation's). */
function abbreviationGoesOn(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 46 && dotContinuesSentence(text, end - 1);
}

/** Sentences with the token range (`[first, last]`, inclusive) of each. */
export interface TokenSentences {
  sentences: Sentence[];
  /** First token of each sentence. */
  firstToken: Int32Array;
  /** Last token of each sentence. */
  lastToken: Int32Array;
}

/** 0 when `[from, to)` holds no line break, 1 for a line break, 2 for a blank line. */
function lineBreaks(text: string, from: number, to: number): number {
  let seen = 0;
  let pending = false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (pending) return 2;
      pending = true;
      seen = 1;
    } else if (c > 32 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a)) {
      pending = false;
    }
  }
  return seen;
}

/**
 * Builds sentences from laid-out tokens and wink's sentence token ranges (`[first, last]`,
 * inclusive), applying the corrections of this module and marking quotations; also returns
 * each sentence's token range.
 */
export function tokenSentences(text: string, layout: TokenLayout, winkSpans: number[][]): TokenSentences {
  const n = layout.values.length;
  const winkStarts = new Uint8Array(n);
  for (const span of winkSpans) {
    const first = span[0];
    if (first !== undefined && first > 0 && first < n) winkStarts[first] = 1;
  }
  const { starts, ends, values } = layout;
  const sentences: Sentence[] = [];
  const firsts: number[] = [];
  const lasts: number[] = [];
  const push = (first: number, last: number): void => {
    const start = starts[first] ?? 0;
    const end = ends[last] ?? 0;
    if (end <= start) return;
    sentences.push({ start, end });
    firsts.push(first);
    lasts.push(last);
  };
  // wink emits line breaks as tokens of their own; they only ever separate sentences.
  let first = -1;
  let previous = -1;
  let winkBreak = false;
  for (let i = 0; i < n; i += 1) {
    if (winkStarts[i] === 1) winkBreak = true;
    const value = values[i] ?? '';
    if (isBlankToken(value)) continue;
    if (previous < 0) {
      first = i;
    } else {
      const gapStart = ends[previous] ?? 0;
      const gapEnd = starts[i] ?? 0;
      let breaks = false;
      // No whitespace between two tokens: never a sentence boundary ("Amazon.coms").
      if (gapEnd > gapStart) {
        const lines = gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 32 ? 0 : lineBreaks(text, gapStart, gapEnd);
        breaks = lines === 0 ? winkBreak && !abbreviationGoesOn(text, gapStart) : lines === 2 || lineBreakEnds(values[previous] ?? '', value);
      }
      if (breaks) {
        push(first, previous);
        first = i;
      }
    }
    winkBreak = false;
    previous = i;
  }
  if (previous >= 0) push(first, previous);
  return { sentences: markQuoted(text, sentences), firstToken: Int32Array.from(firsts), lastToken: Int32Array.from(lasts) };
}

/** Builds sentences from laid-out tokens and wink's sentence token ranges (see {@link tokenSentences}). */
export function sentencesFromTokens(text: string, layout: TokenLayout, winkSpans: number[][]): Sentence[] {
  return tokenSentences(text, layout, winkSpans).sentences;
}

/** Splits `text` into sentences with character offsets into `text` (one wink pass). */
export function splitSentences(text: string): Sentence[] {
  const { nlp, its } = getNlp();
  const doc = nlp.readDoc(text);
  const layout = layoutTokens(text, doc.tokens().out(its.value));
  return sentencesFromTokens(text, layout, doc.sentences().out(its.span) as unknown as number[][]);
}
