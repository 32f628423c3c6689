/**
 * Keeps citeproc's title case off names, identifiers and product names. Styles such as MLA and
 * Chicago title-case titles, and citeproc would write "incident.io" as "Incident.Io" and
 * "us-east-1" as "Us-East-1". Before a record is formatted, every word of its title that is not
 * a plain lower-case word (letters, inner hyphens or apostrophes only) is wrapped in citeproc's
 * `<span class="nocase">`: words with digits, dots, internal or all capitals, code in backticks,
 * anything else. Plain lower-case words ("outage") are left for the style to case. For a style
 * that title-cases, a plain hyphenated compound is cased here, since citeproc lower-cases a
 * leading minor word ("on-Call"): its first element and every later element that is not a minor
 * word get a capital ("On-Call", "Read-Only", "State-of-the-Art"). Site names are names: they are
 * protected whole. The CSL-JSON Faultline hands out stays plain (the markup is added only on the
 * copy given to citeproc).
 */

/** A word a style may title-case: lower-case letters with inner hyphens or apostrophes. */
const PLAIN_WORD = /^[a-z\u00df-\u00f6\u00f8-\u00ff]+(?:[-'’][a-z\u00df-\u00f6\u00f8-\u00ff]+)*$/;

/** Punctuation around a word that stays outside the protection (quotes, brackets, sentence marks). */
const LEADING = /^["'“‘([{]+/;
const TRAILING = /["'”’)\]}.,;:!?]+$/;

/** Minor words title case leaves in lower case inside a hyphenated compound (articles, conjunctions, short prepositions). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'from', 'into', 'onto', 'over', 'with', 'than', 'till']);

/** A hyphenated plain compound in title case ("on-call" -> "On-Call", "state-of-the-art" -> "State-of-the-Art"). */
export function titleCaseCompound(word: string): string {
  return word
    .split('-')
    .map((part, i) => (i > 0 && MINOR_WORDS.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');
}

/** Wraps text in citeproc's no-case markup. */
export function noCase(text: string): string {
  return `<span class="nocase">${text}</span>`;
}

/** True when a style may change the case of this word (its surrounding punctuation removed). */
export function isCaseable(word: string): boolean {
  return PLAIN_WORD.test(word.replace(LEADING, '').replace(TRAILING, ''));
}

/**
 * The title with every word a style must not re-case wrapped in no-case markup; with
 * `titleCase` (the style title-cases titles), hyphenated plain compounds are cased here.
 */
export function protectTitleCase(title: string, titleCase = false): string {
  return title
    .split(/(\s+)/)
    .map((part) => {
      if (part.trim() === '') return part;
      const lead = LEADING.exec(part)?.[0] ?? '';
      const rest = part.slice(lead.length);
      const trail = TRAILING.exec(rest)?.[0] ?? '';
      const core = rest.slice(0, rest.length - trail.length);
      if (core === '') return part;
      if (PLAIN_WORD.test(core)) return titleCase && core.includes('-') ? `${lead}${noCase(titleCaseCompound(core))}${trail}` : part;
      return `${lead}${noCase(core)}${trail}`;
    })
    .join('');
}
