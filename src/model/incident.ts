import type { CauseLabel, CauseRole, Evidence, LayerLabel, LayerRole, Tag, TextSpan } from './document.js';
import type { ActionItem, DetectionMethod, MitigationStep, OutlineEvidence, TimelineEvent, TriggerKind } from './outline.js';

/** Evidence of a merged incident tag: a supporting span and the report whose `text` it indexes. */
export interface IncidentEvidence extends Evidence {
  /** Id of the report (document) whose text the offsets index; absent: the primary report. */
  document?: string;
}

/** A tag merged over an incident's reports; each evidence span names the report it came from. */
export interface IncidentTag<L extends string = string, R extends string = string> extends Omit<Tag<L, R>, 'evidence'> {
  /** Supporting sentences, from any report (see `IncidentEvidence.document`). */
  evidence: IncidentEvidence[];
}

/** An outage: one or more reports (documents) grouped together. */
export interface Incident {
  /** Stable id, also the slug: `YYYY-MM-DD-provider-service` or, without a date, a title slug + hash. */
  id: string;
  /** Display title (the best report's title). */
  title: string;
  /** Incident date, ISO `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Providers involved (canonical names): the operators of its reports, the incident's operator first. */
  providers: string[];
  /** The organisation whose system failed (canonical name; see `src/providers/read-provider-roles.ts`); absent in older data folders. */
  operator?: string | null;
  /** Other organisations its reports name (canonical), most reports first. */
  mentionedProviders?: string[];
  /** Companies its reports name as affected customers (canonical). */
  affectedCustomers?: string[];
  /** Affected services. */
  services: string[];
  /** Merged layer tags of the reports, origin layers first (a confirmed tag wins over a speculated one). */
  layers: IncidentTag<LayerLabel, LayerRole>[];
  /** Merged root-cause tags of the reports (a confirmed tag wins over a speculated one). */
  causes: IncidentTag<CauseLabel, CauseRole>[];
  /** Ids of the documents reporting on it (each names this incident as its `incident`); the primary report first. */
  reports: string[];
  /**
   * Ids of every document tied to it: its reports, then documents whose own incident is another
   * one but which also cover this one (a roundup, "the second outage this year"); see `links`.
   * Absent in older data folders (then `reports`).
   */
  documentIds?: string[];
  /** How each document of `documentIds` is tied to it, in the same order. */
  links?: IncidentLink[];
  /** Why its reports are one incident: the links that joined them (empty for a single report). */
  grouping?: GroupingLink[];
  /** Short summary (the primary report's extractive summary). */
  summary: string;
  /** The outlines of its reports merged (see `src/incidents/merge-outline.ts`); absent in older data folders or when no report has one. */
  outline?: IncidentOutline;
}

/** The rules that join two reports into one incident. */
export type GroupingRule = 'same-url' | 'shared-service' | 'similar-text' | 'same-day' | 'third-party' | 'override';

/** One link between two reports of an incident, and the rule that made it. */
export interface GroupingLink {
  /** The two documents (ids). */
  documents: [string, string];
  /** The rule. */
  rule: GroupingRule;
  /** In words: what they share ("same URL https://...", "both name EBS, 0 days apart", "text similarity 0.52"). */
  detail: string;
}

/** How a document is tied to an incident. */
export interface IncidentLink {
  /** The document's id. */
  document: string;
  /** `primary`: the incident's main report; `report`: another of its reports; `covers`: a report of another incident that also covers this one (a roundup). */
  role: 'primary' | 'report' | 'covers';
  /** The sentence that ties a covering document to this incident (null for its own reports). */
  evidence: TextSpan | null;
  /** Why ("a report of it", "names Amazon Web Services and 2008-02-15, 1 day from the incident", "incidents.yaml link 1"). */
  reason: string;
}

/** Two or more reports stating different values of one outline field. */
export interface OutlineConflict {
  /** The field (`trigger`, `detection`, `timeline.start`, `durationMinutes`, ...). */
  field: string;
  /** Each value with the report that states it; the one the incident took first. */
  values: { value: string; document: string }[];
}

/** An incident's outline: each field from the first report (primary first) that states it, with that report's id. */
export interface IncidentOutline {
  /** What set it off, and the report and sentence that say so (`document` null when no report says). */
  trigger: { kind: TriggerKind; evidence: OutlineEvidence | null; document: string | null };
  /** How it was noticed, when, and the report that says so. */
  detection: { method: DetectionMethod; evidence: OutlineEvidence | null; at: string | null; document: string | null };
  /** The steps that restored service, from the first report that tells them. */
  mitigation: { step: MitigationStep; evidence: OutlineEvidence; document: string }[];
  /** The named events (start, detected, mitigated, resolved), each from the first report that dates it, in time order. */
  timeline: (TimelineEvent & { document: string })[];
  /** Start to resolution in minutes, from the first report that states a duration. */
  durationMinutes: number | null;
  /** Where that report's duration came from. */
  durationFrom: 'front-matter' | 'timeline' | 'text' | null;
  /** Minutes from start to detection over the merged timeline. */
  timeToDetectMinutes: number | null;
  /** Minutes from start to mitigation over the merged timeline. */
  timeToMitigateMinutes: number | null;
  /** The follow-up actions, from the first report that lists them. */
  actionItems: (ActionItem & { document: string })[];
  /** Fields the reports disagree on, with every value and its source. */
  conflicts: OutlineConflict[];
}
