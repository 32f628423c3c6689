/**
 * The canonical form of a (normalised) text that duplicate detection compares: lower-cased,
 * apostrophes dropped (`Amazon's` and `Amazons` match, since scrapes often lose them), every other
 * run of characters that are not letters, digits or combining marks turned into one space, and
 * trimmed. So it is insensitive to case, punctuation, quotes, whitespace and line wrapping: two
 * copies that differ only in those are exact duplicates.
 */
const APOSTROPHES = /['\u2019]/g;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7F]/;
const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** `canonicalText` by regular expressions: the definition, used for text with non-ASCII characters. */
export function canonicalTextUnicode(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** `canonicalText` for ASCII text in one pass (the common case; the regexes cost a call per word). */
function canonicalTextAscii(text: string): string {
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (pendingSpace && length > 0) out[length++] = SPACE;
      pendingSpace = false;
      out[length++] = c;
    } else if (c !== APOSTROPHE) {
      pendingSpace = true;
    }
  }
  return out.toString('latin1', 0, length);
}

/** Canonical form of a text: lower-case words separated by single spaces. */
export function canonicalText(text: string): string {
  return NON_ASCII.test(text) ? canonicalTextUnicode(text) : canonicalTextAscii(text);
}

/** The words of a text's canonical form. */
export function canonicalTokens(text: string): string[] {
  const canonical = canonicalText(text);
  return canonical === '' ? [] : canonical.split(' ');
}
