/**
 * Where punctuation ends a sentence: a dot inside a word ("Amazon.com") or after an abbreviation
 * ("U.S. retail", "Fig. 3", "e.g. the") does not. The sentence splitter uses it to correct wink's
 * breaks; text without wink's sentences (a summary's snippet) is split by {@link endsSentenceAt}.
 * No dependency on wink, so the search side can use it without loading the model.
 */

/**
 * Abbreviations (lower case, without their final dot) that come before what they qualify and so
 * never end a sentence: titles, "No. 5", "Fig. 3", "approx.", "vs.", "e.g.", "i.e.", months.
 */
export const LEADING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'no', 'nos', 'fig', 'figs', 'vs', 'approx', 'ca', 'cf', 'e.g', 'i.e', 'viz', 'incl', 'esp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations (lower case, without their final dot) that can end a sentence but mostly do not: a company's "Inc.", "Corp.", "etc.". */
export const TRAILING_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'etc', 'jr', 'sr', 'dept', 'est', 'min', 'max', 'hr', 'hrs', 'sec', 'secs']);

/** Letters with dots between them ("U.S", "a.m", "J"): an initialism or an initial, its final dot left off. */
const INITIALISM = /^(?:\p{L}\.)*\p{L}$/u;
/** Opening punctuation before a word ("(e.g.", "“U.S."). */
const OPENING = /^["'“‘([]+/u;
/** Closing punctuation after a sentence's final mark. */
const CLOSING = /["'”’)\]]/u;

/**
 * True when the dot at `dot` certainly does not end a sentence: inside a word ("Amazon.com",
 * "3.5"), after an abbreviation that comes before what it qualifies ("Fig. 3", "Dr. Smith",
 * "e.g. Bob", "Jan. 5"), or after an initialism or a company abbreviation before a word in lower
 * case or a number ("U.S. retail", "Acme Inc. said", "a.m. 5"). After any other word, and before a
 * capitalised word ("U.S. East" or "in the U.S. The", "Acme Inc. The"), it may end one or not:
 * this leaves it to the caller.
 */
export function dotContinuesSentence(text: string, dot: number): boolean {
  const next = wordAfter(text, dot);
  if (next === null) return false;
  if (next === '') return true; // no space after the dot: "Amazon.coms", "3.5", "U.S." inside a word
  const word = wordBefore(text, dot);
  const core = word.toLowerCase();
  if (core === '') return false;
  if (LEADING_ABBREVIATIONS.has(core)) return true;
  const lower = next !== next.toUpperCase() && next === next.toLowerCase();
  const digit = next >= '0' && next <= '9';
  return (lower || digit) && (INITIALISM.test(word) || TRAILING_ABBREVIATIONS.has(core));
}

/** True when `word` (without its final dot) is an upper-case initialism of two letters or more ("U.S", "U.K"). */
function isUpperInitialism(word: string): boolean {
  return word.length > 1 && INITIALISM.test(word) && word === word.toUpperCase();
}

/** The first character of the word after the dot at `dot` (closing quotes skipped); '' when no space follows the dot; null at the end of the text. */
function wordAfter(text: string, dot: number): string | null {
  let after = dot + 1;
  while (after < text.length && CLOSING.test(text.charAt(after))) after += 1;
  if (after >= text.length) return null;
  if (!/\s/u.test(text.charAt(after))) return '';
  while (after < text.length && /\s/u.test(text.charAt(after))) after += 1;
  return after >= text.length ? null : text.charAt(after);
}

/** The word that the dot at `dot` closes, without opening punctuation ("(e.g." -> "e.g"). */
function wordBefore(text: string, dot: number): string {
  let from = dot;
  while (from > 0 && dot - from < 40 && !/\s/u.test(text.charAt(from - 1))) from -= 1;
  return text.slice(from, dot).replace(OPENING, '');
}

/**
 * True when the character at `i` of `text` ends a sentence by punctuation alone (for text without
 * wink's sentences): a line break, "!" or "?" followed by white space or the end (closing quotes
 * allowed), or a dot that does not continue the sentence ({@link dotContinuesSentence}); without
 * wink's judgement an upper-case initialism ("U.S. East") is taken to go on.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '\n') return true;
  if (c === '.') return !dotContinuesSentence(text, i) && !(wordAfter(text, i) !== null && isUpperInitialism(wordBefore(text, i)));
  if (c !== '!' && c !== '?') return false;
  let after = i + 1;
  while (after < text.length && CLOSING.test(text.charAt(after))) after += 1;
  return after >= text.length || /\s/u.test(text.charAt(after));
}
