/**
 * Scores one text unit (a sentence): for each layer and cause it supports, a score from the
 * cues it matched, read clause by clause.
 *
 * - A layer needs its component cue and a failure word in the same clause (or an event cue such
 *   as "packet loss"); a negated cue ("wasn't a router") does not count. The cue nearest to the
 *   failure word gets full weight, others in the clause less; a layer named in a consequence
 *   clause (", so users could not log in") was affected, not the origin, and weighs less.
 * - A cause cue counts on its own unless negated ("not the result of an attack"); put forward as
 *   the cause ("caused by", "because") it weighs more.
 * - Hedged and generic sentences weigh less; advice never counts; remediation and headings
 *   count weakly.
 * - A failure clause naming no layer but an anaphor ("take the service offline") is remembered,
 *   to be given to the document's subject layer.
 */
import type { CauseLabel, LayerLabel } from '../model/document.js';
import { type Clause, splitClauses } from './clauses.js';
import { axisMayMatch, compileAxis, findCueHits, type CueHit } from './cue-matcher.js';
import { CAUSE_CUES } from './cues/cause-cues.js';
import { LAYER_CUES } from './cues/layer-cues.js';
import { ANAPHOR } from './cues/signal-cues.js';
import { isGeneric, isHedged } from './certainty.js';
import { failureSignals, isNegatedAt } from './failure-signals.js';
import type { TextUnit, UnitKind } from './text-units.js';
import { FastPattern } from './fast-pattern.js';

/** Scores one unit gives each label (only labels with a positive score are present). */
export interface UnitScores {
  layers: Map<LayerLabel, number>;
  causes: Map<Exclude<CauseLabel, 'unknown'>, number>;
  /** Explicit layer mentions with their cue weight, failing or not (for the document's subject). */
  mentions: Map<LayerLabel, number>;
  /** Weight to give the document's subject layer for an anaphor in a failure clause (0 when none). */
  anaphor: number;
  /** The sentence hedges (read only when it supports something; false otherwise). */
  hedged: boolean;
  /** The sentence speaks in general terms (read only when it supports something). */
  generic: boolean;
}

const LAYERS = compileAxis(LAYER_CUES, true);
const CAUSES = compileAxis(CAUSE_CUES, false);

const COORDINATOR_RE = /^\s*(?:,|,? ?and|,? ?or|and\/or|&|\/)\s*(?:an? |the )?$/u;
const MODIFIER_GAP_RE = /^\s+(?:for|of|on|in|behind|under|from|at)\s+(?:(?:our|the|a|an|its|their|this|that|all|every)\s+)?(?:[\w-]+\s+)?$/u;
const ANAPHOR_RE = new FastPattern(ANAPHOR);

/** Weight from which a cause cue in a clause also counts as that clause's failure word. */
export const STRONG_CAUSE = 0.9;

/** The scores of a unit that supports nothing (shared, never modified). */
const EMPTY_SCORES: UnitScores = Object.freeze({
  layers: new Map<LayerLabel, number>(),
  causes: new Map<Exclude<CauseLabel, 'unknown'>, number>(),
  mentions: new Map<LayerLabel, number>(),
  anaphor: 0,
  hedged: false,
  generic: false,
});

/** Weight of a unit by its section role. */
export const KIND_WEIGHT: Readonly<Record<UnitKind, number>> = Object.freeze({
  body: 1,
  heading: 0.5,
  remediation: 0.35,
  advice: 0,
});

/** Factors applied to cue weights (tuning constants, documented here in one place). */
export const SCORE_FACTORS = Object.freeze({
  /** A hedged sentence. */
  hedged: 0.75,
  /** A generic sentence ("points of failure", "can cause", "any system"). */
  generic: 0.3,
  /** A question: it asks, it does not state. */
  question: 0.4,
  /** A layer cue that is not the one nearest the failure word in its clause. */
  competing: 0.75,
  /** A layer cue in a prepositional phrase after another ("the certificate for our domain"). */
  modifier: 0.6,
  /** A layer named in a consequence clause. */
  consequence: 0.6,
  /** A cause cue in a clause that puts it forward as the cause. */
  causal: 1.25,
  /** An anaphor standing for the document's subject layer. */
  anaphor: 0.45,
});

/** Proximity factor of a layer cue to the nearest failure word (characters apart). */
function proximity(distance: number): number {
  if (distance <= 30) return 1;
  if (distance <= 60) return 0.85;
  return 0.7;
}

/** Keeps the larger score of a label. */
function raise<L>(map: Map<L, number>, label: L, score: number): void {
  if (score > (map.get(label) ?? 0)) map.set(label, score);
}

