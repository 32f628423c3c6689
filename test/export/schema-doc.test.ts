import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILES, inheritDescriptions, readModelTypes, renderSchemaDoc } from '../../scripts/gen-schema-doc.js';
import { EXPORT_TABLES } from '../../src/export/table-fields.js';

describe('docs/schema.md', () => {
  it('is up to date with src/export and src/model (run `npx tsx scripts/gen-schema-doc.ts`)', () => {
    const committed = readFileSync(new URL('../../docs/schema.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderSchemaDoc());
  });

  it('describes every field of every model type', () => {
    const types = inheritDescriptions(MODEL_FILES.flatMap((file) => readModelTypes(file)));
    expect(types.map((t) => t.name)).toContain('KnowledgeDocument');
    expect(types.map((t) => t.name)).toContain('Incident');
    const undocumented = types.flatMap((t) => t.properties.filter((p) => p.description === '').map((p) => `${t.name}.${p.name}`));
    expect(undocumented).toEqual([]);
  });

  it('describes every table column', () => {
    for (const table of EXPORT_TABLES) {
      for (const field of table.fields) expect(field.description.length, `${table.name}.${field.name}`).toBeGreaterThan(10);
      expect(new Set(table.fields.map((f) => f.name)).size).toBe(table.fields.length);
    }
  });
});
