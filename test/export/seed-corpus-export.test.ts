/**
 * End to end: ingest the seed corpus (test/fixtures/seed-corpus/, copies of corpus/000-003), load the data folder, export every format as a
 * folder, validate each datapackage.json against the Frictionless profile, and read the files back.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { Cite } from '@citation-js/core';
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportToDirectory, type DataPackage } from '../../src/export/index.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import type { KnowledgeBase } from '../../src/model/search.js';
import { loadKnowledgeBase } from '../../src/search/index.js';
import { neutralised, tempFolder } from './export-helpers.js';

const require = createRequire(import.meta.url);
const Ajv = AjvDraft04.default;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = {
  'tabular-data-package': ajv.compile(require('../fixtures/export/frictionless/tabular-data-package.json') as object),
  'data-package': ajv.compile(require('../fixtures/export/frictionless/data-package.json') as object),
};

let kb: KnowledgeBase;
let dataDir: string;

beforeAll(async () => {
  dataDir = join(await tempFolder(), 'data');
  await runIngest({ corpus: new URL('../fixtures/seed-corpus', import.meta.url).pathname, out: dataDir, workers: 0 });
  kb = await loadKnowledgeBase(dataDir);
}, 120_000);

describe('exporting the ingested seed corpus', () => {
  it.each(EXPORT_FORMATS)('%s: folder export validates and its checksums match', async (format) => {
    const dir = await tempFolder();
    const { dataPackage } = await exportToDirectory(kb, { format }, dir);
    const descriptor = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
    expect(descriptor).toEqual(dataPackage);
    const validate = validators[descriptor.profile];
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    for (const resource of descriptor.resources) {
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(await readFile(join(dir, resource.path))).digest('hex')}`);
    }
    expect(descriptor.faultline.counts).toEqual({ documents: kb.documents.size, incidents: kb.incidents.size });
  });

  it('CSV and Parquet hold the same documents as the knowledge base', async () => {
    const csvDir = await tempFolder();
    const parquetDir = await tempFolder();
    await exportToDirectory(kb, { format: 'csv' }, csvDir);
    await exportToDirectory(kb, { format: 'parquet' }, parquetDir);
    const docs = [...kb.documents.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const csvRows = parse<Record<string, string>>(await readFile(join(csvDir, 'documents.csv'), 'utf8'), { columns: true });
    const bytes = await readFile(join(parquetDir, 'documents.parquet'));
    const parquetRows: Record<string, unknown>[] = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(csvRows.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(parquetRows.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    for (const [i, doc] of docs.entries()) {
      expect(csvRows[i]!.text).toBe(neutralised(doc.text));
      expect(parquetRows[i]!.text).toBe(doc.text);
      expect(parquetRows[i]!.comment_count).toBe(doc.comments.length);
    }
    const comments = parse<Record<string, string>>(await readFile(join(csvDir, 'comments.csv'), 'utf8'), { columns: true });
    expect(comments.map((c) => c.id)).toEqual(docs.flatMap((d) => d.comments.map((c) => c.id)));
  });

  it('BibTeX parses back with one entry per document', async () => {
    const dir = await tempFolder();
    await exportToDirectory(kb, { format: 'bibtex' }, dir);
    const entries = new Cite(await readFile(join(dir, 'citations.bib'), 'utf8'), { forceType: '@biblatex/text' }).data;
    expect(entries).toHaveLength(kb.documents.size);
  });
});
