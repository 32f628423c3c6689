import { describe, expect, it } from 'vitest';
import { RecentResults } from '../../src/rulebook/recent-results.js';

describe('RecentResults', () => {
  it('keeps the last texts in two generations and moves a text found in the previous one back', () => {
    const recent = new RecentResults<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    // The current generation is full: 'a' and 'b' become the previous one.
    recent.set('c', 3);
    expect(recent.get('a')).toBe(1);
    // 'a' moved back beside 'c'; the next text starts a new generation, which drops 'b'.
    recent.set('d', 4);
    expect(recent.get('b')).toBeUndefined();
    expect([recent.get('a'), recent.get('c'), recent.get('d')]).toEqual([1, 3, 4]);
    recent.clear();
    expect(recent.get('d')).toBeUndefined();
  });

  it('refuses a capacity that is not a positive integer, naming it', () => {
    expect(() => new RecentResults(0)).toThrow('RecentResults: capacity must be a positive integer, got 0');
    expect(() => new RecentResults(1.5)).toThrow('RecentResults: capacity must be a positive integer, got 1.5');
  });
});
