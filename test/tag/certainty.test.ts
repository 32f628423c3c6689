import { describe, expect, it } from 'vitest';
import { isHedged, sentenceCertainty } from '../../src/tag/certainty.js';
import { foldText } from '../../src/tag/text-units.js';

describe('sentenceCertainty', () => {
  it.each([
    'So my money’s on an AFE or CDN problem.',
    'So my moneys on an AFE or CDN problem.',
    'This could stem from issues with data replication.',
    'The outage was probably caused by a bad deploy.',
    'It is likely that the database was overloaded.',
    'I suspect the load balancer was misconfigured.',
    'I would bet that far more customers were not affected.',
    'Perhaps the CDN failed to fetch the page.',
    'The root cause may have been a leap second.',
    'The problem seems to be in the cache layer.',
    'It appears to be a routing issue.',
    'One possibility is a failure in the storage layer.',
    'If the primary failed, the replicas would take over.',
    'Is this a hardware failure or a software problem?',
    'We speculate that a switch failed.',
  ])('hedge: "%s" is speculated', (sentence) => {
    expect(sentenceCertainty(sentence, {})).toBe('speculated');
    expect(sentenceCertainty(sentence, { speaker: 'operator' })).toBe('speculated');
  });

  it.each([
    'We experienced a problem with those internal system communications.',
    'Our engineers identified a bug in the deploy tool.',
    'We have determined that a configuration change caused the outage.',
    'We identified the faulty router at 10:40.',
  ])('first-person operator: "%s" is confirmed', (sentence) => {
    expect(sentenceCertainty(sentence, {})).toBe('confirmed');
  });

  it('a quoted first-person statement is confirmed, a plain third-party one reported', () => {
    expect(sentenceCertainty('We lost power in one hall.', { quoted: true })).toBe('confirmed');
    expect(sentenceCertainty('The storage service went offline this morning.', { speaker: 'third-party' })).toBe('reported');
    expect(sentenceCertainty('The storage service went offline this morning.', {})).toBe('reported');
  });

  it('a quoted statement by the operator is confirmed even without "we"', () => {
    expect(sentenceCertainty('The components of S3 might not interact.', { quoted: true, speaker: 'operator' })).toBe('speculated');
    expect(sentenceCertainty('The components of S3 were unable to interact.', { quoted: true, speaker: 'operator' })).toBe('confirmed');
  });

  it('plain sentences of an official post-mortem are confirmed', () => {
    expect(sentenceCertainty('The database ran out of connections at 09:12.', { documentIsOfficial: true })).toBe('confirmed');
  });

  it('a commenter is never confirmed', () => {
    expect(sentenceCertainty('We experienced the same outage on our servers.', { speaker: 'commenter' })).toBe('reported');
    expect(sentenceCertainty('We experienced the same outage on our servers.', { speaker: 'commenter', documentIsOfficial: true })).toBe('reported');
  });

  it('"could not" and month names are not hedges', () => {
    expect(isHedged(foldText('Users could not log in.'))).toBe(false);
    expect(isHedged(foldText('The outage started on 3 May and ended in May 2019.'))).toBe(false);
    expect(isHedged(foldText('Containers couldn’t start.'))).toBe(false);
  });
});
