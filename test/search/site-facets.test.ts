/**
 * The search behind the site's facets (issue 15, item 6): the certainty facet has counts that
 * are what each certainty filter gives, the year facet's `unknown` bucket can be filtered
 * (`undated`), and hits carry the author-written summary and keywords.
 */
import { describe, expect, it } from 'vitest';
import { fixtureKnowledgeBase } from '../fixtures/kb/fixture-kb.js';

const kb = fixtureKnowledgeBase();

describe('search: the facets the site shows', () => {
  it('counts each certainty as the total the certainty filter gives, with and without a layer filter', () => {
    for (const base of [{ query: '' }, { query: '', layers: ['cdn'] }, { query: 'outage' }, { query: '', causes: ['deployment'] }]) {
      const facets = kb.search(base).facets.certainty;
      expect(Object.keys(facets).length).toBeGreaterThan(0);
      for (const [level, count] of Object.entries(facets)) {
        expect(kb.search({ ...base, certainty: [level as 'confirmed'] }).total, `${JSON.stringify(base)} certainty=${level}`).toBe(count);
      }
    }
    expect(kb.search({ query: '', layers: ['cdn'] }).facets.certainty).toEqual({ confirmed: 2, reported: 1, speculated: 1 });
  });

  it('filters the unknown year bucket: undated keeps exactly the documents the facet counts as unknown', () => {
    const all = kb.search({ query: '', pageSize: 100 });
    expect(all.facets.year.unknown).toBe(2);
    const undated = kb.search({ query: '', undated: true, pageSize: 100 });
    expect(undated.total).toBe(2);
    expect(undated.hits.map((h) => h.id).sort()).toEqual(['essay-failover-design', 'seed-amazon-ecommerce-disruption']);
    expect(undated.facets.year).toEqual({ unknown: 2 });
    expect(kb.search({ query: '', undated: false }).total).toBe(all.total);
  });

  it('gives each hit the author-written summary and keywords of its document', () => {
    const hits = kb.search({ query: '', pageSize: 100 }).hits;
    expect(hits.filter((h) => h.description !== null).map((h) => h.id).sort()).toEqual(['aws-s3-2008-07-20-status', 'cloudflare-2019-07-02-blog']);
    for (const hit of hits) {
      const doc = kb.documents.get(hit.id)!;
      expect(hit.description).toBe(doc.description);
      expect(hit.keywords).toEqual(doc.tags);
    }
  });
});
