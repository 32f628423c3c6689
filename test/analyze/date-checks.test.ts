/**
 * The pieces of the date model on their own: the zone a written time is in, the implausible-date
 * checks, an incident's date from its reports, the sort key and the display of dates.
 */
import { describe, expect, it } from 'vitest';
import { checkDates, DATE_CHECK_DEFAULTS } from '../../src/analyze/date-problems.js';
import { datesLine, displayDate } from '../../src/analyze/display-date.js';
import { datesOf, stampIngested } from '../../src/analyze/document-dates.js';
import { writtenZone } from '../../src/analyze/incident-date.js';
import { dateSortKey, reconcileIncidentDate } from '../../src/analyze/reconcile-incident-date.js';
import type { DocumentDates, Fact, IncidentDate } from '../../src/model/document.js';

const day = (value: string, from: IncidentDate['from'] = 'text'): IncidentDate => ({ value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', from, zone: null, evidence: null });
const dates = (incident: string | null, published: string | null, ingested: string | null = null): DocumentDates => ({ incident: incident === null ? null : day(incident), published, ingested, problems: [] });

describe('writtenZone', () => {
  it('reads the offset from the written clock against the UTC instant (9:30 PM PDT = 04:30 UTC next day)', () => {
    expect(writtenZone({ at: '2020-07-18T04:30:00Z', written: '9:30 PM PDT' })).toEqual({ offset: -420, zone: 'PDT' });
  });
  it('names the offset when the zone came from a statement elsewhere ("All times PDT")', () => {
    expect(writtenZone({ at: '2020-07-18T04:30:00Z', written: '9:30 PM' })).toEqual({ offset: -420, zone: '-07:00' });
  });
  it('is UTC for a 24-hour clock equal to the instant', () => {
    expect(writtenZone({ at: '2020-07-17T21:12:00Z', written: '21:12' })).toEqual({ offset: 0, zone: 'UTC' });
  });
  it('reads zones east of UTC (10:00 CEST = 08:00 UTC)', () => {
    expect(writtenZone({ at: '2021-03-10T08:00:00Z', written: '10:00 CEST' })).toEqual({ offset: 120, zone: 'CEST' });
  });
  it('is null without a clock', () => {
    expect(writtenZone({ at: '2021-03-10T08:00:00Z', written: 'noon' })).toBeNull();
  });
});

describe('checkDates', () => {
  it('flags a publication decades after the incident and keeps both dates', () => {
    const checked = checkDates(dates('1628-08-10', '2013-08-15'));
    expect(checked.incident?.value).toBe('1628-08-10');
    expect(checked.problems.map((p) => p.code)).toEqual(['published-long-after']);
  });
  it('does not flag a report published nine years later (under the ten-year threshold)', () => {
    expect(checkDates(dates('2012-06-29', '2021-06-01')).problems).toEqual([]);
  });
  it('drops an incident date after the ingest and says so', () => {
    const checked = checkDates(dates('2031-03-03', '2031-03-04', '2026-12-06T02:00:00.000Z'));
    expect(checked.incident).toBeNull();
    expect(checked.problems).toEqual([
      { code: 'in-future', date: 'incident', message: 'incident date 2031-03-03 is after the ingest (2026-12-06); the document is counted as undated' },
      { code: 'in-future', date: 'published', message: 'publication date 2031-03-04 is after the ingest (2026-12-06)' },
    ]);
  });
  it('allows the grace days for time zones (a date one day after the ingest is no problem)', () => {
    expect(checkDates(dates('2026-12-07', null, '2026-12-06T23:00:00.000Z')).problems).toEqual([]);
  });
  it('flags an incident dated after its own publication', () => {
    expect(checkDates(dates('2020-09-01', '2020-07-18')).problems.map((p) => p.code)).toEqual(['incident-after-published']);
  });
  it('stampIngested re-checks with the ingest time', () => {
    const stamped = stampIngested(dates('2030-01-01', null), '2026-12-06T00:00:00.000Z');
    expect(stamped.ingested).toBe('2026-12-06T00:00:00.000Z');
    expect(stamped.incident).toBeNull();
  });
  it('refuses thresholds out of range, naming them', () => {
    expect(() => checkDates(dates(null, null), { ...DATE_CHECK_DEFAULTS, longAfterYears: 0 })).toThrow('checkDates: longAfterYears must be > 0 and graceDays >= 0, got 0 and 2');
  });
});

describe('reconcileIncidentDate', () => {
  it('prefers the most precise dates, then the most common, then the earliest', () => {
    expect(reconcileIncidentDate([day('1997'), day('1997-07'), null])?.value).toBe('1997-07');
    expect(reconcileIncidentDate([day('2008-06-07'), day('2008-06-06'), day('2008-06-07'), day('2008-06')])?.value).toBe('2008-06-07');
    expect(reconcileIncidentDate([day('2008-06-07'), day('2008-06-06')])?.value).toBe('2008-06-06');
  });
  it('is null when no report states a date', () => {
    expect(reconcileIncidentDate([null, null])).toBeNull();
  });
});

describe('dateSortKey', () => {
  it('keys every precision, missing parts as 00, unknown as -1', () => {
    expect([dateSortKey('2020-07-17'), dateSortKey('1997-07'), dateSortKey('2003'), dateSortKey(null)]).toEqual([20200717, 19970700, 20030000, -1]);
  });
});

describe('display', () => {
  it('writes dates in words at their precision', () => {
    expect([displayDate('2020-07-17'), displayDate('1997-07'), displayDate('1997'), displayDate('2020-07-18T01:22:00Z'), displayDate('soon')]).toEqual([
      '17 July 2020',
      'July 1997',
      '1997',
      '18 July 2020',
      null,
    ]);
  });
  it('keeps the incident and publication dates apart on one line', () => {
    expect(datesLine('2020-07-17', '2020-07-18T01:22:00Z')).toBe('Incident: 17 July 2020 · Published: 18 July 2020');
    expect(datesLine(null, '2019-05-01')).toBe('Incident: date unknown · Published: 1 May 2019');
    expect(datesLine(null, null)).toBe('Incident: date unknown');
  });
});

describe('datesOf (data folders written before the dates were kept)', () => {
  const facts = (incidentDate: Fact | null) => ({ providers: [], services: [], customers: [], incidentDate, startTime: null, duration: null, impact: [] });
  it('takes the front matter start time, else the analysed incident date marked legacy (it may be the publication date)', () => {
    expect(datesOf({ facts: facts(null), published: '2025-12-02T16:36:12Z', startTime: '2020-07-17T21:12:00Z' }).incident).toMatchObject({ value: '2020-07-17', from: 'front-matter' });
    expect(datesOf({ facts: facts({ value: '2025-12-02', evidence: null, from: 'metadata' }), published: '2025-12-02T16:36:12Z', startTime: null })).toEqual({
      incident: { value: '2025-12-02', precision: 'day', from: 'legacy', zone: null, evidence: null },
      published: '2025-12-02',
      ingested: null,
      problems: [],
    });
    expect(datesOf({ facts: facts(null), published: null, startTime: null }).incident).toBeNull();
  });
  it('returns the stored dates when the document has them', () => {
    const stored: DocumentDates = { incident: null, published: '2019-05-01', ingested: '2026-12-06', problems: [] };
    expect(datesOf({ dates: stored, facts: facts({ value: '2019-05-01', evidence: null, from: 'metadata' }), published: '2019-05-01', startTime: null })).toBe(stored);
  });
});
