import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { exportToDirectory, type DataPackage, type ExportFormat } from '../../src/export/index.js';
import { FAULTLINE_VERSION } from '../../src/version.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { tempFolder } from './export-helpers.js';

// The Frictionless Data Package v1 profiles (JSON Schema draft-04), as shipped by the `datapackage`
// npm package; see test/fixtures/export/frictionless/README.md.
const require = createRequire(import.meta.url);
const profiles: Record<string, object> = {
  'tabular-data-package': require('../fixtures/export/frictionless/tabular-data-package.json') as object,
  'data-package': require('../fixtures/export/frictionless/data-package.json') as object,
};
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

// ajv-draft-04 is CommonJS: under NodeNext its class is the module's `default` member.
const Ajv = AjvDraft04.default;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('date-time', ISO_DATE_TIME);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
ajv.addFormat('textarea', () => true);
const validators = Object.fromEntries(Object.entries(profiles).map(([name, schema]) => [name, ajv.compile(schema)]));

/** Validates a descriptor against the profile it declares, returning the errors. */
function validate(descriptor: DataPackage): unknown[] {
  const check = validators[descriptor.profile]!;
  return check(descriptor) ? [] : (check.errors ?? []);
}

describe('datapackage.json', () => {
  it.each(['csv', 'parquet', 'jsonl', 'bibtex', 'csl-json', 'ris'] as ExportFormat[])('validates against the Frictionless profile for %s', async (format) => {
    const dir = await tempFolder();
    await exportToDirectory(fixtureKnowledgeBase(), { format }, dir);
    const descriptor = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
    expect(validate(descriptor)).toEqual([]);
    expect(descriptor.profile).toBe(format === 'csv' || format === 'parquet' ? 'tabular-data-package' : 'data-package');
    for (const resource of descriptor.resources) {
      const bytes = await readFile(join(dir, resource.path));
      expect(resource.bytes).toBe((await stat(join(dir, resource.path))).size);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(resource.schema.fields.length).toBeGreaterThan(0);
      for (const field of resource.schema.fields) expect(field.description.length).toBeGreaterThan(5);
    }
  });

  it('rejects a descriptor that breaks the profile (the check can fail)', async () => {
    const dir = await tempFolder();
    const { dataPackage } = await exportToDirectory(fixtureKnowledgeBase(), { format: 'csv' }, dir);
    const broken = structuredClone(dataPackage) as unknown as { resources: Record<string, unknown>[]; created: string };
    broken.resources[0]!.hash = 'sha256:not-hex';
    broken.created = 'yesterday';
    expect(validate(broken as unknown as DataPackage).length).toBeGreaterThanOrEqual(2);
  });

  it('records counts, taxonomy, version, filters and build time', async () => {
    const dir = await tempFolder();
    const { dataPackage } = await exportToDirectory(
      fixtureKnowledgeBase(),
      { format: 'csv', layers: ['cdn'], certainty: ['confirmed', 'speculated'], noText: true },
      dir,
      { created: '2024-06-01T10:00:00.000Z' },
    );
    expect(dataPackage.created).toBe('2024-06-01T10:00:00.000Z');
    expect(dataPackage.resources.map((r) => [r.name, r.records])).toEqual([
      ['documents', 2],
      ['tags', 7],
      ['comments', 2],
      ['incidents', 2],
      ['timeline', 1],
      ['action_items', 0],
    ]);
    expect(dataPackage.resources[0]!.schema.fields.map((f) => f.name)).not.toContain('text');
    expect(dataPackage.resources[0]!.schema.primaryKey).toEqual(['id']);
    expect(dataPackage.resources[0]).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', profile: 'tabular-data-resource' });
    expect(dataPackage.taxonomy.layers).toHaveLength(14);
    expect(dataPackage.taxonomy.causes).toHaveLength(12);
    expect(dataPackage.taxonomy.layers[0]).toEqual({ label: 'dns', definition: 'name resolution: authoritative DNS, resolvers, registrars, DNS automation' });
    expect(dataPackage.taxonomy.causes.find((c) => c.label === 'hardware')!.socc16).toEqual(['SERVER', 'STORAGE', 'HARDWARE']);
    expect(dataPackage.taxonomy.certainty.map((c) => c.label)).toEqual(['confirmed', 'reported', 'speculated']);
    expect(dataPackage.faultline).toEqual({
      version: FAULTLINE_VERSION,
      format: 'csv',
      noText: true,
      filters: { query: '', layers: ['cdn'], layerRole: 'origin', causes: [], certainty: ['confirmed', 'speculated'], providers: [], from: null, to: null, undated: false, ids: null },
      knowledgeBase: { createdAt: '2024-05-01T12:00:00.000Z', faultline: '0.1.0', documents: 4, incidents: 4 },
      counts: { documents: 2, incidents: 2 },
    });
  });
});
