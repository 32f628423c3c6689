/**
 * The anatomy of a report: its sections and the role of every sentence in it, read the way an
 * SRE reads a post-mortem.
 *
 * - Sections open at headings (a short line of its own, a Markdown `#` line, an upper-case line,
 *   a question like "Why did this happen?") and at inline labels ("Root cause: ...",
 *   "Mitigation: ..."); the rulebook's section rules say what kind of section each opens. The
 *   first paragraph before any section is the lede.
 * - Every sentence gets a role. The section gives the prior; the sentence decides: a future or
 *   planned statement is an action item wherever it stands; a hedged one is speculation; a causal
 *   statement ("caused by", "the root cause was", "led to") is root-cause, trigger or contributing;
 *   rollbacks and restores are mitigation, alarms and customer reports detection; a timestamped
 *   line is timeline; a present-tense description that states no failure is background. Outside
 *   any section, a sentence that states a cause is root-cause and one that states a failure is
 *   impact.
 *
 * Each unit records the ids of the rules that decided its section and role (evidence shows them).
 * Reads the sentences the analysis stage found (no second NLP pass).
 */
import type { RoledSentence, Sentence } from '../model/document.js';
import type { SentenceRole } from '../model/taxonomy.js';
import { axisMayMatch, someCueHit } from '../rulebook/cue-matcher.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import type { SectionKind } from '../rulebook/rule.js';
import { findConnectives, type Connective } from './connectives.js';
import type { PosReader } from '../model/document.js';
import { tenseOf, type Tense } from './tense.js';
import { buildUnits, type TextUnit } from './text-units.js';

/** One unit with its place in the report. */
export interface AnatomyUnit extends TextUnit {
  /** The unit is a heading or an inline label (it names a section; it states nothing). */
  heading: boolean;
  /** The kind of section the unit sits in (`narrative` outside any recognised section). */
  section: SectionKind;
  /** The heading or label of that section, as written; null before any. */
  sectionTitle: string | null;
  /** The unit's role in the report. */
  role: SentenceRole;
  /** Ids of the rules that decided the section and the role. */
  rules: string[];
  /** The unit hedges or asks (its statements are guesses). */
  hedged: boolean;
  /** The finite verbs' tense; null when the role was decided without it (it is read only when it decides). */
  tense: Tense | null;
  /** The causal statements of the unit (connectives with their cause and effect sides). */
  connectives: Connective[];
  /** The unit is spoken inside a reader-comment thread. */
  inComments: boolean;
}

/** The anatomy of a text. */
export interface Anatomy {
  units: AnatomyUnit[];
}

/** What the anatomy reader reads. */
export interface AnatomyInput {
  /** The text. */
  text: string;
  /** The analysis stage's sentences of `text`. */
  sentences: readonly Sentence[];
  /** Parts of speech of `text`'s spans, when the caller has them (tense and imperatives read them). */
  pos?: PosReader;
}

/**
 * Structural rules of the anatomy: decisions made from the shape of the text rather than a
 * pattern of the rulebook. Their ids appear in `rules` like the rulebook's.
 */
export const STRUCTURAL_RULES = Object.freeze({
  lede: 'anatomy.lede',
  heading: 'anatomy.heading',
  timestamp: 'anatomy.timestamp',
  metadata: 'anatomy.metadata-line',
  commentAuthor: 'anatomy.comment-author',
  commentThread: 'anatomy.comment-thread',
  update: 'anatomy.update',
  presentTense: 'anatomy.present-tense',
  statesCause: 'anatomy.states-cause',
  statesImpact: 'anatomy.states-impact',
  propagation: 'anatomy.propagation',
  responseReason: 'anatomy.response-reason',
  statusWork: 'anatomy.status-work',
  imperative: 'anatomy.imperative',
  sectionPrior: 'anatomy.section-prior',
  historyContinued: 'anatomy.history-continued',
  other: 'anatomy.other',
} as const);

