import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { analyzeTerms, analyzeText, NORMALIZE_LABEL, normalizeWord, STEM_LABEL, stemWord, tokenize } from '../../src/index/lunr-pipeline.js';

describe('search text pipeline', () => {
  it('tokenises outage vocabulary sensibly', () => {
    expect(analyzeTerms("Amazon's S3 load-balancer AWS us-east-1 EC2 didn't GSLB failover")).toEqual([
      'amazon',
      's3',
      'load',
      'balanc',
      'aws',
      'east',
      '1',
      'ec2',
      'didnt',
      'gslb',
      'failov',
    ]);
  });

  it('stems words but keeps short words and words with digits', () => {
    expect(['communications', 'communication', 'outages', 'dns', 'cdn', 's3', 'ec2'].map((w) => stemWord(normalizeWord(w)))).toEqual([
      'commun',
      'commun',
      'outag',
      'dns',
      'cdn',
      's3',
      'ec2',
    ]);
  });

  it('folds accents and typographic apostrophes', () => {
    expect(analyzeTerms('Café’s résumé')).toEqual(['cafe', 'resum']);
  });

  it('drops stop words', () => {
    expect(analyzeTerms('the service was down for all of us')).toEqual(['servic', 'down']);
  });

  it('records the original span of every token', () => {
    const text = 'Amazon’s S3 — went offline.';
    expect(analyzeText(text).map((t) => text.slice(t.start, t.end))).toEqual(['Amazon’s', 'S3', 'went', 'offline']);
    const tokens = tokenize('a  bc');
    expect(tokens.map((t) => (t as unknown as { metadata: { position: number[] } }).metadata.position)).toEqual([
      [0, 1],
      [3, 2],
    ]);
  });

  it('skips overlong runs of characters', () => {
    expect(analyzeTerms(`ok ${'x'.repeat(41)} fine`)).toEqual(['ok', 'fine']);
  });

  it('registers its functions with lunr once, under stable labels', () => {
    const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
    expect(typeof registry[NORMALIZE_LABEL]).toBe('function');
    expect(typeof registry[STEM_LABEL]).toBe('function');
    expect(lunr.Pipeline.load([NORMALIZE_LABEL, 'stopWordFilter', STEM_LABEL]).toJSON()).toEqual([NORMALIZE_LABEL, 'stopWordFilter', STEM_LABEL]);
  });
});
