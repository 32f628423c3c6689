/**
 * The outline of an incident: what set it off, how it was noticed, how it was fixed, when each
 * phase happened and what the operator promised to change — the fields incident tools keep by
 * hand and the empirical studies annotate. Every field carries its evidence (the sentence it was
 * read from); a field the report does not state is `not-stated` (or null, or empty), never a
 * guess. The vocabularies are those of `../shared/labels/SCHEMA.md`.
 */
import type { Span } from './document.js';

/** What set the incident off. */
export const TRIGGER_KINDS = Object.freeze([
  'deployment',
  'config-change',
  'maintenance',
  'traffic-surge',
  'hardware-failure',
  'power-event',
  'natural-event',
  'external-provider',
  'attack',
  'time-event',
  'operator-action',
  'none-stated',
] as const);

/** A trigger kind. */
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** How the incident was first noticed. */
export const DETECTION_METHODS = Object.freeze(['automated-monitoring', 'customer-reports', 'internal-report', 'third-party-report', 'not-stated'] as const);

/** A detection method. */
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

/** The steps that restored service. */
export const MITIGATION_STEPS = Object.freeze([
  'rollback',
  'config-revert',
  'failover',
  'restart',
  'capacity-added',
  'traffic-shifted',
  'hardware-replaced',
  'provider-recovered',
  'data-restored',
  'manual-fix',
] as const);

/** A mitigation step. */
export type MitigationStep = (typeof MITIGATION_STEPS)[number];

/** What a follow-up action is for. */
export const ACTION_KINDS = Object.freeze(['prevent', 'detect', 'mitigate', 'process'] as const);

/** An action-item kind. */
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The events of a timeline that the outline names. */
export const TIMELINE_EVENTS = Object.freeze(['start', 'detected', 'mitigated', 'resolved'] as const);

/** A named timeline event. */
export type TimelineEventName = (typeof TIMELINE_EVENTS)[number];

/** Definitions of the outline's vocabularies, for docs and the API. */
export const OUTLINE_DEFINITIONS: Readonly<{
  trigger: Readonly<Record<TriggerKind, string>>;
  detection: Readonly<Record<DetectionMethod, string>>;
  mitigation: Readonly<Record<MitigationStep, string>>;
  action: Readonly<Record<ActionKind, string>>;
}> = Object.freeze({
  trigger: {
    deployment: 'a software release or rollout set it off',
    'config-change': 'a configuration change pushed to production set it off',
    maintenance: 'planned maintenance, an upgrade or a migration of the infrastructure set it off',
    'traffic-surge': 'a surge of traffic or load set it off',
    'hardware-failure': 'a hardware fault (disk, server, router, cable) set it off',
    'power-event': 'a loss of power set it off',
    'natural-event': 'weather, fire, flood, heat or an earthquake set it off',
    'external-provider': 'a failure at an outside provider set it off',
    attack: 'an attack (DDoS, intrusion) set it off',
    'time-event': 'a date or time (expiry, leap second, time zone) set it off',
    'operator-action': "an operator's manual action set it off",
    'none-stated': 'the report does not say what set it off',
  },
  detection: {
    'automated-monitoring': 'alarms, alerts, monitors or automated checks noticed it',
    'customer-reports': 'customers or users reported it',
    'internal-report': 'an employee or an internal team noticed it',
    'third-party-report': 'an outside party (a provider, a researcher, an outside monitor) reported it',
    'not-stated': 'the report does not say how it was noticed',
  },
  mitigation: {
    rollback: 'a release was rolled back',
    'config-revert': 'a configuration change was reverted',
    failover: 'traffic or service failed over to a standby',
    restart: 'processes, hosts or services were restarted',
    'capacity-added': 'capacity was added or limits raised',
    'traffic-shifted': 'traffic was shifted, drained, throttled or blocked',
    'hardware-replaced': 'hardware was replaced or repaired',
    'provider-recovered': 'the outside provider recovered',
    'data-restored': 'data was restored from backups or replicas',
    'manual-fix': 'engineers fixed it by hand (a patch, a corrected record, a cleared state)',
  },
  action: {
    prevent: 'keeps the cause from happening again',
    detect: 'notices it sooner',
    mitigate: 'limits or shortens the impact next time',
    process: 'changes how people work, communicate or review',
  },
});

