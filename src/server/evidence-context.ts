/** Places an evidence span in its surrounding sentences, for showing a tag's evidence in context. */
import type { Sentence, Span } from '../model/index.js';

/** An evidence excerpt: the context text and the evidence's range within it. */
export interface EvidenceExcerpt {
  /** The sentences around the evidence (with "…" where text was cut). */
  text: string;
  /** The evidence's range in `text`. */
  mark: Span;
}

/** Longest context shown on each side of the evidence, in characters, when sentences are long. */
const MAX_SIDE = 400;

/**
 * The evidence with the sentence before and the sentence after it. `sentences` are the
 * document's sentence boundaries (sorted); without them the evidence is shown alone.
 */
export function evidenceInContext(text: string, evidence: Span, sentences: readonly Sentence[], around = 1): EvidenceExcerpt {
  const evStart = Math.max(0, Math.min(text.length, evidence.start));
  const evEnd = Math.max(evStart, Math.min(text.length, evidence.end));
  let first = -1;
  let last = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.end > evStart && s.start < evEnd) {
      if (first === -1) first = i;
      last = i;
    }
  }
  let start = evStart;
  let end = evEnd;
  if (first !== -1) {
    start = Math.min(start, sentences[Math.max(0, first - around)]!.start);
    end = Math.max(end, sentences[Math.min(sentences.length - 1, last + around)]!.end);
  }
  const cutStart = start < evStart - MAX_SIDE;
  const cutEnd = end > evEnd + MAX_SIDE;
  if (cutStart) start = evStart - MAX_SIDE;
  if (cutEnd) end = evEnd + MAX_SIDE;
  const prefix = cutStart ? '…' : '';
  const suffix = cutEnd ? '…' : '';
  const body = text.slice(start, end);
  return {
    text: prefix + body + suffix,
    mark: { start: prefix.length + (evStart - start), end: prefix.length + (evEnd - start) },
  };
}
