/** Gathers what an incident page shows: its reports, related incidents, citations, quotable sentences and its connections (provider roles, grouping, other outages). */
import { quoteFor } from '../cite/index.js';
import type { Incident, KnowledgeBase, KnowledgeDocument } from '../model/index.js';
import type { CitationService } from './citation-service.js';
import { documentsInOrder } from './documents-in-order.js';
import { REPORTS_PAGE } from './id-param.js';
import { connectionRecords, incidentConnections } from './incident-connections.js';
import type { IncidentPageModel, QuotableSentence } from './pages/incident-page.js';
import type { PreparedKnowledgeBase } from './prepared-knowledge-base.js';

/** Builds the incident page model for one incident of a served knowledge base, with page `reportsPage` of its reports (clamped to the last page). */
export type IncidentPresenter = (served: PreparedKnowledgeBase, incident: Incident, reportsPage?: number) => Promise<IncidentPageModel>;

/** The reports of an incident that exist in the knowledge base, primary first. */
export function incidentReports(kb: KnowledgeBase, incident: Incident): KnowledgeDocument[] {
  return incident.reports.map((id) => kb.documents.get(id)).filter((d): d is KnowledgeDocument => d !== undefined);
}

/** The primary report's summary sentences, each with its paste-ready quotation. */
export function quotableSentences(primary: KnowledgeDocument | undefined): QuotableSentence[] {
  if (primary === undefined) return [];
  return primary.summary.sentences
    .filter((s) => s.end <= primary.text.length && s.end > s.start)
    .map((s) => ({ sentence: s.text, quote: quoteFor(primary, s).formatted }));
}

/** Creates a presenter that takes citations from `citations`. */
export function createIncidentPresenter(options: { relatedLimit: number; citations: CitationService }): IncidentPresenter {
  return async (served, incident, reportsPage = 1) => {
    const { kb, backend } = served;
    const reports = kb === null ? await documentsInOrder(backend, incident.reports) : incidentReports(kb, incident);
    const [citations, related, records] = await Promise.all([
      options.citations.citations(served, incident, reports),
      backend.related(incident.id, options.relatedLimit),
      kb === null ? connectionRecords(backend, incident, reports) : Promise.resolve(kb),
    ]);
    const pageSize = REPORTS_PAGE.size;
    const pages = Math.max(1, Math.ceil(reports.length / pageSize));
    const page = Math.min(Math.max(1, reportsPage), pages);
    return {
      incident,
      reports,
      related,
      citations,
      quotes: quotableSentences(reports[0]),
      reportsPage: { page, pageSize, pages, reports: reports.slice((page - 1) * pageSize, page * pageSize) },
      connections: incidentConnections(records, incident, reports),
    };
  };
}
