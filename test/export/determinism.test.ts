import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportToDirectory } from '../../src/export/index.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { exportDocuments, exportIncidents, exportManifest } from '../fixtures/export/records.js';
import { exportBytes, tempFolder } from './export-helpers.js';

describe('deterministic exports', () => {
  it.each(EXPORT_FORMATS)('%s: the same data and options give byte-identical files whatever the load order', async (format) => {
    const a = await exportBytes(fixtureKnowledgeBase(), { format });
    const b = await exportBytes(fixtureKnowledgeBase([...exportDocuments].reverse(), [...exportIncidents].reverse()), { format });
    expect(a.length).toBeGreaterThan(100);
    expect(b.equals(a)).toBe(true);
  });

  it.each(['csv', 'parquet', 'jsonl', 'bibtex'] as const)('%s folder: data files identical, the manifest differs only in its build time', async (format) => {
    const [first, second] = [await tempFolder(), await tempFolder()];
    await exportToDirectory(fixtureKnowledgeBase(), { format, noText: true }, first, { created: '2024-06-01T00:00:00.000Z' });
    await exportToDirectory(fixtureKnowledgeBase([...exportDocuments].reverse()), { format, noText: true }, second, { created: '2025-01-01T09:30:00.000Z' });
    const names = (await readdir(first)).sort();
    expect((await readdir(second)).sort()).toEqual(names);
    for (const name of names.filter((n) => n !== 'datapackage.json')) {
      expect((await readFile(join(second, name))).equals(await readFile(join(first, name)))).toBe(true);
    }
    const manifestA = await readFile(join(first, 'datapackage.json'), 'utf8');
    const manifestB = await readFile(join(second, 'datapackage.json'), 'utf8');
    expect(manifestA).not.toBe(manifestB);
    expect(manifestB.replace('2025-01-01T09:30:00.000Z', '2024-06-01T00:00:00.000Z')).toBe(manifestA);
  });

  it('changes the bytes when the data changes (the comparison can fail)', async () => {
    const changed = [{ ...exportDocuments[0]!, title: 'Another title' }, ...exportDocuments.slice(1)];
    const a = await exportBytes(fixtureKnowledgeBase(), { format: 'parquet' });
    const b = await exportBytes(fixtureKnowledgeBase(changed, exportIncidents, exportManifest), { format: 'parquet' });
    expect(b.equals(a)).toBe(false);
  });
});
