/** A loaded knowledge base together with everything the server precomputes once per load. */
import type { FacetCounts, KnowledgeBase } from '../model/index.js';
import { CAUSE_LABELS, LAYER_LABELS } from '../model/taxonomy.js';
import { computeKnowledgeBaseStats, type KnowledgeBaseStats } from './knowledge-base-stats.js';
import { compareWithSocc16, type Socc16Row } from './socc16-comparison.js';

/** What a request reads: the knowledge base and its precomputed stats and facets. */
export interface PreparedKnowledgeBase {
  readonly kb: KnowledgeBase;
  /** Incident statistics for `/stats` and `/api/stats`. */
  readonly stats: KnowledgeBaseStats;
  /** Our cause distribution beside the SoCC'16 table. */
  readonly socc16: Socc16Row[];
  /** Facet counts over every document (the unfiltered search). */
  readonly facets: FacetCounts;
  /** ISO time the knowledge base was prepared. */
  readonly loadedAt: string;
}

/**
 * Precomputes stats and facets for `kb`. Runs an unfiltered search as a probe, so a knowledge
 * base whose index cannot answer throws here (and is refused) instead of failing requests later.
 */
export function prepareKnowledgeBase(kb: KnowledgeBase): PreparedKnowledgeBase {
  const probe = kb.search({ query: '', page: 1, pageSize: 1 });
  if (probe.total !== kb.documents.size) {
    throw new Error(`knowledge base in ${kb.dir} is inconsistent: the index matches ${probe.total} of ${kb.documents.size} documents`);
  }
  const stats = computeKnowledgeBaseStats(kb, { layers: LAYER_LABELS, causes: CAUSE_LABELS });
  return Object.freeze({
    kb,
    stats,
    socc16: compareWithSocc16(stats),
    facets: probe.facets,
    loadedAt: new Date().toISOString(),
  });
}
