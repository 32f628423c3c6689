/**
 * Distinct realistic searches for the cache-off measurements of issue 16: one to three words of
 * outage vocabulary (the words of the bench's query lists), some quoted, some with a filter or the
 * date order, some on page 2; seeded, so every run sends the same list and no request repeats.
 */
import type { SearchRequest } from '../../src/model/search.js';
import { SeededRandom } from './corpus/seeded-random.js';
import { FILTERED, MULTI_TERM, PHRASE_LIKE, SINGLE_TERM } from './query-sets.js';

/** Filters a distinct search may carry (the bench's filtered requests without their words). */
const FILTERS: readonly Omit<SearchRequest, 'query'>[] = FILTERED.map(({ query: _query, ...filters }) => filters);

/** `count` distinct search requests (the same for the same `seed`). */
export function distinctQueries(count: number, seed = 16): SearchRequest[] {
  const words = [...new Set([...SINGLE_TERM, ...MULTI_TERM, ...PHRASE_LIKE].flatMap((q) => q.replace(/"/g, '').split(' ')))].sort();
  const random = new SeededRandom(seed);
  const seen = new Set<string>();
  const out: SearchRequest[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    const chosen = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(words)))];
    const query = chosen.length >= 2 && random.chance(0.15) ? `"${chosen.join(' ')}"` : chosen.join(' ');
    const request: SearchRequest = { query, ...(random.chance(0.2) ? random.pick(FILTERS) : {}) };
    if (random.chance(0.1)) request.sort = 'date';
    if (random.chance(0.1)) request.page = 2;
    const key = JSON.stringify(request);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(request);
  }
  return out;
}
