import { describe, expect, it } from 'vitest';
import { layoutTokens } from '../../src/analyze/token-layout.js';

describe('layoutTokens', () => {
  it('places tokens by accumulating preceding spaces and values', () => {
    const text = 'S3  went\ndown.';
    const layout = layoutTokens(text, ['S3', 'went', '\n', 'down', '.'], ['', '  ', '', '', '']);
    expect([...layout.starts]).toEqual([0, 4, 8, 9, 13]);
    expect([...layout.ends]).toEqual([2, 8, 9, 13, 14]);
  });

  it('resynchronises when wink reports fewer spaces than the text has', () => {
    const text = 'a \u00a0\u00a0 b c';
    const layout = layoutTokens(text, ['a', 'b', 'c'], ['', ' ', ' ']);
    expect([...layout.starts]).toEqual([0, 5, 7]);
  });

  it('keeps offsets inside the text when a token cannot be found', () => {
    const layout = layoutTokens('abc', ['abc', 'zzz'], ['', ' ']);
    expect([...layout.starts]).toEqual([0, 3]);
    expect([...layout.ends]).toEqual([3, 3]);
  });
});
