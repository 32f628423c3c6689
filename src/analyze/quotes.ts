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

const BLANK_LINE = /\n[^\S\n]*\n/u;
const OFFICIAL_INTRO = /\b(?:statement|response|responded|announcement|press release|spokes(?:person|man|woman)|representative|official)\b[^\n]*:$/iu;
const VERB_INTRO =
  /\b(?:said|says|say|wrote|writes|write|explained|explains|stated|states|told (?:us|me|the \w+)|tells (?:us|me)|added|adds|reads|read as follows|commented|noted|notes|points? out|pointed out|asks?|asked|replied|confirmed|announced|following)\b[^\n]*:$/iu;
const BLOCK_END = /^(?:update\b|updated\b|edit\b|note\b)/iu;

/** Character ranges between matched double quotes, paragraph by paragraph. */
function quoteRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let open = -1;
  let openMark = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      // A blank line ends the paragraph: an unclosed quote is dropped.
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j += 1;
      if (text[j] === '\n') open = -1;
      continue;
    }
    if (ch === 0x22 /* " */) {
      if (open < 0) {
        open = i;
        openMark = '"';
      } else if (openMark === '"') {
        regions.push([open, i + 1]);
        open = -1;
      }
    } else if (ch === 0x201c /* “ */) {
      open = i;
      openMark = '“';
    } else if (ch === 0x201d /* ” */ && open >= 0 && openMark === '“') {
      regions.push([open, i + 1]);
      open = -1;
    }
  }
  return regions;
}

/** Number of characters of `[start, end)` covered by the (sorted, disjoint) regions. */
function coveredBy(regions: Array<[number, number]>, start: number, end: number, from: number): number {
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
  if (/[.!?:;"”)]$/u.test(sentenceText)) return false;
  return sentenceText.split(/\s+/u).length <= 8;
}

/** Sets `quoted: true` on sentences inside quotations (see the module comment); returns them. */
export function markQuoted(text: string, sentences: Sentence[]): Sentence[] {
  const regions = quoteRegions(text);
  let regionIndex = 0;
  // Statement-block state: paragraphs left to quote, and whether the intro was official.
  let blockParagraphs = 0;
  let previousEnd = 0;
  for (const sentence of sentences) {
    const gap = text.slice(previousEnd, sentence.start);
    const newParagraph = BLANK_LINE.test(gap) || previousEnd === 0;
    const lineEnd = sentence.end >= text.length || /^[^\S\n]*(?:\n|$)/u.test(text.slice(sentence.end, sentence.end + 8));
    const body = text.slice(sentence.start, sentence.end);
    previousEnd = sentence.end;

    if (newParagraph && blockParagraphs > 0) {
      blockParagraphs -= 1;
      if (BLOCK_END.test(body) || isHeadingLike(body)) blockParagraphs = 0;
    }
    const isIntro = lineEnd && body.endsWith(':') && (OFFICIAL_INTRO.test(body) || VERB_INTRO.test(body));

    while (regionIndex < regions.length && (regions[regionIndex]?.[1] ?? 0) <= sentence.start) regionIndex += 1;
    const inQuotes = coveredBy(regions, sentence.start, sentence.end, regionIndex) * 2 >= sentence.end - sentence.start;

    if ((blockParagraphs > 0 && !isIntro) || inQuotes || body.startsWith('>')) sentence.quoted = true;
    if (isIntro) {
      // The count is decremented on entering the next paragraph, hence the +1.
      blockParagraphs = (OFFICIAL_INTRO.test(body) ? MAX_STATEMENT_PARAGRAPHS : 1) + 1;
    }
  }
  return sentences;
}
