/**
 * The tagger: reads a report (an article or a comment) the way an SRE reads it and returns its
 * failure layers and root causes, each with a confidence, a certainty, a role and the sentences
 * that support it.
 *
 * 1. The anatomy (src/anatomy) splits the text into sections and gives every sentence a role
 *    (root-cause, trigger, impact, mitigation, action-item, ...) and its causal statements.
 * 2. The voice says whether the report is the operator's own and who speaks each sentence.
 * 3. Each sentence is scored (unit-scorer.ts): causes and origin layers come from trigger,
 *    root-cause and contributing sentences first, and from the cause side of causal statements;
 *    a layer named only in impact or propagation sentences is impacted, not the origin; impact,
 *    mitigation, action-item and background sentences never support a cause.
 * 4. The evidence is aggregated into tags: the origin layer first (usually one), then impacted
 *    layers; causes with their role (root, contributing or trigger). A cause with no failing
 *    component named is in the report's subject component (else, for a code defect, in the
 *    product's own code). Relations of the rulebook
 *    apply (an outside provider's failure is a `dependency`; load from an attack is the attack).
 *    When no cause is supported the cause is `unknown`, with the sentences saying so.
 *
 * It runs on the sentences (and, when given, the parts of speech) the analysis stage found: no
 * second NLP pass.
 */
import { readAnatomy, type Anatomy, type AnatomyInput, type AnatomyUnit } from '../anatomy/read-anatomy.js';
import { foldText } from '../anatomy/text-units.js';
import { findCueHits } from '../rulebook/cue-matcher.js';
import { readVoice, type SourceMetadata, type UnitVoice, type Voice } from '../anatomy/read-voice.js';
import type { CauseTag, Evidence, LayerTag, Sentence, TagSet } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { CauseLabel, CauseRole, Certainty, KnownCause, LayerLabel } from '../model/taxonomy.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import { aggregateAll, aggregateLabel, type Aggregate, type EvidenceItem } from './aggregate-tags.js';
import { resolveTagOptions, type TagOptions } from './tag-options.js';
import { scoreUnit, type Support, type UnitScores } from './unit-scorer.js';

/** What the tagger reads: the text, its sentences (and tokens), and what the metadata says of the source. */
export interface ReportInput extends AnatomyInput, Omit<SourceMetadata, 'official' | 'isComment'> {
  /** The report's title (its components count towards the report's subject; it is never evidence). */
  title?: string | null;
}

/** The whole reading of a report: its anatomy, its voice and its tags. */
export interface ReportReading {
  anatomy: Anatomy;
  voice: Voice;
  tags: TagSet;
}

/** Id of the rule that puts a code defect with no failing component in the product's own code. */
export const CODE_ORIGIN_RULE = 'anatomy.code-origin';
/** Id of the rule that places a cause with no failing component in the report's subject component. */
export const SUBJECT_ORIGIN_RULE = 'anatomy.cause-in-subject';

/** Checks the sentence spans lie inside the text (caller misuse otherwise). */
function checkSentences(text: string, sentences: readonly Sentence[]): void {
  sentences.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      throw new FaultlineError(`tagText: sentence ${i} has span [${String(s.start)}, ${String(s.end)}) outside the text (length ${text.length})`, {
        parameter: 'sentences',
      });
    }
  });
}

/** Adds one evidence item to a label's list. */
function add<L>(map: Map<L, EvidenceItem[]>, label: L, item: EvidenceItem): void {
  const list = map.get(label);
  if (list === undefined) map.set(label, [item]);
  else list.push(item);
}

/** Certainty of one sentence's statement, from its hedges and its speaker. */
function certaintyOf(unit: AnatomyUnit, voice: UnitVoice, document: Voice['document'], generic: boolean, axis: 'layers' | 'causes'): Certainty {
  if (unit.hedged || unit.role === 'speculation' || (generic && voice.speaker !== 'operator')) return 'speculated';
  if (voice.speaker === 'operator') return 'confirmed';
  if (document.speculative || (axis === 'causes' && document.causeUndisclosed)) return 'speculated';
  return 'reported';
}

/** The evidence span of a unit. */
function evidenceSpan(unit: AnatomyUnit): Evidence {
  return { text: unit.text, start: unit.start, end: unit.end, role: unit.role };
}

/** The role a cause plays, from the role of the sentence that best supports it. */
function causeRole(item: EvidenceItem | undefined): CauseRole {
  if (item?.span.role === 'trigger') return 'trigger';
  if (item?.span.role === 'contributing') return 'contributing';
  return 'root';
}

