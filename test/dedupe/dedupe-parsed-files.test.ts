/**
 * Integration: the real parsers and normalisation feeding dedupe, on the seed corpus and on the
 * HTML/Markdown/text copies of fixture article A.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupeDocuments } from '../../src/dedupe/dedupe-documents.js';
import { parseFile } from '../../src/ingest/parse-file.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const CORPUS = new URL('../fixtures/seed-corpus/', import.meta.url);
const FIXTURES = new URL('../fixtures/dedupe/', import.meta.url);

/** Reads, parses and normalises one file. */
function prepare(folder: URL, path: string): ParsedDocument {
  const bytes = readFileSync(new URL(path, folder));
  const result = parseFile({ path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  if (result.value === null) throw new Error(`fixture ${path} did not parse: ${JSON.stringify(result.diagnostics)}`);
  return normalizeDocument(result.value);
}

describe('dedupe after the real parsers', () => {
  it('ingests the seed corpus as 3 documents, 000 and 001 merged with the front matter metadata', () => {
    const docs = readdirSync(CORPUS).sort().map((path) => prepare(CORPUS, path));
    const { documents, clusters } = dedupeDocuments(docs);
    expect(documents).toHaveLength(3);
    const merged = documents.find((doc) => doc.sources.length > 1)!;
    expect(merged.id).toBe('de50bf2e11f307354ef636de7335b3d78');
    expect(merged.sources.map((s) => [s.path, s.match, s.similarity])).toEqual([
      ['000_95e2d58907dc20d1.txt', 'kept', 1],
      ['001_c4b483a6c527ed12.txt', 'exact', 1],
    ]);
    expect(merged.title).toBe('Why Amazon Went Down, and Why It Matters');
    expect(merged.published).toBe('2008-06-06T22:32:17Z');
    expect(merged.url).toBe('http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/');
    expect(clusters).toHaveLength(1);
    const apart = documents.filter((doc) => doc !== merged).map((doc) => doc.sources[0]!.path).sort();
    expect(apart).toEqual(['002_edc960f0af580891.txt', '003_d034e96823ecc3f3.txt']);
  });

  it('merges the HTML page, the Markdown original and a plain-text copy of article A, keeping all comments', () => {
    const docs = ['s3-outage-a.html', 's3-outage-a.md', 's3-outage-a-plain.txt', 's3-outage-b.md'].map((path) =>
      prepare(FIXTURES, path),
    );
    const { documents } = dedupeDocuments(docs);
    expect(documents).toHaveLength(2);
    const a = documents.find((doc) => doc.sources.length === 3)!;
    expect(a.sources.map((s) => s.path)).toEqual(['s3-outage-a.html', 's3-outage-a-plain.txt', 's3-outage-a.md']);
    expect(a.sources.map((s) => s.match)).toEqual(['kept', 'near', 'near']);
    expect(a.title).toBe('Amazon S3 Outage Takes Down a Large Part of the Web');
    expect(a.url).toBe('https://cloudbeat.example/2017/02/28/s3-outage-takes-down-web/');
    expect(a.tags).toEqual(['aws', 'outage', 's3']);
    expect(a.company).toBe('Amazon Web Services');
    expect(a.comments.map((c) => c.author)).toEqual(['Marta Kowalski', 'Jon Ellery']);
    const b = documents.find((doc) => doc !== a)!;
    expect(b.sources.map((s) => s.path)).toEqual(['s3-outage-b.md']);
  });
});
