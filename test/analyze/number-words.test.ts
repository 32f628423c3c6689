import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/analyze/number-words.js';

describe('parseNumber', () => {
  it.each([
    ['20,000', 20000],
    ['2.5', 2.5],
    ['3k', 3000],
    ['1.2 million', 1200000],
    ['eight', 8],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['two thousand five hundred', 2500],
    ['a couple', 2],
    ['one and a half', 1.5],
  ])('reads %s as %d', (phrase, value) => {
    expect(parseNumber(phrase)).toBe(value);
  });

  it('returns null for words that are not numbers', () => {
    expect(parseNumber('eight hours')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
