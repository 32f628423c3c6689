import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTaxonomyDoc } from '../../src/tag/taxonomy-doc.js';
import { CAUSE_LABELS, isCauseLabel, isLayerLabel, LAYER_LABELS, SOCC16_FIGURES, SOCC16_OUTAGES, TAXONOMY } from '../../src/tag/taxonomy.js';

const SHARED = new URL('../../../shared/taxonomy.md', import.meta.url);

/** The labels of a table section of the shared taxonomy ("## Failure layer", "## Root-cause class"). */
function sharedLabels(markdown: string, heading: string): string[] {
  const section = markdown.slice(markdown.indexOf(heading));
  const table = section.slice(0, section.indexOf('\n## ', 3));
  return [...table.matchAll(/^\| ([a-z-]+) \|/gmu)].map((m) => m[1] ?? '').filter((l) => l !== 'label');
}

describe('taxonomy module', () => {
  it.runIf(existsSync(SHARED))('uses exactly the label strings of ../shared/taxonomy.md, in order', () => {
    const markdown = readFileSync(SHARED, 'utf8');
    expect([...LAYER_LABELS]).toEqual(sharedLabels(markdown, '## Failure layer'));
    expect([...CAUSE_LABELS]).toEqual(sharedLabels(markdown, '## Root-cause class'));
    for (const entry of TAXONOMY.layers) expect(markdown).toContain(`| ${entry.label} | ${entry.definition} |`);
    for (const entry of TAXONOMY.causes) expect(markdown).toContain(`| ${entry.label} | ${entry.definition} | ${entry.socc16Note} |`);
    for (const figure of SOCC16_FIGURES) expect(markdown).toContain(`| ${figure.category} | ${figure.outages} |`);
  });

  it('has cues for every label but unknown, and the SoCC figures', () => {
    for (const entry of TAXONOMY.layers) expect(entry.cues.cues.length, entry.label).toBeGreaterThan(3);
    for (const entry of TAXONOMY.causes) expect(entry.cues.cues.length > 0, entry.label).toBe(entry.label !== 'unknown');
    expect(SOCC16_OUTAGES).toBe(597);
    expect(SOCC16_FIGURES.find((f) => f.category === 'UNKNOWN')?.outages).toBe(355);
    expect(TAXONOMY.causes.find((c) => c.label === 'hardware')?.socc16).toEqual(['SERVER', 'STORAGE', 'HARDWARE']);
  });

  it('recognises labels', () => {
    expect(isLayerLabel('control-plane')).toBe(true);
    expect(isLayerLabel('unknown')).toBe(false);
    expect(isCauseLabel('unknown')).toBe(true);
    expect(isCauseLabel('dns')).toBe(false);
  });
});

describe('docs/taxonomy.md', () => {
  it('is up to date with the taxonomy module (run: npx tsx scripts/gen-taxonomy-doc.ts)', () => {
    const committed = readFileSync(new URL('../../docs/taxonomy.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderTaxonomyDoc());
  });

  it('lists every label and cue', () => {
    const doc = renderTaxonomyDoc();
    for (const entry of [...TAXONOMY.layers, ...TAXONOMY.causes]) {
      expect(doc).toContain(`### \`${entry.label}\``);
      for (const cue of entry.cues.cues) expect(doc).toContain(`\`${cue.pattern.replace(/\|/gu, '\\|')}\``);
    }
  });
});
