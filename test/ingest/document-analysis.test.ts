import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/ingest/document-analysis.js';
import type { IngestedDocument } from '../../src/model/document.js';

/** An ingested document with the given text and metadata. */
function ingested(text: string, fields: Partial<IngestedDocument> = {}): IngestedDocument {
  return {
    id: 'doc-1',
    title: null,
    url: null,
    published: '2024-05-02',
    author: null,
    description: null,
    tags: [],
    company: null,
    product: null,
    startTime: null,
    meta: {},
    sources: [],
    text,
    comments: [],
    textHash: 'h',
    ...fields,
  };
}

const REPORT =
  'Summary of impact: Between 09:10 and 10:05 UTC customers could not sign in.\n\nRoot cause: A configuration change removed the DNS records of the login service.\n\nMitigation: We restored the records at 09:58 UTC.';

describe('the analyse+tag stage', () => {
  it('stores every sentence with its role and section', () => {
    const doc = analyzeDocument(ingested(REPORT));
    expect(doc.sentences.map((s) => [REPORT.slice(s.start, s.end), s.role, s.section])).toEqual([
      ['Summary of impact: Between 09:10 and 10:05 UTC customers could not sign in.', 'impact', 'Summary of impact'],
      ['Root cause: A configuration change removed the DNS records of the login service.', 'root-cause', 'Root cause'],
      ['Mitigation: We restored the records at 09:58 UTC.', 'mitigation', 'Mitigation'],
    ]);
  });

  it('stores the outline: trigger, the fix, the times and the duration, the end time read from the front matter', () => {
    const outline = analyzeDocument(ingested(REPORT)).outline;
    expect([outline?.trigger.kind, outline?.detection.method, outline?.mitigation.map((m) => m.step)]).toEqual(['config-change', 'not-stated', ['config-revert']]);
    expect(outline?.timeline.map((e) => `${e.event}@${e.at}`)).toEqual(['start@2024-05-02T09:10:00Z', 'mitigated@2024-05-02T09:58:00Z', 'resolved@2024-05-02T10:05:00Z']);
    expect([outline?.durationMinutes, outline?.durationFrom, outline?.timeToMitigateMinutes]).toEqual([55, 'timeline', 48]);
    const fromFrontMatter = analyzeDocument(ingested(REPORT, { startTime: '2024-05-02T09:00:00.000Z', meta: { end_time: '2024-05-02T11:00:00Z' } })).outline;
    expect([fromFrontMatter?.durationMinutes, fromFrontMatter?.durationFrom]).toEqual([120, 'front-matter']);
  });

  it('tags with roles and rule ids, the origin layer first', () => {
    const doc = analyzeDocument(ingested(REPORT));
    expect(doc.layers[0]).toMatchObject({ label: 'dns', role: 'origin', certainty: 'confirmed' });
    expect(doc.causes.map((t) => [t.label, t.role])).toEqual([['misconfiguration', 'root']]);
    expect(doc.causes[0]?.evidence[0]).toMatchObject({ role: 'root-cause', text: 'A configuration change removed the DNS records of the login service.' });
    expect(doc.causes[0]?.rules).toContain('section.root-cause');
  });

  it("honours the front matter's official flag", () => {
    const neutral = 'The login service was unavailable for an hour.\n\nA configuration change removed its DNS records.';
    expect(analyzeDocument(ingested(neutral)).causes[0]?.certainty).toBe('reported');
    expect(analyzeDocument(ingested(neutral, { meta: { official: true } })).causes[0]?.certainty).toBe('confirmed');
  });

  it("reads the operator's domain from the document's URL", () => {
    const neutral = 'Amazon S3 was unavailable for an hour.\n\nA configuration change removed its DNS records.';
    expect(analyzeDocument(ingested(neutral, { url: 'https://aws.amazon.com/message/1/' })).causes[0]?.certainty).toBe('confirmed');
  });
});
