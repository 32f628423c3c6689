/**
 * Evidence spans: the sentence containing a character offset, as a `TextSpan` copied verbatim
 * from the text.
 */
import type { Sentence, TextSpan } from '../model/document.js';

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return -1;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence as a verbatim text span. */
export function toTextSpan(text: string, sentence: Sentence): TextSpan {
  return { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

/** The sentence containing `offset` as a verbatim span, or null when no sentence holds it. */
export function evidenceAt(text: string, sentences: readonly Sentence[], offset: number): TextSpan | null {
  const index = sentenceIndexAt(sentences, offset);
  const sentence = index >= 0 ? sentences[index] : undefined;
  return sentence === undefined ? null : toTextSpan(text, sentence);
}
