/**
 * A document's three dates kept apart (`DocumentDates`): the incident date read from the event
 * (`incident-date.ts`), the publication day from the metadata, and the ingest time stamped by
 * the pipeline; with the implausible ones as problems (`date-problems.ts`), reported by the
 * ingest as `implausible-date` warnings.
 */
import type { AnalyzedDocument, DocumentDates, IncidentDate } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkDates } from './date-problems.js';
import { readIncidentDate, type IncidentDateInput } from './incident-date.js';
import { isoDay } from './resolve-date.js';

/** What the dates of one document are read from: what its incident date is read from. */
export type DocumentDatesInput = IncidentDateInput;

/** Reads a document's incident and publication dates (not yet stamped with an ingest time). */
export function readDocumentDates(input: DocumentDatesInput): DocumentDates {
  return checkDates({ incident: readIncidentDate(input), published: isoDay(input.published), ingested: null, problems: [] });
}

/** The dates stamped with the day of the ingest that created the record (ISO), checked again (future dates). */
export function stampIngested(dates: DocumentDates, ingested: string): DocumentDates {
  return checkDates({ ...dates, ingested });
}

/**
 * A document's dates: its stored `dates`, or, in a data folder written before they were kept
 * apart, the front matter's start time, else the analysed incident date marked `legacy` (it may be
 * the publication date those versions fell back to; the next ingest analyses the document again).
 */
export function datesOf(doc: Pick<AnalyzedDocument, 'dates' | 'facts' | 'published' | 'startTime'>): DocumentDates {
  if (doc.dates !== undefined) return doc.dates;
  const published = isoDay(doc.published);
  const start = isoDay(doc.startTime);
  const analysed = isoDay(doc.facts.incidentDate?.value);
  let incident: IncidentDate | null = null;
  if (start !== null) incident = { value: start, precision: 'day', from: 'front-matter', zone: null, evidence: null };
  else if (analysed !== null) incident = { value: analysed, precision: 'day', from: 'legacy', zone: null, evidence: doc.facts.incidentDate?.evidence ?? null };
  return { incident, published, ingested: null, problems: [] };
}

/** The date problems of a document as ingest diagnostics (warnings naming its kept file). */
export function dateDiagnostics(doc: Pick<AnalyzedDocument, 'dates' | 'sources' | 'id'>): Diagnostic[] {
  const file = doc.sources[0]?.path ?? doc.id;
  return (doc.dates?.problems ?? []).map((p) => ({ file, stage: 'analyze', code: 'implausible-date', reason: `${p.code}: ${p.message}`, fatal: false }));
}
