import { describe, expect, it } from 'vitest';
import { isoDay, resolveDate } from '../../src/analyze/resolve-date.js';

describe('resolveDate', () => {
  const published = '2008-06-06T22:32:17Z';

  it.each([
    ['June 6', '2008-06-06'],
    ['June 6, 2008', '2008-06-06'],
    ['6 June 2008', '2008-06-06'],
    ['July 20th, 2008', '2008-07-20'],
    ['2008-06-05', '2008-06-05'],
    ['today', '2008-06-06'],
    ['this morning', '2008-06-06'],
    ['yesterday', '2008-06-05'],
    ['last night', '2008-06-05'],
    ['on Monday', '2008-06-02'],
    ['Friday', '2008-06-06'],
    ['Dec. 28', '2007-12-28'],
  ])('%s -> %s (published 2008-06-06)', (expression, day) => {
    expect(resolveDate(expression, published)).toBe(day);
  });

  it('resolves a full date without a publication date but not a relative one', () => {
    expect(resolveDate('June 13, 2011')).toBe('2011-06-13');
    expect(resolveDate('June 13')).toBeNull();
    expect(resolveDate('yesterday', null)).toBeNull();
  });

  it('is null for expressions that name no single day', () => {
    expect(resolveDate('this year', published)).toBeNull();
    expect(resolveDate('February', published)).toBeNull();
    expect(resolveDate('February 30', published)).toBeNull();
  });
});

describe('isoDay', () => {
  it('takes the day of an ISO date-time and rejects other strings', () => {
    expect(isoDay('2008-06-06T22:32:17Z')).toBe('2008-06-06');
    expect(isoDay('2008-06-06')).toBe('2008-06-06');
    expect(isoDay('June 6')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });
});
