/**
 * The dates of a report or an incident as the site shows them, kept apart: "Incident: 17 July
 * 2020 · Published: 18 July 2020" with machine-readable `<time>` elements, and a note for each
 * implausible date the ingest found (see `DocumentDates.problems`).
 */
import { datesOf } from '../../analyze/document-dates.js';
import { displayDate } from '../../analyze/display-date.js';
import { reconcileIncidentDate } from '../../analyze/reconcile-incident-date.js';
import type { KnowledgeDocument } from '../../model/document.js';
import { html, type SafeHtml } from '../html.js';

/** A date as `<time datetime="…">17 July 2020</time>`; null when it is not an ISO date. */
function renderTime(value: string | null | undefined): SafeHtml | null {
  const words = displayDate(value);
  if (words === null || value === null || value === undefined) return null;
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value.trim())?.[0] ?? value;
  return html`<time datetime="${iso}">${words}</time>`;
}

/** "Incident: 17 July 2020 · Published: 18 July 2020" (the incident "date unknown" when not stated; no publication part when unknown). */
export function renderDatesLine(incident: string | null | undefined, published: string | null | undefined): SafeHtml {
  const incidentPart = renderTime(incident) ?? 'date unknown';
  const publishedPart = renderTime(published);
  return html`<span class="dates">Incident: ${incidentPart}${publishedPart === null ? null : html` · Published: ${publishedPart}`}</span>`;
}

/** A report's dates line and the notes on its implausible dates. */
export function renderReportDates(doc: KnowledgeDocument): SafeHtml {
  const dates = datesOf(doc);
  return html`${renderDatesLine(dates.incident?.value, doc.published)}${dates.problems.length === 0 ? null : html`<span class="dates__problems">${dates.problems.map((p) => html` · <span class="dates__problem">Date note: ${p.message}</span>`)}</span>`}`;
}

/** An incident's date from its reports (never a publication date), as a `<time>`, or "unknown". */
export function renderIncidentDate(reports: readonly KnowledgeDocument[]): SafeHtml | string {
  return renderTime(reconcileIncidentDate(reports.map((r) => datesOf(r).incident))?.value) ?? 'unknown';
}
