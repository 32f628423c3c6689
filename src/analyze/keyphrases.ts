/**
 * Key phrases without part-of-speech tags (the shared wink pipe runs none; see nlp.ts): the
 * RAKE idea of cutting the token stream at punctuation, numbers and stop words, so the runs of
 * content words left are candidate phrases. A phrase keeps at most four words, may start with
 * a participle ("misconfigured load balancer", "distributed systems") but never has one inside
 * or at its end, nor an adverb in "-ly". Phrases are lower-cased, scored by frequency times a bonus for
 * multi-word phrases and for an early first mention; plural forms and phrases contained in a
 * better one are folded away.
 */
import type { TextReading } from './read-text.js';
import { STOP_WORDS } from './stop-words.js';

/** Keyphrase options. */
export interface KeyphraseOptions {
  /** Number of phrases returned (default 8). */
  limit?: number;
  /** Longest phrase, in words (default 4). */
  maxWords?: number;
}

const KEYPHRASE_DEFAULTS: Required<KeyphraseOptions> = { limit: 8, maxWords: 4 };

const WORD = /^[a-z][a-z0-9&-]*[a-z0-9]$/u;
/** Endings of words that may open a phrase but never end one. */
const NOT_FINAL = /(?:ed|ing|ly)$/u;

/** Folds a phrase for duplicate detection: plural "s" of the last word dropped. */
function fold(phrase: string): string {
  return phrase.replace(/(?<=[a-z]{3})(?:es|s)$/u, '');
}

/** Top key phrases of a read text, most salient first. */
export function extractKeyphrases(reading: TextReading, options: KeyphraseOptions = {}): string[] {
  const { limit, maxWords } = { ...KEYPHRASE_DEFAULTS, ...options };
  const { text } = reading;
  const { values, starts, ends } = reading.layout;
  const total = values.length;
  // Counts per exact phrase; plural folding happens once per distinct phrase at the end.
  const counts = new Map<string, { count: number; first: number }>();

  let chunk: string[] = [];
  let chunkStart = 0;
  const flush = (): void => {
    while (chunk.length > 0 && NOT_FINAL.test(chunk[chunk.length - 1] ?? '')) chunk.pop();
    if (chunk.length > maxWords) chunk = chunk.slice(chunk.length - maxWords);
    // A phrase starts with a content word, not a participle left alone.
    if (chunk.length > 0 && !(chunk.length === 1 && NOT_FINAL.test(chunk[0] ?? ''))) {
      const phrase = chunk.length === 1 ? (chunk[0] ?? '') : chunk.join(' ');
      const entry = counts.get(phrase);
      if (entry === undefined) counts.set(phrase, { count: 1, first: chunkStart });
      else entry.count += 1;
    }
    chunk = [];
  };
  for (let i = 0; i < total; i += 1) {
    const value = values[i] ?? '';
    const word = value.toLowerCase();
    // A line break or any gap other than a single space also ends a phrase.
    const gap = i > 0 ? (starts[i] ?? 0) - (ends[i - 1] ?? 0) : 0;
    const joined = gap === 0 || (gap === 1 && text.charCodeAt(ends[i - 1] ?? 0) === 32);
    if (chunk.length > 0 && !joined) flush();
    if (word.length > 1 && WORD.test(word) && !STOP_WORDS.has(word)) {
      // A participle inside a run starts a new phrase ("etsy | stopped | serving traffic").
      if (chunk.length > 0 && NOT_FINAL.test(word)) flush();
      if (chunk.length === 0) chunkStart = i;
      chunk.push(word);
    } else if (chunk.length > 0) {
      flush();
    }
  }
  if (chunk.length > 0) flush();

  const stats = new Map<string, { count: number; first: number; best: string; bestCount: number }>();
  for (const [phrase, { count, first }] of counts) {
    const key = fold(phrase);
    const entry = stats.get(key);
    if (entry === undefined) {
      stats.set(key, { count, first, best: phrase, bestCount: count });
    } else {
      entry.count += count;
      entry.first = Math.min(entry.first, first);
      if (count > entry.bestCount || (count === entry.bestCount && phrase < entry.best)) {
        entry.best = phrase;
        entry.bestCount = count;
      }
    }
  }
  const scored = [...stats.values()].map((entry) => {
    const words = entry.best.split(' ').length;
    const early = 1 + 0.5 * (1 - entry.first / Math.max(1, total));
    // A phrase opening with a participle is often a verb phrase ("experiencing issues").
    const opensWithParticiple = words > 1 && NOT_FINAL.test(entry.best.slice(0, entry.best.indexOf(' ')));
    return { phrase: entry.best, score: entry.count * (words > 1 ? 2 : 1) * early * (opensWithParticiple ? 0.7 : 1) };
  });
  scored.sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));

  const out: string[] = [];
  for (const { phrase } of scored) {
    if (out.length >= limit) break;
    // Skip a phrase contained in one already chosen ("center" after "data center").
    const folded = ` ${fold(phrase)} `;
    if (out.some((chosen) => ` ${chosen} `.includes(` ${phrase} `) || ` ${fold(chosen)} ` === folded)) continue;
    out.push(phrase);
  }
  return out;
}
