/**
 * The tagger: reads a text (an article or a comment) with its sentences and returns its failure
 * layer and root-cause tags, each with a confidence, a certainty and the sentences that support
 * it. It runs on the sentences the analysis stage found (no second NLP pass) with precompiled
 * regular expressions, so it costs little next to the analysis itself.
 */
import type { CauseLabel, Certainty, LayerLabel, Sentence, TagSet, Tag } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import { aggregateTags, type EvidenceItem, strongerCertainty } from './aggregate-tags.js';
import { certaintyOf, isGeneric, isHedged } from './certainty.js';
import { CAUSE_UNKNOWN_STATEMENT } from './cues/signal-cues.js';
import { capCertainty, documentSignals, unitSignals, unitSpeakers, type UnitSignals } from './speaker.js';
import { resolveTagOptions, type TagOptions } from './tag-options.js';
import { iterateUnits, type TextUnit } from './text-units.js';
import { scoreUnit, type UnitScores } from './unit-scorer.js';
import { FastPattern } from './fast-pattern.js';

const UNKNOWN_RE = new FastPattern(CAUSE_UNKNOWN_STATEMENT, { suffix: ')' });

/** Causes that a stronger root cause in the same text explains (e.g. load from a DDoS is the attack). */
export const EXPLAINED_BY: ReadonlyArray<{ cause: CauseLabel; by: CauseLabel; scale: number }> = Object.freeze([
  { cause: 'capacity', by: 'security', scale: 0.4 },
  { cause: 'power', by: 'natural-disaster', scale: 0.5 },
  { cause: 'hardware', by: 'natural-disaster', scale: 0.5 },
  { cause: 'hardware', by: 'power', scale: 0.6 },
]);

/** Share of a failing outside provider's layer score that supports the `dependency` cause. */
export const DEPENDENCY_FROM_PROVIDER = 0.9;

/** A document's subject layer needs this many weighted mentions... */
export const SUBJECT_MIN_MENTIONS = 3;
/** ...and this many times the mentions of the runner-up. */
export const SUBJECT_DOMINANCE = 1.5;

/** Checks the sentence spans lie inside the text (caller misuse otherwise). */
function checkSentences(text: string, sentences: readonly Sentence[]): void {
  sentences.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      throw new FaultlineError(
        `tagText: sentence ${i} has span [${String(s.start)}, ${String(s.end)}) outside the text (length ${text.length})`,
        { parameter: 'sentences' },
      );
    }
  });
}

/** Adds one evidence item to a label's list. */
function add<L>(map: Map<L, EvidenceItem[]>, label: L, item: EvidenceItem): void {
  const list = map.get(label);
  if (list === undefined) map.set(label, [item]);
  else list.push(item);
}

/** The layer most mentioned by the text when it clearly dominates (what "the service" refers to). */
function subjectLayer(mentions: ReadonlyMap<LayerLabel, number>): LayerLabel | null {
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (first === undefined || first[1] < SUBJECT_MIN_MENTIONS) return null;
  const second = ranked[1]?.[1] ?? 0;
  return first[1] >= second * SUBJECT_DOMINANCE ? first[0] : null;
}

/** The `unknown` cause tag: supported by the sentences saying the cause is unknown, if any. */
function unknownTag(evidence: readonly EvidenceItem[], maxEvidence: number): Tag<CauseLabel> {
  const kept = evidence.slice(0, maxEvidence);
  return {
    label: 'unknown',
    confidence: kept.length > 0 ? 0.9 : 0.6,
    certainty: kept.length > 0 ? kept.map((e) => e.certainty).reduce(strongerCertainty) : 'reported',
    evidence: kept.map((e) => ({ ...e.span })),
  };
}

/**
 * Tags a text: multi-label failure layers and root causes with confidence, certainty and
 * evidence sentences (offsets into `text`). `sentences` are the analysis stage's sentence spans
 * of `text`. When no cause is supported, the causes are `unknown` alone.
 */
