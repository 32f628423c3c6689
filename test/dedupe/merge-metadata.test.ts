import { describe, expect, it } from 'vitest';
import { compareCopies } from '../../src/dedupe/copy-ranking.js';
import { mergeMetadata } from '../../src/dedupe/merge-metadata.js';
import { parsedDocument } from './parsed-fixture.js';

describe('compareCopies', () => {
  it('prefers metadata, then the longer text, then the smaller sha256, then the smaller path', () => {
    const bare = parsedDocument('b.txt', 'a longer text than the other one');
    const meta = parsedDocument('a.md', 'short text', { hasMetadata: true });
    const shortBare = parsedDocument('c.txt', 'short text');
    expect([bare, shortBare, meta].sort(compareCopies).map((d) => d.path)).toEqual(['a.md', 'b.txt', 'c.txt']);
    const x = { ...shortBare, path: 'x.txt', sha256: '1'.repeat(64) };
    const y = { ...shortBare, path: 'y.txt', sha256: '0'.repeat(64) };
    expect([x, y].sort(compareCopies).map((d) => d.path)).toEqual(['y.txt', 'x.txt']);
    expect([{ ...y, path: 'z.txt' }, y].sort(compareCopies).map((d) => d.path)).toEqual(['y.txt', 'z.txt']);
  });
});

describe('mergeMetadata', () => {
  it('takes the first non-null value per field, unions tags and merges meta best-first', () => {
    const front = parsedDocument('a.md', 'text', {
      hasMetadata: true,
      title: 'Front matter title',
      published: '2008-06-06',
      tags: ['outage', 'aws'],
      meta: { hash: 'h1', source: 'front' },
    });
    const html = parsedDocument('a.html', 'text', {
      hasMetadata: true,
      title: 'HTML title',
      author: 'Om Malik',
      url: 'http://example.com/a',
      tags: ['AWS', 'outage'],
      meta: { language: 'en', source: 'html' },
    });
    const bare = parsedDocument('a.txt', 'text', { title: 'Guessed first line', description: 'From the text copy' });
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = mergeMetadata([front, html, { ...bare, meta: hostile }]);
    expect(merged).toEqual({
      title: 'Front matter title',
      url: 'http://example.com/a',
      published: '2008-06-06',
      author: 'Om Malik',
      description: 'From the text copy',
      tags: ['AWS', 'aws', 'outage'],
      company: null,
      product: null,
      startTime: null,
      meta: JSON.parse('{"__proto__": {"polluted": true}, "hash": "h1", "language": "en", "source": "front"}') as Record<string, unknown>,
    });
    expect(Object.keys(merged.meta)).toEqual(['__proto__', 'hash', 'language', 'source']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
