import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { INDEX_FIELDS, indexedFields, type IndexedFields, type IndexFieldName } from '../../src/index/index-fields.js';
import { parseIndex } from '../../src/index/load-index.js';
import { PhraseFields, rowPlaces } from '../../src/search/phrase-fields.js';
import { containsPhrase, phraseKeys } from '../../src/search/phrase-match.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

const { documents, incidents } = fixtureRecords();
// Small shards, so that documents sit in several shards.
const index = parseIndex(buildIndex(documents, incidents, { shardSize: 5 }));
const ids = documents.map((d) => d.id).sort();
const position = new Map(ids.map((id, i) => [id, i]));
const places = rowPlaces(
  index.shards.map((shard) => Int32Array.from(shard.refs, (id) => position.get(id) ?? -1)),
  ids.length,
);
const limits = { maxTextChars: index.meta.maxTextChars, maxCommentChars: index.meta.maxCommentChars };
const fieldsOf = new Map<string, IndexedFields>(documents.map((d) => [d.id, indexedFields(d, limits)]));
const FIELD_NAMES: readonly IndexFieldName[] = INDEX_FIELDS.map((f) => f.name);
const at = (id: string): number => position.get(id)!;

describe('rowPlaces', () => {
  it('gives every row its shard and ordinal', () => {
    for (const [s, shard] of index.shards.entries()) {
      shard.refs.forEach((id, ordinal) => {
        expect([places.shard[at(id)], places.ordinal[at(id)]]).toEqual([s, ordinal]);
      });
    }
    expect(index.shards.length).toBeGreaterThan(1);
  });
});

describe('PhraseFields.mayHold', () => {
  it('is false for a field whose postings lack one of the phrase words, true when all are there', () => {
    const fields = new PhraseFields(index, places);
    // "Why Amazon Went Down, and Why It Matters": no "outage" in the title.
    expect(fields.mayHold(at('seed-amazon-2008-06-06'), 'title', 'amazon outage')).toBe(false);
    // "Amazon Outage: Decoding the E-Commerce Giant's Disruption".
    expect(fields.mayHold(at('seed-amazon-ecommerce-disruption'), 'title', 'amazon outage')).toBe(true);
    expect(fields.mayHold(at('seed-amazon-ecommerce-disruption'), 'provider', 'amazon outage')).toBe(false);
  });

  it('does not require a term a stop word of the text stands for ("ands" is keyed and indexed "and", a stop word the index skips)', () => {
    const fields = new PhraseFields(index, places);
    const title = fieldsOf.get('seed-amazon-2008-06-06')!.title;
    expect(containsPhrase(title, phraseKeys('ands why it matters'))).toBe(true);
    expect(fields.mayHold(at('seed-amazon-2008-06-06'), 'title', 'ands why it matters')).toBe(true);
  });

  it('is true for a phrase of stop words only (nothing in the index to require)', () => {
    expect(new PhraseFields(index, places).mayHold(at('seed-amazon-2008-06-06'), 'comments', 'and the')).toBe(true);
  });

  it('never rules out a field that contains the phrase (random phrases from the documents own words)', () => {
    const words = [...new Set([...fieldsOf.values()].flatMap((f) => Object.values(f).join(' ').match(/[\p{L}\p{N}']+/gu) ?? []))].sort();
    const runs = [...fieldsOf.values()].flatMap((f) => Object.values(f).flatMap((text) => {
      const ws = text.match(/[\p{L}\p{N}']+/gu) ?? [];
      return ws.slice(0, 400).map((_, i) => ws.slice(i, i + 3).join(' '));
    }));
    const phrase = fc.oneof(
      fc.constantFrom(...runs),
      fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }).map((ws) => ws.join(' ')),
    );
    let held = 0;
    fc.assert(
      fc.property(phrase, (text) => {
        const fields = new PhraseFields(index, places);
        const keys = phraseKeys(text);
        for (const doc of documents) {
          for (const name of FIELD_NAMES) {
            if (!containsPhrase(fieldsOf.get(doc.id)![name], keys)) continue;
            held++;
            expect(fields.mayHold(at(doc.id), name, text)).toBe(true);
          }
        }
      }),
      { numRuns: 300, seed: 16 },
    );
    // The property was exercised on phrases that occur.
    expect(held).toBeGreaterThan(300);
  });
});
