/**
 * Document-level aggregation: the evidence sentences of each label become one tag. A label's
 * score adds its evidence with diminishing returns (strongest first, each next one counting
 * `evidenceDecay` times the one before); its confidence grows with the score. Evidence is kept
 * strongest first (the sentence that states the cause leads, never a follow-up), always including
 * the most certain sentence; a tag's certainty is the strongest of its evidence and its rules are
 * those of its evidence.
 */
import type { Evidence } from '../model/document.js';
import type { Certainty } from '../model/taxonomy.js';
import type { Weights } from '../rulebook/weights.js';

/** One sentence's support for one label. */
export interface EvidenceItem {
  /** The supporting sentence, with its role. */
  span: Evidence;
  /** Its score for the label. */
  score: number;
  /** How firmly it states it. */
  certainty: Certainty;
  /** Ids of the rules behind it (cues, section, role, voice). */
  rules: readonly string[];
}

/** A label's aggregate: score, confidence, certainty, evidence and rules. */
export interface Aggregate<L extends string> {
  label: L;
  score: number;
  /** The strongest single evidence sentence's score (times the label's scale). */
  peak: number;
  confidence: number;
  certainty: Certainty;
  evidence: Evidence[];
  rules: string[];
  /** The picked evidence items, strongest first. */
  items: EvidenceItem[];
}

const RANK: Readonly<Record<Certainty, number>> = { confirmed: 3, reported: 2, speculated: 1 };

/** The stronger of two certainties (confirmed > reported > speculated). */
export function strongerCertainty(a: Certainty, b: Certainty): Certainty {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A label's aggregate score from its evidence (diminishing returns, strongest first). */
export function labelScore(items: readonly EvidenceItem[], decay: number): number {
  const scores = items.map((i) => i.score).sort((a, b) => b - a);
  let total = 0;
  let weight = 1;
  for (const s of scores) {
    total += s * weight;
    weight *= decay;
  }
  return total;
}

/** Confidence (0..1, two decimals) of a score. */
export function scoreConfidence(score: number, rate: number): number {
  return Math.round((1 - Math.exp(-rate * score)) * 100) / 100;
}

/** True for a line that introduces a list ("Two defects, released together:"): its items state what it announces. */
const introducesList = (item: EvidenceItem): number => (/:\s*$/u.test(item.span.text) ? 1 : 0);

/**
 * Picks at most `max` evidence items, strongest first (a line that only introduces a list after
 * every sentence that states something), always including the most certain one.
 */
export function pickEvidence(items: readonly EvidenceItem[], max: number): EvidenceItem[] {
  const sorted = [...items].sort((a, b) => introducesList(a) - introducesList(b) || b.score - a.score || a.span.start - b.span.start);
  const unique: EvidenceItem[] = [];
  for (const item of sorted) if (!unique.some((u) => u.span.start === item.span.start)) unique.push(item);
  const picked = unique.slice(0, max);
  const best = unique.reduce<EvidenceItem | undefined>((acc, item) => (acc === undefined || RANK[item.certainty] > RANK[acc.certainty] ? item : acc), undefined);
  if (best !== undefined && !picked.includes(best)) picked[picked.length - 1] = best;
  return picked;
}

/** Aggregates one label's evidence (`scale` multiplies its score, e.g. a cause explained by another). */
export function aggregateLabel<L extends string>(label: L, items: readonly EvidenceItem[], weights: Readonly<Weights>, scale = 1): Aggregate<L> {
  const { evidenceDecay, confidenceRate, maxEvidence } = weights.aggregate;
  const score = labelScore(items, evidenceDecay) * scale;
  const picked = pickEvidence(items, maxEvidence);
  const certainty = picked.map((i) => i.certainty).reduce<Certainty>(strongerCertainty, 'speculated');
  const rules = [...new Set(picked.flatMap((i) => i.rules))].sort();
  let peak = 0;
  for (const item of items) peak = Math.max(peak, item.score * scale);
  return {
    label,
    score,
    peak,
    confidence: scoreConfidence(score, confidenceRate),
    certainty,
    evidence: picked.map((i) => ({ ...i.span })),
    rules,
    items: picked,
  };
}

/** Aggregates every label of an axis, best first. */
export function aggregateAll<L extends string>(
  evidence: ReadonlyMap<L, EvidenceItem[]>,
  weights: Readonly<Weights>,
  scale: ReadonlyMap<string, number> = new Map(),
): Aggregate<L>[] {
  const out: Aggregate<L>[] = [];
  for (const [label, items] of evidence) if (items.length > 0) out.push(aggregateLabel(label, items, weights, scale.get(label) ?? 1));
  return out.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
