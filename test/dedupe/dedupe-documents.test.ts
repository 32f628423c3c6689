import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/dedupe/canonical-text.js';
import { dedupeDocuments } from '../../src/dedupe/dedupe-documents.js';
import { legacyDocumentId } from '../../src/dedupe/document-id.js';
import { minhashSignature } from '../../src/dedupe/minhash.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { afterFirstLine, afterFrontMatter, parsedDocument, readFixture, readSeed } from './parsed-fixture.js';

const SEED_000 = '000_95e2d58907dc20d1.txt';
const SEED_001 = '001_c4b483a6c527ed12.txt';
const SEED_002 = '002_edc960f0af580891.txt';
const SEED_003 = '003_d034e96823ecc3f3.txt';
const GIGAOM_URL = 'http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/';

/** The four seed files as the parsers would give them (built by hand). */
function seedDocuments(): ParsedDocument[] {
  const raw002 = readSeed(SEED_002);
  const raw003 = readSeed(SEED_003);
  return [
    parsedDocument(SEED_000, afterFrontMatter(readSeed(SEED_000)), {
      hasMetadata: true,
      title: 'Why Amazon Went Down, and Why It Matters',
      published: '2008-06-06T22:32:17Z',
      url: GIGAOM_URL,
      meta: { hash: 'b94adaeab77d5022cf3af0837114ff24' },
    }),
    parsedDocument(SEED_001, readSeed(SEED_001)),
    parsedDocument(SEED_002, afterFirstLine(afterFirstLine(afterFirstLine(raw002))), {
      title: raw002.slice(0, raw002.indexOf('\n')),
    }),
    parsedDocument(SEED_003, afterFirstLine(raw003), { title: raw003.slice(0, raw003.indexOf('\n')) }),
  ];
}

/** Hex SHA-256. */
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('dedupeDocuments on the seed corpus', () => {
  const seeds = seedDocuments();
  const result = dedupeDocuments(seeds);

  it('merges 000 and 001 and keeps 002 and 003 apart', () => {
    expect(result.documents).toHaveLength(3);
    const merged = result.documents.find((doc) => doc.sources.length === 2)!;
    expect(merged.sources).toEqual([
      { path: SEED_000, format: 'text', sha256: seeds[0]!.sha256, bytes: seeds[0]!.bytes, similarity: 1, match: 'kept' },
      { path: SEED_001, format: 'text', sha256: seeds[1]!.sha256, bytes: seeds[1]!.bytes, similarity: 1, match: 'exact' },
    ]);
    expect(merged.title).toBe('Why Amazon Went Down, and Why It Matters');
    expect(merged.published).toBe('2008-06-06T22:32:17Z');
    expect(merged.url).toBe(GIGAOM_URL);
    expect(merged.meta).toEqual({ hash: 'b94adaeab77d5022cf3af0837114ff24' });
    expect(merged.text).toBe(seeds[0]!.text);
    expect(merged.textHash).toBe(sha256(seeds[0]!.text));
    const others = result.documents.filter((doc) => doc !== merged).map((doc) => doc.sources.map((s) => s.path));
    expect(others.sort()).toEqual([[SEED_002], [SEED_003]]);
  });

  it('gives stable content-derived ids and sorts documents by id', () => {
    const merged = result.documents.find((doc) => doc.sources.length === 2)!;
    expect(merged.id).toBe(`d${sha256(canonicalText(seeds[1]!.text)).slice(0, 32)}`);
    // Pinned: a change here changes every stored link to this article. Ids were 48 bits until
    // issue 12 (a collision took 2^24 hashes); the old id is the first 13 characters.
    expect(merged.id).toBe('de50bf2e11f307354ef636de7335b3d78');
    expect(legacyDocumentId(merged.id)).toBe('de50bf2e11f30');
    expect(legacyDocumentId('de50bf2e11f30')).toBe('de50bf2e11f30');
    expect(result.documents.map((doc) => doc.id)).toEqual(result.documents.map((doc) => doc.id).sort());
  });

  it('keeps ids when other files are added, removed or renamed', () => {
    const renamed = seeds.map((doc) => ({ ...doc, path: `renamed/${doc.path}` }));
    const alone = dedupeDocuments([seeds[1]!]);
    const ids = (docs: ReturnType<typeof dedupeDocuments>) => docs.documents.map((doc) => doc.id);
    expect(ids(dedupeDocuments(renamed))).toEqual(ids(result));
    expect(ids(alone)).toEqual(['de50bf2e11f307354ef636de7335b3d78']);
    expect(ids(dedupeDocuments(seeds.slice(1)))).toEqual(ids(result));
  });

  it('records the clusters and the method', () => {
    expect(result.clusters).toEqual([
      { document: 'de50bf2e11f307354ef636de7335b3d78', kept: SEED_000, duplicates: [{ path: SEED_001, similarity: 1, match: 'exact' }] },
    ]);
    expect(result.method).toMatchObject({ threshold: 0.7, shingle: 5, bands: 42, rows: 3 });
    expect(result.method.method).toContain('minhash-lsh');
  });

  it('gives the same result with precomputed signatures', () => {
    const signatures = new Map(seeds.map((doc) => [doc.sha256, Array.from(minhashSignature(doc.text))]));
    expect(dedupeDocuments(seeds, { signatures })).toEqual(result);
  });
});

