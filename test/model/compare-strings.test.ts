import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../src/model/compare-strings.js';

describe('compareStrings', () => {
  it('orders by UTF-16 code units: uppercase before lowercase, accented letters after ASCII, whatever the locale', () => {
    expect(['b', 'é', 'B', 'a', 'Z', 'aa', '10', '9'].sort(compareStrings)).toEqual(['10', '9', 'B', 'Z', 'a', 'aa', 'b', 'é']);
  });

  it('gives 0 for equal strings and opposite signs when swapped', () => {
    expect(compareStrings('dns', 'dns')).toBe(0);
    expect(compareStrings('cdn', 'dns')).toBe(-1);
    expect(compareStrings('dns', 'cdn')).toBe(1);
  });
});
