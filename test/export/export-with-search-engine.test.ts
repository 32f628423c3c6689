/**
 * Exports against the real search engine (`knowledgeBaseFromRecords`): the filters mean what
 * the search means, and a query over the search's limits surfaces as its 400 before any byte.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportToStream, prepareExport, type ExportOptions } from '../../src/export/index.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { exportDocuments, exportIncidents, exportManifest } from '../fixtures/export/records.js';

const kb = knowledgeBaseFromRecords({ documents: exportDocuments, incidents: exportIncidents, manifest: exportManifest, dir: 'export-fixture' });
const ids = (options: Omit<ExportOptions, 'format'>): string[] => prepareExport(kb, { format: 'jsonl', ...options }).selection.documents.map((d) => d.id);

describe('exports through the search engine', () => {
  it('selects by layer, cause, certainty, provider and years as the search does', () => {
    expect(ids({})).toEqual(['95e2d58907dc20d1', 'c0ffee0123456789', 'dead0000beef1111', 'f457170000000021']);
    expect(ids({ layers: ['cdn'] })).toEqual(['95e2d58907dc20d1', 'f457170000000021']);
    expect(ids({ causes: ['human-error'] })).toEqual(['c0ffee0123456789']);
    expect(ids({ certainty: ['speculated'] })).toEqual(['95e2d58907dc20d1']);
    expect(ids({ providers: ['fastly'] })).toEqual(['f457170000000021']);
    expect(ids({ from: 2017, to: 2017 })).toEqual(['c0ffee0123456789']);
    expect(ids({ layers: ['cdn'], from: 2020 })).toEqual(['f457170000000021']);
  });

  it('selects by full-text query, sorted by id whatever the relevance order', () => {
    expect(ids({ query: 'playbook' })).toEqual(['c0ffee0123456789']);
    expect(ids({ query: 'playbook', layers: ['cdn'] })).toEqual([]);
    expect(ids({ query: 'outage' }).length).toBeGreaterThan(0);
    const all = ids({ query: 'the' });
    expect(all).toEqual([...all].sort());
  });

  it('throws the search\'s 400 for a query over the term limit, before writing', async () => {
    const sink = new PassThrough();
    let written = 0;
    sink.on('data', (chunk: Buffer) => (written += chunk.length));
    await expect(exportToStream(kb, { format: 'csv', query: Array.from({ length: 40 }, (_, i) => `w${i}`).join('-') }, sink)).rejects.toThrow(expect.objectContaining({ status: 400 }));
    expect(written).toBe(0);
  });
});

describe('exports past the search result window', () => {
  /** 10,050 copies of the fixture documents with an origin CDN layer (ids made unique). */
  const cdn = exportDocuments.filter((doc) => doc.layers.some((t) => t.label === 'cdn' && t.role === 'origin'));
  const many = Array.from({ length: 10_050 }, (_, i) => ({ ...cdn[i % cdn.length]!, id: i.toString(16).padStart(16, '0'), incident: `incident-${i}` }));
  const manyIncidents = many.map((doc) => ({ ...exportIncidents[0]!, id: doc.incident, reports: [doc.id], primaryReport: doc.id }));
  const big = knowledgeBaseFromRecords({ documents: many, incidents: manyIncidents, manifest: exportManifest, dir: 'many' });

  it('a filtered export of more than 10,000 matches writes every one (the search pages only to 10,000)', async () => {
    expect(cdn.length).toBe(2);
    // The engine asserts the window (a request past it never passes an edge's checks).
    expect(() => big.search({ query: '', layers: ['cdn'], page: 101, pageSize: 100 })).toThrow(/page 101 with pageSize 100 reaches past the first 10000 results/);
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const result = await exportToStream(big, { format: 'jsonl', layers: ['cdn'] }, sink);
    expect(result.documents).toBe(10_050);
    expect(text.trim().split('\n')).toHaveLength(10_050);
    expect(prepareExport(big, { format: 'jsonl', query: 'outage', layers: ['cdn'] }).selection.documents).toHaveLength(big.search({ query: 'outage', pageSize: 1 }).total);
  });
});
