import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CAUSE_LABELS,
  isCauseLabel,
  isCertainty,
  isLayerLabel,
  isLayerRole,
  isSentenceRole,
  LAYER_LABELS,
  SENTENCE_ROLE_DEFINITIONS,
  SENTENCE_ROLES,
  SOCC16_FIGURES,
  SOCC16_OUTAGES,
  TAXONOMY,
} from '../../src/model/taxonomy.js';
import { requireSharedFile, sharedDeclaredAbsent, sharedFile } from '../fixtures/shared-file.js';

const SHARED = sharedFile('taxonomy.md');

/** The labels of a table section of the shared taxonomy ("## Failure layer", "## Root-cause class"). */
function sharedLabels(markdown: string, heading: string): string[] {
  const section = markdown.slice(markdown.indexOf(heading));
  const table = section.slice(0, section.indexOf('\n## ', 3));
  return [...table.matchAll(/^\| ([a-z-]+) \|/gmu)].map((m) => m[1] ?? '').filter((l) => l !== 'label');
}

describe('the taxonomy module', () => {
  it.skipIf(sharedDeclaredAbsent)('uses exactly the label strings of ../shared/taxonomy.md, in order', () => {
    requireSharedFile(SHARED, 'the taxonomy check');
    const markdown = readFileSync(SHARED, 'utf8');
    expect([...LAYER_LABELS]).toEqual(sharedLabels(markdown, '## Failure layer'));
    expect([...CAUSE_LABELS]).toEqual(sharedLabels(markdown, '## Root-cause class'));
    for (const entry of TAXONOMY.layers) expect(markdown).toContain(`| ${entry.label} | ${entry.definition} |`);
    for (const entry of TAXONOMY.causes) expect(markdown).toContain(`| ${entry.label} | ${entry.definition} | ${entry.socc16Note} |`);
    for (const figure of SOCC16_FIGURES) expect(markdown).toContain(`| ${figure.category} | ${figure.outages} |`);
  });

  it('has the SoCC figures', () => {
    expect(SOCC16_OUTAGES).toBe(597);
    expect(SOCC16_FIGURES.find((f) => f.category === 'UNKNOWN')?.outages).toBe(355);
    expect(TAXONOMY.causes.find((c) => c.label === 'hardware')?.socc16).toEqual(['SERVER', 'STORAGE', 'HARDWARE']);
  });

  it('defines every sentence role', () => {
    expect([...SENTENCE_ROLES]).toEqual(Object.keys(SENTENCE_ROLE_DEFINITIONS));
    expect(SENTENCE_ROLES).toContain('root-cause');
  });

  it('recognises labels and roles', () => {
    expect(isLayerLabel('control-plane')).toBe(true);
    expect(isLayerLabel('unknown')).toBe(false);
    expect(isCauseLabel('unknown')).toBe(true);
    expect(isCauseLabel('dns')).toBe(false);
    expect(isCertainty('speculated')).toBe(true);
    expect(isLayerRole('impacted')).toBe(true);
    expect(isLayerRole('root')).toBe(false);
    expect(isSentenceRole('action-item')).toBe(true);
    expect(isSentenceRole('advice')).toBe(false);
  });
});
