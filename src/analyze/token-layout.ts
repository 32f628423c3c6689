/**
 * Character offsets of wink tokens. Tokens come in text order separated only by whitespace, so
 * each token is found by skipping whitespace from the end of the previous one until the text
 * continues with the token's value. (wink's `its.precedingSpaces` gives only a count of spaces,
 * rebuilt as blanks, so it cannot tell a tab or a no-break space from a space; reading the text
 * itself reconstructs every offset exactly.) Where a value does not appear after whitespace
 * (wink normalised something), it is searched for a little further on, and failing that the
 * token is placed at the current position, clamped to the text.
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

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680;
}

/** Places wink's tokens (values in order) in `text`. */
export function layoutTokens(text: string, values: string[]): TokenLayout {
  const n = values.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const length = text.length;
  let pos = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] ?? '';
    const head = value.charCodeAt(0);
    let start = pos;
    // Skip whitespace up to the token's first character (a line-break token starts with one).
    let c = text.charCodeAt(start);
    while (c !== head && start < length && isWhitespace(c)) {
      start += 1;
      c = text.charCodeAt(start);
    }
    if (!(value.length === 1 ? c === head : text.startsWith(value, start))) {
      const found = text.indexOf(value, pos);
      start = found >= 0 && found - pos <= RESYNC_WINDOW ? found : Math.min(pos, length);
    }
    const end = Math.min(start + value.length, length);
    starts[i] = start;
    ends[i] = end;
    pos = end;
  }
  return { values, starts, ends };
}