/** Id of the dismissal that answers a guess with a concession and a rebuttal ("Possible, but ..."). */
const REBUTTAL_RULE = 'dismissal.concession-rebuttal';
/** Ids of the dismissals that answer a guess by what it would have looked like ("But a broken release would have failed at the open", "If this were a bad release, I'd expect ..."). */
const COUNTERFACTUAL_RULES: ReadonlySet<string> = new Set(['dismissal.counterfactual-rebuttal', 'dismissal.counterfactual-test']);
/** Ids of the dismissals that dismiss only the sentence they are in ("A hardware fault is also unlikely ...", "We initially suspected a DDoS"). */
const SELF_DISMISSALS: ReadonlySet<string> = new Set(['dismissal.unlikely-candidate', 'dismissal.abandoned-hypothesis']);

/**
 * Units put forward as a guess and dismissed right after, in the same paragraph ("A fibre cut.
 * ... Unlikely."): every unit of the paragraph before the dismissal. A concession and rebuttal
 * ("That would change paths, but ...") or a counterfactual rebuttal ("But a broken release would
 * have failed at the open") answers guesses only: it dismisses the speculation units before it,
 * never a statement of fact ("This would normally fail over, but a bug ..."); the counterfactual
 * is itself no claim. A candidate judged unlikely where it is named ("A hardware fault is also
 * unlikely to ...") or a first hypothesis that was dropped ("We initially suspected a DDoS")
 * dismisses only its own sentence.
 */
function dismissedUnits(rulebook: Rulebook, units: readonly AnatomyUnit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((unit, i) => {
    if (unit.heading) return;
    const rule = rulebook.signals.dismissal.firstRule(unit.lower);
    if (rule === null) return;
    if (SELF_DISMISSALS.has(rule)) {
      out.add(i);
      return;
    }
    const answersGuesses = rule === REBUTTAL_RULE || COUNTERFACTUAL_RULES.has(rule);
    if (COUNTERFACTUAL_RULES.has(rule)) out.add(i);
    for (let k = i - 1; k >= 0 && units[k]?.paragraph === unit.paragraph && units[k]?.heading !== true; k -= 1) {
      if (!answersGuesses || units[k]?.role === 'speculation') out.add(k);
    }
  });
  return out;
}

/** Scales every support of a unit's scores (a dismissed guess). */
function scaleScores(scores: UnitScores, factor: number): void {
  for (const map of [scores.causes, scores.origin, scores.impacted, scores.parts] as Map<string, Support>[]) for (const support of map.values()) support.score *= factor;
}

/** The layer most mentioned by the text when it clearly dominates (what "the service" refers to). */
function subjectLayer(rulebook: Rulebook, mentions: ReadonlyMap<LayerLabel, number>): LayerLabel | null {
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (first === undefined || first[1] < rulebook.weights.subject.minMentions) return null;
  const second = ranked[1]?.[1] ?? 0;
  return first[1] >= second * rulebook.weights.subject.dominance ? first[0] : null;
}

/** A tag from an aggregate. */
function toTag<L extends string, R extends string>(aggregate: Aggregate<L>, role: R): { label: L; confidence: number; certainty: Certainty; role: R; evidence: Evidence[]; rules: string[] } {
  return { label: aggregate.label, confidence: aggregate.confidence, certainty: aggregate.certainty, role, evidence: aggregate.evidence, rules: aggregate.rules };
}

/**
 * Reads a report: anatomy, voice and tags (see the module comment). `input.sentences` are the
 * analysis stage's sentence spans of `input.text`; offsets of every evidence index that text.
 */
