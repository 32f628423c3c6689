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

  it('dates a report by its incident date, else its start time, else its publication date', () => {
    const doc = fixtureDocuments().find((d) => d.id === 'aws-s3-2008-07-20-status');
    if (doc === undefined) throw new Error('fixture missing');
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