describe('dedupeDocuments comment merging', () => {
  const text = afterFrontMatter(readFixture('s3-outage-a.md'));
  const withMeta = parsedDocument('a.md', text, {
    hasMetadata: true,
    comments: [
      { author: 'Marta Kowalski', text: 'We moved our assets behind a CDN last year and barely noticed.', published: null, url: null },
      { author: null, text: 'The status page being hosted on S3 is the best part.', published: null, url: null },
      { author: 'Marta Kowalski', text: 'We moved our assets behind a CDN last year and barely noticed.', published: null, url: null },
    ],
  });
  const plainCopy = parsedDocument('b.txt', text, {
    comments: [
      { author: 'Jon Ellery', text: "The status page being hosted on S3 is the best part!", published: '2017-02-28', url: 'http://jon.example' },
      { author: 'marta kowalski', text: 'We moved our assets behind a CDN last year and barely noticed. Reply', published: null, url: null },
      { author: 'Sam Ortiz', text: 'Multi-region costs money, but so does a four hour outage.', published: null, url: null },
      { author: 'Jon Ellery', text: 'We moved our assets behind a CDN last year and barely noticed.', published: null, url: null },
    ],
  });

  it('deduplicates comments across and within copies, kept copy first, and fills missing fields', () => {
    const { documents } = dedupeDocuments([plainCopy, withMeta]);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    const id = (author: string | null, body: string) => `${doc.id}-c${sha256(`${author ?? ''}|${body}`).slice(0, 10)}`;
    expect(doc.comments).toEqual([
      {
        id: id('Marta Kowalski', 'We moved our assets behind a CDN last year and barely noticed.'),
        author: 'Marta Kowalski',
        text: 'We moved our assets behind a CDN last year and barely noticed.',
        published: null,
        url: null,
      },
      {
        id: id('Jon Ellery', 'The status page being hosted on S3 is the best part.'),
        author: 'Jon Ellery',
        text: 'The status page being hosted on S3 is the best part.',
        published: '2017-02-28',
        url: 'http://jon.example',
      },
      {
        id: id('Sam Ortiz', 'Multi-region costs money, but so does a four hour outage.'),
        author: 'Sam Ortiz',
        text: 'Multi-region costs money, but so does a four hour outage.',
        published: null,
        url: null,
      },
      {
        id: id('Jon Ellery', 'We moved our assets behind a CDN last year and barely noticed.'),
        author: 'Jon Ellery',
        text: 'We moved our assets behind a CDN last year and barely noticed.',
        published: null,
        url: null,
      },
    ]);
  });
});

describe('dedupeDocuments order independence', () => {
  const fixtures: ParsedDocument[] = [
    ...seedDocuments(),
    parsedDocument('a.md', afterFrontMatter(readFixture('s3-outage-a.md')), { hasMetadata: true, title: 'A', tags: ['x'] }),
    parsedDocument('a-plain.txt', afterFirstLine(readFixture('s3-outage-a-plain.txt')), { title: 'A plain', tags: ['y'] }),
    parsedDocument('a-nav.txt', readFixture('s3-outage-a-heavy-nav.txt'), {
      comments: [{ author: 'Q', text: 'First!', published: null, url: null }],
    }),
    parsedDocument('a-update.txt', readFixture('s3-outage-a-update.txt'), {
      hasMetadata: true,
      meta: { source: 'update' },
      comments: [{ author: null, text: 'first', published: null, url: null }],
    }),
    parsedDocument('b.md', afterFrontMatter(readFixture('s3-outage-b.md')), { hasMetadata: true, meta: { source: 'b' } }),
    parsedDocument('c.txt', readFixture('s3-outage-c.txt')),
    parsedDocument('teaser.txt', readFixture('s3-outage-a-teaser.txt')),
    parsedDocument('empty-1.txt', '', { title: 'No text' }),
    parsedDocument('empty-2.txt', '...', { title: 'Only punctuation' }),
  ];
  const baseline = dedupeDocuments(fixtures);

  it('has the expected grouping for the fixture set', () => {
    expect(baseline.documents.map((doc) => doc.sources.map((s) => s.path).join(' + ')).sort()).toEqual([
      '000_95e2d58907dc20d1.txt + 001_c4b483a6c527ed12.txt',
      '002_edc960f0af580891.txt',
      '003_d034e96823ecc3f3.txt',
      'a-update.txt + a-nav.txt + a-plain.txt + a.md',
      'b.md',
      'c.txt',
      'empty-1.txt',
      'empty-2.txt',
      'teaser.txt',
    ]);
  });

  it('gives a deep-equal result for any order of the input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(fixtures, { minLength: fixtures.length, maxLength: fixtures.length }), (shuffled) => {
        expect(dedupeDocuments(shuffled)).toEqual(baseline);
      }),
      { numRuns: 60 },
    );
  });
});

describe('dedupeDocuments misuse', () => {
  const doc = parsedDocument('a.txt', 'Some text here for the test.');

  it('throws FaultlineError for two documents with one path', () => {
    expect(() => dedupeDocuments([doc, { ...doc }])).toThrow(/two documents have the path a\.txt/);
  });

  it('throws FaultlineError naming a bad option', () => {
    expect(() => dedupeDocuments([doc], { threshold: 1.5 })).toThrow(FaultlineError);
    expect(() => dedupeDocuments([doc], { threshold: 1.5 })).toThrow(/option threshold must be a number in \(0, 1\], got 1\.5/);
    expect(() => dedupeDocuments([doc], { bands: 64, rows: 3 })).toThrow(/option rows must be an integer in 1\.\.2, got 3/);
    expect(() => dedupeDocuments([doc], { shingle: 0 })).toThrow(/option shingle/);
  });

  it('throws FaultlineError for a precomputed signature of the wrong length', () => {
    const signatures = new Map([[doc.sha256, [1, 2, 3]]]);
    expect(() => dedupeDocuments([doc], { signatures })).toThrow(/signature for a\.txt has 3 values, expected 128/);
  });
});
