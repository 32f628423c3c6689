import { describe, expect, it } from 'vitest';
import { mergeOutlines } from '../../src/incidents/merge-outline.js';
import type { AnalyzedDocument } from '../../src/model/document.js';
import { unstatedOutline, type Outline, type OutlineEvidence } from '../../src/model/outline.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

const said = (text: string, rule: string): OutlineEvidence => ({ start: 0, end: text.length, text, rule });

/** An outline stating nothing. */
const EMPTY: Outline = unstatedOutline();

function report(id: string, outline: Partial<Outline> | undefined): AnalyzedDocument {
  const base = fixtureDocuments()[0]!;
  const doc: AnalyzedDocument = { ...base, id };
  if (outline !== undefined) doc.outline = { ...EMPTY, ...outline };
  else delete doc.outline;
  return doc;
}

const OPERATOR = report('op', {
  trigger: { kind: 'deployment', evidence: said('We rolled out a new build.', 'outline.trigger.deployment') },
  timeline: [{ event: 'start', at: '2024-05-02T16:14:00Z', written: '9:14 AM PDT', dated: true, evidence: said('Errors began at 9:14 AM PDT.', 'outline.timeline.start') }],
  durationMinutes: 56,
  durationFrom: 'timeline',
});
const PRESS = report('press', {
  trigger: { kind: 'config-change', evidence: said('A configuration change was to blame.', 'outline.trigger.config-change') },
  detection: { method: 'customer-reports', evidence: said('Customers reported errors.', 'outline.detection.customers'), at: null },
  timeline: [
    { event: 'start', at: '2024-05-02T16:20:00Z', written: '9:20 AM PDT', dated: true, evidence: said('At 9:20 the site failed.', 'outline.timeline.start') },
    { event: 'detected', at: '2024-05-02T16:30:00Z', written: '9:30 AM PDT', dated: true, evidence: said('Customers reported errors at 9:30.', 'outline.timeline.detected') },
  ],
});

describe('mergeOutlines', () => {
  it("takes each field from the first report that states it, naming it, and keeps the others' values as conflicts", () => {
    const merged = mergeOutlines([OPERATOR, PRESS]);
    expect([merged?.trigger.kind, merged?.trigger.document, merged?.detection.method, merged?.detection.document]).toEqual(['deployment', 'op', 'customer-reports', 'press']);
    expect(merged?.timeline.map((e) => [e.event, e.at, e.document])).toEqual([
      ['start', '2024-05-02T16:14:00Z', 'op'],
      ['detected', '2024-05-02T16:30:00Z', 'press'],
    ]);
    expect([merged?.durationMinutes, merged?.timeToDetectMinutes, merged?.mitigation, merged?.actionItems]).toEqual([56, 16, [], []]);
    expect(merged?.conflicts).toEqual([
      { field: 'trigger', values: [{ value: 'deployment', document: 'op' }, { value: 'config-change', document: 'press' }] },
      { field: 'timeline.start', values: [{ value: '2024-05-02T16:14:00Z', document: 'op' }, { value: '2024-05-02T16:20:00Z', document: 'press' }] },
    ]);
  });

  it('says not stated when no report states a field, and is null when no report has an outline', () => {
    const merged = mergeOutlines([report('a', {}), report('b', {})]);
    expect([merged?.trigger, merged?.detection, merged?.timeline, merged?.conflicts]).toEqual([
      { kind: 'none-stated', evidence: null, document: null },
      { method: 'not-stated', evidence: null, at: null, document: null },
      [],
      [],
    ]);
    expect(mergeOutlines([report('old', undefined)])).toBeNull();
  });
});
