import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, SearchRequest } from '../../src/model/index.js';
import { createApp } from '../../src/server/create-app.js';
import { KnowledgeBaseHolder } from '../../src/server/knowledge-base-holder.js';
import { prepareKnowledgeBase } from '../../src/server/prepared-knowledge-base.js';
import { SearchCache, searchCacheKey } from '../../src/server/search-cache.js';
import { fixtureKnowledgeBase, withSearch } from './fixture-knowledge-base.js';

/** The fixture knowledge base with a counter of the searches it really ran. */
function countingKnowledgeBase(): { kb: KnowledgeBase; calls: SearchRequest[] } {
  const base = fixtureKnowledgeBase();
  const calls: SearchRequest[] = [];
  const kb = withSearch(base, (req) => {
    calls.push(req);
    return base.search(req);
  });
  return { kb, calls };
}

const loadBalancer: SearchRequest = { query: 'load balancer', page: 1, pageSize: 10, sort: 'relevance' };

describe('searchCacheKey', () => {
  it('differs for every field that changes the response and ignores property order', () => {
    const keys = [
      loadBalancer,
      { ...loadBalancer, query: 'load' },
      { ...loadBalancer, layers: ['gslb'] },
      { ...loadBalancer, causes: ['power'] },
      { ...loadBalancer, certainty: ['confirmed' as const] },
      { ...loadBalancer, providers: ['amazon'] },
      { ...loadBalancer, from: 2008 },
      { ...loadBalancer, to: 2008 },
      { ...loadBalancer, sort: 'date' as const },
      { ...loadBalancer, page: 2 },
      { ...loadBalancer, pageSize: 20 },
      { ...loadBalancer, layerRole: 'impacted' as const },
      { ...loadBalancer, layerRole: 'any' as const },
    ].map(searchCacheKey);
    expect(new Set(keys).size).toBe(13);
    expect(searchCacheKey({ pageSize: 10, page: 1, sort: 'relevance', query: 'load balancer' })).toBe(keys[0]);
    // The default layer role and an absent one give the same response, so the same key.
    expect(searchCacheKey({ ...loadBalancer, layerRole: 'origin' })).toBe(keys[0]);
  });
});

describe('SearchCache', async () => {
  it('answers a repeated request from the cache with the same response and JSON', async () => {
    const { kb, calls } = countingKnowledgeBase();
    const served = prepareKnowledgeBase(kb);
    calls.length = 0;
    const cache = new SearchCache({ maxEntries: 10, maxBytes: 1_000_000 });
    const first = await cache.search(served, loadBalancer);
    const second = await cache.search(served, { ...loadBalancer });
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.body).toBe(first.body);
    expect(JSON.parse(second.body.toString('utf8'))).toEqual(first.response);
    expect(calls).toHaveLength(1);
    expect(cache.size(served)).toBe(1);
  });

  it('drops the least recently used response beyond maxEntries', async () => {
    const { kb, calls } = countingKnowledgeBase();
    const served = prepareKnowledgeBase(kb);
    const cache = new SearchCache({ maxEntries: 2, maxBytes: 1_000_000 });
    const a = { ...loadBalancer, query: 'amazon' };
    const b = { ...loadBalancer, query: 'dns' };
    const c = { ...loadBalancer, query: 'gslb' };
    await cache.search(served, a);
    await cache.search(served, b);
    expect((await cache.search(served, a)).hit).toBe(true); // a is now the most recent
    await cache.search(served, c); // evicts b
    expect(cache.size(served)).toBe(2);
    calls.length = 0;
    expect((await cache.search(served, a)).hit).toBe(true);
    expect((await cache.search(served, c)).hit).toBe(true);
    expect((await cache.search(served, b)).hit).toBe(false);
    expect(calls.map((r) => r.query)).toEqual(['dns']);
  });

  it('keeps at most maxBytes of JSON and never stores a response larger than that', async () => {
    const { kb } = countingKnowledgeBase();
    const served = prepareKnowledgeBase(kb);
    const probe = await new SearchCache({ maxEntries: 10, maxBytes: 10_000_000 }).search(served, loadBalancer);
    const tiny = new SearchCache({ maxEntries: 10, maxBytes: probe.body.length - 1 });
    await tiny.search(served, loadBalancer);
    expect(tiny.size(served)).toBe(0);
    expect((await tiny.search(served, loadBalancer)).hit).toBe(false);
    const two = new SearchCache({ maxEntries: 10, maxBytes: Math.ceil(probe.body.length * 1.5) + 200 });
    await two.search(served, loadBalancer);
    await two.search(served, { ...loadBalancer, page: 2 });
    await two.search(served, { ...loadBalancer, query: 'amazon' });
    expect(two.size(served)).toBeLessThan(3);
  });

  it('keeps one cache per knowledge base: a reloaded one starts empty', async () => {
    const cache = new SearchCache({ maxEntries: 10, maxBytes: 1_000_000 });
    const old = prepareKnowledgeBase(countingKnowledgeBase().kb);
    const fresh = prepareKnowledgeBase(countingKnowledgeBase().kb);
    await cache.search(old, loadBalancer);
    expect((await cache.search(fresh, loadBalancer)).hit).toBe(false);
    expect(cache.size(old)).toBe(1);
    expect(cache.size(fresh)).toBe(1);
  });

  it('caches nothing when maxEntries is 0, and never caches a failed search', async () => {
    const { kb, calls } = countingKnowledgeBase();
    const served = prepareKnowledgeBase(kb);
    calls.length = 0;
    const off = new SearchCache({ maxEntries: 0, maxBytes: 1_000_000 });
    expect((await off.search(served, loadBalancer)).hit).toBe(false);
    expect((await off.search(served, loadBalancer)).hit).toBe(false);
    expect(calls).toHaveLength(2);
    const on = new SearchCache({ maxEntries: 10, maxBytes: 1_000_000 });
    const bad = { ...loadBalancer, query: Array.from({ length: 40 }, (_, i) => `w${i}`).join('-') };
    await expect(on.search(served, bad)).rejects.toThrow(/query has more than 32 terms/);
    await expect(on.search(served, bad)).rejects.toThrow(/query has more than 32 terms/);
    expect(on.size(served)).toBe(0);
  });
});

describe('GET /api/search through the cache', async () => {
  it('says miss then hit in X-Search-Cache with byte-identical bodies, and the page shares the cache', async () => {
    const { kb, calls } = countingKnowledgeBase();
    const app = createApp({ kb: new KnowledgeBaseHolder(kb) });
    calls.length = 0;
    const first = await request(app).get('/api/search?q=load+balancer&layer=gslb,dns');
    const second = await request(app).get('/api/search?layer=gslb&layer=dns&q=load+balancer');
    expect(first.status).toBe(200);
    expect(first.headers['x-search-cache']).toBe('miss');
    expect(second.headers['x-search-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    const page = await request(app).get('/?q=load+balancer&layer=gslb&layer=dns');
    expect(page.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('runs every search when the cache is disabled', async () => {
    const { kb, calls } = countingKnowledgeBase();
    const app = createApp({ kb: new KnowledgeBaseHolder(kb), options: { searchCacheEntries: 0 } });
    calls.length = 0;
    await request(app).get('/api/search?q=amazon');
    const again = await request(app).get('/api/search?q=amazon');
    expect(again.headers['x-search-cache']).toBe('miss');
    expect(calls).toHaveLength(2);
  });
});
