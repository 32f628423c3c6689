/**
 * The in-memory `SearchBackend`: today's engine over a loaded data folder (the default backend,
 * nothing to install), each call answered from the maps and the index held in memory.
 */
import { compareStrings } from '../model/compare-strings.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { FacetCounts, KnowledgeBase, RelatedIncident, SearchRequest, SearchResponse } from '../model/search.js';
import { statsFromFacts, type KnowledgeBaseStats } from '../server/knowledge-base-stats.js';
import type { KnowledgeBaseCounts, SearchBackend } from './search-backend.js';
import { matchingDocumentIds } from './search-engine.js';
import { factsOf, STATS_LABEL_ORDER } from './snapshot-facts.js';

/** The backend over `kb` (made by `createSearchEngine` or `loadKnowledgeBase`). */
export function memoryBackend(kb: KnowledgeBase): SearchBackend {
  const byId = <T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] =>
    [...new Set(ids)].sort(compareStrings).flatMap((id) => {
      const found = map.get(id);
      return found === undefined ? [] : [found];
    });
  return Object.freeze({
    kind: 'memory' as const,
    location: kb.dir,
    manifest: (): Promise<IngestManifest> => Promise.resolve(kb.manifest),
    counts: (): Promise<KnowledgeBaseCounts> => Promise.resolve({ documents: kb.documents.size, incidents: kb.incidents.size }),
    search: (request: SearchRequest): Promise<SearchResponse> => Promise.resolve().then(() => kb.search(request)),
    facets: (request: SearchRequest): Promise<FacetCounts> => Promise.resolve().then(() => kb.search({ ...request, page: 1, pageSize: 1 }).facets),
    matchingIds: (request: SearchRequest): Promise<string[]> =>
      Promise.resolve().then(() => {
        const ids = matchingDocumentIds(kb, request);
        if (ids === null) throw new Error(`memory backend: ${kb.dir} was not made by createSearchEngine`);
        return ids.sort(compareStrings);
      }),
    document: (id: string): Promise<KnowledgeDocument | null> => Promise.resolve(kb.documents.get(id) ?? null),
    incident: (id: string): Promise<Incident | null> => Promise.resolve(kb.incidents.get(id) ?? null),
    documents: (ids: readonly string[]): Promise<KnowledgeDocument[]> => Promise.resolve(byId(kb.documents, ids)),
    incidents: (ids: readonly string[]): Promise<Incident[]> => Promise.resolve(byId(kb.incidents, ids)),
    related: (incidentId: string, limit?: number): Promise<RelatedIncident[]> => Promise.resolve().then(() => kb.related(incidentId, limit)),
    snapshotId: (): Promise<string> => Promise.resolve(kb.dir),
    stats: (): Promise<KnowledgeBaseStats> => Promise.resolve().then(() => statsFromFacts(factsOf(kb), kb.documents.size, STATS_LABEL_ORDER)),
    close: (): Promise<void> => Promise.resolve(),
  });
}
