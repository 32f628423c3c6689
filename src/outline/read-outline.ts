/**
 * The outline of a report (see `src/model/outline.ts`), read from its anatomy: each field is read
 * only from the sentences whose role can state it, with the outline cues of the rulebook.
 *
 * - Trigger: the first trigger sentence (else a causal or summary sentence that tells an event
 *   with its clock time, else root-cause, contributing, summary) with a trigger cue, never a latent
 *   condition ("had been removed weeks earlier"), a follow-up, a retracted cause or a guess;
 *   failing that, the cause the tagger read in the trigger role (else the first cause) mapped to
 *   its trigger kind, unless that cause is only guessed; `none-stated` when neither says (a
 *   trigger someone guesses at is not stated). A trigger told of a named outside provider is
 *   `external-provider`; a change the report says was made during maintenance is `maintenance`.
 * - Mitigation: never a step named in a condition ("if a node restarts") or in the work under way
 *   when it broke ("While we were adding nodes").
 * - Detection: the first detection sentence (else a timeline entry, else a sentence of a
 *   detection section, else any other sentence of the narrative) with a detection cue; the time
 *   it states.
 * - Mitigation: every step the mitigation sentences (and timeline entries) name, and a named
 *   outside provider recovering ("Relaybird reported that its platform had recovered"); when the
 *   trigger is a configuration change, a rollback that names no software reverts it.
 * - Timeline: every clock time, resolved to UTC (read-times.ts), named `start` (the first time
 *   the impact began), `detected`, `mitigated` (the first mitigation), `resolved` (the last time
 *   service was back), and `event` for the other entries of a timeline.
 * - Duration: the front matter's start and end when both are given, else start to resolution,
 *   else the duration the text states.
 * - Action items: every action-item sentence or bullet (not the line that introduces a list).
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { AnatomyUnit } from '../anatomy/read-anatomy.js';
import type { TagSet } from '../model/document.js';
import type {
  ActionItem,
  ActionKind,
  DetectionMethod,
  MitigationStep,
  Outline,
  OutlineEvidence,
  TimelineEvent,
  TimelineEventName,
  TriggerKind,
} from '../model/outline.js';
import type { SentenceRole } from '../model/taxonomy.js';
import type { CompiledOutlineRule, Rulebook } from '../rulebook/rulebook.js';
import { isAdvice } from '../tag/unit-scorer.js';
import { minutesBetween, readTimes, statedIncidentDay, timeContext, type ReadTime } from './read-times.js';
import { compareStrings } from '../model/compare-strings.js';

/** What the outline reader reads. */
export interface OutlineInput {
  /** The anatomy of the report (its units in text order). */
  units: readonly AnatomyUnit[];
  /** The tags the tagger gave the report (the trigger falls back on its causes). */
  tags: TagSet;
  /** The document's date (ISO), for times whose day the text does not state. */
  published?: string | null;
  /** The front matter's start and end times (ISO), when given. */
  startTime?: string | null;
  endTime?: string | null;
  /** Minutes of the duration the text states, when the analysis found one. */
  statedDurationMinutes?: number | null;
  /** The outside providers the report names (lower-case, as the voice reads them): their recovery is a step. */
  outsideParties?: readonly string[];
}

/** The trigger a cause implies when no sentence names the trigger itself. */
const CAUSE_TRIGGER: Readonly<Record<string, TriggerKind>> = {
  deployment: 'deployment',
  misconfiguration: 'config-change',
  'human-error': 'operator-action',
  hardware: 'hardware-failure',
  power: 'power-event',
  'natural-disaster': 'natural-event',
  dependency: 'external-provider',
  security: 'attack',
  time: 'time-event',
};

/** Id of the rule that reads the trigger from the tagger's causes. */
const TRIGGER_FROM_CAUSE = 'outline.trigger.from-cause';

const TRIGGER_ROLES: readonly SentenceRole[] = ['trigger', 'root-cause', 'contributing', 'summary'];
const START_CUE =
  /\b(?:(?<!\b(?:pitr|restores?|recovery|rollbacks?|failovers?|repairs?|backfills?|mitigation|investigation|response|fix|work) )(?:began|begins|begin|started|starts|start|starting)(?! (?:to )?(?:servicing|serving|processing|accepting|handling|recover\w*|return\w*|respond\w*|succeed\w*|catch\w* up|bring\w* back|restor\w*|roll\w* back|revert\w*|restart\w*|mitigat\w*|fail\w* over|shift\w*|rerout\w*|redirect\w*)\b)|(?<!\bat )first(?! (?:responders?|(?:customer|automated|user|internal|external) (?:reports?|pages?|alerts?|tickets?)|(?:reports?|pages?|alerts?|tickets?))\b)|onset|from about|from around|from (?=\d{1,2}[:.]\d{2})|between|went (?:down|dark|offline)|became unavailable|stopped|failing|failed|fail|errors?|outage|unavailable|degraded|disrupt\w*|impact\w*|elevated|increased|spiked|spikes|climbs|climbed|climbing|rises|rose|rising|jumps|jumped|surges|surged|drops|dropped|plunged|fell|falls)\b/u;
