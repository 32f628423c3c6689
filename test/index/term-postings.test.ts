import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { parseIndex } from '../../src/index/load-index.js';
import { documentFrequency, termDocuments, termId } from '../../src/index/term-postings.js';
import { forgivingDocuments } from '../fixtures/search/forgiving-reports.js';

const documents = forgivingDocuments();
const index = parseIndex(buildIndex(documents, [], { shardSize: 5 }));

describe('term postings', () => {
  it('counts the documents holding a term in any field, over every shard', () => {
    expect(index.shards.length).toBe(3);
    // "cloudflar": titles, texts and the provider field of three reports.
    expect(documentFrequency(index, 'cloudflar')).toBe(3);
    // "typo": one report's front-matter summary, another's text.
    expect(documentFrequency(index, 'typo')).toBe(2);
    expect(documentFrequency(index, 'nosuchterm')).toBe(0);
  });

  it('lists up to a limit of the documents of a term', () => {
    const ids = (limit: number) => termDocuments(index, 'cloudflar', limit).map(({ shard, doc }) => index.shards[shard]!.refs[doc]!).sort();
    expect(ids(10)).toEqual(['cloudflare-backbone', 'cloudflare-dns', 'cloudflare-waf']);
    expect(ids(2)).toHaveLength(2);
    expect(termId(index.shards[0]!, 'nosuchterm')).toBe(-1);
  });
});
