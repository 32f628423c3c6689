import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { exportToDirectory } from '../../src/export/index.js';
import { DOCUMENTS_TABLE } from '../../src/export/table-fields.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { exportDocuments, exportIncidents } from '../fixtures/export/records.js';
import { exportBytes, tempFolder } from './export-helpers.js';

const sortedDocs = [...exportDocuments].sort((a, b) => (a.id < b.id ? -1 : 1));
const arrayBuffer = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('Parquet export', () => {
  it('writes a documents table with typed columns that hyparquet reads back', async () => {
    const file = arrayBuffer(await exportBytes(fixtureKnowledgeBase(), { format: 'parquet' }));
    const metadata = parquetMetadata(file);
    expect(metadata.created_by).toMatch(/^faultline \d+\.\d+\.\d+/);
    const types = Object.fromEntries(metadata.schema.slice(1).map((e) => [e.name, [e.type, e.converted_type ?? null]]));
    expect(types).toMatchObject({
      id: ['BYTE_ARRAY', 'UTF8'],
      incident_date: ['INT32', 'DATE'],
      sources: ['INT32', null],
      token_count: ['INT32', null],
      text: ['BYTE_ARRAY', 'UTF8'],
    });
    expect(metadata.schema.slice(1).map((e) => e.name)).toEqual(DOCUMENTS_TABLE.fields.map((f) => f.name));
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(4);
    for (const [i, doc] of sortedDocs.entries()) {
      const row = rows[i]!;
      const incident = exportIncidents.find((inc) => inc.id === doc.incident)!;
      expect(row).toMatchObject({ id: doc.id, title: doc.title, url: doc.url, text: doc.text, sources: doc.sources.length, token_count: doc.tokenCount, summary: doc.summary.text });
      expect(row.incident_date).toEqual(incident.date === null ? null : new Date(`${incident.date}T00:00:00Z`));
    }
  });

  it('writes every table in a folder export with numbers, booleans and nulls typed', async () => {
    const dir = await tempFolder();
    await exportToDirectory(fixtureKnowledgeBase(), { format: 'parquet', noText: true }, dir);
    const read = async (name: string): Promise<Record<string, unknown>[]> => parquetReadObjects({ file: arrayBuffer(await readFile(join(dir, `${name}.parquet`))) });
    const documents = await read('documents');
    expect(Object.keys(documents[0]!)).not.toContain('text');
    const tags = await read('tags');
    expect(tags).toHaveLength(12);
    expect(tags[0]).toEqual({
      document: '95e2d58907dc20d1',
      comment_id: null,
      in_comment: false,
      axis: 'layer',
      label: 'load-balancer',
      role: 'origin',
      certainty: 'speculated',
      confidence: 0.55,
      rules: 'layer.load-balancer.cue role.speculation',
      evidence_count: 1,
      evidence_role: 'speculation',
      evidence: 'This sort of thing is usually caused by a misconfigured HTTP service on the load balancer.',
      evidence_offsets: exportDocuments.find((d) => d.id === '95e2d58907dc20d1')!.layers[0]!.evidence.map((e) => `${e.start}-${e.end}`).join('; '),
    });
    expect(tags.filter((t) => t.in_comment === true)).toHaveLength(1);
    const comments = await read('comments');
    expect(comments.map((c) => Object.keys(c))).toEqual([
      ['id', 'document', 'author', 'published', 'url', 'layers', 'impacted_layers', 'causes'],
      ['id', 'document', 'author', 'published', 'url', 'layers', 'impacted_layers', 'causes'],
    ]);
    expect(documents.map((d) => [d.id, d.layers, d.impacted_layers])).toEqual([
      ['95e2d58907dc20d1', 'load-balancer:speculated; cdn:speculated', null],
      ['c0ffee0123456789', 'storage:confirmed', 'compute:reported'],
      ['dead0000beef1111', 'database:reported', null],
      ['f457170000000021', 'cdn:confirmed', null],
    ]);
    const incidents = await read('incidents');
    expect(incidents.map((i) => [i.id, i.layers, i.impacted_layers])).toEqual([
      ['2008-06-06-amazon-retail', 'load-balancer:speculated; cdn:speculated', null],
      ['2017-02-28-amazon-web-services-s3', 'storage:confirmed', 'compute:reported'],
      ['2021-06-08-fastly-cdn', 'cdn:confirmed', null],
      ['acme-outage-3f9a1c', 'database:reported', null],
    ]);
    expect(incidents.map((i) => [i.id, i.date, i.report_count])).toEqual(
      [...exportIncidents].sort((a, b) => (a.id < b.id ? -1 : 1)).map((i) => [i.id, i.date === null ? null : new Date(`${i.date}T00:00:00Z`), i.reports.length]),
    );
  });

  it('writes a readable file with no rows when nothing matches', async () => {
    const file = arrayBuffer(await exportBytes(fixtureKnowledgeBase(), { format: 'parquet', query: 'nothingmatchesthis' }));
    expect(await parquetReadObjects({ file })).toEqual([]);
    expect(parquetMetadata(file).schema).toHaveLength(DOCUMENTS_TABLE.fields.length + 1);
  });
});
