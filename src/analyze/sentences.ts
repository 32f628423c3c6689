/**
 * Sentence splitting: wink's sentence boundaries mapped to character spans, corrected for the
 * cases wink gets wrong on post-mortems:
 *
 * - no break between two tokens without whitespace between them ("Amazon." + "coms" in
 *   "Amazon.coms", "Amazon." + "com’s"): a domain-like word never ends a sentence;
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

const BLANK_LINE = /\n[^\S\n]*\n/u;
const CLOSING_PUNCTUATION = /[.!?:;]["”’)]?$/u;

/** True when a line break between the previous token and `nextValue` ends a sentence. */
function lineBreakEnds(previousValue: string, nextValue: string): boolean {
  const first = nextValue.charAt(0);
  const startsLower = first !== first.toUpperCase() && first === first.toLowerCase();
  return !startsLower || CLOSING_PUNCTUATION.test(previousValue);
}

/**
 * Builds sentences from laid-out tokens and wink's sentence token ranges (`[first, last]`,
 * inclusive), applying the corrections of this module and marking quotations.
 */
export function sentencesFromTokens(text: string, layout: TokenLayout, winkSpans: number[][]): Sentence[] {
  const n = layout.values.length;
  if (n === 0) return [];
  const winkStarts = new Uint8Array(n);
  for (const span of winkSpans) {
    const first = span[0];
    if (first !== undefined && first > 0 && first < n) winkStarts[first] = 1;
  }
  const { starts, ends, values } = layout;
  const sentences: Sentence[] = [];
  // wink emits line breaks as tokens of their own; they only ever separate sentences.
  let first = -1;
  let previous = -1;
  let winkBreak = false;
  for (let i = 0; i < n; i += 1) {
    if (winkStarts[i] === 1) winkBreak = true;
    const value = values[i] ?? '';
    if (value.trim() === '') continue;
    if (previous < 0) {
      first = i;
    } else {
      const gapStart = ends[previous] ?? 0;
      const gapEnd = starts[i] ?? 0;
      let breaks = false;
      // No whitespace between two tokens: never a sentence boundary ("Amazon.coms").
      if (gapEnd > gapStart) {
        const gap = text.slice(gapStart, gapEnd);
        breaks = gap.includes('\n')
          ? BLANK_LINE.test(gap) || lineBreakEnds(values[previous] ?? '', value)
          : winkBreak;
      }
      if (breaks) {
        sentences.push({ start: starts[first] ?? 0, end: ends[previous] ?? 0 });
        first = i;
      }
    }
    winkBreak = false;
    previous = i;
  }
  if (previous >= 0) sentences.push({ start: starts[first] ?? 0, end: ends[previous] ?? 0 });
  return markQuoted(
    text,
    sentences.filter((s) => s.end > s.start),
  );
}

/** Splits `text` into sentences with character offsets into `text` (one wink pass). */
export function splitSentences(text: string): Sentence[] {
  const { nlp, its } = getNlp();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const layout = layoutTokens(text, tokens.out(its.value) as string[], tokens.out(its.precedingSpaces) as string[]);
  return sentencesFromTokens(text, layout, doc.sentences().out(its.span) as unknown as number[][]);
}
