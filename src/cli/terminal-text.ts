/**
 * Text from the corpus (file names, reasons that quote them) made safe to print on a terminal:
 * control characters (C0, DEL, C1, which start escape sequences that move the cursor, retitle
 * the window or rewrite earlier lines) and the bidirectional overrides (which reorder what is
 * shown) are written as visible escapes instead.
 */

/** Control characters and bidirectional overrides/isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character shown as `\xNN` (or `\uNNNN`), printable as one line. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
