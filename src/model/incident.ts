import type { CauseLabel, CauseRole, Evidence, LayerLabel, LayerRole, Tag } from './document.js';

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
  /** Providers involved (canonical names). */
  providers: string[];
  /** Affected services. */
  services: string[];
  /** Merged layer tags of the reports, origin layers first (a confirmed tag wins over a speculated one). */
  layers: IncidentTag<LayerLabel, LayerRole>[];
  /** Merged root-cause tags of the reports (a confirmed tag wins over a speculated one). */
  causes: IncidentTag<CauseLabel, CauseRole>[];
  /** Ids of the documents reporting on it; the primary report first. */
  reports: string[];
  /** Short summary (the primary report's extractive summary). */
  summary: string;
}
