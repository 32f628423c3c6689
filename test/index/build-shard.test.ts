import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedFields, INDEX_FIELDS, type IndexedFields } from '../../src/index/index-fields.js';
import { buildShard, type ShardEntry } from '../../src/index/build-shard.js';
import { DEFAULT_INDEX_OPTIONS } from '../../src/index/build-index.js';
import { analyzeTerms } from '../../src/index/lunr-pipeline.js';
import { fieldTerms, indexTerms } from '../../src/index/index-terms.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';
import { lunrBuiltShard } from './lunr-built-shard.js';

const fixtureEntries = (): ShardEntry[] =>
  fixtureDocuments()
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((doc) => ({ id: doc.id, fields: indexedFields(doc, DEFAULT_INDEX_OPTIONS) }));

// Words of every kind the tokenizer and pipeline treat apart: stop words, possessives and inner
// apostrophes, accents, digits, short words, stemmed words, a 41-character run, punctuation.
const WORDS = [
  'the', 'a', 'and', 'of', 'outage', 'outages', 'failed', 'failing', 'database', 'AWS', 's3', 'us-east-1',
  "didn't", 'Amazon’s', 'café', 'Ångström', 'naïve', 'load-balancer', 'DNS', 'e.g.', '10:42', 'constructor',
  '__proto__', 'x'.repeat(41), 'ﬁle', 'ОТКАЗ', '東京', "o'clock", 'rolling', 'rolled', ';', '\n\n',
];
const arbText = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const arbFields = fc.record(Object.fromEntries(INDEX_FIELDS.map((f) => [f.name, arbText])) as Record<keyof IndexedFields, fc.Arbitrary<string>>);

describe('buildShard', () => {
  it('writes the same shard as lunr’s Builder and the former conversion on the fixture corpus', () => {
    const entries = fixtureEntries();
    expect(entries).toHaveLength(14);
    expect(buildShard(entries)).toBe(lunrBuiltShard(entries));
    expect(buildShard(entries.slice(0, 5))).toBe(lunrBuiltShard(entries.slice(0, 5)));
  });

  it('writes the same shard as lunr’s Builder on random documents', () => {
    fc.assert(
      fc.property(fc.array(arbFields, { maxLength: 12 }), (fields) => {
        const entries = fields.map((f, k) => ({ id: `doc-${String(k).padStart(2, '0')}`, fields: f }));
        expect(buildShard(entries)).toBe(lunrBuiltShard(entries));
      }),
      { numRuns: 150 },
    );
  });

  it('writes an empty shard for no documents', () => {
    expect(JSON.parse(buildShard([]))).toMatchObject({ refs: [], terms: [], docWidth: 2 });
    expect(buildShard([])).toBe(lunrBuiltShard([]));
  });
});

describe('indexTerms', () => {
  it('gives the terms of the shared tokenizer and pipeline', () => {
    expect(indexTerms("The AWS outage didn't stop Amazon’s café in us-east-1")).toEqual(['aws', 'outag', 'didnt', 'stop', 'amazon', 'cafe', 'east', '1']);
    fc.assert(
      fc.property(arbText, (text) => {
        expect(indexTerms(text)).toEqual(analyzeTerms(text));
      }),
      { numRuns: 200 },
    );
  });

  it('counts a field’s terms in first-occurrence order with its length', () => {
    expect(fieldTerms('outages and outage, then the database failed')).toEqual({ length: 4, terms: ['outag', 'databas', 'fail'], counts: [2, 1, 1] });
    expect(fieldTerms('')).toEqual({ length: 0, terms: [], counts: [] });
  });
});
