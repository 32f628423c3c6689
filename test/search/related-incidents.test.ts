import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { fixtureKnowledgeBase } from '../fixtures/kb/fixture-kb.js';

const kb = fixtureKnowledgeBase();

describe('related incidents', () => {
  it('relates the S3 outage of July 2008 to the S3 outage of February 2008 first, with a reason', () => {
    const related = kb.related('2008-07-20-amazon-s3');
    expect(related[0]).toMatchObject({
      id: '2008-02-15-amazon-s3',
      title: 'Amazon S3 suffers outage as authentication requests pile up',
      date: '2008-02-15',
    });
    expect(related[0]?.reason).toBe('same provider (Amazon Web Services); shared layers: storage; similar wording: s3, requests, amazon');
    expect(related.map((r) => r.id)).not.toContain('2008-07-20-amazon-s3');
    const scores = related.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('relates CDN software incidents of different providers by their shared tags', () => {
    const related = kb.related('2019-07-02-cloudflare-waf');
    expect(related[0]?.id).toBe('2021-06-08-fastly-edge-cloud');
    expect(related).toHaveLength(1);
    expect(related[0]?.reason).toBe('shared layers: cdn; shared causes: software-bug, deployment; similar wording: edge, minutes, errors');
  });

  it('honours the limit', () => {
    expect(kb.related('2008-07-20-amazon-s3', 1)).toHaveLength(1);
  });

  it('answers 404 for an unknown incident and 400 for a bad limit', () => {
    expect(() => kb.related('no-such-incident')).toThrow(FaultlineError);
    try {
      kb.related('no-such-incident');
    } catch (error) {
      expect((error as FaultlineError).status).toBe(404);
      expect((error as FaultlineError).message).toBe('related: no incident with id "no-such-incident"');
    }
    try {
      kb.related('2008-07-20-amazon-s3', 0);
    } catch (error) {
      expect((error as FaultlineError).status).toBe(400);
      expect((error as FaultlineError).parameter).toBe('limit');
    }
    expect(() => kb.related('2008-07-20-amazon-s3', 0)).toThrow(/limit must be a whole number from 1 to 50, got 0/);
  });
});
