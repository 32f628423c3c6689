/**
 * Scores one sentence of a report: for each cause it supports, and for each layer it names as
 * the origin of the failure or as impacted, a score from the cues it matched, read clause by
 * clause and weighted by the sentence's role.
 *
 * - A cause cue counts on its own unless negated; on the cause side of a causal statement it
 *   weighs more, on the effect side less. Its weight is scaled by the role of the sentence: a
 *   root-cause or trigger sentence counts fully, a summary less, impact and background sentences
 *   hardly, mitigation and action items not at all.
 * - A layer needs its component cue and a failure word (or a cause event) in the same clause,
 *   unless the cue is itself an event ("packet loss"); a negated cue ("wasn't a router") does not
 *   count. The cue nearest the failure word gets full weight, others in the clause less, a
 *   possessor ("DynamoDB's DNS system") or a prepositional modifier ("the certificate for our
 *   domain") less still. On the cause side of a causal statement a layer is the origin; on its
 *   effect side, in a consequence clause or in an impact sentence it was impacted. In a sentence
 *   stating the cause, the component a change was made to ("a database upgrade", "a schema change
 *   rolled out to the PostgreSQL database") failed: it is the origin.
 * - A third party or dependency named by one of the operator's own names is the operator itself,
 *   and does not count.
 * - A failure clause naming no layer but an anaphor ("the service went down") is remembered, to
 *   be given to the document's subject layer.
 */
import type { AnatomyUnit } from '../anatomy/read-anatomy.js';
import type { KnownCause, LayerLabel } from '../model/taxonomy.js';
import { axisMayMatch, findCueHits, type CueHit } from '../rulebook/cue-matcher.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import type { RoleWeight } from '../rulebook/weights.js';
import { splitClauses, type Clause } from './clauses.js';
import { failureSignals, isNegatedAt } from './failure-signals.js';

/** A label's support from one sentence: its score and the ids of the cues behind it. */
export interface Support {
  score: number;
  rules: string[];
}

/** What one sentence supports (only labels with a positive score are present). */
export interface UnitScores {
  causes: Map<KnownCause, Support>;
  origin: Map<LayerLabel, Support>;
  impacted: Map<LayerLabel, Support>;
  /** Origin support from generic parts ("the instances", "memory"): the report's subject component's, when it has one. */
  parts: Map<LayerLabel, Support>;
  /** Explicit layer mentions with their cue weight, failing or not (for the document's subject). */
  mentions: Map<LayerLabel, number>;
  /** Origin and impacted weight to give the document's subject layer for an anaphor in a failure clause. */
  anaphor: { origin: number; impacted: number };
  /** The sentence speaks in general terms. */
  generic: boolean;
}

/** What the scorer knows of the document. */
export interface ScoringContext {
  /** The operator's names, lower-case (never a third party or dependency of itself). */
  operatorNames: readonly string[];
  /** Outside providers the report introduces ("an external messaging provider, Relaybird"), lower-case. */
  outsideParties: readonly string[];
}

const SECTION_RULE = /^section\.(?:root-cause|trigger|status-identified)$/u;

/** Id of the hedge rule of hearsay ("people are saying"). */
const HEARSAY_RULE = 'hedge.hearsay';

/** Id of the cue an outside provider's name is read with. */
export const OUTSIDE_PARTY_RULE = 'voice.outside-party';

/** Roles whose sentences state the cause: a failure anywhere in them makes a named component fail. */
const CAUSAL_ROLES: ReadonlySet<string> = new Set(['root-cause', 'trigger', 'contributing', 'speculation']);

