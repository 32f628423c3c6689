import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/model/document.js';
import { normalizeDocument, normalizeLine } from '../../src/normalize/normalize-document.js';

/** A parsed document with messy fields, as a scraper might leave them. */
function messyDocument(): ParsedDocument {
  return {
    path: 'a/messy.html',
    format: 'html',
    sha256: 'f'.repeat(64),
    bytes: 123,
    hasMetadata: true,
    title: '  Why Amazon\u2019s\n Site Went\u00A0Down ',
    url: 'http://example.com/a?x=1&amp;y=2',
    published: '2008-06-06',
    author: ' Om\u2003Malik ',
    description: '\u200B',
    tags: [' outage ', 'AWS', '', 'outage'],
    company: 'Amazon\u00A0Web Services',
    product: null,
    startTime: null,
    meta: { hash: 'b94a' },
    text: 'First\u2014line.\r\n\r\n\r\n\r\nSecond &amp; last.  ',
    comments: [
      { author: ' Will\u00A0Scott ', text: 'Nice\u2026  post', published: '2008-06-07', url: null },
      { author: '\u200B', text: 'No author here', published: null, url: 'http://w.example' },
      { author: 'Spam', text: ' \u200B ', published: null, url: null },
    ],
  };
}

describe('normalizeDocument', () => {
  it('normalises text, one-line fields and comments, keeping hashes, URL, dates and meta', () => {
    const input = messyDocument();
    const before = structuredClone(input);
    const out = normalizeDocument(input);
    expect(out).toEqual({
      path: 'a/messy.html',
      format: 'html',
      sha256: 'f'.repeat(64),
      bytes: 123,
      hasMetadata: true,
      title: "Why Amazon's Site Went Down",
      url: 'http://example.com/a?x=1&amp;y=2',
      published: '2008-06-06',
      author: 'Om Malik',
      description: null,
      tags: ['outage', 'AWS'],
      company: 'Amazon Web Services',
      product: null,
      startTime: null,
      meta: { hash: 'b94a' },
      text: 'First - line.\n\nSecond & last.',
      comments: [
        { author: 'Will Scott', text: 'Nice... post', published: '2008-06-07', url: null },
        { author: null, text: 'No author here', published: null, url: 'http://w.example' },
      ],
    });
    expect(input).toEqual(before);
    expect(out.meta).not.toBe(input.meta);
  });

  it('is idempotent', () => {
    const once = normalizeDocument(messyDocument());
    expect(normalizeDocument(once)).toEqual(once);
  });
});

describe('normalizeLine', () => {
  it('folds paragraph and line breaks into single spaces', () => {
    expect(normalizeLine('a\n\n\nb\r\nc')).toBe('a b c');
  });
});
