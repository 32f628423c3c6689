/**
 * Parts of speech of a span (see `PosReader`): the one wink pass of the analysis tags every
 * token (see nlp.ts), and a span's tokens are those of the text's tokens that start inside it,
 * with their offsets into the whole text. A sentence is tagged as when it is read alone (wink's
 * rules look at nearby tokens; held for every sentence of the bundled corpus by
 * test/analyze/read-pos.test.ts), so the reading of a report asks for the spans it needs and
 * no span is tokenised a second time.
 */
import type { PosReader, PosTokens } from '../model/document.js';
import type { TokenLayout } from './token-layout.js';

/** What a part-of-speech reader reads: a text's tokens laid out on it and their tags. */
export interface TaggedTokens {
  /** The text the tokens were read from. */
  text: string;
  /** Token values and offsets in `text`. */
  layout: TokenLayout;
  /** Universal part-of-speech tag of each token. */
  pos: readonly string[];
}

/** Index of the first token whose start is at or after `offset` (binary search). */
function firstTokenAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A part-of-speech reader over a text's tagged tokens. */
export function posReader(tagged: TaggedTokens): PosReader {
  const { text, layout, pos } = tagged;
  const { values, starts, ends } = layout;
  return {
    read(start: number, end: number): PosTokens {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
        throw new RangeError(`posReader: span [${String(start)}, ${String(end)}) is outside the text (length ${text.length})`);
      }
      const from = firstTokenAt(starts, start);
      const to = firstTokenAt(starts, end);
      return { values: values.slice(from, to), starts: starts.subarray(from, to), ends: ends.subarray(from, to), pos: pos.slice(from, to) };
    },
  };
}
