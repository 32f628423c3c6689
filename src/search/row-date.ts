/**
 * The date a search row is filtered, faceted and sorted by: its incident's date, reconciled from
 * the incident dates of the incident's reports, else the document's own incident date; never a
 * publication or crawl date (an undated incident is `unknown` in the year facet and last in the
 * date order).
 */
import { reconcileIncidentDate } from '../analyze/reconcile-incident-date.js';
import type { IncidentDate } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { SearchRecord } from './search-record.js';

/** Each document's incident date (see the module comment), by document id. */
export function rowIncidentDates(
  documents: readonly Pick<SearchRecord, 'id' | 'incident' | 'incidentDate'>[],
  incidents: ReadonlyMap<string, Incident>,
): Map<string, IncidentDate | null> {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const ofIncident = new Map<string, IncidentDate | null>();
  const out = new Map<string, IncidentDate | null>();
  for (const doc of documents) {
    let date = ofIncident.get(doc.incident);
    if (date === undefined) {
      const reports = incidents.get(doc.incident)?.reports ?? [doc.id];
      date = reconcileIncidentDate(reports.map((id) => byId.get(id)).map((d) => (d === undefined ? null : d.incidentDate)));
      ofIncident.set(doc.incident, date);
    }
    out.set(doc.id, date ?? doc.incidentDate);
  }
  return out;
}
