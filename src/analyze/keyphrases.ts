/**
 * Key phrases without part-of-speech tags (the shared wink pipe runs none; see nlp.ts): the
 * RAKE idea of cutting the token stream at punctuation, numbers and stop words, so the runs of
 * content words left are candidate phrases. A phrase keeps at most four words, may start with
 * a participle ("misconfigured load balancer", "distributed systems") but never has one inside
 * or at its end, nor an adverb in "-ly". Phrases are lower-cased, scored by frequency times a
 * bonus for multi-word phrases and for an early first mention; plural forms and phrases
 * contained in a better one are folded away.
 */
import type { TextReading } from './read-text.js';
import { CONTENT, PARTICIPLE, tokenFeatures } from './token-features.js';

/** Keyphrase options. */
export interface KeyphraseOptions {
  /** Number of phrases returned (default 8). */
  limit?: number;
  /** Longest phrase, in words (default 4). */
  maxWords?: number;
}

const KEYPHRASE_DEFAULTS: Required<KeyphraseOptions> = { limit: 8, maxWords: 4 };

/** Folds a phrase for duplicate detection: plural "s" of the last word dropped. */
function fold(phrase: string): string {
  return phrase.replace(/(?<=[a-z]{3})(?:es|s)$/, '');
}

interface PhraseCount {
  count: number;
  first: number;
  words: number;
}

/** Top key phrases of a read text, most salient first. */
export function extractKeyphrases(reading: TextReading, options: KeyphraseOptions = {}): string[] {
  const { limit, maxWords } = { ...KEYPHRASE_DEFAULTS, ...options };
  const { text } = reading;
  const { values, starts, ends } = reading.layout;
  const features = reading.features.length === values.length ? reading.features : tokenFeatures([], values);
  const total = values.length;
  // Counts per exact phrase; plural folding happens once per distinct phrase at the end.
  const counts = new Map<string, PhraseCount>();

  // The current run of content-word tokens: token indexes run[0..size).
  const run: number[] = [];
  let size = 0;
  const flush = (): void => {
    while (size > 0 && ((features[run[size - 1] ?? 0] ?? 0) & PARTICIPLE) !== 0) size -= 1;
    const from = Math.max(0, size - maxWords);
    const words = size - from;
    // A lone participle is no phrase.
    if (words > 0 && !(words === 1 && ((features[run[from] ?? 0] ?? 0) & PARTICIPLE) !== 0)) {
      const first = run[from] ?? 0;
      const phrase = text.slice(starts[first] ?? 0, ends[run[size - 1] ?? 0] ?? 0).toLowerCase();
      const entry = counts.get(phrase);
      if (entry === undefined) counts.set(phrase, { count: 1, first, words });
      else entry.count += 1;
    }
    size = 0;
  };
  for (let i = 0; i < total; i += 1) {
    const bits = features[i] ?? 0;
    if ((bits & CONTENT) === 0) {
      if (size > 0) flush();
      continue;
    }
    if (size > 0) {
      // A line break or any gap other than one space, or a participle inside a run, ends a phrase
      // ("etsy | stopped | serving traffic").
      const gap = (starts[i] ?? 0) - (ends[i - 1] ?? 0);
      if (!(gap === 1 && text.charCodeAt(ends[i - 1] ?? 0) === 32) || (bits & PARTICIPLE) !== 0) flush();
    }
    run[size] = i;
    size += 1;
  }
  if (size > 0) flush();

  const stats = new Map<string, { count: number; first: number; best: string; bestCount: number; words: number }>();
  for (const [phrase, { count, first, words }] of counts) {
    const key = fold(phrase);
    const entry = stats.get(key);
    if (entry === undefined) {
      stats.set(key, { count, first, best: phrase, bestCount: count, words });
    } else {
      entry.count += count;
      entry.first = Math.min(entry.first, first);
      if (count > entry.bestCount || (count === entry.bestCount && phrase < entry.best)) {
        entry.best = phrase;
        entry.bestCount = count;
      }
    }
  }
  const scored: { phrase: string; folded: string; score: number }[] = [];
  for (const [folded, entry] of stats) {
    const early = 1 + 0.5 * (1 - entry.first / Math.max(1, total));
    // A phrase opening with a participle is often a verb phrase ("experiencing issues").
    const opensWithParticiple = entry.words > 1 && ((features[entry.first] ?? 0) & PARTICIPLE) !== 0;
    const score = entry.count * (entry.words > 1 ? 2 : 1) * early * (opensWithParticiple ? 0.7 : 1);
    scored.push({ phrase: entry.best, folded, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));

  const out: string[] = [];
  const chosenForms: string[] = [];
  for (const { phrase, folded } of scored) {
    if (out.length >= limit) break;
    // Skip a phrase contained in one already chosen ("center" after "data center").
    const padded = ` ${phrase} `;
    const paddedFold = ` ${folded} `;
    if (chosenForms.some((form) => form.includes(padded) || form.includes(paddedFold))) continue;
    out.push(phrase);
    chosenForms.push(` ${phrase} `, ` ${fold(phrase)} `);
  }
  return out;
}