/** The opening of an update appended to an article ("Update, 23 October:", "UPDATE (14 May):", "Editor's note:"). */
const UPDATE_OPENING = /^(?:update[sd]?|editor['’]s note|correction)\b(?:[^:.!?\n]|[:.]\d){0,40}:\s/iu;

/** A commenter's handle on a line of its own ("quant_refugee", "dwalsh", "@kat_admin"): one token, lower-case first or with a digit or underscore. */
const HANDLE_LINE = /^@?(?:[a-z][\w.-]{1,29}|[A-Za-z][\w.-]*[_\d][\w.-]*)$/u;

/**
 * Where a thread of reader comments starts in a text with no "Comments" heading: the first of at
 * least three handles on lines of their own, each followed by the comment it introduces; -1 when
 * there is no such thread.
 */
function commentThreadStart(units: readonly TextUnit[]): number {
  const handles: number[] = [];
  units.forEach((unit, i) => {
    const next = units[i + 1];
    if (unit.ownLine && HANDLE_LINE.test(unit.text) && next !== undefined && !HANDLE_LINE.test(next.text)) handles.push(i);
  });
  return handles.length >= 3 ? (handles[0] ?? -1) : -1;
}

/** A sentence opening with a time ("In March, ...", "That time, ..."): it may go on with the history before it. */
const OPENS_WITH_TIME = /^(?:in|by|on|during|back in|that|at that) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b|(?:19|20)\d\d\b|time\b|point\b)/iu;

/** The role each kind of section gives its sentences before they speak for themselves. */
export const SECTION_PRIOR: Readonly<Record<SectionKind, SentenceRole | null>> = Object.freeze({
  summary: 'summary',
  impact: 'impact',
  timeline: 'timeline',
  trigger: 'trigger',
  'root-cause': 'root-cause',
  contributing: 'contributing',
  detection: 'detection',
  mitigation: 'mitigation',
  remediation: 'mitigation',
  'action-item': 'action-item',
  background: 'background',
  speculation: 'speculation',
  lessons: 'other',
  advice: 'other',
  comments: null,
  'status-investigating': 'impact',
  'status-identified': 'root-cause',
  'status-monitoring': 'mitigation',
  'status-resolved': 'mitigation',
  narrative: null,
});

const CLOSING = /[.!;"”’]$/u;
const HEADING_MARK = /^#{1,6}\s+/u;
const STATUS_STAMP = /\s+[-–—]\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2})\b.*$/u;
const POSTED = /^(?:posted|updated|published|last updated|resolved|monitoring|identified|investigating)\b[^.!?]*\d{1,2}:\d{2}/iu;
const METADATA = /^[A-Z][\w ]{0,24}:\s+\S/u;
const TIMESTAMP_LED =
  /^(?:[-*•\u2022]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:[a-z]{3,9}\.? \d{1,2}(?:\s*[–-]\s*\d{1,2})?|\d{1,2} [a-z]{3,9}|\d{4}-\d{2}-\d{2})(?:,? \d{4})?,?\s*)?(?:t?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,4}\)?)?)?\s*(?:[—–|]|-(?=\s)|:(?=\s))\s*/iu;
const HAS_TIME_OR_DATE = /\d{1,2}[:.]\d{2}|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
const COMMENT_AUTHOR = /^(?:[-—–]\s*\S.{0,60}|.{1,60}\b(?:said|says|wrote|writes|replied|commented|asked)\s*:?)$/u;
/** The role rule of resolution statements, read before causal statements. */
const RESOLUTION_RULE = 'role.mitigation.resolution';
const QUESTION = /\?["'”)\]]*\s*$/u;
/** What users touch: its failure is impact ("customers could not log in", "requests returned 503s"). */
const IMPACT_SUBJECT =
  /\b(?:customers?|users?|visitors?|players?|members?|subscribers?|shoppers?|clients?|viewers?|people|passengers?|travell?ers?|developers?|requests?|calls?|logins?|sign-?ins?|transactions?|payments?|orders?|pages?|sites?|websites?|apps?|applications?|downloads?|uploads?|builds?|jobs?|messages?|emails?|services|workloads?|tenants?|accounts?)\b/u;
const BULLET = /^(?:[-*•\u2022]|\d+[.)])\s+/u;
const TABLE_ROW = /^\|.*\||\S\s\|\s\S/u;

