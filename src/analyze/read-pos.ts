/**
 * Parts of speech on demand (see `PosReader`): a span of the text is read by the
 * part-of-speech tagger when the reading of the report asks for it, and the tokens are laid out
 * on the original text, so offsets index the whole text. The last spans read are remembered (a
 * sentence may be asked for twice: its tense, then its opening verb).
 */
import type { PosReader, PosTokens } from '../model/document.js';
import { boundRuns } from './bound-runs.js';
import { getPosTagger } from './nlp.js';
import { layoutTokens } from './token-layout.js';

/** Tags `[start, end)` of `text` with parts of speech. */
export function readPos(text: string, start: number, end: number): PosTokens {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`readPos: span [${String(start)}, ${String(end)}) is outside the text (length ${text.length})`);
  }
  const { nlp, its } = getPosTagger();
  const span = text.slice(start, end);
  const tokens = nlp.readDoc(boundRuns(span)).tokens();
  const layout = layoutTokens(span, tokens.out(its.value));
  const starts = layout.starts.map((s) => s + start);
  const ends = layout.ends.map((e) => e + start);
  return { values: layout.values, starts, ends, pos: tokens.out(its.pos) };
}

/** A part-of-speech reader over `text`. */
export function posReader(text: string): PosReader {
  let lastKey = -1;
  let last: PosTokens | null = null;
  return {
    read(start: number, end: number): PosTokens {
      const key = start * (text.length + 1) + end;
      if (key !== lastKey || last === null) {
        last = readPos(text, start, end);
        lastKey = key;
      }
      return last;
    },
  };
}
