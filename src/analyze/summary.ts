/**
 * Extractive summary: 2-3 sentences copied verbatim from the text, chosen by a simple scorer
 * and returned in document order.
 *
 * A sentence scores for its position (earlier is better), its overlap with the title and the
 * key phrases, and incident vocabulary ("outage", "failed", "root cause", "because",
 * "customers", ...); it loses for being a question, first-person-singular chit-chat, very short
 * (a heading, a name line) or very long, or a bullet fragment.
 */
import type { Sentence, Summary, TextSpan } from '../model/document.js';
import { toTextSpan } from './evidence.js';

/** Summary options. */
export interface SummaryOptions {
  /** Most sentences (default 3). */
  maxSentences?: number;
  /** Fewest sentences when the text has that many usable ones (default 2). */
  minSentences?: number;
  /** Longest summary in characters before a third sentence is dropped (default 700). */
  maxChars?: number;
  /** Only the first this many sentences are candidates (default 80; the position prior favours them anyway). */
  candidates?: number;
}

const SUMMARY_DEFAULTS: Required<SummaryOptions> = { maxSentences: 3, minSentences: 2, maxChars: 700, candidates: 80 };

const INCIDENT_WORDS =
  /\b(?:outages?|down|downtime|offline|unavailable|disruption|degrad\w+|incident|failed|failures?|fail(?:s|ing)?|errors?|root cause|caused|because|due to|triggered|customers|users|affected|impacted|restored|recovered|resolved|mitigat\w+|latency|crash\w*|misconfigur\w+|bug|deploy\w*|rollback|rolled back)\b/giu;
const FIRST_PERSON_SINGULAR = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine)\b/u;
const CHIT_CHAT = /^(?:thanks|thank you|great|good|nice|interesting|hi|hello|lol|wow|yes|no|ok|okay)\b/iu;
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'is', 'are', 'was', 'were', 'it', 'its',
  'this', 'that', 'why', 'how', 'what', 'and', 'by', 'at', 'as', 'from', 'be', 'has', 'had', 'have', 'we', 'our',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Score of one sentence; -Infinity when it must not be chosen. */
function scoreSentence(body: string, index: number, count: number, titleWords: Set<string>, keyWords: Set<string>): number {
  const tokens = words(body);
  const n = body.split(/\s+/u).length;
  if (n < 6 || !/[.!]["”’)]?$/u.test(body)) return Number.NEGATIVE_INFINITY;
  let score = 0;
  score += 2.5 * (1 - index / Math.max(1, count)) + (index < 3 ? 1 : 0);
  let overlap = 0;
  for (const w of new Set(tokens)) {
    if (titleWords.has(w)) overlap += 1;
    if (keyWords.has(w)) overlap += 0.5;
  }
  score += Math.min(3, overlap * 0.6);
  score += Math.min(3, (body.match(INCIDENT_WORDS)?.length ?? 0) * 0.8);
  if (body.endsWith('?')) score -= 3;
  if (FIRST_PERSON_SINGULAR.test(body)) score -= 1.5;
  if (CHIT_CHAT.test(body)) score -= 2;
  if (/^[•*\-–]/u.test(body)) score -= 1.5;
  if (n < 9) score -= 1;
  if (n > 45) score -= 1.5;
  if (n > 70) score -= 3;
  return score;
}

/** Chooses the summary sentences of `text` among `sentences`. */
export function summarize(
  text: string,
  sentences: readonly Sentence[],
  title: string | null | undefined,
  keyphrases: readonly string[],
  options: SummaryOptions = {},
): Summary {
  const { maxSentences, minSentences, maxChars, candidates } = { ...SUMMARY_DEFAULTS, ...options };
  const titleWords = new Set(words(title ?? ''));
  const keyWords = new Set(keyphrases.flatMap((k) => words(k)));
  const scored: Array<{ index: number; score: number }> = [];
  sentences.slice(0, candidates).forEach((sentence, index) => {
    const score = scoreSentence(text.slice(sentence.start, sentence.end), index, sentences.length, titleWords, keyWords);
    if (score !== Number.NEGATIVE_INFINITY) scored.push({ index, score });
  });
  // Texts without any regular sentence: fall back to the first sentences.
  if (scored.length === 0) sentences.slice(0, minSentences).forEach((_s, index) => scored.push({ index, score: 0 }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);

  const wanted = sentences.length >= 8 ? maxSentences : minSentences;
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