/** The text of a heading as the section rules read it: lower-cased, without markup, colon or date. */
export function headingKey(heading: string): string {
  return heading
    .replace(HEADING_MARK, '')
    .replace(STATUS_STAMP, '')
    .replace(/^[*_]+|[*_]+$/gu, '')
    .trim()
    .replace(/[:?.!]+$/u, '')
    .trim()
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ');
}

/** The section rule a heading matches, or null. */
export function matchSection(rulebook: Rulebook, heading: string): { kind: SectionKind; id: string } | null {
  const key = headingKey(heading);
  if (key === '' || key.length > 80) return null;
  // The whole heading first ("Remediation and prevention"), then its first part ("Root cause and
  // remediation" is a root-cause section).
  const first = key.split(/\s+(?:and|&)\s+|:\s*|\s+[-–—]\s+/u)[0] ?? key;
  // ... and without a trailing qualifier ("Why this matters for developers").
  const head = first.split(/\s+(?:for|to|at|in|on|with|from)\s+/u)[0] ?? first;
  // ... and a status post's phase after its time stamp ("26 Nov 2024, 01:55 UTC - Resolved").
  const parts = key.split(/\s+[-–—|]\s+/u);
  const stamped = parts.length > 1 && /\d/u.test(parts[0] ?? '') ? [parts[parts.length - 1] ?? ''] : [];
  for (const candidate of [...new Set([key, first, head, ...stamped])]) {
    for (const { rule, regex } of rulebook.sections) if (regex.test(candidate)) return { kind: rule.kind, id: rule.id };
  }
  return null;
}

