/**
 * The server's statistics inputs read from PostgreSQL (issue 17): every incident, each
 * incident's date reconciled over its reports' stated dates (as the in-memory path reads them
 * from its search table), and the number of comments. Only read for a snapshot whose load kept
 * no statistics of this format (`snapshot-stats.ts`).
 */
import { datesOf } from '../../analyze/document-dates.js';
import { reconcileIncidentDate } from '../../analyze/reconcile-incident-date.js';
import type { AnalyzedDocument, IncidentDate } from '../../model/document.js';
import type { Incident } from '../../model/incident.js';
import type { SnapshotFacts } from '../../search/search-backend.js';
import type { ReadQuery } from './related-sql.js';

interface DateRow {
  id: string;
  dates: AnalyzedDocument['dates'] | null;
  published: string | null;
  start_time: string | null;
  fact: AnalyzedDocument['facts']['incidentDate'] | null;
}

/** Reads the facts of the snapshot in the database `query` reads. */
export async function readSnapshotFacts(query: ReadQuery): Promise<SnapshotFacts> {
  const incidents = (await query<{ record: Incident }>('SELECT record FROM incidents ORDER BY id')).map((r) => r.record);
  const rows = await query<DateRow>(
    `SELECT id, dates, record->>'published' AS published, record->>'startTime' AS start_time, record->'facts'->'incidentDate' AS fact FROM documents`,
  );
  const stated = new Map<string, IncidentDate | null>();
  for (const row of rows) {
    const dates = datesOf({
      dates: row.dates ?? undefined,
      published: row.published ?? undefined,
      startTime: row.start_time ?? undefined,
      facts: { incidentDate: row.fact ?? undefined } as AnalyzedDocument['facts'],
    } as Pick<AnalyzedDocument, 'dates' | 'facts' | 'published' | 'startTime'>);
    stated.set(row.id, dates.incident);
  }
  const incidentDates = new Map(incidents.map((incident) => [incident.id, reconcileIncidentDate(incident.reports.map((id) => stated.get(id) ?? null))]));
  const comments = Number((await query<{ n: string }>('SELECT count(*) AS n FROM comments'))[0]?.n ?? 0);
  return { incidents, incidentDates, comments };
}
