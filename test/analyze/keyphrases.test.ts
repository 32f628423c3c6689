import { describe, expect, it } from 'vitest';
import { extractKeyphrases } from '../../src/analyze/keyphrases.js';
import { readText } from '../../src/analyze/read-text.js';
import { fixture } from './fixtures.js';

describe('keyphrases', () => {
  it('finds the infrastructure phrases of the GigaOM Amazon article, lower-cased and distinct', () => {
    const phrases = extractKeyphrases(readText(fixture('gigaom-amazon-down')));
    expect(phrases).toHaveLength(8);
    expect(phrases.slice(0, 3)).toEqual(['data center', 'load balancer', 'gslb']);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const p of phrases) expect(p).toBe(p.toLowerCase());
  });

  it('folds plurals and drops stop words, numbers and verbs at the end of a phrase', () => {
    const text =
      'The load balancers failed. A load balancer failed again on Monday at 10:00 UTC. Load balancer health checks were misconfigured. We restarted 3 servers.';
    const phrases = extractKeyphrases(readText(text));
    expect(phrases).toEqual(['load balancer', 'load balancer health checks', 'servers']);
  });

  it('honours the limit option', () => {
    expect(extractKeyphrases(readText(fixture('tech-buzz-amazon-outage')), { limit: 3 })).toHaveLength(3);
  });

  it('returns nothing for text without content words', () => {
    expect(extractKeyphrases(readText('It is what it is, and so on.'))).toEqual([]);
  });
});
