import { describe, expect, it } from 'vitest';
import { mergeTags } from '../../src/incidents/merge-tags.js';
import type { AnalyzedDocument, CauseLabel, Tag } from '../../src/model/document.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

function withCauses(id: string, causes: Tag<CauseLabel>[]): AnalyzedDocument {
  const base = fixtureDocuments()[0] as AnalyzedDocument;
  return { ...base, id, causes };
}

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('mergeTags', () => {
  it('keeps the firmest certainty per label, the highest confidence, and evidence per report', () => {
    const merged = mergeTags(
      [
        withCauses('a', [{ label: 'capacity', certainty: 'speculated', confidence: 0.9, evidence: [span('maybe load')] }]),
        withCauses('b', [{ label: 'capacity', certainty: 'confirmed', confidence: 0.6, evidence: [span('it was load')] }]),
      ],
      (d) => d.causes,
    );
    expect(merged).toEqual([
      {
        label: 'capacity',
        certainty: 'confirmed',
        confidence: 0.9,
        evidence: [
          { ...span('it was load'), document: 'b' },
          { ...span('maybe load'), document: 'a' },
        ],
      },
    ]);
  });

  it('drops unknown when a report names a real cause', () => {
    const merged = mergeTags(
      [
        withCauses('a', [{ label: 'unknown', certainty: 'reported', confidence: 0.5, evidence: [] }]),
        withCauses('b', [{ label: 'power', certainty: 'reported', confidence: 0.7, evidence: [] }]),
      ],
      (d) => d.causes,
    );
    expect(merged.map((t) => t.label)).toEqual(['power']);
    const alone = mergeTags([withCauses('a', [{ label: 'unknown', certainty: 'reported', confidence: 0.5, evidence: [] }])], (d) => d.causes);
    expect(alone.map((t) => t.label)).toEqual(['unknown']);
  });
});
