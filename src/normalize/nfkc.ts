/**
 * Unicode NFKC over a mapped text. Without a map this is `String.prototype.normalize('NFKC')`.
 * With a map, the text is normalised segment by segment, each segment being a run of non-ASCII
 * characters together with the one ASCII character before it: an ASCII character never composes
 * with what precedes it and blocks reordering (combining class 0), so normalising these segments
 * separately gives exactly the whole-text result while unchanged characters keep their offsets.
 */
import { type MappedText, replaceMapped } from './mapped-text.js';

const NON_ASCII = /[^\x00-\x7F]/;
/** A run of non-ASCII characters with the ASCII starter before it (its possible composition base). */
const SEGMENT = /[\x00-\x7F]?[^\x00-\x7F]+/g;

/** Applies NFKC to the text, keeping the offset map when there is one. */
export function nfkc(input: MappedText): MappedText {
  if (!NON_ASCII.test(input.text)) return input;
  if (input.src === null) return { text: input.text.normalize('NFKC'), src: null };
  return replaceMapped(input, SEGMENT, (segment) => segment.normalize('NFKC'));
}
