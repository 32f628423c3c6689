import { describe, expect, it } from 'vitest';
import { dedupeDocuments } from '../../src/dedupe/dedupe-documents.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { afterFirstLine, afterFrontMatter, parsedDocument, readFixture } from './parsed-fixture.js';

const TITLE_A = 'Amazon S3 Outage Takes Down a Large Part of the Web';

/** Article A with its front matter, as the Markdown parser would give it. */
const articleA = (): ParsedDocument =>
  parsedDocument('s3-outage-a.md', afterFrontMatter(readFixture('s3-outage-a.md')), {
    hasMetadata: true,
    title: TITLE_A,
    url: 'https://cloudbeat.example/2017/02/28/s3-outage-takes-down-web/',
    published: '2017-02-28',
    author: 'Dana Whitfield',
    tags: ['aws', 's3', 'outage'],
    company: 'Amazon Web Services',
  });

/** Article B: another write-up of the same S3 outage (same provider, day, quote). */
const articleB = (): ParsedDocument =>
  parsedDocument('s3-outage-b.md', afterFrontMatter(readFixture('s3-outage-b.md')), {
    hasMetadata: true,
    title: 'What Broke at AWS on Tuesday: the S3 Outage Explained',
    url: 'https://opsweekly.example/aws-s3-outage-explained',
    published: '2017-02-28',
    author: 'Priya Raman',
    tags: ['aws', 's3', 'post-mortem'],
    company: 'Amazon Web Services',
  });

/** A plain-text fixture whose first line is its title. */
const titled = (name: string): ParsedDocument => {
  const raw = readFixture(name);
  return parsedDocument(name, afterFirstLine(raw), { title: raw.slice(0, raw.indexOf('\n')) });
};

/** A fixture whose whole content is the text (the title line, if any, stays in the text). */
const whole = (name: string, fields: Partial<ParsedDocument> = {}): ParsedDocument =>
  parsedDocument(name, readFixture(name), fields);

/** Copies of article A that must merge with it, with how they match and their exact similarity. */
const COPIES: [string, () => ParsedDocument, 'exact' | 'near', number][] = [
  ['straight quotes, hard-wrapped lines, double spaces', () => titled('s3-outage-a-plain.txt'), 'exact', 1],
  ['added share/subscribe/copyright lines', () => whole('s3-outage-a-boilerplate.txt'), 'near', 0.892],
  [
    'HTML copy: extracted text with navigation words',
    () => whole('s3-outage-a-html-text.txt', { path: 's3-outage-a.html', format: 'html', hasMetadata: true, title: TITLE_A }),
    'near',
    0.947,
  ],
  ['long related-posts and navigation block (containment)', () => whole('s3-outage-a-heavy-nav.txt'), 'near', 0.651],
  ['added update paragraph', () => titled('s3-outage-a-update.txt'), 'near', 0.896],
];

/** Documents that must stay apart from article A (and from each other). */
const DIFFERENT: [string, () => ParsedDocument][] = [
  ['another write-up of the same S3 outage', articleB],
  ['a third short write-up of the same outage with the same quote', () => titled('s3-outage-c.txt')],
  ['a blog post quoting one paragraph of A', () => titled('s3-outage-a-excerpt.txt')],
  ['a teaser: only the first paragraph of A', () => titled('s3-outage-a-teaser.txt')],
];

describe('dedupeDocuments on the merge fixtures', () => {
  it.each(COPIES)('merges A with a copy: %s', (_name, copy, match, similarity) => {
    const other = copy();
    const result = dedupeDocuments([other, articleA()]);
    expect(result.documents).toHaveLength(1);
    const [doc] = result.documents;
    const keptIsA = doc!.sources[0]!.path === 's3-outage-a.md';
    // The HTML copy has metadata too and a longer text, so it is the kept copy.
    expect(keptIsA).toBe(other.path !== 's3-outage-a.html');
    expect(doc!.sources.map((s) => [s.match, s.similarity])).toEqual([
      ['kept', 1],
      [match, similarity],
    ]);
    expect(doc!.title).toBe(TITLE_A);
    expect(doc!.url).toBe('https://cloudbeat.example/2017/02/28/s3-outage-takes-down-web/');
    expect(doc!.published).toBe('2017-02-28');
    expect(result.clusters).toEqual([
      {
        document: doc!.id,
        kept: doc!.sources[0]!.path,
        duplicates: [{ path: doc!.sources[1]!.path, similarity, match }],
      },
    ]);
  });

  it.each(DIFFERENT)('keeps A apart from %s', (_name, make) => {
    const result = dedupeDocuments([articleA(), make()]);
    expect(result.documents).toHaveLength(2);
    expect(result.clusters).toEqual([]);
  });

  it('keeps the different write-ups of one outage apart from each other', () => {
    const result = dedupeDocuments(DIFFERENT.map(([, make]) => make()));
    expect(result.documents).toHaveLength(DIFFERENT.length);
  });

  it('merges all copies of A into one document and keeps the rest apart', () => {
    const docs = [articleA(), ...COPIES.map(([, make]) => make()), ...DIFFERENT.map(([, make]) => make())];
    const result = dedupeDocuments(docs);
    expect(result.documents).toHaveLength(1 + DIFFERENT.length);
    expect(result.clusters).toHaveLength(1);
    const merged = result.documents.find((doc) => doc.sources.length > 1)!;
    expect(merged.sources.map((s) => s.path)).toEqual([
      's3-outage-a.html',
      's3-outage-a-boilerplate.txt',
      's3-outage-a-heavy-nav.txt',
      's3-outage-a-plain.txt',
      's3-outage-a-update.txt',
      's3-outage-a.md',
    ]);
    expect(merged.sources.map((s) => s.match)).toEqual(['kept', 'near', 'near', 'near', 'near', 'near']);
    // Metadata: richest first (the copies with metadata), tags unioned and sorted.
    expect(merged).toMatchObject({
      title: TITLE_A,
      url: 'https://cloudbeat.example/2017/02/28/s3-outage-takes-down-web/',
      published: '2017-02-28',
      author: 'Dana Whitfield',
      company: 'Amazon Web Services',
      tags: ['aws', 'outage', 's3'],
    });
  });
});
