import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../src/model/taxonomy.js';
import { RULEBOOK_DATA } from '../../src/rulebook/rulebook.js';
import { renderTaxonomyDoc } from '../../src/rulebook/taxonomy-doc.js';

describe('docs/taxonomy.md', () => {
  it('is up to date with the taxonomy and the rulebook (run: npx tsx scripts/gen-taxonomy-doc.ts)', () => {
    const committed = readFileSync(new URL('../../docs/taxonomy.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderTaxonomyDoc());
  });

  it('lists every label and every rule id', () => {
    const doc = renderTaxonomyDoc();
    for (const entry of [...TAXONOMY.layers, ...TAXONOMY.causes]) expect(doc).toContain(`### \`${entry.label}\``);
    for (const axis of [RULEBOOK_DATA.layers, RULEBOOK_DATA.causes]) for (const label of axis) for (const cue of label.cues) expect(doc).toContain(`\`${cue.id}\``);
    for (const rule of [...RULEBOOK_DATA.sections, ...RULEBOOK_DATA.roles, ...RULEBOOK_DATA.connectives]) expect(doc).toContain(`\`${rule.id}\``);
  });
});
