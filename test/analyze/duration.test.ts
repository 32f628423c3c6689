import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
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

describe('durationMinutes of clock ranges', () => {
  it.each([
    ['from 9:16 PM to 11:16 PM PDT', 120],
    ['between 11:30 pm and 1:15 am', 105],
    ['14:05 - 16:35 UTC', 150],
    ['from 10 to 11:30 AM', 90],
  ])('%s -> %d minutes', (phrase, minutes) => {
    expect(durationMinutes(phrase)).toBe(minutes);
  });

  it('does not read a plain number range as clock times', () => {
    expect(durationMinutes('2 to 3')).toBeNull();
  });
});

describe('the outage duration of a text', () => {
  it('reads one unit written with an article after "for" or "lasted", which wink reads no entity in', () => {
    const duration = (text: string) => analyzeText(text, { published: '2021-06-17' }).facts.duration?.value ?? null;
    expect(duration('A routing table limit was exceeded, cutting off around 500 customers for up to an hour.')).toEqual({ text: 'up to an hour', minutes: 60 });
    expect(duration('The outage lasted a day.')).toEqual({ text: 'a day', minutes: 1440 });
    expect(duration('We waited for an hour before paging the vendor.')).toBeNull();
  });
});