export function readReport(input: ReportInput, options: TagOptions = {}): ReportReading {
  const opts = resolveTagOptions(options);
  const { rulebook } = opts;
  const weights = rulebook.weights;
  checkSentences(input.text, input.sentences);
  const anatomy = readAnatomy(input, rulebook);
  const voice = readVoice(anatomy.units, rulebook, {
    url: input.url,
    company: input.company,
    providers: input.providers,
    title: input.title,
    official: opts.official,
    isComment: opts.isComment,
  });
  const context = { operatorNames: voice.document.operatorNames, outsideParties: voice.document.outsideParties };

  const causeEvidence = new Map<KnownCause, EvidenceItem[]>();
  const originEvidence = new Map<LayerLabel, EvidenceItem[]>();
  const impactedEvidence = new Map<LayerLabel, EvidenceItem[]>();
  const partEvidence = new Map<LayerLabel, EvidenceItem[]>();
  const mentions = new Map<LayerLabel, number>();
  const anaphors: { unit: number; scores: UnitScores }[] = [];
  const item = (unit: AnatomyUnit, i: number, support: Support, axis: 'layers' | 'causes', generic: boolean): EvidenceItem => {
    const unitVoice = voice.units[i] ?? { speaker: 'third-party', rule: null };
    const certainty = certaintyOf(unit, unitVoice, voice.document, generic, axis);
    const rules = [...support.rules, ...unit.rules];
    if (unitVoice.rule !== null && certainty === 'confirmed') rules.push(unitVoice.rule);
    return { span: evidenceSpan(unit), score: support.score, certainty, rules };
  };
  const dismissed = dismissedUnits(rulebook, anatomy.units);
  anatomy.units.forEach((unit, i) => {
    const scores = scoreUnit(rulebook, unit, context);
    if (dismissed.has(i)) scaleScores(scores, weights.sentence.dismissed);
    if (!unit.heading && unit.role !== 'background' && unit.role !== 'action-item') {
      for (const [label, weight] of scores.mentions) mentions.set(label, (mentions.get(label) ?? 0) + weight);
    }
    // A heading is never evidence: it names a section's subject, it states nothing.
    if (unit.heading) return;
    // What slowed the response ("a slow process due to slow Azure disks", "recovery was hampered by
    // issues at our cloud provider") is neither why nor where it broke.
    if (!rulebook.signals.slowResponse.test(unit.lower)) {
      for (const [label, support] of scores.causes) add(causeEvidence, label, item(unit, i, support, 'causes', scores.generic));
      for (const [label, support] of scores.origin) add(originEvidence, label, item(unit, i, support, 'layers', scores.generic));
    }
    for (const [label, support] of scores.impacted) add(impactedEvidence, label, item(unit, i, support, 'layers', scores.generic));
    for (const [label, support] of scores.parts) add(partEvidence, label, item(unit, i, support, 'layers', scores.generic));
    if (scores.anaphor.origin > 0 || scores.anaphor.impacted > 0) anaphors.push({ unit: i, scores });
  });
  // The title names the report's subject component (not a part: "Stratus Load Balancer").
  if (input.title !== null && input.title !== undefined && input.title.trim() !== '') {
    for (const hit of findCueHits(foldText(input.title), rulebook.layers)[0] ?? []) {
      if (!hit.cue.part) mentions.set(hit.label, (mentions.get(hit.label) ?? 0) + hit.cue.weight * weights.layer.titleMentions);
    }
  }
  const subject = subjectLayer(rulebook, mentions);
  // Generic parts ("the instances", "its memory") are the subject component's, when there is one.
  for (const [label, items] of partEvidence) {
    for (const part of items) {
      if (subject !== null) add(originEvidence, subject, { ...part, rules: ['anatomy.part-of-subject', ...part.rules] });
      else add(originEvidence, label, { ...part, score: part.score * weights.layer.partAlone });
    }
  }
  if (subject !== null) {
    for (const { unit: i, scores } of anaphors) {
      const unit = anatomy.units[i]!;
      const rules = ['signal.anaphor'];
      if (scores.anaphor.origin > 0) add(originEvidence, subject, item(unit, i, { score: scores.anaphor.origin, rules }, 'layers', scores.generic));
      if (scores.anaphor.impacted > 0) add(impactedEvidence, subject, item(unit, i, { score: scores.anaphor.impacted, rules }, 'layers', scores.generic));
    }
  }
  // Relations: an outside provider failing at the origin supports `dependency`.
  for (const relation of rulebook.data.layerCauses) {
    for (const origin of originEvidence.get(relation.layer) ?? []) {
      add(causeEvidence, relation.cause, { ...origin, score: origin.score * relation.share, rules: [relation.id, ...origin.rules] });
    }
  }
  const scale = new Map<string, number>();
  for (const relation of rulebook.data.relations) {
    const by = causeEvidence.get(relation.by);
    if (by === undefined || !causeEvidence.has(relation.cause)) continue;
    if (relation.byRules !== undefined && !by.some((e) => e.rules.some((rule) => relation.byRules?.includes(rule) === true))) continue;
    scale.set(relation.cause, (scale.get(relation.cause) ?? 1) * relation.scale);
  }
  const limits = { ...weights, aggregate: { ...weights.aggregate, maxEvidence: opts.maxEvidence } };
  const agg = limits.aggregate;

  // Causes: the best, and those close enough to it.
  const causeAggs = aggregateAll(causeEvidence, limits, scale);
  // A cause stated once, plainly, stands beside one stated many times: labels are compared by
  // their strongest sentence, not by how often they are repeated.
  let bestCause = 0;
  for (const a of causeAggs) bestCause = Math.max(bestCause, a.peak);
  const causes: CauseTag[] = causeAggs
    .filter((a) => a.confidence >= agg.minCauseConfidence && a.peak >= bestCause * agg.causeRelative)
    .slice(0, agg.maxCauses)
    .map((a) => toTag<CauseLabel, CauseRole>(a, causeRole(a.items[0])));

  // Layers: the origin (usually one), then the impacted.
  const originAggs = aggregateAll(originEvidence, limits);
  const bestOrigin = originAggs[0]?.score ?? 0;
  // A guessing report names several candidates for where it broke; a firm one, usually one place.
  const guessed = originAggs[0]?.certainty === 'speculated';
  const share = guessed ? agg.speculativeOrigins.share : agg.secondOrigin;
  const origins = originAggs
    .filter((a, k) => a.confidence >= agg.minOriginConfidence && (k === 0 || a.score >= bestOrigin * share))
    .slice(0, guessed ? agg.speculativeOrigins.max : agg.maxOrigins);
  // An origin placed by a cause's own evidence, weighed as a part named alone.
  const originFromCause = (cause: (typeof causeAggs)[number], label: LayerLabel, rule: string) =>
    aggregateLabel<LayerLabel>(label, cause.items.map((i) => ({ ...i, score: i.score * weights.layer.partAlone, rules: [rule, ...i.rules] })), limits);
  // A defect in code with no component named as failing is in the product's own code.
  if (origins.length === 0) {
    const code = causeAggs.find((a) => (a.label === 'software-bug' || a.label === 'deployment') && causes.some((c) => c.label === a.label));
    if (code !== undefined) origins.push(originFromCause(code, 'application', CODE_ORIGIN_RULE));
  }
  // A cause stated with no component named as failing ("The six new nodes were added to the
  // cluster with a configuration that was intended for a different procedure") is in the report's
  // subject component, when the report has one.
  if (origins.length === 0 && subject !== null && causes.length > 0) {
    const top = causeAggs.find((a) => a.label === causes[0]?.label);
    if (top !== undefined) origins.push(originFromCause(top, subject, SUBJECT_ORIGIN_RULE));
  }
  const originLabels = new Set(origins.map((a) => a.label));
  const impacted = aggregateAll(impactedEvidence, limits)
    .filter((a) => !originLabels.has(a.label) && a.confidence >= agg.minImpactedConfidence)
    .slice(0, agg.maxImpacted);
  const layers: LayerTag[] = [
    ...origins.map((a) => toTag<LayerLabel, 'origin'>(a, 'origin')),
    ...impacted.map((a) => toTag<LayerLabel, 'impacted'>(a, 'impacted')),
  ];
  if (causes.length > 0) return { anatomy, voice, tags: { layers, causes } };

  // No cause: `unknown`, with the sentences saying the cause is not known.
  const unknownEvidence: EvidenceItem[] = [];
  anatomy.units.forEach((unit, i) => {
    if (unit.heading || unit.role === 'other') return;
    const rule = rulebook.signals.causeUnknown.firstRule(unit.lower);
    if (rule === null) return;
    unknownEvidence.push(item(unit, i, { score: 1, rules: [rule] }, 'causes', false));
  });
  const unknown = aggregateLabel<CauseLabel>('unknown', unknownEvidence, limits);
  const tag: CauseTag = {
    label: 'unknown',
    confidence: unknownEvidence.length > 0 ? 0.9 : 0.6,
    certainty: unknownEvidence.length > 0 ? unknown.certainty : 'reported',
    role: 'root',
    evidence: unknown.evidence,
    rules: unknown.rules,
  };
  return { anatomy, voice, tags: { layers, causes: [tag] } };
}

/**
 * Tags a text: failure layers (origin first, then impacted) and root causes with confidence,
 * certainty, role and evidence sentences (offsets into `text`). `sentences` are the analysis
 * stage's sentence spans of `text`. When no cause is supported, the causes are `unknown` alone.
 */
export function tagText(text: string, sentences: readonly Sentence[], options: TagOptions = {}, source: Omit<ReportInput, 'text' | 'sentences'> = {}): TagSet {
  return readReport({ ...source, text, sentences }, options).tags;
}
