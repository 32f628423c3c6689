import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyze/sentences.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { Tag, TagSet } from '../../src/model/document.js';
import { tagText } from '../../src/tag/tag-text.js';
import { tag } from './tag-helpers.js';

/** Every evidence span of a tag set. */
function allEvidence(tags: TagSet): { label: string; text: string; start: number; end: number }[] {
  return [...tags.layers, ...tags.causes].flatMap((t: Tag) => t.evidence.map((e) => ({ label: t.label, ...e })));
}

/** A seed's article text: front matter dropped; for 003, the body before the reader comments. */
function seed(name: string): string {
  let text = readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
  if (text.startsWith('---')) text = text.slice(text.indexOf('\n---', 3) + 4).trim();
  const end = 'because it mostly uses cached data.';
  const cut = text.indexOf(end);
  return cut >= 0 ? text.slice(0, cut + end.length) : text;
}

/** Tags a text with the analysis stage's sentences. */
function tagWithWink(text: string): TagSet {
  return tagText(text, splitSentences(text));
}

describe('tagText evidence', () => {
  it('evidence offsets index the text: text.slice(start, end) === evidence.text', () => {
    const text =
      'Status update.\n\nOur primary Postgres cluster ran out of connections during the Monday traffic peak. ' +
      'Each new web worker opened its own pool, and API requests queued until they timed out.\n\n' +
      '• The memcached cluster was resized and the hit rate dropped.';
    const tags = tag(text);
    const evidence = allEvidence(tags);
    expect(evidence.length).toBeGreaterThan(2);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps confidence in 0..1 with two decimals and at most maxEvidence sentences, strongest first', () => {
    const text =
      'The load balancer crashed. The load balancer crashed again an hour later. The load balancer failed a third time. The load balancer was down once more.';
    const tags = tag(text, { maxEvidence: 2 });
    const lb = tags.layers.find((t) => t.label === 'load-balancer');
    expect(lb?.evidence).toHaveLength(2);
    for (const t of [...tags.layers, ...tags.causes]) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(t.confidence * 100) / 100).toBe(t.confidence);
    }
  });

  it('confidence grows with the number of evidence sentences', () => {
    const one = tag('The load balancer crashed.').layers[0];
    const three = tag('The load balancer crashed. The load balancer crashed again. The load balancer failed a third time.').layers[0];
    expect(one?.label).toBe('load-balancer');
    expect(three?.label).toBe('load-balancer');
    expect(three?.confidence).toBeGreaterThan(one?.confidence ?? 1);
  });
});

describe('tagText causes', () => {
  it('gives unknown alone when no cause is supported', () => {
    const tags = tag('The site was down for two hours on Tuesday. Users saw errors on every page.');
    expect(tags.causes.map((t) => t.label)).toEqual(['unknown']);
    expect(tags.causes[0]?.confidence).toBe(0.6);
    expect(tags.causes[0]?.evidence).toEqual([]);
  });

  it('gives unknown with its evidence when the text says the cause is not known', () => {
    const text = 'The site was down for two hours. The root cause is still under investigation.';
    const tags = tag(text);
    expect(tags.causes).toEqual([
      {
        label: 'unknown',
        confidence: 0.9,
        certainty: 'reported',
        evidence: [{ text: 'The root cause is still under investigation.', start: 33, end: 77 }],
      },
    ]);
  });

  it('never gives unknown beside another cause', () => {
    const tags = tag('The root cause is unknown. A DDoS attack hit the site.');
    expect(tags.causes.map((t) => t.label)).toEqual(['security']);
  });

  it('reads load from an attack as security, not capacity', () => {
    expect(tag('A volumetric DDoS attack saturated our transit links and overloaded the edge.').causes.map((t) => t.label)).toEqual(['security']);
  });
});

describe('tagText reads the language', () => {
  it('does not tag a component mentioned in passing', () => {
    const tags = tag('Those services were impacted, but the retail website did not show noticeable problems because it mostly uses cached data.');
    expect(tags.layers.map((t) => t.label)).not.toContain('cache');
  });

  it('does not tag a negated component', () => {
    const tags = tag('The HTTP message shows the server answered, so this probably wasn’t a router or firewall.');
    expect(tags.layers.map((t) => t.label)).not.toContain('network');
  });

  it('takes no evidence from advice and lessons sections', () => {
    const text =
      'The checkout service returned errors for an hour after a bad deploy.\n\nKey Takeaways\n\n' +
      '• Embrace Fault Tolerance: use load balancers to distribute traffic and avoid database overload.\n' +
      '• Developers should make sure the cache layer can fail without taking the site down.';
    const tags = tag(text);
    const evidence = allEvidence(tags);
    expect(evidence.every((e) => e.start < text.indexOf('Key Takeaways'))).toBe(true);
    expect(tags.layers.map((t) => t.label)).toEqual(['application']);
    expect(tags.causes.map((t) => t.label)).toEqual(['deployment']);
  });

  it('keeps the failing component and drops a secondary mention', () => {
    expect(tag('The memcached cluster was resized and the client hashing configuration was not updated to match. Most keys moved and the hit rate dropped to almost zero.').layers.map((t) => t.label)).toEqual(['cache']);
  });
});