/** Scores the layer hits of one clause into `out`; returns whether an explicit failing layer was found. */
function scoreLayers(
  hits: CueHit<LayerLabel>[],
  failures: number[],
  masked: string,
  negations: ReadonlyArray<[number, number]>,
  clause: Clause,
  factor: number,
  out: UnitScores,
): boolean {
  const standing: { hit: CueHit<LayerLabel>; distance: number }[] = [];
  for (const [k, hit] of hits.entries()) {
    // "cache client library", "mysql servers": a generic application or host noun right after
    // another layer's cue is part of that component.
    const before = hits[k - 1];
    if (
      (hit.label === 'application' || hit.label === 'compute') &&
      before !== undefined &&
      before.label !== hit.label &&
      /^\s*(?:[\w-]+\s+)?$/u.test(masked.slice(before.end, hit.start))
    ) {
      continue;
    }
    if (isNegatedAt(masked, negations, hit.start)) continue;
    raise(out.mentions, hit.label, hit.cue.weight);
    let distance = 0;
    if (hit.cue.needsFailure === true) {
      if (failures.length === 0) continue;
      distance = Math.min(...failures.map((f) => (f >= hit.end ? f - hit.end : f >= hit.start ? 0 : hit.start - f)));
    }
    standing.push({ hit, distance });
  }
  if (standing.length === 0) return false;
  // Coordinated cues ("an AFE or CDN problem") share the distance of the nearest among them.
  standing.sort((a, b) => a.hit.start - b.hit.start);
  for (let pass = 0; pass < 2; pass += 1) {
    for (let k = 1; k < standing.length; k += 1) {
      const left = standing[k - 1];
      const right = standing[k];
      if (left === undefined || right === undefined || !COORDINATOR_RE.test(masked.slice(left.hit.end, right.hit.start))) continue;
      const shared = Math.min(left.distance, right.distance);
      left.distance = shared;
      right.distance = shared;
    }
  }
  // "the certificate for our domain expired": a cue in a prepositional phrase after another
  // cue modifies it; the failure belongs to the head.
  const modifier = standing.map(
    (s, k) => k > 0 && MODIFIER_GAP_RE.test(masked.slice(standing[k - 1]?.hit.end ?? 0, s.hit.start)),
  );
  const heads = standing.filter((_, k) => modifier[k] !== true);
  const nearest = Math.min(...(heads.length > 0 ? heads : standing).map((s) => s.distance));
  for (const [k, { hit, distance }] of standing.entries()) {
    let score = hit.cue.weight * proximity(distance) * factor;
    if (modifier[k] === true) score *= SCORE_FACTORS.modifier * SCORE_FACTORS.competing;
    else if (distance > nearest) score *= SCORE_FACTORS.competing;
    if (clause.consequence && !clause.causal) score *= SCORE_FACTORS.consequence;
    raise(out.layers, hit.label, score);
  }
  return true;
}

/** Scores one unit (hedges and generic wording are read only when the unit supports something). */
export function scoreUnit(unit: TextUnit): UnitScores {
  const kindWeight = KIND_WEIGHT[unit.kind];
  if (kindWeight === 0) return EMPTY_SCORES;
  // Nothing to read here: no cue of either axis and no anaphor.
  const layerCandidates = axisMayMatch(unit.lower, LAYERS);
  const causeCandidates = axisMayMatch(unit.lower, CAUSES);
  const anaphorPossible = ANAPHOR_RE.mayMatch(unit.lower);
  if (!layerCandidates && !causeCandidates && !anaphorPossible) return EMPTY_SCORES;
  const clauses = splitClauses(unit.lower);
  const causeHits = causeCandidates ? findCueHits(unit.lower, CAUSES, clauses) : [];
  const layerHits = layerCandidates ? findCueHits(unit.lower, LAYERS, clauses) : [];
  const anyHit = causeHits.some((hits) => hits.length > 0) || layerHits.some((hits) => hits.length > 0);
  if (!anyHit && !anaphorPossible) return EMPTY_SCORES;
  const hedged = isHedged(unit.lower);
  const generic = isGeneric(unit.lower);
  const question = /\?["'”)\]]*\s*$/u.test(unit.lower);
  const factor =
    kindWeight *
    (hedged ? SCORE_FACTORS.hedged : 1) *
    (generic ? SCORE_FACTORS.generic : 1) *
    (question ? SCORE_FACTORS.question : 1);
  const out: UnitScores = { layers: new Map(), causes: new Map(), mentions: new Map(), anaphor: 0, hedged, generic };
  clauses.forEach((clause, c) => {
    const clauseHasHit = (causeHits[c]?.length ?? 0) > 0 || (layerHits[c]?.length ?? 0) > 0;
    if (!clauseHasHit && !anaphorPossible) return;
    const signal = failureSignals(unit.lower.slice(clause.start, clause.end), unit.lower);
    const offset = clause.start;
    const causes = (causeHits[c] ?? []).map((h) => ({ ...h, start: h.start - offset, end: h.end - offset }));
    const layers = (layerHits[c] ?? []).map((h) => ({ ...h, start: h.start - offset, end: h.end - offset }));
    const { failures, negations, masked } = signal;
    // A cause event in the clause ("hit its rate limit", "a schema migration") also says the
    // component named with it failed.
    // (A rollout alone is not a failure: "deployed twice a day".)
    const failing = failures.concat(
      causes
        .filter((h) => h.cue.needsFailure !== true && h.label !== 'deployment' && h.cue.weight >= STRONG_CAUSE)
        .map((h) => h.start),
    );
    const explicit = scoreLayers(layers, failing, masked, negations, clause, factor, out);
    if (!explicit && failures.length > 0 && ANAPHOR_RE.test(masked, unit.lower)) {
      const consequence = clause.consequence && !clause.causal ? SCORE_FACTORS.consequence : 1;
      out.anaphor = Math.max(out.anaphor, SCORE_FACTORS.anaphor * factor * consequence);
    }
    for (const hit of causes) {
      if (hit.cue.needsFailure === true && failures.length === 0) continue;
      if (isNegatedAt(masked, negations, hit.start)) continue;
      raise(out.causes, hit.label, hit.cue.weight * factor * (clause.causal ? SCORE_FACTORS.causal : 1));
    }
  });
  return out;
}
