/**
 * Text units: the sentences a report is read in. Sentence spans from the analysis stage are split
 * further at blank lines and list bullets (a heading glued to the sentence after it is its own
 * unit) and trimmed; a unit that opens with an inline section label ("Root cause: Engineers
 * determined ...") is split into the label and the statement after it, so that evidence quotes the
 * statement and the label opens a section.
 *
 * A piece longer than {@link MAX_UNIT} characters is not a sentence anyone wrote (the longest
 * sentence of the 350 labelled and real post-mortems read while building this is 673 characters):
 * it is read in windows of at most that length, cut at a blank, so that every later scan of a
 * unit works on a bounded string and the reading of a text stays linear in its length.
 */
import type { Sentence, Span } from '../model/document.js';

/** One sentence (or a piece of one) as the reader sees it. */
export interface TextUnit extends Span {
  /** The unit's text, verbatim (`text.slice(start, end)`). */
  text: string;
  /** Lower-cased text with typographic apostrophes and quotes folded (same length as `text`). */
  lower: string;
  /** Index of the paragraph (blank-line separated block) the unit starts in. */
  paragraph: number;
  /** True when the analysis stage marked the sentence as quoted. */
  quoted: boolean;
  /** True when the unit stands alone on its line(s): nothing else on the lines it spans. */
  ownLine: boolean;
  /** The inline label the unit's sentence opened with ("Root cause"), when it had one. */
  inlineLabel: string | null;
}

/** Longest unit the reader reads as one sentence; longer pieces are read in windows. */
export const MAX_UNIT = 1200;

const PIECE_BREAK = /\n[^\S\n]*\n\s*|\n(?=[^\S\n]*(?:[-*•\u2022]|\d+[.)])\s)/gu;
const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u2032\u201c\u201d]/u;
/** An inline label: a capitalised phrase of up to six words and a colon, then the statement. */
const INLINE_LABEL = /^((?:[A-Z][\w'’-]*|of|and|the|to|for|on|in|we|we're|are|is|it|this)(?:[ /&-]+(?:[A-Za-z][\w'’-]*)){0,6})(:|[^\S\n]+[-–—])[^\S\n]+(?=\S)/u;

/** Lower-cases and folds typographic apostrophes/quotes, keeping the length (offsets stay valid). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return TYPOGRAPHIC.test(lower) ? lower.replace(/[\u2018\u2019\u02bc\u2032]/gu, "'").replace(/[\u201c\u201d]/gu, '"') : lower;
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
    if (trimmed.length === 0) return;
    const start = sentence.start + a + lead;
    if (trimmed.length <= MAX_UNIT) spans.push({ start, end: start + trimmed.length });
    else spans.push(...windows(text, start, start + trimmed.length));
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

/**
 * Splits `[start, end)` of `text` into windows of at most {@link MAX_UNIT} characters, each cut at
 * the last blank of its second half (a hard cut when there is none), blanks trimmed off the ends.
 */
function windows(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  while (from < end) {
    while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
    if (from >= end) break;
    let to = Math.min(end, from + MAX_UNIT);
    if (to < end) {
      let cut = to;
      while (cut > from + MAX_UNIT / 2 && !/\s/u.test(text[cut] ?? '')) cut -= 1;
      if (cut > from + MAX_UNIT / 2) to = cut;
    }
    let last = to;
    while (last > from && /\s/u.test(text[last - 1] ?? '')) last -= 1;
    out.push({ start: from, end: last });
    from = to;
  }
  return out;
}

/** True when `[start, end)` has nothing but blanks between it and the line breaks around it. */
function standsAlone(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j += 1;
  return j >= text.length || text[j] === '\n' || text[j] === '\r';
}

/**
 * The inline label a unit opens with, as `[label, statementStart]` (offset into the unit), when
 * `isLabel` accepts the label text; null otherwise.
 */
export function inlineLabelOf(unitText: string, isLabel: LabelTest): [string, number] | null {
  const m = INLINE_LABEL.exec(unitText);
  if (m === null) return null;
  const label = m[1] ?? '';
  return isLabel(label, m[2] === ':' ? 'colon' : 'dash') ? [label, m[0].length] : null;
}

/** Whether a phrase before a colon ("Root cause: ...") or a dash ("Identified - ...") is a section label. */
export type LabelTest = (label: string, separator: 'colon' | 'dash') => boolean;

/**
 * Builds the text units of `text` from its sentences. `isLabel` says whether a phrase before a
 * colon is a section label ("Root cause", "Mitigation"); such a label is split off into a unit of
 * its own (`inlineLabel` set on it, and on the statement unit after it).
 */
export function buildUnits(text: string, sentences: readonly Sentence[], isLabel: LabelTest = () => false): TextUnit[] {
  const units: TextUnit[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const sentence of sentences) {
    for (const span of pieces(text, sentence)) {
      if (/\n[^\S\n]*\n/u.test(text.slice(previousEnd, span.start))) paragraph += 1;
      previousEnd = span.end;
      const unitText = text.slice(span.start, span.end);
      const quoted = sentence.quoted === true;
      const label = inlineLabelOf(unitText, isLabel);
      if (label !== null) {
        const [name, offset] = label;
        const labelEnd = span.start + name.length;
        units.push(makeUnit(text, span.start, labelEnd, paragraph, quoted, name, false));
        units.push(makeUnit(text, span.start + offset, span.end, paragraph, quoted, name, true));
        continue;
      }
      units.push(makeUnit(text, span.start, span.end, paragraph, quoted, null, true));
    }
  }
  return units;
}

/** One unit record. */
function makeUnit(text: string, start: number, end: number, paragraph: number, quoted: boolean, inlineLabel: string | null, checkLine: boolean): TextUnit {
  const unitText = text.slice(start, end);
  return {
    start,
    end,
    text: unitText,
    lower: foldText(unitText),
    paragraph,
    quoted,
    ownLine: checkLine && inlineLabel === null && standsAlone(text, start, end),
    inlineLabel,
  };
}
