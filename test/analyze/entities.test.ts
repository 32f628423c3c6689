import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { lookupLexicon } from '../../src/analyze/lexicon.js';
import { fixture } from './fixtures.js';

function pick(text: string, types: string[]): [string, string, string | undefined][] {
  return analyzeText(text)
    .entities.filter((e) => types.includes(e.type))
    .map((e) => [e.type, e.text, e.value]);
}

describe('entities', () => {
  it('finds providers, services and infrastructure terms with canonical values and exact offsets', () => {
    const text = 'AWS said Amazon S3 and EC2 in us-east-1 failed; a global server load balancer and Route 53 DNS were fine.';
    const { entities } = analyzeText(text);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(pick(text, ['PROVIDER', 'SERVICE', 'INFRA'])).toEqual([
      ['PROVIDER', 'AWS', 'Amazon Web Services'],
      ['SERVICE', 'Amazon S3', 'S3'],
      ['SERVICE', 'EC2', 'EC2'],
      ['INFRA', 'global server load balancer', 'GSLB'],
      ['SERVICE', 'Route 53', 'Route 53'],
      ['INFRA', 'DNS', 'DNS'],
    ]);
  });

  it('prefers the longest alias and maps possessive-free and plural forms', () => {
    const text = 'Amazon Web Services and Amazons data centers use load balancers, Google Cloud Platform too.';
    expect(pick(text, ['PROVIDER', 'SERVICE', 'INFRA'])).toEqual([
      ['PROVIDER', 'Amazon Web Services', 'Amazon Web Services'],
      ['PROVIDER', 'Amazons', 'Amazon'],
      ['INFRA', 'data centers', 'data center'],
      ['INFRA', 'load balancers', 'load balancer'],
      ['PROVIDER', 'Google Cloud Platform', 'Google Cloud'],
    ]);
  });

  it('keeps common-word providers only when capitalised', () => {
    expect(pick('Slack was down, so we had some slack in the schedule.', ['PROVIDER'])).toEqual([['PROVIDER', 'Slack', 'Slack']]);
  });

  it('keeps wink built-ins with offsets, dropping one inside a custom entity', () => {
    const text = fixture('gigaom-s3-outage');
    const builtIns = analyzeText(text)
      .entities.filter((e) => ['TIME', 'DURATION', 'MONEY'].includes(e.type))
      .slice(0, 4)
      .map((e) => [e.type, e.text, e.start]);
    expect(builtIns).toEqual([
      ['TIME', 'this morning', 132],
      ['DURATION', 'eight hours', 598],
      ['DURATION', '6 months', 796],
      ['MONEY', '$64,000', 1548],
    ]);
    expect(pick('Route 53 answered.', ['CARDINAL', 'SERVICE'])).toEqual([['SERVICE', 'Route 53', 'Route 53']]);
  });

  it('finds URLs in the seed text', () => {
    const text = fixture('gigaom-amazon-down');
    const urls = analyzeText(text).entities.filter((e) => e.type === 'URL');
    expect(urls.map((u) => [u.text, text.slice(u.start, u.end)])).toEqual([['https://www.amazon.com', 'https://www.amazon.com']]);
  });
});

describe('lookupLexicon', () => {
  it('names the canonical entry of an alias, case-insensitively', () => {
    expect(lookupLexicon('aws')?.canonical).toBe('Amazon Web Services');
    expect(lookupLexicon('Google Compute Engine')?.type).toBe('SERVICE');
    expect(lookupLexicon('Amazon’s')?.canonical).toBe('Amazon');
    expect(lookupLexicon('Frobnicator')).toBeUndefined();
  });
});