describe('tagText speakers', () => {
  it('tags a comment as a commenter: never confirmed', () => {
    const comment = 'We experienced the same outage: our load balancer crashed when S3 went down.';
    const asArticle = tag(comment);
    const asComment = tag(comment, { isComment: true });
    expect(asArticle.layers.find((t) => t.label === 'load-balancer')?.certainty).toBe('confirmed');
    expect(asComment.layers.find((t) => t.label === 'load-balancer')?.certainty).toBe('reported');
    for (const t of [...asComment.layers, ...asComment.causes]) expect(t.certainty).not.toBe('confirmed');
  });

  it('caps a speculative piece at speculated', () => {
    const tags = tag('So what happened? The load balancer was not redirecting traffic. Only time will tell.');
    expect(tags.layers.map((t) => [t.label, t.certainty])).toEqual([['load-balancer', 'speculated']]);
  });

  it('reads an official post-mortem as confirmed and an override can say otherwise', () => {
    const text =
      'At 09:12 we deployed a new version of the login service. Our engineers saw session tokens rejected. We rolled back at 09:40. The database was fine.';
    expect(tag(text).layers.find((t) => t.label === 'auth')?.certainty).toBe('confirmed');
    expect(tag(text, { official: false }).layers.find((t) => t.label === 'auth')?.certainty).toBe('reported');
    expect(tag('The login service rejected session tokens.', { official: true }).layers[0]?.certainty).toBe('confirmed');
    expect(tag('The login service rejected session tokens.').layers[0]?.certainty).toBe('reported');
  });
});

describe('tagText options', () => {
  it('rejects out-of-range options and spans outside the text', () => {
    expect(() => tagText('abc', [], { minConfidence: 2 })).toThrow(FaultlineError);
    expect(() => tagText('abc', [], { maxEvidence: 0 })).toThrow(/maxEvidence/);
    expect(() => tagText('abc', [{ start: 0, end: 10 }])).toThrow(/sentence 0 has span \[0, 10\) outside the text \(length 3\)/);
  });

  it('drops tags under minConfidence', () => {
    const text = 'A faulty deployment could perhaps have broken the load balancer.';
    expect(tag(text).layers.length).toBe(1);
    expect(tag(text, { minConfidence: 0.99 }).layers).toEqual([]);
  });
});

describe('quality bar on the seeds', () => {
  it('003: control-plane and storage confirmed, evidence with "internal system communications"', () => {
    const tags = tagWithWink(seed('003_d034e96823ecc3f3.txt'));
    const control = tags.layers.find((t) => t.label === 'control-plane');
    const storage = tags.layers.find((t) => t.label === 'storage');
    expect(control?.certainty).toBe('confirmed');
    expect(storage?.certainty).toBe('confirmed');
    expect(control?.evidence.some((e) => e.text.includes('internal system communications'))).toBe(true);
    expect(tags.layers.map((t) => t.label)).not.toContain('cache');
  });

  it('000: gslb, load-balancer and cdn among the layers and misconfiguration among the causes, all speculated', () => {
    const tags = tagWithWink(seed('000_95e2d58907dc20d1.txt'));
    for (const label of ['gslb', 'load-balancer', 'cdn']) {
      expect(tags.layers.find((t) => t.label === label)?.certainty, label).toBe('speculated');
    }
    expect(tags.causes.find((t) => t.label === 'misconfiguration')?.certainty).toBe('speculated');
    expect(tags.layers.map((t) => t.label)).not.toContain('network');
    expect(tags.layers.map((t) => t.label)).not.toContain('dns');
  });

  it('002: no confirmed tag, speculated causes, no evidence from its advice sections', () => {
    const text = seed('002_edc960f0af580891.txt');
    const tags = tagWithWink(text);
    const all = [...tags.layers, ...tags.causes];
    expect(all.length).toBeGreaterThan(3);
    for (const t of all) expect(t.certainty, t.label).not.toBe('confirmed');
    for (const t of tags.causes) expect(t.certainty, t.label).toBe('speculated');
    const advice = text.indexOf('Why This Matters for Developers');
    const business = text.indexOf('Business Implications');
    const takeaways = text.indexOf('Key Takeaways');
    for (const e of allEvidence(tags)) {
      expect(e.start < advice || (e.start > business && e.start < takeaways), e.text).toBe(true);
    }
  });

  it('001 (the same article as 000 without front matter) tags the same labels', () => {
    const a = tagWithWink(seed('000_95e2d58907dc20d1.txt'));
    const b = tagWithWink(seed('001_c4b483a6c527ed12.txt'));
    expect(b.layers.map((t) => t.label)).toEqual(a.layers.map((t) => t.label));
    expect(b.causes.map((t) => t.label)).toEqual(a.causes.map((t) => t.label));
  });
});