const RESOLVED_CUE =
  /\b(?:resolved|incident (?:was )?closed|worked through|no later than|(?:continued|continue) to (?:see|experience|get) (?:[\w-]+ ){0,4}until|until (?:[\w-]+ ){0,5}expired|back to (?:expected|normal|usual)|fully (?:restored|recovered|operational)|recovered|returned to normal|back to normal|(?:were|was) (?:fully )?restored|service (?:was )?restored|(?:working|running|operating|functioning|delivered|delivering|processing|loading|resolving) (?:normally|as normal|as expected)|working again|back (?:online|up|in service)|(?:is|are|was|were) back (?:to|up|online|in)|restored (?:its |their |our |the )?(?:[\w-]+ )?(?:service|services|access|connectivity|operations)|(?:service|services|operations) resumed|resumed normal|normal operations?|(?:been|is|are|was|were) (?:back to )?normal(?= since| from| by| again|[.,;]|$)|all clear|ended|was over|closed the incident|marked (?:the incident )?(?:as )?resolved|(?:finished|completed|complete[ds]?) (?:its |the |their )?recovery|recovery (?:was |is )?(?:complete|completed|finished)|took until|re-?opened|(?:began|begin|started|start|resumed) (?:to )?(?:servicing|serving|processing|accepting|handling|recover\w*|respond\w*|succeed\w*|catch\w* up)|status (?:was |page was )?(?:set|changed|turned|returned) (?:back )?to green)\b/u;
/** A statement that the impact is over ("the impact has been mitigated", "service is restored"). */
const MITIGATED_CONFIRMED = /\b(?:impact|issue|problem|incident) (?:has|had|have) been (?:fully )?(?:mitigated|resolved|addressed)|(?:service|services) (?:is|are|has been|have been) (?:fully )?restored\b/u;

/** A failure word's own recovery right after it ("errors fully recovered", "errors subsided"). */
const RECOVERED_NEXT = /^\s+(?:[\w-]+\s+){0,2}?(?:recovered|subsided|stopped|ceased|cleared|returned to normal|dropped (?:off|back)|disappeared|abated)\b/u;
/** Global copies of the cue patterns, for `matchAll`. */
const GLOBAL_CUES = new Map<RegExp, RegExp>();

/** The global copy of a cue pattern (made once). */
function globalOf(cue: RegExp): RegExp {
  let global = GLOBAL_CUES.get(cue);
  if (global === undefined) GLOBAL_CUES.set(cue, (global = new RegExp(cue.source, 'gu')));
  return global;
}

/** The distance (characters) from `position` to the nearest match of `cue` in `text`; Infinity when none. */
function nearest(cue: RegExp, text: string, position: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(globalOf(cue))) best = Math.min(best, Math.abs(m.index - position), Math.abs(m.index + m[0].length - position));
  return best;
}

/** A modal that makes a step hypothetical ("that would be detected and rolled back"), not one that was taken. */
const HYPOTHETICAL = /\b(?:would|could|might|should)\b/u;
const NOT_TIMELINE: ReadonlySet<SentenceRole> = new Set(['action-item', 'background']);
/** Roles of the sentences that may tell a mitigation step (a root-cause sentence often tells the revert too). */
const MITIGATION_ROLES: ReadonlySet<SentenceRole> = new Set(['mitigation', 'timeline', 'root-cause', 'trigger', 'contributing', 'summary', 'other']);

/** An evidence record for a unit. */
function evidenceOf(unit: AnatomyUnit, rule: string): OutlineEvidence {
  return { start: unit.start, end: unit.end, text: unit.text, rule };
}

/** The earliest match of a family in a unit's text, with its rule (ties: family order). */
function earliest(family: readonly CompiledOutlineRule[], lower: string): CompiledOutlineRule | null {
  let best: CompiledOutlineRule | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const compiled of family) {
    compiled.regex.lastIndex = 0;
    const m = compiled.regex.exec(lower);
    if (m !== null && m.index < bestAt) {
      best = compiled;
      bestAt = m.index;
    }
  }
  return best;
}

/** Where a denied clause ends: the next clause boundary of a contrast ("not an attack, but a push"). */
const DENIAL_END = /[;:]|,? but |,? whereas |,? instead |\. /gu;

/**
 * The sentence with what a denial denies blanked out ("This was not the result of an attack or
 * other security event": no attack), up to the end of its clause; offsets are kept.
 */
function undenied(rulebook: Rulebook, lower: string): string {
  const denials = rulebook.signals.denial.matches(lower);
  if (denials.length === 0) return lower;
  let out = lower;
  for (const [, end] of denials) {
    DENIAL_END.lastIndex = end;
    const stop = DENIAL_END.exec(lower)?.index ?? lower.length;
    out = out.slice(0, end) + ' '.repeat(stop - end) + out.slice(stop);
  }
  return out;
}

/** True for a unit that speaks of systems in general or gives advice ("This sort of thing is usually caused by ..."), never of this incident. */
function general(rulebook: Rulebook, unit: AnatomyUnit): boolean {
  return isAdvice(unit) || rulebook.signals.generic.test(unit.lower);
}

/** A clock time in a sentence ("at 13:42 UTC", "7:52 AM"): an event of the incident's day. */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm)\b/u;
/** A condition that lay in wait before the incident ("It had been removed by mistake a few weeks earlier"): not what set it off. */
const LATENT = /\bhad (?:been |already )?[\w-]+(?:ed|en|wn|ne|de|lt|ft|pt|st)\b.*\b(?:(?:days|weeks|months|years|a (?:week|month|year)) (?:earlier|before|ago|previously)|previously|long before)\b/u;
/** The operator's follow-up work ("We are increasing the capacity ...", "We will ..."): never what set the incident off. */
const COMMITMENT = /^(?:we|our (?:[\w-]+ )?teams?) (?:are|will|plan|intend|have begun|'re|'ll)\b/u;

/**
 * The trigger (see the module comment), from stated sentences only: a trigger sentence first; then the causal sentences that tell an event with its clock time
 * ("At 13:42 UTC an engineer pushed ..."), since what set an incident off happens at a moment; then
 * the other causal sentences in role order. A latent condition told in the past perfect ("had been
 * removed weeks earlier") is never the trigger.
 */
