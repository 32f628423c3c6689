/**
 * Text normalisation: the one definition of what "normalised text" means in Faultline. Every
 * offset downstream indexes text produced here.
 *
 * Steps, in order (the order is what makes the result idempotent, see below):
 *  1. remove invisible characters (controls, zero-width characters, soft hyphen, BOM, bidi marks);
 *  2. Unicode NFKC, with runs of combining marks cut to 32 (see MAX_MARKS) (ligatures, full-width forms, `…` -> `...`, no-break and thin spaces -> space);
 *  3. decode stray HTML character references to a fixed point (`&amp;amp;` -> `&`); each decoded
 *     value goes through steps 1-2 before it joins the text, then NFKC is applied once more so a
 *     decoded combining mark composes with the letter before it;
 *  4. line breaks: CRLF, CR, VT, FF, NEL, U+2028 -> `\n`; U+2029 -> `\n\n`;
 *  5. curly quotes -> `'` and `"`;
 *  6. hyphen, figure dash, en dash, minus -> `-`; em dash and horizontal bar -> `-` with a space on
 *     each side that touches a word (`a—b` and `a — b` both become `a - b`);
 *  7. runs of spaces and tabs (and remaining Unicode spaces) -> one space;
 *  8. leading and trailing whitespace removed;
 *  9. spaces at the start and end of every line removed;
 * 10. three or more line breaks -> two (a paragraph break).
 *
 * Why one pass suffices (idempotence): steps 4-10 only produce ASCII space, line feed, `'`, `"`
 * and `-` and only remove spaces next to a line break or a text end, so they create no new
 * character reference (references hold no such characters), no invisible character and nothing
 * NFKC would change (none of these characters composes with a following mark). Invisible
 * characters are removed before decoding, so removal cannot join two halves of a reference, and
 * NFKC runs before decoding, so a full-width `＆` is decoded like `&`.
 */
import { decodeEntities } from './decode-entities.js';
import { INVISIBLE_CHARACTERS, stripInvisible } from './invisible-characters.js';
import { type MappedText, mappedFrom, replaceMapped } from './mapped-text.js';
import { nfkc } from './nfkc.js';

const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
const SHORT_DASHES = /[\u2010-\u2013\u2212]/g;
const LONG_DASHES = /[\u2014\u2015\u2E3A\u2E3B]+/g;
/** Two or more spaces of any kind, or one space that is not U+0020. */
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_EDGE_SPACES = / +\n *|\n +/g;
const EXTRA_LINE_BREAKS = /\n{3,}/g;
const TEXT_EDGES = /^[ \n]+|[ \n]+$/g;
const WHITESPACE = /\s/;

/**
 * Longest run of combining marks kept (Zalgo text is cut; real text never stacks this many; the
 * Unicode stream-safe format allows 30). The cap is applied after NFKC: dropping the end of a run
 * cannot unblock a composition (a blocking mark precedes every mark it blocks, so both go), so
 * the result stays in NFKC.
 */
const MAX_MARKS = 32;
/**
 * A looser cap applied before each NFKC, only to bound its cost: canonical reordering of a long
 * run of marks with alternating combining classes is quadratic (200,000 marks took a minute).
 */
const GUARD_MARKS = 64;
/** Per limit: a cheap test for a long enough non-ASCII run, and the mark-run pattern. */
const MARK_RUNS = new Map<number, { candidate: RegExp; run: RegExp }>();

/** Cuts every run of more than `limit` combining marks (`\p{M}` code points) to its first `limit`. */
function capMarks(input: MappedText, limit: number): MappedText {
  let patterns = MARK_RUNS.get(limit);
  if (patterns === undefined) {
    patterns = {
      // Such a run needs more than `limit` non-ASCII code units in a row (a test without /u is cheap).
      candidate: new RegExp(`[^\\x00-\\x7F]{${limit + 1}}`),
      run: new RegExp(`(\\p{M}{${limit}})\\p{M}+`, 'gu'),
    };
    MARK_RUNS.set(limit, patterns);
  }
  if (!patterns.candidate.test(input.text)) return input;
  return replaceMapped(input, patterns.run, (_run, groups) => groups[0]!);
}

/** Decoded reference values go through the same first steps as the raw text. */
function prepareDecoded(decoded: string): string {
  return stripInvisible(decoded).normalize('NFKC');
}

/** Pads an em dash run with a space on each side that touches a non-space character. */
function replaceLongDash(run: string, _groups: readonly (string | undefined)[], offset: number, text: string): string {
  const before = offset > 0 && !WHITESPACE.test(text[offset - 1]!) ? ' ' : '';
  const end = offset + run.length;
  const after = end < text.length && !WHITESPACE.test(text[end]!) ? ' ' : '';
  return `${before}${'-'.repeat(run.length)}${after}`;
}

/** Runs the normalisation steps, keeping the offset map when `track` is true. */
export function runNormalization(raw: string, track: boolean): MappedText {
  let m = mappedFrom(raw, track);
  m = replaceMapped(m, INVISIBLE_CHARACTERS, () => '');
  m = capMarks(m, GUARD_MARKS);
  m = nfkc(m);
  const decoded = decodeEntities(m, prepareDecoded);
  if (decoded !== m) m = nfkc(capMarks(decoded, GUARD_MARKS));
  m = capMarks(m, MAX_MARKS);
  m = replaceMapped(m, LINE_BREAKS, (br) => (br === '\u2029' ? '\n\n' : '\n'));
  m = replaceMapped(m, SINGLE_QUOTES, () => "'");
  m = replaceMapped(m, DOUBLE_QUOTES, () => '"');
  m = replaceMapped(m, SHORT_DASHES, () => '-');
  m = replaceMapped(m, LONG_DASHES, replaceLongDash);
  m = replaceMapped(m, SPACES, () => ' ');
  // Trimming before the line-level steps keeps the end of the map at the last visible character.
  m = replaceMapped(m, TEXT_EDGES, () => '');
  m = replaceMapped(m, LINE_EDGE_SPACES, () => '\n');
  m = replaceMapped(m, EXTRA_LINE_BREAKS, () => '\n\n');
  return m;
}

/** Normalises text (NFKC, quotes, dashes, invisible characters, HTML references, whitespace); idempotent. */
export function normalizeText(text: string): string {
  return runNormalization(text, false).text;
}
