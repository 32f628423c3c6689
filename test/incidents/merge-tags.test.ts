import { describe, expect, it } from 'vitest';
import { mergeTags } from '../../src/incidents/merge-tags.js';
import type { AnalyzedDocument, CauseTag, Evidence, LayerTag, SentenceRole } from '../../src/model/document.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

function withCauses(id: string, causes: CauseTag[]): AnalyzedDocument {
  const base = fixtureDocuments()[0]!;
  return { ...base, id, causes };
}

function withLayers(id: string, layers: LayerTag[]): AnalyzedDocument {
  const base = fixtureDocuments()[0]!;
  return { ...base, id, layers };
}

const span = (text: string, role: SentenceRole = 'root-cause'): Evidence => ({ start: 0, end: text.length, text, role });

describe('mergeTags', () => {
  it('keeps the firmest certainty per label, the highest confidence, the union of rules, and evidence per report with its role', () => {
    const merged = mergeTags(
      [
        withCauses('a', [
          { label: 'capacity', certainty: 'speculated', confidence: 0.9, role: 'contributing', evidence: [span('maybe load', 'speculation')], rules: ['cause.capacity.load', 'section.speculation'] },
        ]),
        withCauses('b', [{ label: 'capacity', certainty: 'confirmed', confidence: 0.6, role: 'root', evidence: [span('it was load')], rules: ['cause.capacity.load', 'voice.our'] }]),
      ],
      (d) => d.causes,
    );
    expect(merged).toEqual([
      {
        label: 'capacity',
        certainty: 'confirmed',
        confidence: 0.9,
        role: 'root',
        evidence: [
          { ...span('it was load'), document: 'b' },
          { ...span('maybe load', 'speculation'), document: 'a' },
        ],
        rules: ['cause.capacity.load', 'section.speculation', 'voice.our'],
      },
    ]);
  });

  it('drops unknown when a report names a real cause', () => {
    const merged = mergeTags(
      [
        withCauses('a', [{ label: 'unknown', certainty: 'reported', confidence: 0.5, role: 'root', evidence: [], rules: [] }]),
        withCauses('b', [{ label: 'power', certainty: 'reported', confidence: 0.7, role: 'root', evidence: [], rules: [] }]),
      ],
      (d) => d.causes,
    );
    expect(merged.map((t) => t.label)).toEqual(['power']);
    const alone = mergeTags([withCauses('a', [{ label: 'unknown', certainty: 'reported', confidence: 0.5, role: 'root', evidence: [], rules: [] }])], (d) => d.causes);
    expect(alone.map((t) => t.label)).toEqual(['unknown']);
  });

  it('makes a layer the origin when any report names it the origin, even a less firm one', () => {
    const merged = mergeTags(
      [
        withLayers('a', [
          { label: 'storage', certainty: 'confirmed', confidence: 0.9, role: 'impacted', evidence: [span('S3 requests failed', 'impact')], rules: ['layer.storage.s3'] },
        ]),
        withLayers('b', [
          { label: 'storage', certainty: 'speculated', confidence: 0.4, role: 'origin', evidence: [span('maybe the disks', 'speculation')], rules: ['layer.storage.disk'] },
        ]),
      ],
      (d) => d.layers,
    );
    expect(merged).toEqual([
      {
        label: 'storage',
        certainty: 'confirmed',
        confidence: 0.9,
        role: 'origin',
        evidence: [
          { ...span('S3 requests failed', 'impact'), document: 'a' },
          { ...span('maybe the disks', 'speculation'), document: 'b' },
        ],
        rules: ['layer.storage.disk', 'layer.storage.s3'],
      },
    ]);
  });

  it('keeps impacted when no report names the layer the origin, and lists origin layers before impacted ones', () => {
    const layer = (label: LayerTag['label'], certainty: LayerTag['certainty'], confidence: number, role: LayerTag['role']): LayerTag => ({
      label,
      certainty,
      confidence,
      role,
      evidence: [],
      rules: [],
    });
    const merged = mergeTags(
      [
        withLayers('a', [layer('dns', 'speculated', 0.3, 'origin'), layer('database', 'confirmed', 0.95, 'impacted')]),
        withLayers('b', [layer('application', 'confirmed', 0.9, 'impacted'), layer('network', 'reported', 0.5, 'origin')]),
      ],
      (d) => d.layers,
    );
    expect(merged.map((t) => [t.label, t.role, t.certainty])).toEqual([
      ['network', 'origin', 'reported'],
      ['dns', 'origin', 'speculated'],
      ['database', 'impacted', 'confirmed'],
      ['application', 'impacted', 'confirmed'],
    ]);
  });
});
