/**
 * A document's search record: the few fields of a `KnowledgeDocument` that filters, facets,
 * sorting, result rows, statistics and related incidents read (title, dates, providers, labels,
 * outline values, comment count, keyphrases), so a server can hold these for every document and
 * parse a full document only when a page shows it. Written beside `documents.jsonl` at ingest
 * (`src/store/search-table-file.ts`) and derived the same way from documents held in memory.
 */
import { datesOf } from '../analyze/document-dates.js';
import { reportProviders } from '../incidents/report-facts.js';
import type { Certainty, IncidentDate, KnowledgeDocument } from '../model/document.js';
import { isImpactedLayer } from '../model/layer-role-filter.js';

/** A label with its certainty and whether it is an impacted layer (for layers; causes never are). */
export interface RecordLabel {
  label: string;
  certainty: Certainty;
  /** True for an impacted layer (what failed as a consequence); absent for an origin layer or a cause. */
  impacted?: true;
}

/** What the search table keeps of one document. */
export interface SearchRecord {
  id: string;
  incident: string;
  /** The document's own title (null when it has none). */
  title: string | null;
  /** The title a result row shows: the title, else the first words of the summary or text, else `Untitled`. */
  heading: string;
  published: string | null;
  url: string | null;
  /** The report's provider names (`reportProviders`), as written. */
  providers: string[];
  /** Layer tags in the document's order (origin and impacted). */
  layers: RecordLabel[];
  causes: RecordLabel[];
  /** The outline's trigger kind, detection method and distinct mitigation steps; null when the document has no outline. */
  outline: { trigger: string; detection: string; mitigations: string[] } | null;
  /** The incident date the report states (`datesOf(doc).incident`). */
  incidentDate: IncidentDate | null;
  /** Number of reader comments. */
  comments: number;
  keyphrases: string[];
}

/** The search record of `doc`. */
export function searchRecordOf(doc: KnowledgeDocument): SearchRecord {
  return {
    id: doc.id,
    incident: doc.incident,
    title: doc.title,
    heading: doc.title?.trim() || firstWords(doc.summary.text || doc.text),
    published: doc.published,
    url: doc.url,
    providers: reportProviders(doc),
    layers: doc.layers.map((t) => (isImpactedLayer(t) ? { label: t.label, certainty: t.certainty, impacted: true } : { label: t.label, certainty: t.certainty })),
    causes: doc.causes.map((t) => ({ label: t.label, certainty: t.certainty })),
    outline:
      doc.outline === undefined
        ? null
        : { trigger: doc.outline.trigger.kind, detection: doc.outline.detection.method, mitigations: [...new Set(doc.outline.mitigation.map((m) => m.step))] },
    incidentDate: datesOf(doc).incident,
    comments: doc.comments.length,
    keyphrases: doc.keyphrases,
  };
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 10).join(' ');
  return words === '' ? 'Untitled' : `${words}…`;
}