function readTrigger(rulebook: Rulebook, units: readonly AnatomyUnit[], tags: TagSet): Outline['trigger'] {
  const candidate = (unit: AnatomyUnit): boolean => {
    // A narrative sentence telling a change with its clock time ("At 12:47 AM PDT, a network
    // change was performed ...") may tell what set the incident off, whatever role it was given.
    const timedNarrative = unit.role === 'other' && unit.section === 'narrative' && CLOCK_TIME.test(unit.lower);
    if (unit.heading || !(TRIGGER_ROLES.includes(unit.role) || timedNarrative) || unit.inComments || unit.hedged || general(rulebook, unit)) return false;
    // A summary names the trigger only in a causal or temporal statement ("... after a power failure",
    // "During routine maintenance ...") or with the moment it happened.
    if (unit.role === 'summary' && unit.connectives.length === 0 && !CLOCK_TIME.test(unit.lower) && !/\b(?:during|while|after|following)\b/u.test(unit.lower)) return false;
    // A retracted cause ("The 21:58 release ... played no part") is no trigger either.
    // Nor what slowed the response ("alerted hours later due to misconfigured paging settings").
    return !LATENT.test(unit.lower) && !COMMITMENT.test(unit.lower) && !rulebook.signals.retraction.test(unit.lower) && !rulebook.signals.slowResponse.test(unit.lower);
  };
  const tiers: ((unit: AnatomyUnit) => boolean)[] = [
    (unit) => unit.role === 'trigger',
    // An event with its moment, not the moment service came back or a fix went in.
    (unit) => CLOCK_TIME.test(unit.lower) && !RESOLVED_CUE.test(unit.lower) && !rulebook.outline.mitigation.some((m) => (m.rule.roles === undefined || m.rule.roles.includes(unit.role)) && statesStepTaken(m.regex, unit.lower)),
    ...TRIGGER_ROLES.slice(1).map((role) => (unit: AnatomyUnit) => unit.role === role),
  ];
  for (const inTier of tiers) {
    for (const unit of units) {
      if (!candidate(unit) || !inTier(unit)) continue;
      const rule = earliest(rulebook.outline.triggers, undenied(rulebook, unit.lower));
      if (rule !== null) return { kind: rule.rule.value as TriggerKind, evidence: evidenceOf(unit, rule.rule.id) };
    }
  }
  const ranked = [...tags.causes].sort((a, b) => (a.role === 'trigger' ? 0 : 1) - (b.role === 'trigger' ? 0 : 1));
  for (const cause of ranked) {
    const kind = CAUSE_TRIGGER[cause.label];
    // A guessed cause ("My best guess is that a bad config push ...") states no trigger.
    if (kind === undefined || cause.certainty === 'speculated') continue;
    const first = cause.evidence[0];
    const unit = first === undefined ? undefined : units.find((u) => u.start <= first.start && first.start < u.end);
    return { kind, evidence: unit === undefined ? null : evidenceOf(unit, TRIGGER_FROM_CAUSE) };
  }
  return { kind: 'none-stated', evidence: null };
}

/** A site that counts users' outage reports. */
const OUTAGE_TRACKER = /\b(?:downdetector|down detector|outage[- ]?(?:tracker|tracking|map|monitor)s?|(?:outage[- ])?monitoring (?:site|service|website)|isitdownrightnow|statusgator)\b/u;

/**
 * A trigger told of a named outside provider ("Relaybird has informed us that its failure followed
 * a database upgrade on its platform") happened at the provider: from the operator's side it is
 * `external-provider`.
 */
function atProvider(trigger: Outline['trigger'], units: readonly AnatomyUnit[], outsideParties: readonly string[]): Outline['trigger'] {
  const parties = partyNames(outsideParties);
  if (trigger.evidence === null || trigger.kind === 'external-provider' || parties === null) return trigger;
  const unit = units.find((u) => u.start === trigger.evidence?.start);
  const named = unit !== undefined && new RegExp(`\\b(?:${parties})\\b`, 'u').test(unit.lower);
  return named ? { kind: 'external-provider', evidence: { ...trigger.evidence, rule: EXTERNAL_TRIGGER_RULE } } : trigger;
}

/**
 * A change made as part of maintenance ("During routine maintenance work to replace failing optical
 * equipment, ..."; "a command issued during a routine maintenance job") was set off by the
 * maintenance: the report's statements of it make a change trigger `maintenance`.
 */
function duringMaintenance(trigger: Outline['trigger'], units: readonly AnatomyUnit[]): Outline['trigger'] {
  if (trigger.kind !== 'config-change' && trigger.kind !== 'operator-action' && trigger.kind !== 'deployment') return trigger;
  const stated = units.find((u) => !u.heading && !u.hedged && !u.inComments && u.role !== 'action-item' && u.role !== 'background' && MAINTENANCE_CONTEXT.test(u.lower));
  return stated === undefined ? trigger : { kind: 'maintenance', evidence: evidenceOf(stated, MAINTENANCE_TRIGGER_RULE) };
}

/** Maintenance the work was part of. */
const MAINTENANCE_CONTEXT = /\b(?:during|as part of|in the course of) (?:a |an |the |our |its |their |some )?(?:\w+ ){0,2}?maintenance\b|\b(?:routine|planned|scheduled|regular) (?:[\w-]+ )?maintenance\b/u;

/** The rule id of a trigger read from the maintenance a change was part of. */
const MAINTENANCE_TRIGGER_RULE = 'outline.trigger.during-maintenance';

/** The rule id of a trigger read at a named outside provider. */
const EXTERNAL_TRIGGER_RULE = 'outline.trigger.at-provider';

/** Roles of sentences that may still say how the incident was noticed, when no detection or timeline sentence does. */
const DETECTION_ELSEWHERE: ReadonlySet<string> = new Set(['summary', 'impact', 'root-cause', 'trigger', 'contributing', 'other', 'mitigation']);

