/**
 * A served knowledge base together with everything the server precomputes once per snapshot:
 * the backend requests read (the in-memory engine over a loaded data folder, or a database), its
 * statistics, unfiltered facets and manifest.
 */
import path from 'node:path';
import type { FacetCounts, KnowledgeBase } from '../model/index.js';
import type { IngestManifest } from '../model/manifest.js';
import { loadedVerified } from '../search/load-knowledge-base.js';
import { memoryBackend } from '../search/memory-backend.js';
import type { SearchBackend } from '../search/search-backend.js';
import { factsOf, STATS_LABEL_ORDER } from '../search/snapshot-facts.js';
import { statsFromFacts, type KnowledgeBaseStats } from './knowledge-base-stats.js';
import { compareWithSocc16, type Socc16Row } from './socc16-comparison.js';

/** Why the server serves an older generation than the data folder points at. */
export interface FallbackNote {
  /** Name of the generation that was refused (a folder name, never a path). */
  refused: string;
  /** Why it was refused (paths reduced to their last part). */
  reason: string;
}

/** What a request reads: the backend and its precomputed stats and facets. */
export interface PreparedKnowledgeBase {
  /** What every request reads through. */
  readonly backend: SearchBackend;
  /** The knowledge base held in memory, or null when the backend is a database. */
  readonly kb: KnowledgeBase | null;
  /** The backend's snapshot id when it was prepared (`SearchBackend.snapshotId`). */
  readonly snapshot: string;
  /** What `/readyz` names: the generation folder's name, or the database snapshot's load time. */
  readonly generation: string;
  /** True when the data was checked as it was loaded (a generation matching its checksums, or a database snapshot, checked by its load). */
  readonly verified: boolean;
  /** The manifest of the ingest that wrote it. */
  readonly manifest: IngestManifest;
  /** Incident statistics for `/stats` and `/api/stats`. */
  readonly stats: KnowledgeBaseStats;
  /** Our cause distribution beside the SoCC'16 table. */
  readonly socc16: Socc16Row[];
  /** Facet counts over every document (the unfiltered search). */
  readonly facets: FacetCounts;
  /** ISO time the knowledge base was prepared. */
  readonly loadedAt: string;
  /** Set when this is a fallback to an older generation because the newest was refused. */
  readonly fallback: FallbackNote | null;
}

/** Hits the probe's real query reads (each one rendered, its incident resolved). */
const PROBE_HITS = 20;

/** A word of the first document's title or text to probe the index with (letters only, 4 or more). */
function probeWord(kb: KnowledgeBase): string | null {
  const first = kb.documents.values().next().value;
  if (first === undefined) return null;
  const match = /[A-Za-z]{4,24}/.exec(`${first.title ?? ''} ${first.text.slice(0, 2000)}`);
  return match === null ? null : match[0].toLowerCase();
}

/**
 * Probes `kb` the way requests will use it, throwing when it cannot serve: the unfiltered search
 * must match every document; a real query (a word of a document) must find hits whose snippets
 * render (they read the documents' sentences), and every hit of both must resolve to its
 * document and incident. Returns the unfiltered search's facets.
 */
export function probeKnowledgeBase(kb: KnowledgeBase): FacetCounts {
  const all = kb.search({ query: '', page: 1, pageSize: PROBE_HITS });
  if (all.total !== kb.documents.size) {
    throw new Error(`knowledge base in ${kb.dir} is inconsistent: the index matches ${all.total} of ${kb.documents.size} documents`);
  }
  const word = probeWord(kb);
  const real = word === null ? null : kb.search({ query: word, page: 1, pageSize: PROBE_HITS });
  if (real !== null && real.total === 0) throw new Error(`knowledge base in ${kb.dir} is inconsistent: the query "${word}" taken from a document finds nothing`);
  for (const hit of [...all.hits, ...(real?.hits ?? [])]) {
    if (!kb.documents.has(hit.id)) throw new Error(`knowledge base in ${kb.dir} is inconsistent: hit ${hit.id} is not a document`);
    if (!kb.incidents.has(hit.incident)) throw new Error(`knowledge base in ${kb.dir} is inconsistent: hit ${hit.id} points at incident ${hit.incident}, which is missing`);
  }
  return all.facets;
}

/**
 * Precomputes stats and facets for `kb` after probing it (`probeKnowledgeBase`), so a knowledge
 * base that cannot answer throws here (and is refused) instead of failing requests later.
 */
export function prepareKnowledgeBase(kb: KnowledgeBase, fallback: FallbackNote | null = null): PreparedKnowledgeBase {
  const facets = probeKnowledgeBase(kb);
  const stats = statsFromFacts(factsOf(kb), kb.documents.size, STATS_LABEL_ORDER);
  return Object.freeze({
    backend: memoryBackend(kb),
    kb,
    snapshot: kb.dir,
    generation: path.basename(kb.dir),
    verified: loadedVerified(kb),
    manifest: kb.manifest,
    stats,
    socc16: compareWithSocc16(stats),
    facets,
    loadedAt: new Date().toISOString(),
    fallback,
  });
}

/**
 * Reads the stats (kept by the load) and the unfiltered facets of a database `backend` (issue 17) for its current snapshot:
 * the snapshot id first, so a load committed meanwhile is seen as a new snapshot at the next check.
 */
export async function prepareBackend(backend: SearchBackend): Promise<PreparedKnowledgeBase> {
  const snapshot = await backend.snapshotId();
  const [manifest, stats, facets] = await Promise.all([backend.manifest(), backend.stats(), backend.facets({ query: '', page: 1, pageSize: 1 })]);
  return Object.freeze({
    backend,
    kb: null,
    snapshot,
    generation: snapshot,
    verified: true,
    manifest,
    stats,
    socc16: compareWithSocc16(stats),
    facets,
    loadedAt: new Date().toISOString(),
    fallback: null,
  });
}
