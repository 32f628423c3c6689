/**
 * Proximity re-scoring for plain multi-word queries: lunr scores each word on its own (BM25 over
 * stems), so a short document that mentions "international" in its summary and "communications"
 * elsewhere can outrank the one saying "internal system communications". The best-scored
 * candidates are therefore re-scored by
 *   factor = (1/2 + 1/2 * present / words) * (1 + weight * (close - 1) / (words - 1))
 * where `present` counts the typed words found in the title, summary or text in a close form,
 * and `close` is the most typed words found (in a close form) within one window of the text
 * (at least 1). A close form is the typed word with another ending ("communication" /
 * "communications", "deploy" / "deployment", "study" / "studies"), not another word that only
 * shares its stem ("internal" / "international").
 */
import { normalizeWord } from '../index/lunr-pipeline.js';
import type { TermHit } from './snippet.js';

/** Options of proximity re-scoring. */
export interface ProximityOptions {
  /** Candidates re-scored (the best by lunr score). */
  candidates: number;
  /** Characters of window allowed per typed word. */
  charsPerWord: number;
  /** Score multiplier gained when all typed words are close: factor = 1 + weight * (close - 1) / (words - 1). */
  weight: number;
}

/** Defaults of `ProximityOptions`. */
export const DEFAULT_PROXIMITY_OPTIONS: Readonly<ProximityOptions> = { candidates: 50, charsPerWord: 30, weight: 2 };

/** A typed word of the query: its index term and its unstemmed, normalised form. */
export interface QueryWord {
  term: string;
  word: string;
}

/** Whether `surface` (a word of the text) is a close form of the typed `word`: one extends the other (a final "y" may be "i"). */
export function isCloseForm(surface: string, word: string): boolean {
  const s = normalizeWord(surface);
  const stem = word.endsWith('y') ? word.slice(0, -1) : word;
  return s.startsWith(stem) || word.startsWith(s);
}

/** The score multiplier of a document: `text` with its matched words `hits` (sorted), `others` (title, summary) with theirs. */
export function proximityFactor(
  text: string,
  hits: readonly TermHit[],
  others: readonly { text: string; hits: readonly TermHit[] }[],
  words: readonly QueryWord[],
  options: ProximityOptions,
): number {
  if (words.length < 2) return 1;
  const byTerm = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = byTerm.get(w.term) ?? [];
    list.push(i);
    byTerm.set(w.term, list);
  });
  const present = new Set<number>();
  const tag = (source: string, list: readonly TermHit[]): { start: number; end: number; word: number }[] => {
    const out: { start: number; end: number; word: number }[] = [];
    for (const hit of list) {
      const surface = source.slice(hit.start, hit.end);
      for (const i of byTerm.get(hit.term) ?? []) {
        if (!isCloseForm(surface, words[i]!.word)) continue;
        out.push({ start: hit.start, end: hit.end, word: i });
        present.add(i);
      }
    }
    return out;
  };
  for (const other of others) tag(other.text, other.hits);
  const tagged = tag(text, hits);
  const width = options.charsPerWord * words.length;
  const counts = new Map<number, number>();
  let close = 1;
  let j = 0;
  for (let i = 0; i < tagged.length; i++) {
    const first = tagged[i]!;
    if (j <= i) {
      j = i;
      counts.clear();
    }
    while (j < tagged.length && tagged[j]!.end - first.start <= width) {
      const w = tagged[j]!.word;
      counts.set(w, (counts.get(w) ?? 0) + 1);
      j++;
    }
    close = Math.max(close, counts.size);
    const c = (counts.get(first.word) ?? 0) - 1;
    if (c <= 0) counts.delete(first.word);
    else counts.set(first.word, c);
  }
  return (0.5 + (0.5 * present.size) / words.length) * (1 + (options.weight * (close - 1)) / (words.length - 1));
}
