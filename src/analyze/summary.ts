/**
 * Extractive summary: 2-3 sentences copied verbatim from the text, chosen by a simple scorer
 * and returned in document order.
 *
 * A sentence scores for its position (earlier is better), its overlap with the title and the
 * key phrases, and incident vocabulary ("outage", "failed", "root cause", "because",
 * "customers", ...); it loses for first-person-singular chit-chat, being short or very long, or
 * a bullet fragment. A question, a heading or name line (no closing "." or "!") and a sentence
 * of fewer than six words are never chosen. The features are read from the
 * sentence's tokens (memoised feature bits, see token-features.ts), so no sentence text is
 * re-scanned.
 */
import type { Summary, TextSpan } from '../model/document.js';
import { toTextSpan } from './evidence.js';
import type { TextReading } from './read-text.js';
import { STOP_WORDS } from './stop-words.js';
import { CHIT_CHAT, CONTENT, FIRST_PERSON, INCIDENT, tokenFeatures, WORDLIKE } from './token-features.js';

/** Summary options. */
export interface SummaryOptions {
  /** Most sentences (default 3). */
  maxSentences?: number;
  /** Fewest sentences when the text has that many usable ones (default 2). */
  minSentences?: number;
  /** Texts with fewer sentences than this get `minSentences` (default 8). */
  longText?: number;
  /** Longest summary in characters before a third sentence is dropped (default 700). */
  maxChars?: number;
  /** Only the first this many sentences are candidates (default 80; the position prior favours them anyway). */
  candidates?: number;
}

const SUMMARY_DEFAULTS: Required<SummaryOptions> = {
  maxSentences: 3,
  minSentences: 2,
  longText: 8,
  maxChars: 700,
  candidates: 80,
};

const BULLETS = new Set(['•', '*', '-', '–', '·']);
const CLOSERS = new Set(['"', '”', '’', ')']);

/** Lower-case content words of a title or phrase. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

/** Score of sentence `s`; -Infinity when it must not be chosen. */
function scoreSentence(
  reading: TextReading,
  s: number,
  count: number,
  titleWords: Set<string>,
  keyWords: Set<string>,
): number {
  const { values } = reading.layout;
  const features = reading.features;
  const first = reading.sentenceFirstToken[s] ?? 0;
  const last = reading.sentenceLastToken[s] ?? 0;
  let lastValue = values[last] ?? '';
  if (CLOSERS.has(lastValue) && last > first) lastValue = values[last - 1] ?? '';
  if (lastValue !== '.' && lastValue !== '!') return Number.NEGATIVE_INFINITY;
  let words = 0;
  let incident = 0;
  let overlap = 0;
  let firstPerson = false;
  for (let i = first; i <= last; i += 1) {
    const bits = features[i] ?? 0;
    if ((bits & WORDLIKE) === 0) continue;
    words += 1;
    if ((bits & INCIDENT) !== 0) incident += 1;
    if ((bits & FIRST_PERSON) !== 0) firstPerson = true;
    if ((bits & CONTENT) !== 0 && (titleWords.size > 0 || keyWords.size > 0)) {
      const lower = (values[i] ?? '').toLowerCase();
      if (titleWords.has(lower)) overlap += 1;
      if (keyWords.has(lower)) overlap += 0.5;
    }
  }
  if (words < 6) return Number.NEGATIVE_INFINITY;
  let score = 2.5 * (1 - s / Math.max(1, count)) + (s < 3 ? 1 : 0);
  score += Math.min(3, overlap * 0.5);
  score += Math.min(3, incident);
  if (firstPerson) score -= 1.5;
  if (((features[first] ?? 0) & CHIT_CHAT) !== 0) score -= 2;
  if (BULLETS.has(values[first] ?? '')) score -= 1.5;
  if (words < 9) score -= 1;
  if (words > 45) score -= 1.5;
  if (words > 70) score -= 3;
  return score;
}

/** Chooses the summary sentences of a read text. */
export function summarize(
  reading: TextReading,
  title: string | null | undefined,
  keyphrases: readonly string[],
  options: SummaryOptions = {},
): Summary {
  const { maxSentences, minSentences, longText, maxChars, candidates } = { ...SUMMARY_DEFAULTS, ...options };
  const { text, sentences } = reading;
  if (reading.features.length !== reading.layout.values.length) {
    reading = { ...reading, features: tokenFeatures([], reading.layout.values) };
  }
  const titleWords = contentWords(title ?? '');
  const keyWords = contentWords(keyphrases.join(' '));
  const scored: { index: number; score: number }[] = [];
  const limit = Math.min(candidates, sentences.length);
  for (let index = 0; index < limit; index += 1) {
    const score = scoreSentence(reading, index, sentences.length, titleWords, keyWords);
    if (score !== Number.NEGATIVE_INFINITY) scored.push({ index, score });
  }
  scored.sort((a, b) => b.score - a.score || a.index - b.index);

  const wanted = sentences.length >= longText ? maxSentences : minSentences;
  let chosen = scored.slice(0, wanted).map((s) => s.index);
  const length = (indexes: number[]): number =>
    indexes.reduce((sum, i) => sum + ((sentences[i]?.end ?? 0) - (sentences[i]?.start ?? 0)) + 1, 0);
  while (chosen.length > minSentences && length(chosen) > maxChars) chosen = chosen.slice(0, -1);
  chosen.sort((a, b) => a - b);

  const spans: TextSpan[] = [];
  for (const index of chosen) {
    const sentence = sentences[index];
    if (sentence !== undefined) spans.push(toTextSpan(text, sentence));
  }
  return { text: spans.map((s) => s.text).join(' '), sentences: spans };
}
