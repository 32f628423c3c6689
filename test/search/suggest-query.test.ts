import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/suggest-query.js';

describe('editDistance', () => {
  it.each([
    ['cloudfare', 'cloudflare', 1],
    ['netwrok', 'network', 1],
    ['partiton', 'partition', 1],
    ['decoding', 'becoming', 2],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['ca', 'abc', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
