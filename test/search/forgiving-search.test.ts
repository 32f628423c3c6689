import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src/model/search.js';
import { forgivingKnowledgeBase } from '../fixtures/search/forgiving-reports.js';

const kb = forgivingKnowledgeBase();

/** The ids of every hit, sorted. */
function found(request: SearchRequest | string): string[] {
  const r = kb.search(typeof request === 'string' ? { query: request, pageSize: 100 } : { pageSize: 100, ...request });
  return r.hits.map((h) => h.id).sort();
}

describe('a forgiving query language', () => {
  it('searches pasted titles and errors with colons as their words', () => {
    expect(found('Storefront error: 503 during the sale')).toEqual(['http-503']);
    expect(found('error: 503')).toEqual(['http-503']);
    expect(found('Cloudflare outage: caused by a WAF rule')).toEqual(['cloudflare-waf']);
  });

  it('reads "-" as NOT before a word, except a flag the documents write so (rm -rf)', () => {
    expect(found('rm -rf')).toEqual(['gitlab-rm-rf']);
    expect(found('rm -rf /')).toEqual(['gitlab-rm-rf']);
    expect(found('outage -dns')).toEqual(['cloudflare-waf', 'region-us-east-1', 'rm-abbreviation', 'root-cause-apart', 'root-cause-phrase', 'us-east-scattered']);
    expect(found('cloudflare -DNS')).toEqual(['cloudflare-backbone', 'cloudflare-waf']);
    // An explicit field keeps NOT: the escape for a word the documents also write as a flag.
    expect(found('rm -text:rf')).toEqual(['rm-abbreviation']);
    // The documents read for the check are bounded per query: with none to read, "-rf" is NOT.
    const unread = forgivingKnowledgeBase({ limits: { maxHyphenChecks: 0 } });
    expect(unread.search({ query: 'rm -rf' }).hits.map((h) => h.id)).toEqual(['rm-abbreviation']);
  });

  it('matches "quoted phrases" only where the words stand together, in order', () => {
    expect(found('"root cause"')).toEqual(['root-cause-phrase']);
    expect(found('root cause')).toEqual(['root-cause-apart', 'root-cause-phrase']);
    expect(found('"cause root"')).toEqual([]);
    expect(found('"the root cause was a cache stampede"')).toEqual(['root-cause-phrase']);
    // Excluded, and within a field.
    expect(found('outage -"root cause"')).toEqual(['cloudflare-dns', 'cloudflare-waf', 'region-us-east-1', 'rm-abbreviation', 'root-cause-apart', 'us-east-scattered']);
    expect(found('title:"root of the tree"')).toEqual(['root-cause-apart']);
    expect(found('text:"root of the tree"')).toEqual([]);
  });

  it('keeps documents past the phrase-scan budget unverified, so a phrase over a huge corpus stays bounded', () => {
    const tight = forgivingKnowledgeBase({ limits: { maxPhraseScanChars: 0 } });
    expect(tight.search({ query: '"cause root"' }).hits.map((h) => h.id).sort()).toEqual(['root-cause-apart', 'root-cause-phrase']);
  });

  it('reads us-east-1 as one phrase first, then as words anywhere', () => {
    expect(found('us-east-1')).toEqual(['region-us-east-1']);
    expect(found('us-east-1 outage')).toEqual(['region-us-east-1']);
    expect(found('us east 1')).toEqual(['region-us-east-1', 'us-east-scattered']);
    // No document has the phrase and "coast": the words are then required anywhere.
    expect(found('us-east-1 coast')).toEqual(['us-east-scattered']);
  });

  it('finds documents whose only mention is in the front-matter summary or keywords, which `keywords:` searches alone', () => {
    expect(found('typo')).toEqual(['s3-typo-summary', 'typo-in-passing']);
    // The author's summary outranks a mention in passing in the text (the summary field's boost).
    expect(kb.search({ query: 'typo' }).hits.map((h) => h.id)).toEqual(['s3-typo-summary', 'typo-in-passing']);
    expect(found('BGP')).toEqual(['bgp-keywords-only']);
    expect(found('summary:typo')).toEqual(['s3-typo-summary']);
    expect(found('keywords:bgp')).toEqual(['bgp-keywords-only']);
    expect(found('text:typo')).toEqual(['typo-in-passing']);
  });

  it('suggests words of the index for a misspelt word, as the documents write them', () => {
    const r = kb.search({ query: 'Cloudfare outage' });
    expect(r.suggestion).toEqual({ query: 'Cloudflare outage', terms: [{ word: 'Cloudfare', suggestion: 'Cloudflare', documents: 3 }] });
    expect(kb.search({ query: 'cloudfare' }).suggestion).toEqual({ query: 'cloudflare', terms: [{ word: 'cloudfare', suggestion: 'cloudflare', documents: 3 }] });
    expect(kb.search({ query: '"cloudflare bakcbone"' }).suggestion?.query).toBe('"cloudflare backbone"');
    // Known words, numbers, excluded words and words with no close neighbour get none.
    expect(kb.search({ query: 'cloudflare outage' }).suggestion).toBeNull();
    expect(kb.search({ query: '5031' }).suggestion).toBeNull();
    expect(kb.search({ query: 'outage -cloudfare' }).suggestion).toBeNull();
    expect(kb.search({ query: 'decoding' }).suggestion).toBeNull();
  });

  it('keeps lunr syntax for those who use it', () => {
    expect(found('+cloudflare +backbone')).toEqual(['cloudflare-backbone', 'cloudflare-dns']);
    expect(found('provider:cloudflare -title:outage')).toEqual(['cloudflare-backbone']);
    expect(found('stampe*')).toEqual(['root-cause-phrase']);
    expect(found('stampde~1')).toEqual(['root-cause-phrase']);
    expect(kb.search({ query: 'stampede^2' }).hits.map((h) => h.id)).toEqual(['root-cause-phrase']);
  });
});
