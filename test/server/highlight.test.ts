import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../../src/server/highlight.js';

describe('highlightSpans', () => {
  it('marks spans and escapes everything', () => {
    expect(highlightSpans('the <load> balancer & more', [{ start: 4, end: 10 }, { start: 11, end: 19 }]).value).toBe(
      'the <mark>&lt;load&gt;</mark> <mark>balancer</mark> &amp; more',
    );
  });

  it('sorts spans, merges overlaps and clamps out-of-range offsets', () => {
    expect(highlightSpans('abcdef', [{ start: 3, end: 99 }, { start: 0, end: 2 }, { start: 1, end: 4 }]).value).toBe(
      '<mark>ab</mark><mark>cd</mark><mark>ef</mark>',
    );
    expect(highlightSpans('abc', [{ start: 2, end: 1 }]).value).toBe('abc');
  });
});
