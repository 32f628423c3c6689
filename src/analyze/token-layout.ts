/**
 * Character offsets of wink tokens: wink gives each token its value and the whitespace before
 * it (`its.precedingSpaces`); accumulating both reconstructs the text. Where a token's value
 * does not appear at the expected place (wink normalised something), the token is searched for
 * a little further on, and failing that it is given the expected position clamped to the text.
 */

/** Token values with their half-open character ranges in the analysed text. */
export interface TokenLayout {
  /** Token values as wink gives them. */
  values: string[];
  /** Start offset of each token. */
  starts: Int32Array;
  /** End offset (exclusive) of each token. */
  ends: Int32Array;
}

/** How far ahead (characters) a token that is not where expected is searched for. */
const RESYNC_WINDOW = 64;

/** Places wink's tokens in `text` from their values and preceding whitespace. */
export function layoutTokens(text: string, values: string[], precedingSpaces: string[]): TokenLayout {
  const n = values.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let pos = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] ?? '';
    const expected = pos + (precedingSpaces[i] ?? '').length;
    let start = expected;
    if (!text.startsWith(value, expected)) {
      const found = text.indexOf(value, pos);
      start = found >= 0 && found - pos <= RESYNC_WINDOW ? found : Math.min(expected, text.length);
    }
    const end = Math.min(start + value.length, text.length);
    starts[i] = start;
    ends[i] = end;
    pos = end;
  }
  return { values, starts, ends };
}
