import { describe, expect, it } from 'vitest';
import { isoDay, reportDate, serviceKey } from '../../src/incidents/report-facts.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

describe('report facts', () => {
  it('reads ISO days and rejects impossible dates', () => {
    expect(isoDay('2008-07-20T08:40:00Z')).toBe('2008-07-20');
    expect(isoDay('2012-02-29')).toBe('2012-02-29');
    expect(isoDay('2013-02-29')).toBeNull();
    expect(isoDay('July 20, 2008')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });

  it('dates a report by the day its text states, else its analysed incident date, else its start time, else its publication date', () => {
    const found = fixtureDocuments().find((d) => d.id === 'aws-s3-2008-07-20-status');
    if (found === undefined) throw new Error('fixture missing');
    const stated = { value: '2008-07-18', precision: 'day' as const, from: 'text' as const, zone: null, evidence: null };
    const dates = { incident: stated, published: null, ingested: null, problems: [] };
    expect(reportDate({ ...found, dates })).toEqual({ date: '2008-07-18', source: 'incident' });
    // A month is not a day: the analysed incident date is used.
    expect(reportDate({ ...found, dates: { ...dates, incident: { ...stated, value: '2008-07', precision: 'month' } } })).toEqual({ date: '2008-07-20', source: 'incident' });
    const doc = { ...found, dates: undefined };
    expect(reportDate(doc)).toEqual({ date: '2008-07-20', source: 'incident' });
    expect(reportDate({ ...doc, facts: { ...doc.facts, incidentDate: null }, startTime: '2008-07-19T23:00:00Z' })).toEqual({
      date: '2008-07-19',
      source: 'start-time',
    });
    expect(reportDate({ ...doc, facts: { ...doc.facts, incidentDate: null } })).toEqual({ date: '2008-07-21', source: 'published' });
    expect(reportDate({ ...doc, published: null, facts: { ...doc.facts, incidentDate: null } })).toBeNull();
  });

  it('compares services without the provider name', () => {
    expect(serviceKey('Amazon S3', ['amazon'])).toBe('s3');
    expect(serviceKey('AWS Lambda', ['amazon'])).toBe('lambda');
    expect(serviceKey('Amazon.com', ['amazon'])).toBe('');
    expect(serviceKey('S3', ['amazon'])).toBe('s3');
  });
});
