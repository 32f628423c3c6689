import { describe, expect, it } from 'vitest';
import { durationMinutes } from '../../src/analyze/duration.js';

describe('durationMinutes', () => {
  it.each([
    ['eight hours', 480],
    ['more than eight hours', 480],
    ['2 hours and 30 minutes', 150],
    ['90 minutes', 90],
    ['two days', 2880],
    ['an hour and a half', 90],
    ['half an hour', 30],
    ['45 seconds', 1],
  ])('%s -> %d minutes', (phrase, minutes) => {
    expect(durationMinutes(phrase)).toBe(minutes);
  });

  it('is null without a number and a unit', () => {
    expect(durationMinutes('hours')).toBeNull();
    expect(durationMinutes('for a while')).toBeNull();
  });
});
