/**
 * An in-memory KnowledgeBase from records, without files: for tests, tools and other components
 * that hold documents already. Builds the index in memory exactly as an ingest would (and reads
 * it back through the same loader), and groups incidents when none are given.
 */
import { groupIncidents } from '../incidents/group-incidents.js';
import { buildIndex, type IndexOptions } from '../index/build-index.js';
import { parseIndex } from '../index/load-index.js';
import type { AnalyzedDocument, KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase } from '../model/search.js';
import { FAULTLINE_VERSION } from '../version.js';
import { createSearchEngine, type SearchEngineOptions } from './search-engine.js';

/** Records to build a knowledge base from. */
export interface KnowledgeBaseRecords {
  /** Documents; when `incidents` is absent they are grouped here (their `incident` field, if any, is replaced). */
  documents: readonly (KnowledgeDocument | AnalyzedDocument)[];
  /** Incidents naming the documents as reports (the documents must then be KnowledgeDocuments). */
  incidents?: readonly Incident[];
  /** The manifest; a minimal one counting the records when absent. */
  manifest?: IngestManifest;
  /** Label used as the knowledge base's `dir`. */
  dir?: string;
}

/** Builds a KnowledgeBase in memory. */
export function knowledgeBaseFromRecords(
  records: KnowledgeBaseRecords,
  options: Partial<SearchEngineOptions & { index: Partial<IndexOptions> }> = {},
): KnowledgeBase {
  let documents: KnowledgeDocument[];
  let incidents: Incident[];
  if (records.incidents === undefined) {
    const grouped = groupIncidents(records.documents);
    documents = grouped.documents;
    incidents = grouped.incidents;
  } else {
    documents = records.documents as KnowledgeDocument[];
    incidents = [...records.incidents];
  }
  const index = parseIndex(buildIndex(documents, incidents, options.index));
  return createSearchEngine(
    {
      dir: records.dir ?? '(in memory)',
      manifest: records.manifest ?? minimalManifest(documents, incidents),
      documents,
      incidents,
      index,
    },
    options,
  );
}

/** A manifest that only counts the records. */
function minimalManifest(documents: readonly KnowledgeDocument[], incidents: readonly Incident[]): IngestManifest {
  return {
    version: 1,
    faultline: FAULTLINE_VERSION,
    createdAt: new Date(0).toISOString(),
    corpus: '(records)',
    counts: {
      files: documents.length,
      parsed: documents.length,
      cached: 0,
      documents: documents.length,
      duplicates: 0,
      comments: documents.reduce((n, d) => n + d.comments.length, 0),
      incidents: incidents.length,
      errors: 0,
      warnings: 0,
    },
    errors: [],
    clusters: [],
    dedupe: { method: 'none', threshold: 0, shingle: 0, bands: 0, rows: 0 },
    timings: {},
  };
}
