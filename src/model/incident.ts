import type { CauseLabel, LayerLabel, Tag } from './document.js';

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
  /** Merged tags of the reports (a confirmed tag wins over a speculated one). */
  layers: Tag<LayerLabel>[];
  causes: Tag<CauseLabel>[];
  /** Ids of the documents reporting on it; the primary report first. */
  reports: string[];
  /** Short summary (the primary report's extractive summary). */
  summary: string;
}