const COORDINATOR_RE = /^\s*(?:,|,? ?and|,? ?or|and\/or|&|\/)\s*(?:an? |the )?$/u;
const MODIFIER_GAP_RE = /^\s+(?:for|of|on|in|behind|under|from|at|inside|within|(?:used|owned|operated|run|served|held|issued|managed) by)\s+(?:(?:one|each|some|all|most|many|several|two|three) of\s+)?(?:(?:our|the|a|an|its|their|this|that|all|every)\s+)?(?:[\w'-]+\s+){0,2}$/u;
const POSSESSIVE_RE = /^'s?\s/u;
/** After a component's name, a word that makes it a team of people ("firewall team"). */
const TEAM_RE = /^\s+(?:teams?|engineers?|engineering|on-?call|staff|squads?|owners?|experts?|specialists?|administrators?|admins?)\b/u;
const QUESTION_RE = /\?["'”)\]]*\s*$/u;
/** Between a component and the change made to it ("database| |upgrade", "router|'s |firmware update"). */
const CHANGED_BEFORE_RE = /^(?:'s)?\s+(?:[\w-]+\s+)?$/u;
/** Between a change and the component it was made to ("upgrade| of the |database"). */
const CHANGED_AFTER_RE = /^\s+(?:of|to|on|for)\s+(?:(?:the|our|a|an|its|their|all|every)\s+)?(?:[\w-]+\s+)?$/u;
const OUTSIDE_LABELS: ReadonlySet<string> = new Set(['third-party', 'dependency']);

/** True for a unit of an advice or lessons section, or an advice sentence ("developers should ..."). */
export function isAdvice(unit: AnatomyUnit): boolean {
  return unit.section === 'advice' || unit.section === 'lessons' || unit.rules.some((r) => r.startsWith('advice.') || r.startsWith('advice-opening.'));
}

/** Creates empty scores. */
function emptyScores(): UnitScores {
  return { causes: new Map(), origin: new Map(), impacted: new Map(), parts: new Map(), mentions: new Map(), anaphor: { origin: 0, impacted: 0 }, generic: false };
}

/** Keeps the larger score of a label, with the rule behind it. */
function raise<L>(map: Map<L, Support>, label: L, score: number, rule: string): void {
  if (score <= 0) return;
  const current = map.get(label);
  if (current === undefined) map.set(label, { score, rules: [rule] });
  else if (score > current.score) map.set(label, { score, rules: current.rules.includes(rule) ? current.rules : [rule, ...current.rules] });
  else if (!current.rules.includes(rule)) current.rules.push(rule);
}

/** Where a position of the sentence stands in its causal statements: cause side, effect side, or neither. */
function sideOf(unit: AnatomyUnit, position: number): 'cause' | 'effect' | 'none' {
  for (const c of unit.connectives) {
    if (position >= c.cause.start && position < c.cause.end) return 'cause';
    if (position >= c.effect.start && position < c.effect.end) return 'effect';
  }
  return 'none';
}

/** True when a hit's text is one of the operator's own names. */
function namesOperator(lower: string, hit: CueHit, operatorNames: readonly string[]): boolean {
  if (operatorNames.length === 0) return false;
  const matched = lower.slice(hit.start, hit.end);
  return operatorNames.some((name) => matched === name || matched.includes(name) || (matched.length >= 4 && name.split(' ')[0] === matched));
}

/**
 * True when an outside party's cue names the operator or something the operator owns: its name
 * stands right before the cue or runs into it ("Google Cloud services", "Acme's downstream
 * services" when the operator is Google or Acme). The operator is never its own dependency.
 */
function operatorOwns(lower: string, hit: CueHit, operatorNames: readonly string[]): boolean {
  if (namesOperator(lower, hit, operatorNames)) return true;
  // The operator named right after the cue, in apposition ("cloud provider Nimbus").
  if (operatorNames.some((name) => lower.startsWith(` ${name}`, hit.end) && !/[\p{L}\p{N}]/u.test(lower[hit.end + name.length + 1] ?? ''))) return true;
  const from = Math.max(0, hit.start - OWNER_WINDOW);
  const before = lower.slice(from, hit.end);
  const start = hit.start - from;
  return operatorNames.some((name) => {
    const at = before.lastIndexOf(name, start);
    if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1] ?? ''))) return false;
    const end = at + name.length;
    return end > start || OWNER_GAP.test(before.slice(end, start));
  });
}