/** The detection method and its sentence (see the module comment). */
function readDetection(rulebook: Rulebook, units: readonly AnatomyUnit[]): { method: DetectionMethod; unit: AnatomyUnit | null; rule: string | null } {
  const tiers: ((u: AnatomyUnit) => boolean)[] = [
    (u) => u.role === 'detection',
    (u) => u.role === 'timeline',
    (u) => u.section === 'detection',
    // Any statement of the report's own narrative: "The problem was noticed at 01:19 by an engineer" may stand in a summary.
    (u) => !u.inComments && !u.hedged && DETECTION_ELSEWHERE.has(u.role),
  ];
  for (const inTier of tiers) {
    for (const unit of units) {
      if (unit.heading || !inTier(unit)) continue;
      const rule = earliest(rulebook.outline.detection, unit.lower);
      // Complaints counted by an outage tracker ("Downdetector logged 14,000 reports") measure the
      // impact; they do not say how the operator learned of it.
      if (rule !== null && rule.rule.value === 'customer-reports' && OUTAGE_TRACKER.test(unit.lower)) continue;
      // Reports that confirm the recovery ("We've confirmed through telemetry and user reports that
      // the impact has been mitigated") tell how the end was seen, not how the incident was noticed.
      if (rule !== null && MITIGATED_CONFIRMED.test(unit.lower)) continue;
      if (rule !== null) return { method: rule.rule.value as DetectionMethod, unit, rule: rule.rule.id };
    }
  }
  return { method: 'not-stated', unit: null, rule: null };
}

/**
 * Clauses that name a step nobody took to restore service: a condition ("if a cache node restarts",
 * "unless", "whenever", to the end of the sentence) and the work under way when it broke ("While we
 * were adding 24 new nodes, ...", "when engineers were replacing a core router", to the end of that clause).
 */
