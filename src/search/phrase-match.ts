/**
 * Phrase matching without positions in the index: a phrase is the sequence of its words' keys
 * (normalised and stemmed as the index does, stop words kept), and a text contains it when some
 * run of consecutive words of the text has exactly those keys, whatever punctuation or spaces
 * stand between them ("us-east-1" matches "US East 1" and "us-east-1"; "root cause" does not
 * match "root of the cause"). The first word is found with the snippet's fast scan.
 */
import { normalizeWord, stemWord } from '../index/lunr-pipeline.js';
import { findTermHits } from './snippet.js';

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The key of one word: what the index would store for it (stop words are keyed too). */
export function wordKey(word: string): string {
  return stemWord(normalizeWord(word));
}

/** The keys of the words of `text`, in order. */
export function phraseKeys(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => wordKey(m[0]));
}

/** Whether `text` has consecutive words whose keys are `keys` (at least one key). */
export function containsPhrase(text: string, keys: readonly string[]): boolean {
  if (keys.length === 0) return true;
  const next = /[^\p{L}\p{N}]*([\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)/uy;
  for (const hit of findTermHits(text, new Set([keys[0]!]), text.length)) {
    next.lastIndex = hit.end;
    let k = 1;
    for (; k < keys.length; k++) {
      const m = next.exec(text);
      if (m === null || wordKey(m[1]!) !== keys[k]) break;
    }
    if (k === keys.length) return true;
  }
  return false;
}
