import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/ingest/iso-date.js';

describe('toIsoDate', () => {
  it.each([
    ['2008-06-06', '2008-06-06'],
    ['2008/6/6', '2008-06-06'],
    ['2008-06-06 22:32:17 +0000', '2008-06-06T22:32:17Z'],
    ['2008-06-06T22:32:17Z', '2008-06-06T22:32:17Z'],
    ['2008-06-06T22:32:17+00:00', '2008-06-06T22:32:17Z'],
    ['2021-03-04T09:30:00-08:00', '2021-03-04T09:30:00-08:00'],
    ['2021-03-04T09:30:00.250+0530', '2021-03-04T09:30:00.250+05:30'],
    ['2021-03-04T09:30', '2021-03-04T09:30:00'],
    ['2008-06-06 10:25 PST', '2008-06-06T10:25:00-08:00'],
    ['Fri, 06 Jun 2008 22:32:17 +0000', '2008-06-06T22:32:17Z'],
    ['Fri, 06 Jun 2008 22:32:17 GMT', '2008-06-06T22:32:17Z'],
    ['June 6, 2008', '2008-06-06'],
    ['Jun 6th 2008', '2008-06-06'],
    ['June 6th, 2008 at 10:25 am', '2008-06-06T10:25:00'],
    ['July 20, 2008 at 7:10 pm', '2008-07-20T19:10:00'],
    ['July 20, 2008 at 12:05 am', '2008-07-20T00:05:00'],
    ['6 June 2008', '2008-06-06'],
    ['Friday, 6 June 2008', '2008-06-06'],
  ])('%s -> %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['', 'sometime last week', '2008-13-01', '2008-02-30', '2008-06-06T25:00:00Z', 'June 32, 2008', 'Smarch 3, 2008', '2008', '12/06/2008'])(
    'rejects %j',
    (input) => {
      expect(toIsoDate(input)).toBeNull();
    },
  );

  it('turns YAML Date objects into a day (midnight UTC) or a UTC date-time', () => {
    expect(toIsoDate(new Date(Date.UTC(2008, 5, 6)))).toBe('2008-06-06');
    expect(toIsoDate(new Date(Date.UTC(2008, 5, 6, 22, 32, 17)))).toBe('2008-06-06T22:32:17Z');
    expect(toIsoDate(new Date(Date.UTC(2008, 5, 6, 22, 32, 17, 5)))).toBe('2008-06-06T22:32:17.005Z');
    expect(toIsoDate(new Date(Number.NaN))).toBeNull();
  });

  it('rejects non-date values and very long strings', () => {
    expect(toIsoDate(2008)).toBeNull();
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate({ date: '2008-06-06' })).toBeNull();
    expect(toIsoDate(`${'Friday, '.repeat(12)}June 6, 2008`)).toBeNull();
  });
});
