import { FaultlineError } from '../model/diagnostic.js';
import { runNormalization } from './normalize-text.js';

/** Normalised text with a map from its offsets back to the raw text. */
export interface NormalizedWithMap {
  /** Exactly `normalizeText(raw)`. */
  text: string;
  /**
   * Raw offset for an offset into `text` (0..text.length): where the source of that character
   * starts in the raw text; for `text.length`, the raw offset just past the last character that
   * contributed. A character produced by a change (an NFKC expansion, a decoded reference, a
   * padded dash) maps to where the changed raw text starts. Throws for an offset outside the text.
   */
  toOriginal: (offset: number) => number;
}

/** Normalises `raw` like `normalizeText` and keeps a map from normalised offsets to raw offsets. */
export function normalizeWithMap(raw: string): NormalizedWithMap {
  const { text, src } = runNormalization(raw, true);
  const map = src!;
  return {
    text,
    toOriginal: (offset: number): number => {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
        throw new FaultlineError(
          `normalize: toOriginal offset must be an integer in 0..${text.length}, got ${String(offset)}`,
          { parameter: 'offset' },
        );
      }
      return map[offset]!;
    },
  };
}
