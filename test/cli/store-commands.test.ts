/**
 * `faultline export --store` (issue 17; skipped without `FAULTLINE_TEST_PG`): the seed corpus
 * ingested into a data folder and loaded into PostgreSQL exports the same files from both, with
 * and without a query and filters, and an unknown `--id` is refused alike.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runExportCommand } from '../../src/cli/export-command.js';
import { loadIntoStore } from '../../src/cli/load-into-store.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgres/test-database.js';

/** The files of an export folder, `datapackage.json` without its creation time. */
async function exportedFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8');
    out[name] = name === 'datapackage.json' ? text.replace(/"created": "[^"]*"/, '"created": "…"') : text;
  }
  return out;
}

describePostgres('faultline export --store', () => {
  let db: TestDatabase;
  let dir: string;
  const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'faultline-store-cli-'));
    db = await createTestDatabase('cli');
    const report = await runIngest({ corpus: new URL('../fixtures/seed-corpus', import.meta.url).pathname, out: path.join(dir, 'data'), workers: 0 });
    const loaded = await loadIntoStore(report.generation, db.url);
    expect(loaded.summary).toMatch(/^faultline ingest: loaded 3 documents and 3 incidents into postgresql:/);
  }, 180_000);
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['every document as CSV', { format: 'csv' }],
    ['a query as JSONL', { format: 'jsonl', query: 'outage' }],
    ['a layer filter as BibTeX', { format: 'bibtex', layer: ['storage'] }],
  ])('%s: the same files from the data folder and from the database', async (_name, options) => {
    const fromFolder = path.join(dir, `folder-${options.format}`);
    const fromStore = path.join(dir, `store-${options.format}`);
    await runExportCommand({ ...options, data: path.join(dir, 'data'), out: fromFolder }, undefined, quiet);
    await runExportCommand({ ...options, data: path.join(dir, 'no-such-folder'), store: db.url, out: fromStore }, undefined, quiet);
    const expected = await exportedFiles(fromFolder);
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(await exportedFiles(fromStore)).toEqual(expected);
  });

  it('refuses an unknown --id as the data folder does', async () => {
    const options = { format: 'jsonl', id: ['d-unknown'], out: path.join(dir, 'unknown.jsonl') };
    await expect(runExportCommand({ ...options, data: path.join(dir, 'data') }, undefined, quiet)).rejects.toThrow('unknown document id "d-unknown"');
    await expect(runExportCommand({ ...options, data: 'unused', store: db.url }, undefined, quiet)).rejects.toThrow('unknown document id "d-unknown"');
  });
});
