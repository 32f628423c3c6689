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

/** The next word after a position (skipping what is not a letter or digit), sticky; compiled once. */
const NEXT_WORD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)/uy;

/** The keys of the `count` words just before `end` in `text`, or null when there are fewer. */
function keysBefore(text: string, end: number, count: number): string[] | null {
  for (let width = 64 * count; ; width *= 4) {
    const from = Math.max(0, end - width);
    const words = Array.from(text.slice(from, end).matchAll(WORD), (m) => ({ at: m.index, word: m[0] }));
    const last = words.slice(-count);
    // A window cut inside the first word it keeps is widened (that word may start earlier).
    if (from > 0 && (last.length < count || last[0]!.at === 0)) continue;
    return last.length < count ? null : last.map((w) => wordKey(w.word));
  }
}

/**
 * Whether `text` has consecutive words whose keys are `keys` (at least one key). The longest key
 * anchors the search (a rare word, not "the"); the words after and before each of its hits are
 * compared.
 */
export function containsPhrase(text: string, keys: readonly string[]): boolean {
  if (keys.length === 0) return true;
  let anchor = 0;
  keys.forEach((key, i) => {
    if (key.length > keys[anchor]!.length) anchor = i;
  });
  for (const hit of findTermHits(text, new Set([keys[anchor]!]), text.length)) {
    NEXT_WORD.lastIndex = hit.end;
    let k = anchor + 1;
    for (; k < keys.length; k++) {
      const m = NEXT_WORD.exec(text);
      if (m === null || wordKey(m[1]!) !== keys[k]) break;
    }
    if (k < keys.length) continue;
    if (anchor === 0) return true;
    const before = keysBefore(text, hit.start, anchor);
    if (before?.every((key, i) => key === keys[i]) === true) return true;
  }
  return false;
}