/** A value read from one sentence: the sentence's span and text, and the rule that read it. */
export interface OutlineEvidence extends Span {
  /** The sentence, verbatim. */
  text: string;
  /** Id of the rule that read it. */
  rule: string;
}

/** A timestamped event of the timeline. */
export interface TimelineEvent {
  /** `start`, `detected`, `mitigated`, `resolved`, or `event` for any other timestamped entry. */
  event: TimelineEventName | 'event';
  /** The time in UTC, ISO 8601 (`2024-03-12T17:49:00Z`). */
  at: string;
  /** The time as written ("10:49 AM PDT"). */
  written: string;
  /** True when the text gave the date (or the document's date was borrowed). */
  dated: boolean;
  /** The sentence the time was read from. */
  evidence: OutlineEvidence;
}

/** A follow-up action the report lists. */
export interface ActionItem {
  /** The sentence or bullet, verbatim. */
  text: string;
  /** Start offset of the sentence in the document's text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** What the action is for (one of `ACTION_KINDS`). */
  kind: ActionKind;
}

/**
 * The outline of one report: trigger, detection, mitigation, timeline, durations and action
 * items, each with the sentence it was read from; `none-stated`/`not-stated`, null or empty when
 * the report does not say.
 */
export interface Outline {
  /** What set it off (one of `TRIGGER_KINDS`), and the sentence that says so. */
  trigger: { kind: TriggerKind; evidence: OutlineEvidence | null };
  /** How it was noticed (one of `DETECTION_METHODS`), the sentence, and the time it states (ISO, UTC). */
  detection: { method: DetectionMethod; evidence: OutlineEvidence | null; at: string | null };
  /** The steps that restored service, each with its first evidence; empty when not stated. */
  mitigation: { step: MitigationStep; evidence: OutlineEvidence }[];
  /** Timestamped events in time order. */
  timeline: TimelineEvent[];
  /** Start to resolution in minutes: from the front matter when it gives both, else from the text; null when not stated. */
  durationMinutes: number | null;
  /** Where the duration came from. */
  durationFrom: 'front-matter' | 'timeline' | 'text' | null;
  /** Minutes from start to detection, when both are stated. */
  timeToDetectMinutes: number | null;
  /** Minutes from start to mitigation, when both are stated. */
  timeToMitigateMinutes: number | null;
  /** The follow-up actions the report lists, each verbatim with its kind. */
  actionItems: ActionItem[];
}

/** A gold outline of a labelled report (SCHEMA.md's trigger, detection, mitigation, timeline, duration_minutes, action_items). */
export interface GoldOutline {
  /** The gold trigger. */
  trigger: TriggerKind;
  /** The gold detection method. */
  detection: DetectionMethod;
  /** Mitigation steps; empty when the gold says `not-stated`. */
  mitigation: MitigationStep[];
  /** The gold times of the named events (ISO 8601 with an offset). */
  timeline: Partial<Record<TimelineEventName, string | null>>;
  /** The gold duration in minutes, null when not stated. */
  durationMinutes: number | null;
  /** The gold number of action items. */
  actionItems: number | null;
}

/** The outline of a report that states none of its fields (a fresh object). */
export function unstatedOutline(): Outline {
  return {
    trigger: { kind: 'none-stated', evidence: null },
    detection: { method: 'not-stated', evidence: null, at: null },
    mitigation: [],
    timeline: [],
    durationMinutes: null,
    durationFrom: null,
    timeToDetectMinutes: null,
    timeToMitigateMinutes: null,
    actionItems: [],
  };
}

/** True for a trigger kind. */
export function isTriggerKind(value: string): value is TriggerKind {
  return (TRIGGER_KINDS as readonly string[]).includes(value);
}

/** True for a detection method. */
export function isDetectionMethod(value: string): value is DetectionMethod {
  return (DETECTION_METHODS as readonly string[]).includes(value);
}

/** True for a mitigation step. */
export function isMitigationStep(value: string): value is MitigationStep {
  return (MITIGATION_STEPS as readonly string[]).includes(value);
}