/** How far before a hit the operator's name is looked for (characters). */
const OWNER_WINDOW = 48;
/** What may stand between an owner's name and what it owns: a possessive and a space. */
const OWNER_GAP = /^(?:['’]s)? $/u;

/** Proximity factor of a layer cue to the nearest failure word (characters apart). */
function proximity(rulebook: Rulebook, distance: number): number {
  const [near, mid, far] = rulebook.weights.layer.proximity;
  if (distance <= 30) return near;
  if (distance <= 60) return mid;
  return far;
}

/** The layer hits of one clause with what the clause says around them. */
interface ClauseLayers {
  clause: Clause;
  hits: CueHit<LayerLabel>[];
  /** Failure positions of the clause (sentence offsets). */
  failures: number[];
  /** Failure positions elsewhere in the sentence that also count, when they follow the cue (sentence offsets). */
  following: number[];
  /** The clause with self-negating failures masked, and its negations (clause offsets). */
  masked: string;
  negations: readonly [number, number][];
  denials: readonly number[];
  retractions: readonly number[];
}

/** Scores the layer hits of one clause; returns whether an explicit failing layer was found. */
function scoreLayers(
  rulebook: Rulebook,
  unit: AnatomyUnit,
  { clause, hits, failures: clauseFailures, following, masked, negations, denials, retractions }: ClauseLayers,
  role: RoleWeight,
  factor: number,
  context: ScoringContext,
  outsideParty: boolean,
  out: UnitScores,
): boolean {
  const weights = rulebook.weights.layer;
  const offset = clause.start;
  const standing: { hit: CueHit<LayerLabel>; distance: number }[] = [];
  for (const [k, hit] of hits.entries()) {
    // "cache client library", "mysql servers": a generic application or host noun right after
    // another layer's cue is part of that component.
    const before = hits[k - 1];
    if (
      (hit.label === 'application' || hit.label === 'compute') &&
      before !== undefined &&
      before.label !== hit.label &&
      /^\s*(?:[\w-]+\s+)?$/u.test(unit.lower.slice(before.end, hit.start))
    ) {
      continue;
    }
    if (isNegatedAt(masked, negations, hit.start - offset, denials, retractions)) continue;
    // "our firewall team", "the database engineers": people named after a component.
    if (TEAM_RE.test(unit.lower.slice(hit.end, hit.end + 16))) continue;
    // The operator's own name names the company, not a failing component ("Cloudflare's resolver").
    if (hit.cue.id !== OUTSIDE_PARTY_RULE && namesOperator(unit.lower, hit, context.operatorNames)) continue;
    // An outside-party cue that names the operator itself ("cloud provider Nimbus", "Nimbus's vendor team").
    if (hit.cue.id !== OUTSIDE_PARTY_RULE && OUTSIDE_LABELS.has(hit.label) && operatorOwns(unit.lower, hit, context.operatorNames)) continue;
    if (!hit.cue.part && (out.mentions.get(hit.label) ?? 0) < hit.cue.weight) out.mentions.set(hit.label, hit.cue.weight);
    let distance = 0;
    const failures = following.length === 0 ? clauseFailures : clauseFailures.concat(following.filter((f) => f >= hit.start));
    if (hit.cue.needsFailure) {
      if (failures.length === 0) continue;
      distance = Number.POSITIVE_INFINITY;
      for (const f of failures) distance = Math.min(distance, f >= hit.end ? f - hit.end : f >= hit.start ? 0 : hit.start - f);
    }
    standing.push({ hit, distance });
  }
  if (standing.length === 0) return false;
  // Coordinated cues ("an AFE or CDN problem") share the distance of the nearest among them.
  for (let pass = 0; pass < 2; pass += 1) {
    for (let k = 1; k < standing.length; k += 1) {
      const left = standing[k - 1];
      const right = standing[k];
      if (left === undefined || right === undefined || !COORDINATOR_RE.test(unit.lower.slice(left.hit.end, right.hit.start))) continue;
      const shared = Math.min(left.distance, right.distance);
      left.distance = shared;
      right.distance = shared;
    }
  }
  // "the certificate for our domain expired": a cue in a prepositional phrase after another cue
  // modifies it; "DynamoDB's DNS system": a possessor owns the part that failed.
  const modifier = standing.map((s, k) => k > 0 && MODIFIER_GAP_RE.test(unit.lower.slice(standing[k - 1]?.hit.end ?? 0, s.hit.start)));
  const possessor = standing.map((s, k) => k + 1 < standing.length && POSSESSIVE_RE.test(unit.lower.slice(s.hit.end, s.hit.end + 3)));
  const heads = standing.filter((_, k) => modifier[k] !== true && possessor[k] !== true);
  let nearest = Number.POSITIVE_INFINITY;
  for (const s of heads.length > 0 ? heads : standing) nearest = Math.min(nearest, s.distance);
  const causal = rulebook.weights.causal;
  for (const [k, { hit, distance }] of standing.entries()) {
    let score = hit.cue.weight * proximity(rulebook, distance) * factor;
    if (modifier[k] === true) score *= weights.modifier * weights.competing;
    else if (possessor[k] === true) score *= weights.possessor;
    else if (distance > nearest) score *= weights.competing;
    const side = sideOf(unit, hit.start);
    const consequence = clause.consequence && side !== 'cause';
    const originFactor = side === 'cause' ? causal.causeSideOrigin : side === 'effect' ? causal.effectSideOrigin : consequence ? weights.consequence : 1;
    // The effect side of a causal statement is what was impacted, whatever the sentence's role.
    const impactedWeight = side === 'effect' ? 1 : side === 'cause' ? role.impacted * 0.3 : role.impacted;
    // Named with an outside provider, a component is the provider's: its failure is the provider's.
    const internal = outsideParty && hit.label !== 'third-party' ? rulebook.weights.outsideParty.otherLayers : 1;
    raise(hit.cue.part ? out.parts : out.origin, hit.label, score * role.origin * originFactor * internal, hit.cue.id);
    raise(out.impacted, hit.label, score * impactedWeight, hit.cue.id);
  }
  return true;
}

/** True when a layer cue names what a change cue changed: "database upgrade", "upgrade of the load balancer". */
function changedComponent(lower: string, layer: CueHit, change: CueHit): boolean {
  if (layer.end <= change.start) return CHANGED_BEFORE_RE.test(lower.slice(layer.end, change.start));
  if (change.end <= layer.start) return CHANGED_AFTER_RE.test(lower.slice(change.end, layer.start));
  return false;
}

/** Hits of the outside providers' names in a lower-cased sentence, as `third-party` cue hits. */
function outsidePartyHits(rulebook: Rulebook, lower: string, parties: readonly string[]): CueHit<LayerLabel>[] {
  const hits: CueHit<LayerLabel>[] = [];
  for (const name of parties) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + name.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      hits.push({
        label: 'third-party',
        start: at,
        end: at + name.length,
        cue: { id: OUTSIDE_PARTY_RULE, pattern: name, weight: rulebook.weights.outsideParty.weight, needsFailure: true, examples: [] },
      });
    }
  }
  return hits;
}

