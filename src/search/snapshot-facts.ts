/**
 * What a knowledge base's statistics are computed from (`SnapshotFacts`), read from the in-memory
 * engine's search table (no document parsed) or from the records a load writes.
 */
import { datesOf } from '../analyze/document-dates.js';
import { reconcileIncidentDate } from '../analyze/reconcile-incident-date.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { KnowledgeBase } from '../model/search.js';
import { CAUSE_LABELS, LAYER_LABELS } from '../model/taxonomy.js';
import type { StatsLabelOrder } from '../server/knowledge-base-stats.js';
import type { SnapshotFacts } from './search-backend.js';
import { allSearchRecords, searchRecordIn } from './search-engine.js';

/** The order the statistics list labels in (every label of the taxonomy, zero counts included). */
export const STATS_LABEL_ORDER: Readonly<StatsLabelOrder> = Object.freeze({ layers: LAYER_LABELS, causes: CAUSE_LABELS });

/** The statistics' inputs of `kb`, read from its search table (no document parsed). */
export function factsOf(kb: KnowledgeBase): SnapshotFacts {
  const incidentDates = new Map(
    [...kb.incidents.values()].map((incident) => [
      incident.id,
      reconcileIncidentDate(incident.reports.map((id) => searchRecordIn(kb, id)?.incidentDate ?? null)),
    ]),
  );
  let comments = 0;
  for (const record of allSearchRecords(kb)) comments += record.comments;
  return { incidents: [...kb.incidents.values()], incidentDates, comments };
}

/** The statistics' inputs of a snapshot's records: each incident's date reconciled over its reports' stated dates, and the comments counted. */
export function factsOfRecords(documents: readonly KnowledgeDocument[], incidents: readonly Incident[]): SnapshotFacts {
  const stated = new Map(documents.map((doc) => [doc.id, datesOf(doc).incident]));
  const incidentDates = new Map(incidents.map((incident) => [incident.id, reconcileIncidentDate(incident.reports.map((id) => stated.get(id) ?? null))]));
  let comments = 0;
  for (const doc of documents) comments += doc.comments.length;
  return { incidents: [...incidents], incidentDates, comments };
}
