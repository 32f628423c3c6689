/** Rules of the failure layer `cache`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `cache`. */
export const CACHE: LabelRules<LayerLabel> = {
  label: 'cache',
  cues: [
    { id: 'layer.cache.cache', pattern: 'cach(?:e|es|ed|ing)(?: layers?| servers?| clusters?| nodes?| keys?| entries| infrastructure| client\\w*)?', weight: 1, examples: ['The cache cluster failed and requests fell through to the database.', 'Caching servers ran out of memory and evicted everything.'], counterExamples: ['Edge caching failed in several cities.', 'The CDN cache was purged and pages loaded slowly.'] },
    { id: 'layer.cache.memcache', pattern: 'memcache\\w*', weight: 1.2, examples: ['Memcached nodes restarted and lost their contents.', 'A memcache client bug sent every read to the same shard, which fell over.'] },
    { id: 'layer.cache.redis', pattern: 'redis', weight: 1.1, examples: ['The Redis primary ran out of memory and stopped accepting writes.', 'Redis failover took four minutes, and sessions were lost.'] },
    { id: 'layer.cache.varnish', pattern: 'varnish', weight: 0.8, examples: ['Varnish began returning 503 errors to every request.'], counterExamples: ['A bad Varnish configuration on Fastly caused errors.'] },
    { id: 'layer.cache.hit-rate', pattern: '(?:cache )?hit (?:rate|ratio)', weight: 1.1, examples: ['The cache hit rate dropped from 95% to 20% after the key format changed.', 'Hit ratio collapsed after the deploy, and latency spiked.'] },
    { id: 'layer.cache.cache-stampede', pattern: 'cache (?:stampede|warm\\w*|miss\\w*|invalidation|poisoning)', weight: 1.2, needsFailure: false, examples: ['A cache stampede overwhelmed the backend servers.', 'Cache misses spiked after the restart.', 'Cache warming took over an hour.'] },
    { id: 'layer.cache.cold-cache', pattern: 'cold cache', weight: 1.1, needsFailure: false, examples: ['Restarted nodes came up with a cold cache, overloading the database.'] },
  ],
  context: [
    { id: 'layer.cache.not.edge', pattern: '\\bedge\\b', examples: ['Edge servers kept serving stale content.'], counterExamples: ['The knowledge base pages were served stale.'] },
    { id: 'layer.cache.not.cdns', pattern: '\\bcdns?\\b', examples: ['The CDN kept serving cached error pages.', 'Both CDNs cached the broken response.'] },
    { id: 'layer.cache.not.content-delivery', pattern: '\\bcontent delivery\\b', examples: ['Our content delivery provider cached the error page.'] },
    { id: 'layer.cache.not.akamai', pattern: '\\b(?:akamai|cloudflare|fastly|cloudfront)\\b', examples: ['Cloudflare cached the 502 responses for ten minutes.', 'Akamai kept serving the cached outage banner.'] },
    { id: 'layer.cache.not.cache-rules', pattern: '\\bcache rules?\\b', examples: ['A cache rule change caused private pages to be cached.'] },
    { id: 'layer.cache.not.cache-control', pattern: '\\bcache-control\\b', examples: ['Wrong Cache-Control headers let personalized pages be cached.'] },
    { id: 'layer.cache.not.local-cache-folder', pattern: '\\blocal cache folder\\b', examples: ['Clearing the local cache folder fixed the client error.'] },
  ],
};