/** True when a unit is shaped like a heading (see the module comment). */
function looksLikeHeading(unit: TextUnit, section: SectionKind, isSection: (text: string) => boolean): boolean {
  if (unit.inlineLabel !== null && !unit.ownLine) return false;
  // A table row ("Action | Type | Owner") belongs to its section.
  if (TABLE_ROW.test(unit.text)) return false;
  if (HEADING_MARK.test(unit.text)) return true;
  if (!unit.ownLine || unit.text.includes('\n')) return false;
  const words = unit.text.split(/\s+/u).length;
  if (words > 12 || !/^[\p{Lu}\d*#_]/u.test(unit.text)) return false;
  if (section === 'comments' && (COMMENT_AUTHOR.test(unit.text) || HANDLE_LINE.test(unit.text))) return false;
  // A question on its own line is a heading only when it names a section ("What went wrong and
  // why?", "How did we respond?"); any other is a sentence that asks.
  if (QUESTION.test(unit.text)) return section !== 'comments' && isSection(unit.text);
  if (unit.text.endsWith(':')) return words <= 8 && isSection(unit.text);
  if (POSTED.test(unit.text) || (METADATA.test(unit.text) && !/^[A-Z][\w ]{0,24}:\s*$/u.test(unit.text))) return false;
  return !CLOSING.test(unit.text);
}

/** Ids of rules and the role they decided. */
interface Decision {
  role: SentenceRole;
  rules: string[];
}

/** What a role decision read on the way that the unit keeps: the tense, when it was read. */
interface Readings {
  tense: Tense | null;
}

/** Reads the role of one statement unit (see the module comment). */
function decideRole(
  rulebook: Rulebook,
  unit: TextUnit,
  section: SectionKind,
  sectionRule: string | null,
  lede: boolean,
  hedged: boolean,
  connectives: readonly Connective[],
  pos: PosReader | undefined,
  readings: Readings,
): Decision {
  const { signals } = rulebook;
  const lower = unit.lower;
  const prior = SECTION_PRIOR[section] ?? (lede ? 'summary' : null);
  const priorRule = SECTION_PRIOR[section] !== null ? sectionRule : lede ? STRUCTURAL_RULES.lede : null;
  const withPrior = (decision: Decision): Decision => ({ role: decision.role, rules: priorRule === null ? decision.rules : [priorRule, ...decision.rules] });
  if (section === 'lessons' || section === 'advice') return withPrior({ role: 'other', rules: [] });
  // In an action-items or remediation section an imperative is the operator's own commitment,
  // not advice to readers ("- Automate the failover of the primary.").
  if ((prior === 'action-item' || section === 'remediation') && isImperative(unit, pos)) {
    return withPrior({ role: 'action-item', rules: [STRUCTURAL_RULES.imperative] });
  }
  // A status post before the resolution tells the work under way ("a fix is being implemented"):
  // the response as it happens, not a follow-up.
  if ((section === 'status-identified' || section === 'status-monitoring' || section === 'status-investigating') && STATUS_WORK.test(lower)) {
    return withPrior({ role: 'mitigation', rules: [STRUCTURAL_RULES.statusWork] });
  }
  const advice = signals.advice.firstRule(lower) ?? signals.adviceOpening.firstRule(lower);
  if (advice !== null) return withPrior({ role: 'other', rules: [advice] });
  // Action items (a future or planned statement) and resolution statements ("The remediation
  // involved ...", "To resolve the issue ..."), wherever they stand and whatever they explain.
  for (const { rule, pattern } of rulebook.roles) {
    if (rule.role !== 'action-item' && rule.id !== RESOLUTION_RULE) continue;
    if (!pattern.test(lower)) continue;
    // A catalogue line that tells the cause before the fix ("the leap second made time go
    // backwards, and a negative duration crashed the DNS software, so lookups failed until a fix
    // was deployed") is a cause statement.
    if (rule.id === RESOLUTION_RULE && (prior === null || prior === 'summary') && statesCauseBefore(rulebook, lower, pattern.matches(lower)[0]?.[0] ?? 0)) {
      return { role: 'root-cause', rules: [STRUCTURAL_RULES.statesCause] };
    }
    return withPrior({ role: rule.role, rules: [rule.id] });
  }
  // A timestamped line of a timeline (in a mitigation or action section it keeps the section's role).
  const timestamped = TIMESTAMP_LED.test(unit.text) && HAS_TIME_OR_DATE.test(unit.text.slice(0, 40));
  if (timestamped && (prior === null || prior === 'timeline' || prior === 'summary' || prior === 'impact' || prior === 'root-cause')) {
    return withPrior({ role: 'timeline', rules: [STRUCTURAL_RULES.timestamp] });
  }
  if (POSTED.test(unit.text) && unit.ownLine) return withPrior({ role: 'timeline', rules: [STRUCTURAL_RULES.timestamp] });
  // A description of how the system normally works (present tense, no failure stated).
  const failing = namesFailure(rulebook, lower);
  // A habit of the system or its world told in the present ("new attacks appear constantly"),
  // whatever failure it names: not an event of the incident.
  const habit = hedged ? undefined : rulebook.roles.find((r) => r.rule.tense === 'present' && (prior === null || r.rule.overrides === undefined || r.rule.overrides.includes(prior)) && r.pattern.test(lower));
  if (habit !== undefined) {
    readings.tense = tenseOf(pos?.read(unit.start, unit.end), lower, unit.start, unit.end);
    if (readings.tense === 'present') return withPrior({ role: 'background', rules: [habit.rule.id] });
  }
  const background = rulebook.roles.find((r) => r.rule.role === 'background' && r.rule.tense === undefined && r.pattern.test(lower));
  if (background !== undefined && !failing && (background.rule.overrides === undefined || prior === null || background.rule.overrides.includes(prior))) {
    return withPrior({ role: 'background', rules: [background.rule.id] });
  }
  // A statement that the cause is not yet known speaks of the root cause.
  const unknown = rulebook.signals.causeUnknown.firstRule(lower);
  if (unknown !== null && !hedged) return withPrior({ role: 'root-cause', rules: [unknown] });
  // The tense takes parts of speech: it is read only where it can decide.
  if (!failing && !hedged && (prior === null || prior === 'root-cause' || prior === 'summary' || prior === 'background' || prior === 'contributing')) {
    readings.tense ??= tenseOf(pos?.read(unit.start, unit.end), lower, unit.start, unit.end);
    if (readings.tense === 'present' && (connectives.length > 0 || !statesCause(rulebook, lower))) {
      return withPrior({ role: 'background', rules: [STRUCTURAL_RULES.presentTense] });
    }
  }
  if (hedged) return withPrior({ role: 'speculation', rules: [signals.hedge.firstRule(lower) ?? 'signal.hedge'] });
  // A causal statement.
  const causal = connectives.find((c) => c.cause.end > c.cause.start);
  if (causal !== undefined) {
    // In a mitigation or detection section, or when it says the response was slowed, a causal
    // statement says why recovery or detection was slow: a contributing factor.
    const slowed = signals.slowResponse.firstRule(lower);
    const aside = prior === 'contributing' || prior === 'mitigation' || prior === 'detection' || slowed !== null;
    const role: SentenceRole = aside || causal.kind === 'contributing' ? 'contributing' : causal.kind === 'trigger' ? 'trigger' : 'root-cause';
    if (role === 'root-cause') {
      const sides = sidesOf(lower, causal);
      if (!namesFailureOrCause(rulebook, sides.cause)) {
        if (SPREAD_EFFECT.test(sides.effect)) return withPrior({ role: 'impact', rules: [causal.rule, STRUCTURAL_RULES.propagation] });
        // Why the responders chose a step ("because our priority was to preserve data, engineers
        // recovered units one by one") is part of the recovery.
        const response = namesFailure(rulebook, sides.effect) ? undefined : rulebook.roles.find((r) => r.rule.role === 'mitigation' && r.pattern.test(sides.effect));
        if (response !== undefined) return withPrior({ role: 'mitigation', rules: [causal.rule, response.rule.id, STRUCTURAL_RULES.responseReason] });
      }
    }
    return withPrior({ role, rules: slowed === null ? [causal.rule] : [causal.rule, slowed] });
  }
  // In an impact section, what users went through stays impact whatever it names ("Customers
  // whose clusters scaled out during this period saw pods stuck waiting for images").
  if (prior === 'impact' && failing && impactFirst(rulebook, lower)) return withPrior({ role: 'impact', rules: [STRUCTURAL_RULES.statesImpact] });
  // Mitigation and detection.
  for (const { rule, pattern } of rulebook.roles) {
    if (rule.role === 'action-item' || rule.role === 'background') continue;
    if (rule.overrides !== undefined && prior !== null && !rule.overrides.includes(prior)) continue;
    if (!pattern.test(lower)) continue;
    // A sentence that states the cause before it tells the fix ("a configuration change removed
    // the records for several zones, and they are rolling it back") is a cause statement.
    if (rule.role === 'mitigation' && (prior === null || prior === 'summary') && statesCauseBefore(rulebook, lower, pattern.matches(lower)[0]?.[0] ?? 0)) {
      return { role: 'root-cause', rules: [STRUCTURAL_RULES.statesCause] };
    }
    return withPrior({ role: rule.role, rules: [rule.id] });
  }
  // A component said only to have been affected ("its online risk management system had been
  // affected") was impacted: the sentence names no failure of its own.
  if ((prior === null || prior === 'summary') && failing && AFFECTED_ONLY.test(lower) && !namesFailure(rulebook, lower.replace(AFFECTED_ONLY_ALL, ' '))) {
    return withPrior({ role: 'impact', rules: [STRUCTURAL_RULES.statesImpact] });
  }
  // A summary that tells what users saw is impact ("customers experienced increased error rates").
  if (prior === 'summary' && failing && !statesCause(rulebook, lower) && impactFirst(rulebook, lower)) return withPrior({ role: 'impact', rules: [STRUCTURAL_RULES.statesImpact] });
  if (prior !== null) return { role: prior, rules: priorRule === null ? [] : [priorRule] };
  if (statesCause(rulebook, lower)) return { role: 'root-cause', rules: [STRUCTURAL_RULES.statesCause] };
  // A failure of what users touch is impact; a component's failure is left for the scorer to weigh.
  if (failing && impactFirst(rulebook, lower)) return { role: 'impact', rules: [STRUCTURAL_RULES.statesImpact] };
  return { role: 'other', rules: [STRUCTURAL_RULES.other] };
}

/**
 * True when what users touch is named before the first failure and before any component
 * ("customers could not log in"), not in a clause after a component's failure ("a storage array
 * failed, and the databases that hold customer records could not read from it").
 */
function impactFirst(rulebook: Rulebook, lower: string): boolean {
  const subject = IMPACT_SUBJECT.exec(lower);
  if (subject === null) return false;
  const failure = rulebook.signals.failure.matches(lower)[0]?.[0] ?? rulebook.signals.failureFunction.matches(lower)[0]?.[0] ?? lower.length;
  if (subject.index > failure) return false;
  if (!axisMayMatch(lower, rulebook.layers)) return true;
  return !someCueHit(lower, rulebook.layers, (cue, start) => !cue.part && start <= subject.index);
}

/** A passive "was affected" / "had been impacted": the subject took the failure, it did not fail of its own. */
const AFFECTED_ONLY = /\b(?:was|were|had been|has been|have been|is|are|being|got) (?:\w+ly )?(?:affected|impacted)\b/u;
const AFFECTED_ONLY_ALL = new RegExp(AFFECTED_ONLY.source, 'gu');

/** Work under way told in a status post ("a fix is being implemented", "we are rolling back the change"). */
const STATUS_WORK =
  /\b(?:(?:is|are) (?:now |currently )?being (?:rolled out|rolled back|implemented|deployed|applied|put in place|reverted)|(?:we|engineers|the team|our (?:[\w-]+ )?teams?) (?:are|is|'re) (?:now |currently |still |also )?(?:rolling|implementing|deploying|applying|reverting|restarting|failing over|shifting|rerouting|redirecting|adding|scaling|restoring))\b/u;

/** Words of an effect that tells how far the impact reached ("also failed", "residual impact", "every node was affected"). */
const SPREAD_EFFECT = /\b(?:also|too|as well|impact|residual)\b|\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:affected|impacted)\b/u;

/** A sentence that opens with its reason ("Because X, Y"): the cause side ends at the first comma. */
const OPENING_REASON = /^(?:because|since|as) ([^,]+), (.+)$/u;

/** The cause and effect sides of a causal statement as text; a sentence opening with its reason splits at its first comma. */
function sidesOf(lower: string, causal: Connective): { cause: string; effect: string } {
  const opening = causal.effect.end > causal.effect.start ? null : OPENING_REASON.exec(lower);
  if (opening !== null) return { cause: opening[1] ?? '', effect: opening[2] ?? '' };
  return { cause: lower.slice(causal.cause.start, causal.cause.end), effect: lower.slice(causal.effect.start, causal.effect.end) };
}

/**
 * True when a cause side names a failure or a cause event. One that names neither explains how the
 * impact spread ("because several endpoints are served through AFD, sign-in also failed") or why
 * the responders chose a step, not what broke.
 */
function namesFailureOrCause(rulebook: Rulebook, cause: string): boolean {
  return namesFailure(rulebook, cause) || statesCause(rulebook, cause);
}

/** True when a text names a failure or lost function ("failed", "outage", "could not"). */
function namesFailure(rulebook: Rulebook, text: string): boolean {
  return rulebook.signals.failure.test(text) || rulebook.signals.failureFunction.test(text);
}

/** True when a cause cue of real weight occurs in a clause that ends with an "and" before `position`. */
function statesCauseBefore(rulebook: Rulebook, lower: string, position: number): boolean {
  // The fix told in a clause of its own ("..., and they are rolling it back", "...; NA14 was
  // restored from backup"), not in a clause that goes on with the same action ("engineers reduced
  // the batch size, which stopped the storm").
  const clauseEnd = Math.max(lower.lastIndexOf(' and ', position), lower.lastIndexOf('; ', position));
  if (clauseEnd <= 0 || !axisMayMatch(lower, rulebook.causes)) return false;
  const strong = rulebook.weights.layer.strongCause;
  return someCueHit(lower, rulebook.causes, (cue, start) => start < clauseEnd && cue.weight >= strong && !cue.needsFailure);
}

/** True when a cause cue of real weight (an event, not a passing word) occurs in the sentence. */
function statesCause(rulebook: Rulebook, lower: string): boolean {
  if (!axisMayMatch(lower, rulebook.causes)) return false;
  const strong = rulebook.weights.layer.strongCause;
  return someCueHit(lower, rulebook.causes, (cue) => cue.weight >= strong && !cue.needsFailure);
}

/** Verbs an action item opens with, read as imperatives whatever tag wink gives a capitalised first word. */
const IMPERATIVE_VERB = /^(?:add|gate|lengthen|switch|send|prompt|run|keep|make|move|replace|review|test|build|create|introduce|require|remove|reduce|increase|improve|audit|alert|monitor|automate|document|validate|pre-?scale|re-?baseline|load test)\b/iu;

/** True when a unit opens with a verb in the imperative ("Add a leak test ...", "- Gate rollouts on ..."). */
function isImperative(unit: TextUnit, pos: PosReader | undefined): boolean {
  const bullet = BULLET.exec(unit.text);
  const offset = unit.start + (bullet?.[0].length ?? 0);
  if (pos === undefined) return bullet !== null && IMPERATIVE_VERB.test(unit.text.slice(offset - unit.start));
  const tokens = pos.read(unit.start, unit.end);
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  const first = (tokens.values[lo] ?? '').toLowerCase();
  return (tokens.pos[lo] === 'VERB' || (bullet !== null && IMPERATIVE_VERB.test(first))) && !first.endsWith('ed') && !first.endsWith('ing') && !first.endsWith('s');
}

/** What the anatomy adds to a text unit. */
type UnitReading = Omit<AnatomyUnit, keyof TextUnit>;

/** An anatomy unit built field by field (one object shape for every unit; spreading a unit is slow). */
function anatomyUnit(unit: TextUnit, reading: UnitReading): AnatomyUnit {
  return {
    start: unit.start,
    end: unit.end,
    text: unit.text,
    lower: unit.lower,
    paragraph: unit.paragraph,
    quoted: unit.quoted,
    ownLine: unit.ownLine,
    inlineLabel: unit.inlineLabel,
    heading: reading.heading,
    section: reading.section,
    sectionTitle: reading.sectionTitle,
    role: reading.role,
    rules: reading.rules,
    hedged: reading.hedged,
    tense: reading.tense,
    connectives: reading.connectives,
    inComments: reading.inComments,
  };
}

/** Reads the anatomy of a text (see the module comment). */
export function readAnatomy(input: AnatomyInput, rulebook: Rulebook): Anatomy {
  const { text, sentences, pos } = input;
  // A status-page word ("Resolved", "Identified") opens a section as a line of its own, or before
  // a dash as status pages print their updates ("Identified - The issue has been identified ...");
  // other labels stand before a colon ("Root cause: ...").
  const isLabel = (label: string, separator: 'colon' | 'dash'): boolean => {
    const match = matchSection(rulebook, label);
    return match !== null && match.kind.startsWith('status-') === (separator === 'dash');
  };
  const units: AnatomyUnit[] = [];
  let section: SectionKind = 'narrative';
  let sectionTitle: string | null = null;
  let sectionRule: string | null = null;
  let ledeParagraph = -1;
  let seenSection = false;
  let inComments = false;
  const built = buildUnits(text, sentences, isLabel);
  const threadStart = commentThreadStart(built);
  for (const [index, unit] of built.entries()) {
    // A thread of reader comments with no "Comments" heading: from its first author's handle on.
    if (index === threadStart) {
      section = 'comments';
      sectionRule = STRUCTURAL_RULES.commentThread;
      sectionTitle = null;
      seenSection = true;
      inComments = true;
    }
    // An update appended to an article ("Update, 23 October: AWS has published its summary ...")
    // opens a part of its own: it is no longer the section it follows (advice, lessons).
    if (!inComments && UPDATE_OPENING.test(unit.text)) {
      section = 'narrative';
      sectionRule = STRUCTURAL_RULES.update;
      sectionTitle = null;
    }
    const heading = unit.inlineLabel !== null && !unit.ownLine && unit.end - unit.start === unit.inlineLabel.length ? true : looksLikeHeading(unit, section, (label) => isLabel(label, 'colon'));
    if (heading) {
      const match = matchSection(rulebook, unit.text);
      if (match !== null) {
        section = match.kind;
        sectionRule = match.id;
        seenSection = true;
        inComments = match.kind === 'comments' || (inComments && match.kind === 'narrative');
      } else if (section !== 'comments') {
        // An unrecognised heading: a section of its own, read sentence by sentence.
        section = 'narrative';
        sectionRule = null;
        if (units.some((u) => !u.heading)) seenSection = true;
      }
      if (match !== null || section !== 'comments') sectionTitle = unit.inlineLabel ?? unit.text;
      units.push(anatomyUnit(unit, { heading: true, section, sectionTitle, role: SECTION_PRIOR[section] ?? 'other', rules: [match?.id ?? STRUCTURAL_RULES.heading], hedged: false, tense: null, connectives: [], inComments }));
      continue;
    }
    if (!seenSection && ledeParagraph < 0) ledeParagraph = unit.paragraph;
    const lede = !seenSection && section === 'narrative' && unit.paragraph === ledeParagraph;
    const lower = unit.lower;
    const hedged = rulebook.signals.hedge.test(lower) || QUESTION.test(lower);
    const readings: Readings = { tense: null };
    const connectives = findConnectives(rulebook, lower);
    const commentAuthor = section === 'comments' && unit.ownLine && (COMMENT_AUTHOR.test(unit.text) || HANDLE_LINE.test(unit.text));
    // Another, earlier outage told as history ("It was the second outage this year. In March, a
    // power failure ..."): background, not this incident.
    const history = rulebook.signals.earlierIncident.firstRule(lower);
    const previous = units.at(-1);
    const historyGoesOn = previous !== undefined && !previous.heading && previous.paragraph === unit.paragraph && previous.rules.some((r) => r.startsWith('history.') || r === STRUCTURAL_RULES.historyContinued) && OPENS_WITH_TIME.test(unit.text);
    const decision = commentAuthor
      ? { role: 'other' as const, rules: [STRUCTURAL_RULES.commentAuthor] }
      : history !== null || historyGoesOn
        ? { role: 'background' as const, rules: [history ?? STRUCTURAL_RULES.historyContinued] }
      : METADATA.test(unit.text) && unit.ownLine && unit.text.length < 80 && !/[.!?]$/u.test(unit.text)
        ? { role: 'other' as const, rules: [STRUCTURAL_RULES.metadata] }
        : decideRole(rulebook, unit, section, sectionRule, lede, hedged, connectives, pos, readings);
    units.push(anatomyUnit(unit, { heading: false, section, sectionTitle, role: decision.role, rules: decision.rules, hedged, tense: readings.tense, connectives, inComments }));
  }
  return { units };
}

/**
 * The role and section of each analysis sentence, from the units it was read as: the role of its
 * longest statement unit (a sentence opening with an inline label, "Root cause: ...", takes the
 * statement's role), the section title of that unit.
 */
export function roledSentences(sentences: readonly Sentence[], anatomy: Anatomy): RoledSentence[] {
  const out: RoledSentence[] = [];
  let u = 0;
  const units = anatomy.units;
  for (const sentence of sentences) {
    let best: AnatomyUnit | undefined;
    while (u < units.length && (units[u]?.start ?? 0) < sentence.end) {
      const unit = units[u]!;
      if (unit.end > sentence.start && (best === undefined || (best.heading && !unit.heading) || (best.heading === unit.heading && unit.end - unit.start > best.end - best.start))) best = unit;
      if (unit.end > sentence.end) break;
      u += 1;
    }
    const roled: RoledSentence = { start: sentence.start, end: sentence.end, role: best?.role ?? 'other', section: best?.sectionTitle ?? null };
    if (sentence.quoted === true) roled.quoted = true;
    out.push(roled);
  }
  return out;
}
