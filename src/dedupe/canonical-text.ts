/**
 * The canonical form of a (normalised) text that duplicate detection compares: lower-cased,
 * apostrophes dropped (`Amazon's` and `Amazons` match, since scrapes often lose them), every other
 * run of characters that are not letters, digits or combining marks turned into one space, and
 * trimmed. So it is insensitive to case, punctuation, quotes, whitespace and line wrapping: two
 * copies that differ only in those are exact duplicates.
 */
const APOSTROPHES = /['\u2019]/g;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Canonical form of a text: lower-case words separated by single spaces. */
export function canonicalText(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The words of a text's canonical form. */
export function canonicalTokens(text: string): string[] {
  const canonical = canonicalText(text);
  return canonical === '' ? [] : canonical.split(' ');
}