/** Scores one sentence of the anatomy (see the module comment). */
export function scoreUnit(rulebook: Rulebook, unit: AnatomyUnit, context: ScoringContext): UnitScores {
  const weights = rulebook.weights;
  const role = unit.heading ? weights.heading : weights.roles[unit.role];
  const out = emptyScores();
  if (role.cause === 0 && role.origin === 0 && role.impacted === 0) return out;
  // Advice and lessons speak of systems in general, not of this incident: never evidence.
  if (isAdvice(unit)) return out;
  const lower = unit.lower;
  const parties = context.outsideParties.length > 0 ? outsidePartyHits(rulebook, lower, context.outsideParties) : [];
  const layerCandidates = parties.length > 0 || axisMayMatch(lower, rulebook.layers);
  const causeCandidates = axisMayMatch(lower, rulebook.causes);
  const anaphorPossible = rulebook.signals.anaphor.mayMatch(lower);
  if (!layerCandidates && !causeCandidates && !anaphorPossible) return out;
  const clauses = splitClauses(lower, rulebook);
  const causeHits = causeCandidates ? findCueHits(lower, rulebook.causes, clauses) : clauses.map(() => []);
  const layerHits = layerCandidates ? findCueHits(lower, rulebook.layers, clauses) : clauses.map(() => []);
  for (const hit of parties) {
    const c = clauses.findIndex((clause) => hit.start >= clause.start && hit.start < clause.end);
    const list = layerHits[c < 0 ? 0 : c];
    if (list === undefined) continue;
    // The provider's name wins over the cues inside it ("Aerolink Systems": not a generic system).
    const kept = list.filter((h) => h.end <= hit.start || h.start >= hit.end);
    kept.push(hit);
    kept.sort((a, b) => a.start - b.start);
    layerHits[c < 0 ? 0 : c] = kept;
  }
  const anyHit = causeHits.some((hits) => hits.length > 0) || layerHits.some((hits) => hits.length > 0);
  if (!anyHit && !anaphorPossible) return out;
  const generic = rulebook.signals.generic.test(lower);
  out.generic = generic;
  const s = weights.sentence;
  const hearsay = unit.hedged && rulebook.signals.hedge.matches(lower).some(([, , id]) => id === HEARSAY_RULE);
  const factor = (unit.hedged ? s.hedged : 1) * (generic ? s.generic : 1) * (QUESTION_RE.test(lower) ? s.question : 1) * (hearsay ? s.hearsay : 1);
  // Failure signals of every clause (positions in sentence offsets).
  const perClause = clauses.map((clause, c) => {
    const clauseCauses = causeHits[c] ?? [];
    const clauseLayers = layerHits[c] ?? [];
    if (clauseCauses.length === 0 && clauseLayers.length === 0 && !anaphorPossible) return null;
    const signals = failureSignals(rulebook, lower.slice(clause.start, clause.end), lower);
    // A cause event in the clause ("hit its rate limit", "a race condition") also says the
    // component named with it failed; a rollout alone is not a failure ("deployed twice a day").
    const failing = signals.failures
      .map((f) => f + clause.start)
      .concat(clauseCauses.filter((h) => !h.cue.needsFailure && h.label !== 'deployment' && h.cue.weight >= weights.layer.strongCause).map((h) => h.start));
    // In a sentence that states the cause, the component a change was made to is where it broke
    // ("during a database upgrade, ...", "a configuration change to the load balancers").
    if (CAUSAL_ROLES.has(unit.role)) {
      for (const change of clauseCauses) {
        if (change.label === 'deployment' && clauseLayers.some((layer) => changedComponent(lower, layer, change))) failing.push(change.start);
      }
    }
    return { clause, clauseCauses, clauseLayers, signals, failing };
  });
  // In a sentence that states the cause, a failure later in it makes a component named before it
  // fail ("version 5.12 of the load balancer software, which began rolling out at 05:30, carried a
  // memory leak").
  const sentenceWide = CAUSAL_ROLES.has(unit.role) ? perClause.flatMap((p) => p?.failing ?? []) : null;
  const outsideParty = parties.length > 0;
  const sectionStated = (unit.role === 'root-cause' || unit.role === 'trigger') && unit.rules.some((r) => SECTION_RULE.test(r));
  for (const entry of perClause) {
    if (entry === null) continue;
    const { clause, clauseCauses, clauseLayers, signals, failing } = entry;
    const { negations, masked, denials, retractions } = signals;
    const layerInput: ClauseLayers = { clause, hits: clauseLayers, failures: failing, following: sentenceWide ?? [], masked, negations, denials, retractions };
    const explicit = scoreLayers(rulebook, unit, layerInput, role, factor, context, outsideParty, out);
    if (!explicit && signals.failures.length > 0 && rulebook.signals.anaphor.test(masked, lower)) {
      const side = sideOf(unit, clause.start);
      const consequence = (clause.consequence && side !== 'cause') || side === 'effect' ? weights.layer.consequence : 1;
      out.anaphor.origin = Math.max(out.anaphor.origin, weights.layer.anaphor * factor * role.origin * consequence);
      out.anaphor.impacted = Math.max(out.anaphor.impacted, weights.layer.anaphor * factor * role.impacted);
    }
    if (role.cause === 0) continue;
    for (const hit of clauseCauses) {
      const side = sideOf(unit, hit.start);
      // A cause that needs a failure has one: in its clause, later in a sentence stating the
      // cause, or it is put forward as the cause (the cause side of a causal statement, a sentence
      // of a root-cause or trigger section).
      if (hit.cue.needsFailure && side !== 'cause' && !sectionStated) {
        const own = failing.some((f) => f !== hit.start);
        const later = sentenceWide?.some((f) => f > hit.start) === true;
        if (!own && !later) continue;
      }
      if (isNegatedAt(masked, negations, hit.start - clause.start, denials, retractions)) continue;
      if (OUTSIDE_LABELS.has(hit.label) && operatorOwns(lower, hit, context.operatorNames)) continue;
      const sideFactor = side === 'cause' ? weights.causal.causeSideCause : side === 'effect' ? weights.causal.effectSideCause : 1;
      const internal = outsideParty && hit.label !== 'dependency' ? weights.outsideParty.otherCauses : 1;
      raise(out.causes, hit.label, hit.cue.weight * factor * role.cause * sideFactor * internal, hit.cue.id);
    }
  }
  return out;
}
