/**
 * A bounded least-recently-used cache of search responses, one per served knowledge base.
 *
 * A knowledge base never changes once loaded (a rebuilt data folder is a new one, swapped in
 * whole), so a response computed for a request stays right for as long as that knowledge base is
 * served. The caches are held in a WeakMap keyed by the prepared knowledge base: a reload starts
 * with an empty cache, and the old cache goes with the old knowledge base. SREs repeat the same
 * searches during an incident, and the search page's live search sends the same request again
 * as the query is edited back; a repeated request costs a map lookup instead of a search.
 *
 * Only successful responses are cached (a bad request throws before anything is stored). Each
 * entry keeps the response and its UTF-8 JSON bytes, so the API sends the same buffer again
 * without serialising or encoding (at thousands of requests a second, a fresh body per request
 * doubled the server's peak RSS). Bounded by entries and by bytes; `maxEntries: 0` disables
 * caching.
 */
import type { SearchRequest, SearchResponse } from '../model/index.js';
import { routeParameters, searchRequestSpec, type RequestValues } from '../model/search-request.js';
import type { PreparedKnowledgeBase } from './prepared-knowledge-base.js';
import { runSearch } from './run-search.js';

/** Bounds of a search cache. */
export interface SearchCacheOptions {
  /** Most responses kept per knowledge base; 0 disables the cache. */
  maxEntries: number;
  /** Most bytes of response JSON kept per knowledge base. */
  maxBytes: number;
}

/** One search's outcome as served. */
export interface CachedSearch {
  response: SearchResponse;
  /** `JSON.stringify(response)` as UTF-8 bytes (shared by every request the entry answers: never modify it). */
  body: Buffer;
  /** True when the response came from the cache. */
  hit: boolean;
}

interface Entry {
  response: SearchResponse;
  body: Buffer;
}

/** The fields of a search request with their defaults, from the request declarations. */
const KEY_FIELDS = routeParameters(searchRequestSpec(), 'search').map((p) => [p.field, p.default ?? null] as const);

/** The cache key of a validated request: every declared field, in a fixed order, an absent one as its default. */
export function searchCacheKey(request: SearchRequest): string {
  return JSON.stringify(KEY_FIELDS.map(([field, fallback]) => (request as RequestValues)[field] ?? fallback));
}

/** The LRU map of one knowledge base. */
class ResponseLru {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(private readonly options: SearchCacheOptions) {}

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    const size = entry.body.length + key.length;
    if (size > this.options.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += size;
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size <= this.options.maxEntries && this.#bytes <= this.options.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.length + oldKey.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** Runs searches through a per-knowledge-base response cache. */
export class SearchCache {
  readonly #caches = new WeakMap<PreparedKnowledgeBase, ResponseLru>();
  readonly #options: SearchCacheOptions;

  /** A cache with the given bounds. */
  constructor(options: SearchCacheOptions) {
    this.#options = { ...options };
  }

  /** The response to `request` on `served`: from the cache, or computed by `runSearch` on its backend and stored. */
  async search(served: PreparedKnowledgeBase, request: SearchRequest): Promise<CachedSearch> {
    if (this.#options.maxEntries === 0) {
      const response = await runSearch(served.backend, request);
      // Encoded only when asked for: the search page needs the response alone.
      return {
        response,
        get body() {
          return Buffer.from(JSON.stringify(response));
        },
        hit: false,
      };
    }
    let lru = this.#caches.get(served);
    if (lru === undefined) {
      lru = new ResponseLru(this.#options);
      this.#caches.set(served, lru);
    }
    const key = searchCacheKey(request);
    const cached = lru.get(key);
    if (cached !== undefined) return { ...cached, hit: true };
    const response = await runSearch(served.backend, request);
    const entry = { response, body: Buffer.from(JSON.stringify(response)) };
    lru.set(key, entry);
    return { ...entry, hit: false };
  }

  /** Responses held for `served` (0 when none). */
  size(served: PreparedKnowledgeBase): number {
    return this.#caches.get(served)?.size ?? 0;
  }
}
