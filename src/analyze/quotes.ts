/**
 * Marks sentences that sit inside a quotation:
 *
 * 1. Quote marks: a sentence of which at least half the characters lie between a pair of double
 *    quotes (`"..."` or `“...”`) within one paragraph. An unbalanced quote mark is ignored.
 * 2. Statement blocks: a line that ends with a colon and introduces a statement
 *    ("Update/Statement from Amazon in response to our questions:", "A spokesperson said:")
 *    quotes the paragraphs after it, up to the next update, heading-like short line or intro,
 *    at most {@link MAX_STATEMENT_PARAGRAPHS} paragraphs. An intro naming only a speaking verb
 *    ("WebWorkerDaily points out:", "Dave writes:") quotes the next paragraph only.
 * 3. Markdown block quotes: a sentence starting with `>`.
 */
import type { Sentence } from '../model/document.js';

/** Most paragraphs an official-statement intro can quote. */
export const MAX_STATEMENT_PARAGRAPHS = 12;

const OFFICIAL_INTRO = /\b(?:statement|response|responded|announcement|press release|spokes(?:person|man|woman)|representative|official)\b[^\n]*:$/i;
const VERB_INTRO =
  /\b(?:said|says|say|wrote|writes|write|explained|explains|stated|states|told (?:us|me|the \w+)|tells (?:us|me)|added|adds|reads|read as follows|commented|noted|notes|points? out|pointed out|asks?|asked|replied|confirmed|announced|following)\b[^\n]*:$/i;
const BLOCK_END = /^(?:update\b|updated\b|edit\b|note\b)/i;

/** Quote marks and blank lines (which end a paragraph and drop an unclosed quote). */
const QUOTE_OR_PARAGRAPH = /["“”]|\n[^\S\n]*\n/g;

/** Character ranges between matched double quotes, paragraph by paragraph. */
function quoteRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  let open = -1;
  let openMark = '';
  const scan = new RegExp(QUOTE_OR_PARAGRAPH.source, 'g');
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const mark = m[0];
    const i = m.index;
    if (mark.length > 1) {
      open = -1;
      // Let the paragraph's closing newline start the next search.
      scan.lastIndex = i + mark.length - 1;
    } else if (mark === '"') {
      if (open < 0) {
        open = i;
        openMark = '"';
      } else if (openMark === '"') {
        regions.push([open, i + 1]);
        open = -1;
      }
    } else if (mark === '“') {
      open = i;
      openMark = '“';
    } else if (open >= 0 && openMark === '“') {
      regions.push([open, i + 1]);
      open = -1;
    }
  }
  return regions;
}

/** True when `[from, to)` holds a blank line (two line breaks with only blanks between). */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let pending = false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (pending) return true;
      pending = true;
    } else if (c > 32) {
      pending = false;
    }
  }
  return false;
}

/** True when only blanks follow `from` up to the end of its line (or of the text). */
function endsLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Number of characters of `[start, end)` covered by the (sorted, disjoint) regions. */
function coveredBy(regions: [number, number][], start: number, end: number, from: number): number {
  let covered = 0;
  for (let r = from; r < regions.length; r += 1) {
    const region = regions[r];
    if (region === undefined || region[0] >= end) break;
    covered += Math.max(0, Math.min(end, region[1]) - Math.max(start, region[0]));
  }
  return covered;
}

/** True when the sentence looks like a heading or a name line (short, no closing punctuation). */
function isHeadingLike(sentenceText: string): boolean {
  if (/[.!?:;"”)]$/.test(sentenceText)) return false;
  return sentenceText.split(/\s+/).length <= 8;
}

/** Sets `quoted: true` on sentences inside quotations (see the module comment); returns them. */
export function markQuoted(text: string, sentences: Sentence[]): Sentence[] {
  const regions = quoteRegions(text);
  let regionIndex = 0;
  // Statement-block state: paragraphs left to quote, and whether the intro was official.
  let blockParagraphs = 0;
  let previousEnd = 0;
  for (const sentence of sentences) {
    const newParagraph = previousEnd === 0 || hasBlankLine(text, previousEnd, sentence.start);
    previousEnd = sentence.end;

    if (newParagraph && blockParagraphs > 0) {
      blockParagraphs -= 1;
      const body = text.slice(sentence.start, sentence.end);
      if (BLOCK_END.test(body) || isHeadingLike(body)) blockParagraphs = 0;
    }
    let official = false;
    let isIntro = false;
    if (text.charCodeAt(sentence.end - 1) === 58 /* : */ && endsLine(text, sentence.end)) {
      const body = text.slice(sentence.start, sentence.end);
      official = OFFICIAL_INTRO.test(body);
      isIntro = official || VERB_INTRO.test(body);
    }

    while (regionIndex < regions.length && (regions[regionIndex]?.[1] ?? 0) <= sentence.start) regionIndex += 1;
    const inQuotes =
      regionIndex < regions.length && coveredBy(regions, sentence.start, sentence.end, regionIndex) * 2 >= sentence.end - sentence.start;

    if ((blockParagraphs > 0 && !isIntro) || inQuotes || text.charCodeAt(sentence.start) === 62 /* > */) sentence.quoted = true;
    // The count is decremented on entering the next paragraph, hence the +1.
    if (isIntro) blockParagraphs = (official ? MAX_STATEMENT_PARAGRAPHS : 1) + 1;
  }
  return sentences;
}
