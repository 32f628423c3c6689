/**
 * Document-level aggregation: the evidence sentences of each label become one tag. A label's
 * score adds its evidence with diminishing returns (strongest first, each next one counting
 * {@link EVIDENCE_DECAY} times the one before); its confidence grows with the score. Labels far
 * below the best label of their axis (secondary mentions) and labels below the minimum confidence
 * are dropped; evidence is kept strongest first, always including the most certain sentence.
 */
import type { Certainty, Tag, TextSpan } from '../model/document.js';

/** One sentence's support for one label. */
export interface EvidenceItem {
  /** The supporting sentence. */
  span: TextSpan;
  /** Its score for the label. */
  score: number;
  /** How firmly it states it. */
  certainty: Certainty;
}

/** Each next evidence sentence counts this much of the one before. */
export const EVIDENCE_DECAY = 0.6;

/** Steepness of the score-to-confidence curve: `confidence = 1 - exp(-CONFIDENCE_RATE * score)`. */
export const CONFIDENCE_RATE = 1.3;

const RANK: Readonly<Record<Certainty, number>> = { confirmed: 3, reported: 2, speculated: 1 };

/** The stronger of two certainties (confirmed > reported > speculated). */
export function strongerCertainty(a: Certainty, b: Certainty): Certainty {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A label's aggregate score from its evidence (diminishing returns, strongest first). */
export function labelScore(items: readonly EvidenceItem[]): number {
  const scores = items.map((i) => i.score).sort((a, b) => b - a);
  let total = 0;
  let weight = 1;
  for (const s of scores) {
    total += s * weight;
    weight *= EVIDENCE_DECAY;
  }
  return total;
}

/** Confidence (0..1, two decimals) of a score. */
export function scoreConfidence(score: number): number {
  return Math.round((1 - Math.exp(-CONFIDENCE_RATE * score)) * 100) / 100;
}

/** Picks at most `max` evidence items, strongest first, always including the most certain one. */
export function pickEvidence(items: readonly EvidenceItem[], max: number): EvidenceItem[] {
  const sorted = [...items].sort((a, b) => b.score - a.score || a.span.start - b.span.start);
  const picked = sorted.slice(0, max);
  const best = sorted.reduce<EvidenceItem | undefined>(
    (acc, item) => (acc === undefined || RANK[item.certainty] > RANK[acc.certainty] ? item : acc),
    undefined,
  );
  if (best !== undefined && !picked.includes(best)) picked[picked.length - 1] = best;
  return picked;
}

/** Options of {@link aggregateTags}. */
export interface AggregateOptions {
  minConfidence: number;
  relativeThreshold: number;
  maxEvidence: number;
  /** Multipliers applied to label scores before pruning (e.g. a cause explained by another). */
  scale?: ReadonlyMap<string, number>;
}

/** Builds the tags of one axis from per-label evidence, best first. */
export function aggregateTags<L extends string>(evidence: ReadonlyMap<L, EvidenceItem[]>, options: AggregateOptions): Tag<L>[] {
  const scored: { label: L; score: number; items: EvidenceItem[] }[] = [];
  for (const [label, items] of evidence) {
    if (items.length === 0) continue;
    scored.push({ label, score: labelScore(items) * (options.scale?.get(label) ?? 1), items });
  }
  const best = Math.max(0, ...scored.map((s) => s.score));
  const tags: Tag<L>[] = [];
  for (const { label, score, items } of scored) {
    const confidence = scoreConfidence(score);
    if (score < best * options.relativeThreshold || confidence < options.minConfidence || confidence <= 0) continue;
    const picked = pickEvidence(items, options.maxEvidence);
    const certainty = picked.map((i) => i.certainty).reduce(strongerCertainty);
    tags.push({
      label,
      confidence,
      certainty,
      evidence: picked.map((i) => ({ text: i.span.text, start: i.span.start, end: i.span.end })),
    });
  }
  return tags.sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label));
}
