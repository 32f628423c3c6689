import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../../src/incidents/group-incidents.js';
import { shortHash } from '../../src/incidents/slug.js';
import type { AnalyzedDocument } from '../../src/model/document.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

function byId(docs: AnalyzedDocument[], id: string): AnalyzedDocument {
  const doc = docs.find((d) => d.id === id);
  if (doc === undefined) throw new Error(`fixture ${id} missing`);
  return doc;
}

/** A deterministic permutation of `items` (seeded LCG shuffle). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('groupIncidents', () => {
  it('groups two reports of the same outage into one incident with the confirmed report first', () => {
    const { incidents } = groupIncidents(fixtureDocuments());
    const s3 = incidents.find((i) => i.id === '2008-07-20-amazon-s3');
    expect(s3?.reports).toEqual(['aws-s3-2008-07-20-status', 'seed-s3-2008-07-20']);
    const cloudflare = incidents.find((i) => i.id === '2019-07-02-cloudflare-waf');
    expect(cloudflare?.reports).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news']);
  });

  it('keeps the June 6 and July 20, 2008 Amazon articles apart', () => {
    const { documents } = groupIncidents(fixtureDocuments());
    const june = byId(documents, 'seed-amazon-2008-06-06') as (typeof documents)[number];
    const july = byId(documents, 'seed-s3-2008-07-20') as (typeof documents)[number];
    expect(june.incident).toBe('2008-06-06-amazon');
    expect(july.incident).toBe('2008-07-20-amazon-s3');
  });

  it('keeps a document without a date, or without a provider, as its own incident', () => {
    const { incidents } = groupIncidents(fixtureDocuments());
    const undated = incidents.find((i) => i.reports.includes('seed-amazon-ecommerce-disruption'));
    expect(undated).toMatchObject({ id: 'amazon-outage-decoding-the-e-commerce', date: null, reports: ['seed-amazon-ecommerce-disruption'] });
    const noProvider = incidents.find((i) => i.reports.includes('essay-failover-design'));
    expect(noProvider?.reports).toEqual(['essay-failover-design']);
    expect(noProvider?.id).toMatch(/^designing-failover-between-data-centres-[0-9a-f]{6}$/);
  });

  it('never groups an undated report with a dated one by text, only by the same URL', () => {
    const docs = fixtureDocuments();
    const status = byId(docs, 'aws-s3-2008-07-20-status');
    const copy: AnalyzedDocument = { ...structuredClone(status), id: 'copy-without-date', url: null, published: null, dates: undefined, facts: { ...status.facts, incidentDate: null } };
    expect(new Set(groupIncidents([status, copy]).documents.map((d) => d.incident)).size).toBe(2);
    const sameUrl = groupIncidents([status, { ...copy, url: status.url }]);
    expect(sameUrl.incidents.map((i) => [i.reports, i.grouping?.map((g) => g.rule)])).toEqual([[['aws-s3-2008-07-20-status', 'copy-without-date'], ['same-url']]]);
  });

  it('gives the same result for any input order', () => {
    const docs = fixtureDocuments();
    const reference = JSON.stringify(groupIncidents(docs));
    for (const seed of [1, 7, 42]) expect(JSON.stringify(groupIncidents(shuffled(docs, seed)))).toBe(reference);
  });

  it('builds the incident from its reports: date, providers, services, merged tags with evidence per report, summary', () => {
    const { incidents } = groupIncidents(fixtureDocuments());
    const s3 = incidents.find((i) => i.id === '2008-07-20-amazon-s3');
    expect(s3).toMatchObject({
      title: 'Amazon S3 Availability Event: July 20, 2008',
      date: '2008-07-20',
      providers: ['Amazon Web Services'],
      services: ['S3'],
    });
    expect(s3?.summary.startsWith('At 8:40am PDT on July 20, 2008, error rates in Amazon S3 requests began to rise')).toBe(true);
    // The status post calls storage impacted, the news article the origin: the origin wins.
    expect(s3?.layers.map((t) => [t.label, t.certainty, t.role])).toEqual([
      ['control-plane', 'confirmed', 'origin'],
      ['storage', 'confirmed', 'origin'],
    ]);
    // GitHub's network partition is the origin and its database the impacted layer, in that order.
    const github = incidents.find((i) => i.reports.includes('github-2018-10-21'));
    expect(github?.layers.map((t) => [t.label, t.role, t.evidence[0]?.role])).toEqual([
      ['network', 'origin', 'root-cause'],
      ['database', 'impacted', 'impact'],
    ]);
    // software-bug: confirmed by the status post wins over "reported" in the news article.
    const bug = s3?.causes.find((t) => t.label === 'software-bug');
    expect(bug?.certainty).toBe('confirmed');
    expect(bug?.evidence.map((e) => e.document)).toEqual(['aws-s3-2008-07-20-status', 'seed-s3-2008-07-20']);
    const docs = fixtureDocuments();
    for (const tag of [...(s3?.layers ?? []), ...(s3?.causes ?? [])]) {
      for (const e of tag.evidence) expect(byId(docs, e.document!).text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('disambiguates colliding slugs deterministically', () => {
    const docs = fixtureDocuments();
    const fastly = byId(docs, 'fastly-2021-06-08');
    const other: AnalyzedDocument = {
      ...structuredClone(fastly),
      id: 'fastly-other-2021-06-08',
      url: 'https://status.fastly.com/incidents/image-optimizer',
      title: 'Fastly image optimizer errors',
      text: 'Image optimisation requests failed with timeouts at a handful of points of presence.',
      summary: { text: 'Image optimisation requests failed with timeouts.', sentences: [] },
      keyphrases: ['image optimizer'],
      facts: { ...fastly.facts, services: [{ value: 'edge cloud', evidence: null, from: 'text' }] },
      layers: [],
      causes: [],
    };
    // Same provider, date and service: one incident; with a different service and unrelated text: two.
    expect(groupIncidents([fastly, other]).incidents.map((i) => i.id)).toEqual(['2021-06-08-fastly-edge-cloud']);
    const separate = { ...other, facts: { ...other.facts, services: [{ value: 'Image Optimizer', evidence: null, from: 'text' as const }] } };
    const ids = groupIncidents([separate, fastly]).incidents.map((i) => i.id);
    expect(ids).toEqual(['2021-06-08-fastly-edge-cloud', '2021-06-08-fastly-image-optimizer']);
    // Two undated reports with the same provider and title never group, and share a base slug.
    const undated = (id: string): AnalyzedDocument => ({ ...structuredClone(fastly), id, url: `https://news.example/${id}`, published: null, dates: undefined, facts: { ...fastly.facts, incidentDate: null } });
    const collided = groupIncidents([undated('z-report'), undated('a-report')]);
    expect(collided.incidents.map((i) => [i.id, i.reports])).toEqual([
      ['fastly-summary-of-june-8-outage', ['a-report']],
      [`fastly-summary-of-june-8-outage-${shortHash('z-report')}`, ['z-report']],
    ]);
  });

  it('every document names an incident that lists it, and ids are unique', () => {
    const { incidents, documents } = groupIncidents(fixtureDocuments());
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
    for (const doc of documents) expect(incidents.find((i) => i.id === doc.incident)?.reports).toContain(doc.id);
    expect(incidents.reduce((n, i) => n + i.reports.length, 0)).toBe(documents.length);
    expect(incidents.length).toBe(12);
  });

  it('links reports naming one service in a chain within the window, and bounds the text comparisons per report', () => {
    const base = fixtureDocuments()[0]!;
    /** A report of Acme on `published`, naming `product` (or none), about `words`. */
    const report = (id: string, published: string, product: string | null, words: string): AnalyzedDocument => ({
      ...base,
      id,
      title: words,
      url: null,
      published,
      company: 'Acme',
      product,
      startTime: null,
      keyphrases: words.split(' '),
      summary: { ...base.summary, text: words },
      facts: { ...base.facts, providers: [], services: [], incidentDate: null, startTime: null },
    });
    const chain = [
      report('a', '2024-01-01', 'Widgets', 'alpha bravo charlie'),
      report('b', '2024-01-03', 'Widgets', 'delta echo foxtrot'),
      report('c', '2024-01-05', 'Widgets', 'golf hotel india'),
    ];
    expect(groupIncidents(chain).incidents.map((i) => i.reports)).toEqual([['a', 'b', 'c']]);
    // x and z tell the same story without a service; with one text comparison per report x meets only y.
    const texts = [report('x', '2024-02-01', null, 'the payment queue stalled'), report('y', '2024-02-01', 'Gadgets', 'kilo lima mike'), report('z', '2024-02-01', null, 'the payment queue stalled')];
    expect(groupIncidents(texts).incidents.map((i) => i.reports).sort()).toEqual([['x', 'z'], ['y']]);
    expect(groupIncidents(texts, { maxTextComparisons: 1 }).incidents.map((i) => i.reports).sort()).toEqual([['x'], ['y'], ['z']]);
  });
});
