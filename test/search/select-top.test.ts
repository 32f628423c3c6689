import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../src/search/select-top.js';

describe('selectTop', () => {
  it('equals sorting and slicing for a total order', () => {
    const compare = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 60 }), (values, k) => {
        const items = values.map((v, i) => [v, i] as [number, number]);
        expect(selectTop(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
