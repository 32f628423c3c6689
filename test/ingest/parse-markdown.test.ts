import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.js';
import { fixture, seed, sourceFile } from './load-source-file.js';

describe('Markdown fixtures', () => {
  it('maps front matter, keeps unknown keys JSON-safe, and drops a body heading repeating the title', () => {
    const result = parseFile(fixture('markdown/unknown-keys.md'));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      path: 'markdown/unknown-keys.md',
      format: 'markdown',
      sha256: fixture('markdown/unknown-keys.md').sha256,
      bytes: 725,
      hasMetadata: true,
      title: 'Example Corp: database failover stalls checkout',
      url: 'https://status.example.com/incidents/abc',
      published: null,
      author: 'Jamie Ortiz',
      description: 'A failover left the primary read-only for two hours.',
      tags: ['postgres', 'replication', 'database', 'failover', 'Cloud'],
      company: 'Example Corp',
      product: 'Checkout',
      startTime: '2019-05-12T08:15:00Z',
      meta: {
        uuid: '3f1c2a7e-0000-4000-8000-000000000001',
        end_time: '2019-05-12T10:45:00Z',
        source_fetched_at: '2026-05-04T19:51:05.703Z',
        review: { reviewed: true, on: '2019-06-01', score: null, notes: ['first', 2] },
      },
      text: 'The primary database lost its replica lease at 08:15 UTC.\n\nWrites stalled until an operator promoted the standby.',
      comments: [],
    });
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it.each([
    ['date-only.md', '2008-06-06'],
    ['date-time-offset.md', '2008-06-06T22:32:17Z'],
    ['date-iso-offset.md', '2021-03-04T09:30:00-08:00'],
    ['date-unquoted-timestamp.md', '2017-02-28T17:37:00Z'],
    ['date-written.md', '2008-06-06T10:25:00'],
    ['date-rfc2822.md', '2008-06-06T22:32:17Z'],
  ])('%s -> published %s', (name, published) => {
    const result = parseFile(fixture(`markdown/${name}`));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toMatchObject({ published, hasMetadata: true, text: 'Body text.' });
  });

  it('warns about an unreadable date but keeps the file', () => {
    const result = parseFile(fixture('markdown/date-invalid.md'));
    expect(result.value).toMatchObject({ title: 'Not a date', published: null, meta: { date: 'sometime last week' } });
    expect(result.diagnostics).toEqual([
      {
        file: 'markdown/date-invalid.md',
        stage: 'parse',
        code: 'warning',
        reason: 'front matter date "sometime last week" is not a recognisable date; kept in meta',
        fatal: false,
      },
    ]);
  });

  it.each([
    ['malformed-yaml.md', 6, 'malformed front matter at line 6, column 2: bad indentation of a mapping entry'],
    ['duplicate-key.md', 4, 'malformed front matter at line 4, column 1: duplicated mapping key'],
    ['unclosed.md', 1, "front matter opened by '---' on line 1 is never closed (no closing '---' line)"],
    ['not-a-mapping.md', 2, 'front matter must be a mapping of keys to values, got a list'],
  ])('%s is malformed front matter at line %i', (name, line, reason) => {
    expect(parseFile(fixture(`markdown/${name}`))).toEqual({
      value: null,
      diagnostics: [{ file: `markdown/${name}`, stage: 'parse', code: 'malformed-front-matter', reason, line, fatal: true }],
    });
  });

  it('reports front matter without a body as no article text', () => {
    expect(parseFile(fixture('markdown/front-matter-only.md')).diagnostics).toEqual([
      { file: 'markdown/front-matter-only.md', stage: 'parse', code: 'no-article-text', reason: 'no article text after the front matter', fatal: true },
    ]);
  });

  it('strips Markdown syntax lightly and takes the title from a leading heading', () => {
    const doc = parseFile(fixture('markdown/markdown-syntax.md')).value!;
    expect(doc.title).toBe('Incident report: cache stampede');
    expect(doc.hasMetadata).toBe(false);
    expect(doc.text).toBe(
      [
        'Intro with bold, strong, emphasis and a status page link. An image  was here, and inline_code plus snake_case_name stay.',
        'Timeline',
        '- 10:00 deploy of v2.3\n- 10:05 cache hit rate drops to 2 * 3 percent\n1. First numbered item\n2. Second numbered item',
        'Quoted statement from the provider. Second quoted line.',
        'const x = "**not emphasis**";\n# not a heading',
        'See the runbook for details.',
        'Setext heading',
        'Closing paragraph with an autolink https://example.com/x and a tag  gone.',
      ].join('\n\n'),
    );
  });

  it('handles a BOM and CRLF line endings', () => {
    expect(parseFile(fixture('markdown/crlf-bom.md')).value).toMatchObject({
      title: 'CRLF file',
      published: '2010-01-02',
      text: 'First paragraph line one continues here.\n\nSecond paragraph.',
    });
  });

  it('takes a plain first line as the title of a Markdown file without front matter or heading', () => {
    expect(parseFile(sourceFile('a.md', 'Plain title\n\nBody paragraph.')).value).toMatchObject({ title: 'Plain title', text: 'Body paragraph.' });
  });
});

describe('seed 000 (a .txt with front matter)', () => {
  it('is read as Markdown with title, date and URL from the front matter', () => {
    const result = parseFile(seed('000_95e2d58907dc20d1.txt'));
    expect(result.diagnostics).toEqual([]);
    const doc = result.value!;
    expect(doc).toMatchObject({
      format: 'markdown',
      hasMetadata: true,
      title: 'Why Amazon Went Down, and Why It Matters',
      published: '2008-06-06T22:32:17Z',
      url: 'http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/',
      meta: { hash: 'b94adaeab77d5022cf3af0837114ff24' },
      comments: [],
    });
    expect(doc.text.startsWith('Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.')).toBe(true);
    expect(doc.text.endsWith('Its another sign we cant take operations for granted, even in the cloud.')).toBe(true);
  });
});
