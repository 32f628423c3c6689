/**
 * Text units: the sentences the tagger reads, each with the section it sits in. Sentence spans
 * from the analysis stage are split further at blank lines and list bullets (a heading glued to
 * the sentence after it is its own unit), trimmed, and classified:
 *
 * - `heading`: a short line without closing punctuation (or a Markdown `#` heading);
 * - `advice`: inside an advice/lessons section ("Key Takeaways", "Why This Matters ...") or an
 *   advice sentence ("developers should", "make sure you", imperative bullets): never evidence;
 * - `remediation`: inside a remediation/follow-up section, or a future statement ("we will add"):
 *   weak evidence;
 * - `body`: everything else.
 */
import type { Sentence, Span } from '../model/document.js';
import { ADVICE, ADVICE_HEADING, ADVICE_OPENING, FUTURE, REMEDIATION_HEADING } from './cues/signal-cues.js';
import { FastPattern } from './fast-pattern.js';

/** What part of the text a unit belongs to. */
export type UnitKind = 'body' | 'heading' | 'advice' | 'remediation';

/** One sentence (or a piece of one) as the tagger reads it. */
export interface TextUnit extends Span {
  /** The unit's text, verbatim (`text.slice(start, end)`). */
  text: string;
  /** Lower-cased text with typographic apostrophes and quotes folded (same length as `text`). */
  lower: string;
  /** Section role. */
  kind: UnitKind;
  /** Index of the paragraph (blank-line separated block) the unit starts in. */
  paragraph: number;
  /** True when the analysis stage marked the sentence as quoted. */
  quoted: boolean;
}

const PIECE_BREAK = /\n[^\S\n]*\n\s*|\n(?=[^\S\n]*(?:[-*•\u2022]|\d+[.)])\s)/gu;
const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u2032\u201c\u201d]/u;
const HEADING_MARK = /^#{1,6}\s/u;
const CLOSING = /[.!?;"”’)\]]$/u;
const ADVICE_HEADING_RE = new FastPattern(ADVICE_HEADING);
const REMEDIATION_HEADING_RE = new FastPattern(REMEDIATION_HEADING);
const ADVICE_RE = new FastPattern(ADVICE);
const ADVICE_OPENING_RE = new FastPattern(ADVICE_OPENING, { prefix: '(?:', suffix: ')' });
const FUTURE_RE = new FastPattern(FUTURE);

/** Lower-cases and folds typographic apostrophes/quotes, keeping the length (offsets stay valid). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return TYPOGRAPHIC.test(lower) ? lower.replace(/[\u2018\u2019\u02bc\u2032]/gu, "'").replace(/[\u201c\u201d]/gu, '"') : lower;
}

/** True when a unit looks like a heading: a `#` line, or a short line with no closing punctuation. */
export function isHeading(unitText: string): boolean {
  if (HEADING_MARK.test(unitText)) return true;
  if (unitText.includes('\n') || CLOSING.test(unitText)) return false;
  const words = unitText.split(/\s+/u).length;
  return words <= 10 && /^[\p{Lu}\d*#_]/u.test(unitText);
}

/** Splits a sentence span at blank lines and list bullets into trimmed pieces. */
function pieces(text: string, sentence: Sentence): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    const raw = body.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) spans.push({ start: sentence.start + a + lead, end: sentence.start + a + lead + trimmed.length });
  };
  PIECE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE_BREAK.exec(body)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) PIECE_BREAK.lastIndex += 1;
  }
  push(from, body.length);
  return spans;
}

/** Builds the text units of `text` from its sentences, with their section roles. */
export function buildUnits(text: string, sentences: readonly Sentence[]): TextUnit[] {
  return [...iterateUnits(text, sentences)];
}

/**
 * Yields the text units one at a time, so that a caller can read each completely while the
 * literal scanner still holds it (see literal-scanner.ts).
 */
export function* iterateUnits(text: string, sentences: readonly Sentence[]): Generator<TextUnit> {
  let section: UnitKind = 'body';
  let paragraph = 0;
  let previousEnd = 0;
  for (const sentence of sentences) {
    for (const span of pieces(text, sentence)) {
      const unitText = text.slice(span.start, span.end);
      if (/\n[^\S\n]*\n/u.test(text.slice(previousEnd, span.start))) paragraph += 1;
      previousEnd = span.end;
      const lower = foldText(unitText);
      let kind: UnitKind;
      if (isHeading(unitText)) {
        kind = 'heading';
        section = ADVICE_HEADING_RE.test(lower) ? 'advice' : REMEDIATION_HEADING_RE.test(lower) ? 'remediation' : 'body';
      } else if (section === 'advice' || ADVICE_RE.test(lower) || ADVICE_OPENING_RE.test(lower)) {
        kind = 'advice';
      } else if (section === 'remediation' || FUTURE_RE.test(lower)) {
        kind = 'remediation';
      } else {
        kind = 'body';
      }
      yield { start: span.start, end: span.end, text: unitText, lower, kind, paragraph, quoted: sentence.quoted === true };
    }
  }
}
