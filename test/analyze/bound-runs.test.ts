import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { MAX_RUN, boundRuns } from '../../src/analyze/bound-runs.js';
import { readText } from '../../src/analyze/read-text.js';

describe('boundRuns', () => {
  it('leaves ordinary prose untouched (the same string)', () => {
    const prose = 'The database failed at 10:42 UTC; see https://status.example.com/incidents/42.';
    expect(boundRuns(prose)).toBe(prose);
  });

  it('puts a space after every maxRun characters of a longer run', () => {
    expect(boundRuns('abcdefghij klm', 4)).toBe('abcd fghi  klm');
    expect(boundRuns('x.x.x.x.x', 3)).toBe('x.x x.x x');
  });

  it('replaces a surrogate pair whole, never leaving half of one', () => {
    expect(boundRuns('ab😀cd', 2)).toBe('ab  cd');
    expect(boundRuns('😀😀😀', 2)).toBe('😀  😀');
  });

  it('refuses a run bound that is not a positive integer', () => {
    expect(() => boundRuns('abc', 0)).toThrow('boundRuns: maxRun must be a positive integer, got 0');
  });

  it('keeps the length and every non-replaced character, and bounds every run', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('a', '.', ' ', '\n', '😀', 'é') }), fc.integer({ min: 1, max: 20 }), (text, max) => {
        const out = boundRuns(text, max);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i += 1) if (out[i] !== ' ') expect(out[i]).toBe(text[i]);
        for (const run of out.split(/[ \n]/u)) expect(run.length).toBeLessThanOrEqual(max + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('lets the analysis read a giant run as bounded tokens with offsets into the original text', () => {
    const text = `The cache failed. ${'x.'.repeat(MAX_RUN)} Then it recovered.`;
    const analysis = analyzeText(text);
    expect(analysis.sentences.map((s) => text.slice(s.start, s.end)).at(-1)).toBe('Then it recovered.');
    expect(analysis.sentences.map((s) => text.slice(s.start, s.end))[0]).toBe('The cache failed.');
    expect(readText(text).layout.values.filter((v) => v.length > MAX_RUN)).toEqual([]);
  });
});