export function tagText(text: string, sentences: readonly Sentence[], options: TagOptions = {}): TagSet {
  const opts = resolveTagOptions(options);
  checkSentences(text, sentences);

  // Pass 1: read every unit completely while the literal scanner holds it.
  const units: TextUnit[] = [];
  const readings: UnitScores[] = [];
  const perUnit: UnitSignals[] = [];
  const mentions = new Map<LayerLabel, number>();
  for (const unit of iterateUnits(text, sentences)) {
    const scores = scoreUnit(unit);
    if (unit.kind === 'body') for (const [label, weight] of scores.mentions) mentions.set(label, (mentions.get(label) ?? 0) + weight);
    units.push(unit);
    perUnit.push(unitSignals(unit));
    readings.push(scores);
  }
  const signals = documentSignals(units, opts.official, perUnit);
  const speakerOf = unitSpeakers(units, signals, opts.isComment);
  const certaintiesOf = (i: number, hedged: boolean, generic: boolean): { layers: Certainty; causes: Certainty } => {
    const unit = units[i] as TextUnit;
    const speaker = speakerOf(i);
    const base = generic ? 'speculated' : certaintyOf(unit.lower, hedged, { quoted: unit.quoted, speaker, documentIsOfficial: signals.official });
    return { layers: capCertainty(base, speaker, signals, 'layers'), causes: capCertainty(base, speaker, signals, 'causes') };
  };

  // Pass 2: certainty of the units that support something.
  const layerEvidence = new Map<LayerLabel, EvidenceItem[]>();
  const causeEvidence = new Map<CauseLabel, EvidenceItem[]>();
  const anaphors: EvidenceItem[] = [];
  units.forEach((unit, i) => {
    const scores = readings[i];
    if (scores === undefined || (scores.layers.size === 0 && scores.causes.size === 0 && scores.anaphor === 0)) return;
    const certainty = certaintiesOf(i, scores.hedged, scores.generic);
    const span = { text: unit.text, start: unit.start, end: unit.end };
    for (const [label, score] of scores.layers) add(layerEvidence, label, { span, score, certainty: certainty.layers });
    for (const [label, score] of scores.causes) add(causeEvidence, label, { span, score, certainty: certainty.causes });
    // An outside provider that failed is a failure propagated from a dependency.
    const outside = scores.layers.get('third-party');
    if (outside !== undefined) add(causeEvidence, 'dependency', { span, score: outside * DEPENDENCY_FROM_PROVIDER, certainty: certainty.causes });
    if (scores.anaphor > 0) anaphors.push({ span, score: scores.anaphor, certainty: certainty.layers });
  });

  const subject = subjectLayer(mentions);
  if (subject !== null) for (const item of anaphors) add(layerEvidence, subject, item);

  const scale = new Map<string, number>();
  for (const rule of EXPLAINED_BY) {
    if (causeEvidence.has(rule.by) && causeEvidence.has(rule.cause)) scale.set(rule.cause, (scale.get(rule.cause) ?? 1) * rule.scale);
  }
  const aggregate = { minConfidence: opts.minConfidence, relativeThreshold: opts.relativeThreshold, maxEvidence: opts.maxEvidence };
  const layers = aggregateTags(layerEvidence, aggregate);
  const causes = aggregateTags(causeEvidence, { ...aggregate, scale });
  if (causes.length > 0) return { layers, causes };
  // No cause: `unknown`, with the sentences saying the cause is not known.
  const unknownEvidence: EvidenceItem[] = [];
  units.forEach((unit, i) => {
    if (unit.kind === 'advice' || !UNKNOWN_RE.test(unit.lower)) return;
    const certainty = certaintiesOf(i, isHedged(unit.lower), isGeneric(unit.lower));
    unknownEvidence.push({ span: { text: unit.text, start: unit.start, end: unit.end }, score: 1, certainty: certainty.causes });
  });
  return { layers, causes: [unknownTag(unknownEvidence, opts.maxEvidence)] };
}
