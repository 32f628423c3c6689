/**
 * The worker-thread entry that formats citations (piscina). citeproc is CPU-heavy (seconds to
 * load its styles, tens of milliseconds per incident), so the server formats citations here and
 * its event loop stays free.
 */
import { citationsFor } from '../cite/index.js';
import type { Incident, KnowledgeDocument } from '../model/index.js';
import type { CitationTexts } from './pages/incident-page.js';

/** One incident to cite, with the reports it is cited through. */
export interface CitationTask {
  incident: Incident;
  reports: KnowledgeDocument[];
  /** Retrieval date, ISO `YYYY-MM-DD`. */
  accessed: string;
}

/** Formats every citation of the incident as text. */
export default function formatCitations(task: CitationTask): CitationTexts {
  const documents = new Map(task.reports.map((r) => [r.id, r]));
  const c = citationsFor(task.incident, { documents, accessed: task.accessed, format: 'text' });
  return { apa: c.apa, mla: c.mla, chicago: c.chicago, bibtex: c.bibtex, cslJson: JSON.stringify(c.cslJson, null, 2), ris: c.ris };
}
