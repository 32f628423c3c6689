import { describe, expect, it } from 'vitest';
import { layoutTokens } from '../../src/analyze/token-layout.js';

describe('layoutTokens', () => {
  it('places tokens by skipping the whitespace between them, line-break tokens included', () => {
    const text = 'S3  went\ndown.';
    const layout = layoutTokens(text, ['S3', 'went', '\n', 'down', '.']);
    expect([...layout.starts]).toEqual([0, 4, 8, 9, 13]);
    expect([...layout.ends]).toEqual([2, 8, 9, 13, 14]);
  });

  it('skips tabs and no-break spaces, and line breaks before a line-break token', () => {
    const text = 'a \u00a0\t b  \n\n c';
    const layout = layoutTokens(text, ['a', 'b', '\n\n', 'c']);
    expect([...layout.starts]).toEqual([0, 5, 8, 11]);
  });

  it('resynchronises on a token found a little further on', () => {
    const layout = layoutTokens('Amazon -- S3', ['Amazon', 'S3']);
    expect([...layout.starts]).toEqual([0, 10]);
  });

  it('keeps offsets inside the text when a token cannot be found', () => {
    const layout = layoutTokens('abc', ['abc', 'zzz']);
    expect([...layout.starts]).toEqual([0, 3]);
    expect([...layout.ends]).toEqual([3, 3]);
  });
});