const NOT_TAKEN_CLAUSE = /\b(?:if|unless|whenever)\b.*$|\b(?:while|when|as) (?:[\w'’-]+ ){0,4}?(?:was|were|is|are) [\w-]+ing\b[^,;:—]*/gu;

/** True when `regex` matches `lower` outside every clause of NOT_TAKEN_CLAUSE. */
function statesStepTaken(regex: RegExp, lower: string): boolean {
  const spans: [number, number][] = [];
  for (const m of lower.matchAll(NOT_TAKEN_CLAUSE)) spans.push([m.index, m.index + m[0].length]);
  const global = regex.global ? regex : new RegExp(regex.source, `${regex.flags}g`);
  global.lastIndex = 0;
  for (const m of lower.matchAll(global)) {
    if (spans.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // A step denied or failed ("were not automatically failed over", "failed to restart") was not
    // taken either, nor one that names a fault ("a restart loop").
    if (NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index)) || STEP_AS_FAULT.test(lower.slice(m.index + m[0].length))) continue;
    // A machine that restarted on its own ("one node restarted after running out of memory",
    // "crashed again each time they restart") had a fault; a step restarts something, or was done
    // ("was restarted").
    if (SELF_RESTART.test(m[0]) && SELF_RESTART_AFTER.test(lower.slice(m.index + m[0].length)) && !PASSIVE_BEFORE.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A step told with a modal in its own clause ("we could have failed over sooner") was not taken.
    const clauseBefore = lower.slice(Math.max(0, m.index - 80), m.index).split(/[,;:—–]/u).at(-1) ?? '';
    if (HYPOTHETICAL.test(clauseBefore)) continue;
    return true;
  }
  return false;
}

/**
 * A negation or failure just before a step ("not automatically failed over", "never restarted",
 * "failed to restart"), or what a system is for ("responsible for shifting traffic", "designed to
 * fail over"): no step taken.
 */
const NEGATED_BEFORE =
  /\b(?:not|never|no longer|without|n't|fail(?:ed|s|ing)? to|unable to|cannot|can't|could not|couldn't|responsible for|designed to|meant to|intended to|supposed to|capable of|ability to)\s+(?:[\w-]+\s+){0,2}$/u;
/** A restart told in the active voice, which may be a machine's own. */
const SELF_RESTART = /^(?:restart|reboot)(?:ed|s)?$/u;
/** What follows a restart with no object: a reason, a time, the end of the clause. */
const SELF_RESTART_AFTER = /^(?:\s+(?:after|because|when|while|due|as|unexpectedly|repeatedly|again|itself|themselves|on (?:its|their) own|in a loop|every)\b|\s*[.,;:)—–]|\s*$)/u;
/** A passive or perfect before a step ("was restarted", "had been rebooted"). */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?(?:\w+ed,?\s+(?:and|then)\s+)?$/u;
/** A step word that names a fault ("a restart loop", "reboot cycles", "a failover storm"). */
const STEP_AS_FAULT = /^ (?:loops?|cycles?|storms?|cascades?)\b/u;
/** An attempt that did not restore service ("Replaced the cluster hardware; no improvement", "Restarting Cassandra tried on one node"). */
const FAILED_ATTEMPT = /\b(?:no improvement|did(?: not|n't) (?:help|work|improve|resolve|fix|restore)|to no avail|without (?:success|effect|improvement)|had no effect|made no difference|(?:was|were) tried|tried on|(?:rollback|revert|restart|failover|reboot|recovery|fix) attempts? (?:\w+ )?(?:failed|did not succeed|was unsuccessful|were unsuccessful))\b/u;

/**
 * True for the work a status post says is under way ("We are implementing configuration changes
 * and performing failovers ..." in an Identified or Monitoring post): the response to the
 * incident as it happens, not a follow-up the operator promises.
 */
function ongoingWork(unit: AnatomyUnit): boolean {
  return statusPost(unit) && unit.section !== 'status-resolved' && /^we(?:'re| are)(?: (?:now|currently|still|also))? [a-z]+ing\b/u.test(unit.lower);
}

/** The mitigation steps (see the module comment). */
function readMitigation(rulebook: Rulebook, units: readonly AnatomyUnit[], outsideParties: readonly string[] = []): Outline['mitigation'] {
  const out: Outline['mitigation'] = [];
  const named = namedProviderRecovered(outsideParties);
  for (const unit of units) {
    if (unit.heading || unit.inComments || unit.hedged || !(MITIGATION_ROLES.has(unit.role) || ongoingWork(unit)) || general(rulebook, unit) || FAILED_ATTEMPT.test(unit.lower)) continue;
    // A provider the report names, recovering ("Relaybird reported that its platform had recovered at 15:40 UTC").
    if (named !== null && !out.some((m) => m.step === 'provider-recovered') && statesStepTaken(named, unit.lower)) {
      out.push({ step: 'provider-recovered', evidence: evidenceOf(unit, PROVIDER_RECOVERED_RULE) });
    }
    for (const compiled of rulebook.outline.mitigation) {
      // A rule kept for mitigation sentences also reads any statement of a mitigation section
      // ("At 23:40 UTC engineers excluded results from two probing locations, after which ...").
      if (compiled.rule.roles !== undefined && !compiled.rule.roles.includes(unit.role) && !(compiled.rule.roles.includes('mitigation') && unit.section === 'mitigation' && unit.role !== 'action-item')) continue;
      if (!statesStepTaken(compiled.regex, unit.lower)) continue;
      const step = compiled.rule.value as MitigationStep;
      // A configuration revert is not also a rollback of a release.
      if (step === 'rollback' && out.some((m) => m.step === 'config-revert' && m.evidence.start === unit.start)) continue;
      if (!out.some((m) => m.step === step)) out.push({ step, evidence: evidenceOf(unit, compiled.rule.id) });
    }
  }
  return out;
}

/** Words that make a rollback one of software, not of a setting. */
const SOFTWARE_ROLLED_BACK = /\b(?:release|releases|deploy\w*|build|builds|version|versions|code|binary|binaries|software|update|updates|upgrade|upgrades|patch|patches)\b/u;

/** The rule id of a rollback read as the revert of the configuration change that set the incident off. */
const REVERT_OF_TRIGGER_RULE = 'outline.mitigation.config-revert-of-trigger';

/**
 * A rollback in a report whose trigger is a configuration change ("The rollback completed at 12:44
 * PDT", "began rolling back the change to the SMTP service configuration") reverts that change,
 * unless its sentence names software (a release, a build, a version).
 */
function revertOfTrigger(mitigation: Outline['mitigation'], trigger: Outline['trigger']): Outline['mitigation'] {
  if (trigger.kind !== 'config-change') return mitigation;
  const out: Outline['mitigation'] = [];
  for (const m of mitigation) {
    if (m.step !== 'rollback' || SOFTWARE_ROLLED_BACK.test(m.evidence.text.toLowerCase())) out.push(m);
    else if (!mitigation.some((other) => other.step === 'config-revert')) out.push({ step: 'config-revert', evidence: { ...m.evidence, rule: REVERT_OF_TRIGGER_RULE } });
  }
  return out;
}

/** The mitigation rule a named provider's recovery is read by. */
const PROVIDER_RECOVERED_RULE = 'outline.mitigation.provider-recovered';

/** The outside parties' names (longer than two letters) as a regex alternation, or null when there are none. */
function partyNames(outsideParties: readonly string[]): string | null {
  const names = outsideParties.filter((name) => name.length > 2).map(escapeStringRegexp);
  return names.length === 0 ? null : names.join('|');
}

/** A named outside provider recovering ("Aerolink restored its service at 9.55am"), or null when the report names none. */
function namedProviderRecovered(outsideParties: readonly string[]): RegExp | null {
  const parties = partyNames(outsideParties);
  if (parties === null) return null;
  return new RegExp(`\\b(?:${parties})(?:['’]s)? (?:[\\w'’-]+ ){0,6}?(?:recovered|restored|resolved|fixed|mitigated|came back|returned to normal)\\b`, 'gu');
}

/** A promise to publish a fuller account, which is no change to the system. */
const REPORT_PROMISE =
  /\b(?:will|'ll|plan to|intend to) (?:publish|share|post|provide|release|follow up with|send)(?: (?:a|an|the|our|more|further|full|fuller|detailed|final))* (?:[\w-]+ ){0,2}?(?:report|review|summary|rca|post-?mortems?|details|analysis|account|write-?up)\b|\b(?:report|review|summary|rca|post-?mortem|analysis) will be (?:published|shared|posted|provided|released)\b/u;

/** The action items (see the module comment). */
function readActionItems(rulebook: Rulebook, units: readonly AnatomyUnit[]): ActionItem[] {
  const out: ActionItem[] = [];
  for (const unit of units) {
    if (unit.heading || unit.role !== 'action-item' || unit.inComments || unit.hedged || ongoingWork(unit) || /\?\s*$/u.test(unit.text) || general(rulebook, unit)) continue;
    // The line that introduces a list ("We are taking the following actions:") is not an item,
    // nor the promise of a fuller report ("We'll follow up with a summary once our review is complete").
    if (/:\s*$/u.test(unit.text) || REPORT_PROMISE.test(unit.lower)) continue;
    const rule = earliest(rulebook.outline.actions, unit.lower);
    const kind: ActionKind = rule === null ? 'prevent' : (rule.rule.value as ActionKind);
    out.push({ text: unit.text, start: unit.start, end: unit.end, kind });
  }
  return out;
}

/** A time read from a unit, with the unit. */
interface UnitTime {
  unit: AnatomyUnit;
  time: ReadTime;
}

/** Milliseconds in a day. */
const DAY_MS = 24 * 60 * 60_000;

/** A line of the report's own metadata: its date, author or severity. */
const METADATA_LINE = /^\s*(?:date|published|posted|updated|last updated|written|authors?|severity|status|owner)\s*:/iu;

/**
 * Every clock time of the report's statement units, in text order, resolved with the running
 * context; the times of lines that are only a stamp go to `stamps`, those of background and
 * action-item sentences to `asides` (they date a status post's events, never the timeline).
 */
function readUnitTimes(units: readonly AnatomyUnit[], published: string | null | undefined, stamps: UnitTime[], asides: UnitTime[]): UnitTime[] {
  const context = timeContext(published);
  context.day = statedIncidentDay(units.filter((u) => !u.inComments).map((u) => u.text), published) ?? context.day;
  const out: UnitTime[] = [];
  let lastTimeline: number | null = null;
  // An impact window stated with both days ("Between 20:48 UTC on 11 Nov and 01:12 UTC on 12 Nov")
  // dates the bare clock times told after it: each falls on the day that puts it inside the window.
  let window: { from: number; to: number } | null = null;
  for (const unit of units) {
    // A metadata line ("Date: 2024-05-16 | Severity: SEV-2") dates the report, not what follows it
    // (the day the text states for the incident is already the context's).
    if (unit.inComments || METADATA_LINE.test(unit.text)) continue;
    // A heading sets the date and zone of what follows ("Timeline (all times PDT)"); it is no event.
    const read = readTimes(unit.text, context);
    if (unit.heading) {
      // A line that is only a status update's stamp ("Oct 12, 2021 - 14:58 UTC") dates that update.
      const stamp = read[0];
      // So does a stamp with the post's phase after it ("26 Nov 2024, 01:55 UTC - Resolved").
      if (read.length === 1 && stamp !== undefined && stampOnly(unit.text.replace(STATUS_STAMP_LABEL, ''), stamp)) stamps.push({ unit, time: stamp });
      continue;
    }
    const from = read.find((r) => r.range === 'start' && r.dayStated);
    const to = read.find((r) => r.range === 'end' && r.dayStated);
    if (window === null && from !== undefined && to !== undefined && to.ms > from.ms && to.ms - from.ms < DAY_MS * 3) window = { from: from.ms, to: to.ms };
    for (const time of read) {
      let t = time;
      if (window !== null && !time.dayStated && (time.ms < window.from || time.ms > window.to)) {
        const inside = [time.ms - DAY_MS, time.ms + DAY_MS].find((ms) => ms >= window!.from && ms <= window!.to);
        if (inside !== undefined) t = { ...time, ms: inside, at: `${new Date(inside).toISOString().slice(0, 16)}:00Z` };
      }
      // A timeline entry with no date, earlier than the entry before it, is on the next day.
      if (unit.role === 'timeline' && !time.dayStated && lastTimeline !== null && t.ms < lastTimeline - 6 * 60 * 60_000) {
        const ms = t.ms + DAY_MS;
        t = { ...time, ms, at: `${new Date(ms).toISOString().slice(0, 16)}:00Z` };
      }
      if (unit.role === 'timeline') lastTimeline = t.ms;
      if (!NOT_TIMELINE.has(unit.role)) out.push({ unit, time: t });
      else asides.push({ unit, time: t });
    }
  }
  return out;
}

/** The phases of a status page whose posts date the outline. */
type StatusPhase = 'status-investigating' | 'status-monitoring' | 'status-resolved';

/** A status-page post that names its phase before a dash ("Resolved - This incident has been resolved."). */
const STATUS_POST = /^\s*(investigating|identified|monitoring|update|resolved|completed)\s*[-–—:]\s*\S/iu;
/** A status post's phase split off as an inline label ("Identified"). */
const STATUS_LABEL = /^\s*(investigating|identified|monitoring|update|resolved|completed)\s*$/iu;
/** A status post's heading that names its phase after its time stamp ("25 Nov 2024, 02:51 UTC - Investigating"). */
const STATUS_STAMP_LABEL = /[-–—|]\s*(investigating|identified|monitoring|update|resolved|completed)\s*$/iu;
/** The phase label of a status post with its dash. */
const STATUS_POST_LABEL = /^\s*\w+\s*[-–—:]\s*/u;

/** A status post: its phase, the time it was posted and the times its text states. */
interface StatusPost {
  phase: StatusPhase | null;
  time: UnitTime;
  body: UnitTime[];
}

const STATUS_PHASES: Readonly<Record<string, StatusPhase>> = { investigating: 'status-investigating', monitoring: 'status-monitoring', resolved: 'status-resolved', completed: 'status-resolved' };

/** True when a line is only a time stamp: nothing but the time, "Posted" and a zone. */
function stampOnly(text: string, time: ReadTime): boolean {
  const rest = (text.slice(0, time.index) + text.slice(time.index + time.written.length)).replace(/\b(?:posted|updated|at|on|utc|gmt|[a-z]{2,4}t)\b|[\s\-–—,.:|()]+/giu, '');
  return rest === '';
}

/**
 * The posts of a status page written as "Phase - text" (the format status pages export), each
 * dated by its own time or, failing that, by the stamp line that follows it before the next post.
 */
function statusUpdates(units: readonly AnatomyUnit[], times: readonly UnitTime[], stamps: readonly UnitTime[]): StatusPost[] {
  const out: StatusPost[] = [];
  units.forEach((unit, i) => {
    // The anatomy splits the phase off as a label of its own ("Identified" + "The issue has been identified ...").
    // A heading of its own line may be the phase alone ("Resolved", then the text, then the stamp)
    // or the stamp and the phase ("25 Nov 2024, 01:55 UTC - Resolved").
    const stampFirst = unit.inComments ? null : STATUS_STAMP_LABEL.exec(unit.text);
    const match = unit.inComments ? null : unit.heading ? STATUS_LABEL.exec(unit.inlineLabel ?? unit.text) ?? stampFirst : STATUS_POST.exec(unit.text) ?? stampFirst;
    if (match === null) return;
    const phase = STATUS_PHASES[(match[1] ?? '').toLowerCase()] ?? null;
    const own = match === stampFirst ? unit.text.slice(0, stampFirst.index) : unit.text.replace(STATUS_POST_LABEL, '');
    let time = times.find((t) => t.unit === unit && stampOnly(own, t.time)) ?? stamps.find((t) => t.unit === unit) ?? null;
    const body: UnitTime[] = [];
    for (let j = i + 1; j < units.length; j++) {
      const next = units[j];
      if (next === undefined || STATUS_POST.test(next.text) || (next.heading && stamps.every((t) => t.unit !== next))) break;
      const stamp = stamps.find((t) => t.unit === next) ?? times.find((t) => t.unit === next && stampOnly(next.text, t.time));
      if (stamp !== undefined) time ??= stamp;
      else body.push(...times.filter((t) => t.unit === next || t.unit === unit));
    }
    time ??= times.find((t) => t.unit === unit) ?? null;
    if (time !== null) out.push({ phase, time, body: body.filter((t) => t !== time) });
  });
  return out;
}

/** True for a unit of a status page's post (its section is the post's phase). */
function statusPost(unit: AnatomyUnit): boolean {
  return unit.section.startsWith('status-');
}

/** A timeline event from a unit time. */
function eventOf(name: TimelineEventName | 'event', { unit, time }: UnitTime, rule: string): TimelineEvent {
  return { event: name, at: time.at, written: time.written, dated: true, evidence: evidenceOf(unit, rule) };
}

/** Reads the outline of a report (see the module comment). */
export function readOutline(input: OutlineInput, rulebook: Rulebook): Outline {
  const { units } = input;
  const trigger = duringMaintenance(atProvider(readTrigger(rulebook, units, input.tags), units, input.outsideParties ?? []), units);
  const detection = readDetection(rulebook, units);
  const mitigation = revertOfTrigger(readMitigation(rulebook, units, input.outsideParties), trigger);
  const actionItems = readActionItems(rulebook, units);
  const stamps: UnitTime[] = [];
  const asides: UnitTime[] = [];
  const times = readUnitTimes(units, input.published, stamps, asides);

  const causal = (u: AnatomyUnit): boolean => u.role === 'trigger' || u.role === 'root-cause' || u.role === 'contributing';
  // An impact or summary sentence dating a range is an impact window whatever its verbs
  // ("- 10:01–10:27 BST: roughly 70% of connection attempts were refused").
  const window = ({ unit, time }: UnitTime): boolean => time.range !== null && (unit.role === 'impact' || unit.role === 'summary' || statusPost(unit));
  // A sentence telling only the return to normal ("error rates have been normal since 14:52") is
  // no onset; one that tells both ("began at 7.30am and was resolved by 3.15pm") starts at its first time.
  const recoveryOnly = (t: UnitTime): boolean => {
    if (!RESOLVED_CUE.test(t.unit.lower) || times.filter((o) => o.unit === t.unit).length !== 1) return false;
    // The time goes with the nearer of the two ("became unavailable around 10:25 AM PST, and now
    // appears to be back up" dates the onset).
    // A failure word that the sentence says recovered ("DNS resolution errors fully recovered") is no onset.
    const starts = [...t.unit.lower.matchAll(globalOf(START_CUE))];
    if (starts.length > 0 && starts.every((m) => RECOVERED_NEXT.test(t.unit.lower.slice(m.index + m[0].length, m.index + m[0].length + 30)))) return true;
    return nearest(RESOLVED_CUE, t.unit.lower, t.time.index) < nearest(START_CUE, t.unit.lower, t.time.index);
  };
  // In a status page's post the section gives every sentence its phase's role: "The issue began at
  // around 6:00 AM PST" in the Resolved post still dates the onset; the post's stamp line never does.
  const onsetRole = ({ unit, time }: UnitTime): boolean => (statusPost(unit) ? !stampOnly(unit.text, time) : unit.role !== 'mitigation' && unit.role !== 'detection');
  // A time told as a deadline ("By 12:04 PM PDT our teams had contained the problem") dates a
  // state reached by then, never the onset.
  const deadline = ({ unit, time }: UnitTime): boolean => /^by\b/iu.test(time.written) || /\bby\s+$/iu.test(unit.text.slice(Math.max(0, time.index - 6), time.index));
  const onset = times.filter((t) => (window(t) || (START_CUE.test(t.unit.lower) && !recoveryOnly(t) && !deadline(t))) && onsetRole(t));
  // The impact's onset: the earliest time of a sentence telling it, a cause statement's only when
  // no other sentence dates the onset (the release that set it off often precedes the impact).
  const firstOf = (list: UnitTime[]): UnitTime | null => list.reduce<UnitTime | null>((best, t) => (best === null || t.time.ms < best.time.ms ? t : best), null);
  // An impact window ("Between 06:52 and 09:31 UTC, customers ...") dates both ends.
  const windows = onset.filter(({ unit, time }) => !causal(unit) && time.range !== null);
  // Failing all of those, the alarm that also tells the impact ("10:01 — alert fires; refusal rate climbing").
  const alarmed = times.filter((t) => t.unit.role === 'detection' && START_CUE.test(t.unit.lower));
  // Failing everything, the moment the trigger happened ("At 9:37AM PST, an authorized team member
  // executed a command ..."): what set the incident off at a clock time started it.
  const triggerTimes = trigger.evidence === null ? [] : times.filter((t) => t.unit.start === trigger.evidence?.start && t.time.range !== 'end');
  const start =
    firstOf(windows.filter(({ time }) => time.range === 'start')) ?? firstOf(onset.filter(({ unit }) => !causal(unit))) ?? firstOf(alarmed) ?? firstOf(onset) ?? firstOf(triggerTimes);
  // A status page dates its phases by its updates: the first "Investigating" post, the
  // "Monitoring" post (a fix is in place), the "Resolved" post.
  const updates = statusUpdates(units, [...times, ...asides], stamps);
  const mitigationUnits = new Set(mitigation.map((m) => m.evidence.start));
  // A post's text may date what happened before it was posted ("working normally since 18:21
  // UTC", "the rollback completed at 18:19"): that time, not the post's, is the event's.
  const postOf = (phase: StatusPhase, told: (t: UnitTime) => boolean): UnitTime | null => {
    const post = updates.find((u) => u.phase === phase);
    if (post === undefined) return null;
    return firstOf(post.body.filter((t) => t.time.ms <= post.time.time.ms && told(t))) ?? post.time;
  };
  // A post under its phase heading is dated by its stamp line ("Posted Feb 22, 2022 - 09:14 PST"),
  // or by an earlier time its text tells as the phase's event; without a stamp, by its first time.
  const inSection = (section: StatusPhase, told: (t: UnitTime) => boolean): UnitTime | null => {
    const own = times.filter((t) => t.unit.section === section);
    const stamp = firstOf(own.filter((t) => stampOnly(t.unit.text, t.time)));
    if (stamp === null) return firstOf(own) ?? postOf(section, told);
    return firstOf(own.filter((t) => t !== stamp && t.time.ms <= stamp.time.ms && told(t))) ?? stamp;
  };
  const statusDetected = inSection('status-investigating', () => false);
  const statusMitigated = inSection('status-monitoring', (t) => t.unit.role === 'mitigation' || mitigationUnits.has(t.unit.start));
  // The end of an impact window the post states ("Between 11:45 and 19:43 UTC, ...") is when it was resolved.
  const statusResolved = inSection('status-resolved', (t) => RESOLVED_CUE.test(t.unit.lower) || t.time.range === 'end');
  const detectedTime = (detection.unit === null ? null : (times.find((t) => t.unit === detection.unit) ?? null)) ?? statusDetected;
  const startMs = start?.time.ms ?? Number.NEGATIVE_INFINITY;
  const mitigated = statusMitigated ?? times.find((t) => (t.unit.role === 'mitigation' || mitigationUnits.has(t.unit.start)) && t.time.ms >= startMs) ?? null;
  const resolvedCandidates = times.filter(
    (t) => t.time.ms >= startMs && (RESOLVED_CUE.test(t.unit.lower) || (t.time.range === 'end' && windows.some((w) => w.unit === t.unit))),
  );
  const resolved = statusResolved ?? resolvedCandidates.reduce<UnitTime | null>((best, t) => (best === null || t.time.ms > best.time.ms ? t : best), null);

  const timeline: TimelineEvent[] = [];
  // Service was mitigated no later than it was resolved: a later "mitigation" is follow-up work.
  const mitigatedInTime = mitigated !== null && resolved !== null && mitigated.time.ms > resolved.time.ms ? null : mitigated;
  const named = new Map<UnitTime, TimelineEventName>();
  if (start !== null) named.set(start, 'start');
  if (detectedTime !== null && !named.has(detectedTime)) named.set(detectedTime, 'detected');
  // One time told as both the fix and the return to normal ("and by 3.15pm every service was
  // working normally") is the resolution.
  if (resolved !== null && !named.has(resolved)) named.set(resolved, 'resolved');
  if (mitigatedInTime !== null && !named.has(mitigatedInTime)) named.set(mitigatedInTime, 'mitigated');
  for (const t of [...times, ...stamps, ...asides]) {
    const name = named.get(t);
    if (name !== undefined) timeline.push(eventOf(name, t, `outline.timeline.${name}`));
    else if (t.unit.role === 'timeline') timeline.push(eventOf('event', t, 'outline.timeline.entry'));
  }
  timeline.sort((a, b) => compareStrings(a.at, b.at));

  const at = (name: TimelineEventName): string | null => timeline.find((e) => e.event === name)?.at ?? null;
  const fromFrontMatter = minutesBetween(input.startTime, input.endTime);
  const fromTimeline = minutesBetween(at('start'), at('resolved'));
  const durationMinutes =
    fromFrontMatter !== null && fromFrontMatter >= 0 ? fromFrontMatter : fromTimeline !== null && fromTimeline >= 0 ? fromTimeline : (input.statedDurationMinutes ?? null);
  const durationFrom: Outline['durationFrom'] =
    fromFrontMatter !== null && fromFrontMatter >= 0 ? 'front-matter' : fromTimeline !== null && fromTimeline >= 0 ? 'timeline' : durationMinutes !== null ? 'text' : null;
  const nonNegative = (m: number | null): number | null => (m !== null && m >= 0 ? m : null);

  return {
    trigger,
    detection: {
      method: detection.method,
      evidence: detection.unit === null || detection.rule === null ? null : evidenceOf(detection.unit, detection.rule),
      at: detectedTime?.time.at ?? null,
    },
    mitigation,
    timeline,
    durationMinutes,
    durationFrom,
    timeToDetectMinutes: nonNegative(minutesBetween(at('start'), at('detected'))),
    timeToMitigateMinutes: nonNegative(minutesBetween(at('start'), at('mitigated'))),
    actionItems,
  };
}
