/**
 * The last step of `faultline ingest --store` (issue 17): the generation the pipeline just wrote
 * (or found up to date) is read back with every check of a load, and written to the database
 * as its new snapshot, in one transaction.
 */
import { loadKnowledgeBase } from '../search/load-knowledge-base.js';
import type { SnapshotLoadResult } from '../search/search-backend.js';
import { postgresStore } from '../store/postgres/postgres-store.js';
import { redactUrl } from '../store/postgres/postgres-options.js';

/** What the load did, and its summary line. */
export interface StoreLoadReport extends SnapshotLoadResult {
  store: string;
  summary: string;
}

/** Loads the data folder generation `generation` into the database of `url`. */
export async function loadIntoStore(generation: string, url: string): Promise<StoreLoadReport> {
  const kb = await loadKnowledgeBase(generation);
  const store = postgresStore(url);
  try {
    const result = await store.replace({ manifest: kb.manifest, documents: [...kb.documents.values()], incidents: [...kb.incidents.values()] });
    const where = redactUrl(url);
    const rate = result.ms > 0 ? Math.round((result.documents * 1000) / result.ms) : result.documents;
    return {
      ...result,
      store: where,
      summary: `faultline ingest: loaded ${result.documents} documents and ${result.incidents} incidents into ${where} in ${(result.ms / 1000).toFixed(1)} s (${rate} documents/s, ${(result.bytes / 1e6).toFixed(1)} MB copied)`,
    };
  } finally {
    await store.close();
  }
}
