/**
 * Picks the records an export writes: the documents passing the filters (through the knowledge
 * base's own search, so an export holds exactly what the same search shows, every match however many), sorted by id, and
 * the incidents they report on, sorted by id.
 */
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { KnowledgeBase, SearchRequest } from '../model/search.js';
import { FaultlineError } from '../model/diagnostic.js';
import { matchingDocumentIds } from '../search/search-engine.js';
import type { ResolvedExportOptions } from './export-options.js';
import { compareStrings } from '../model/compare-strings.js';

/** The largest page the search API serves. */
export const SEARCH_PAGE_SIZE = 100;

/** The records of one export. */
export interface ExportSelection {
  /** Selected documents, sorted by id (UTF-16 code unit order). */
  documents: KnowledgeDocument[];
  /** Incidents of the selected documents, sorted by id. */
  incidents: Incident[];
}


/** True when the options filter anything (a query or any filter). */
export function exportFilters(options: ResolvedExportOptions): boolean {
  return (
    options.query !== '' ||
    options.layers.length > 0 ||
    options.causes.length > 0 ||
    options.certainty.length > 0 ||
    options.providers.length > 0 ||
    options.triggers.length > 0 ||
    options.detections.length > 0 ||
    options.mitigations.length > 0 ||
    options.from !== null ||
    options.to !== null ||
    options.undated
  );
}

/** The search whose matches an export with `options` writes (its query and filters). */
export function exportSearchRequest(options: ResolvedExportOptions): SearchRequest {
  const request: SearchRequest = { query: options.query, pageSize: SEARCH_PAGE_SIZE, sort: 'relevance' };
  if (options.layers.length > 0) {
    request.layers = options.layers;
    request.layerRole = options.layerRole;
  }
  if (options.causes.length > 0) request.causes = options.causes;
  if (options.certainty.length > 0) request.certainty = options.certainty;
  if (options.providers.length > 0) request.providers = options.providers;
  if (options.triggers.length > 0) request.triggers = options.triggers;
  if (options.detections.length > 0) request.detections = options.detections;
  if (options.mitigations.length > 0) request.mitigations = options.mitigations;
  if (options.from !== null) request.from = options.from;
  if (options.to !== null) request.to = options.to;
  if (options.undated) request.undated = true;
  return request;
}

/** Ids of every document the search matches: all at once from a search engine (no result window), else paging through results `SEARCH_PAGE_SIZE` at a time. */
function searchIds(kb: KnowledgeBase, options: ResolvedExportOptions): Set<string> {
  const request = exportSearchRequest(options);
  const all = matchingDocumentIds(kb, request);
  if (all !== null) return new Set(all);
  // A knowledge base of another make: page through its search (as far as its result window reaches).
  const ids = new Set<string>();
  const maxPages = Math.ceil(kb.documents.size / SEARCH_PAGE_SIZE) + 1;
  for (let page = 1; page <= maxPages; page++) {
    const response = kb.search({ ...request, page });
    for (const hit of response.hits) ids.add(hit.id);
    if (response.hits.length < SEARCH_PAGE_SIZE || ids.size >= response.total) break;
  }
  return ids;
}

/** Selects the documents and incidents an export writes; throws a 400 naming `ids` for an unknown id. */
export function selectRecords(kb: KnowledgeBase, options: ResolvedExportOptions): ExportSelection {
  let ids: Iterable<string> = exportFilters(options) ? searchIds(kb, options) : kb.documents.keys();
  if (options.ids !== null) {
    const unknown = options.ids.filter((id) => !kb.documents.has(id));
    if (unknown.length > 0) {
      throw new FaultlineError(`export: ids: unknown document id "${unknown[0]}"`, { status: 400, parameter: 'ids' });
    }
    const matched = new Set(ids);
    ids = options.ids.filter((id) => matched.has(id));
  }
  const documents = [...new Set(ids)]
    .map((id) => kb.documents.get(id))
    .filter((doc): doc is KnowledgeDocument => doc !== undefined)
    .sort((a, b) => compareStrings(a.id, b.id));
  const incidentIds = [...new Set(documents.map((doc) => doc.incident))].sort(compareStrings);
  const incidents = incidentIds.map((id) => kb.incidents.get(id)).filter((inc): inc is Incident => inc !== undefined);
  return { documents, incidents };
}
