import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportContentType, exportFilename, exportToStream, isDirectoryTarget, prepareExport, writeExport, type ExportOptions } from '../../src/export/index.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { exportDocuments, exportIncidents } from '../fixtures/export/records.js';
import { exportBytes, tempFolder } from './export-helpers.js';

const AMAZON = '95e2d58907dc20d1';
const S3 = 'c0ffee0123456789';
const HOSTILE = 'dead0000beef1111';
const FASTLY = 'f457170000000021';

/** Ids of the documents a JSONL export with these filters writes. */
async function exportedIds(options: Omit<ExportOptions, 'format'>): Promise<string[]> {
  const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'jsonl', ...options })).toString('utf8');
  return text.length === 0 ? [] : text.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
}

describe('export filters', () => {
  it.each([
    [{}, [AMAZON, S3, HOSTILE, FASTLY]],
    [{ layers: ['cdn'] }, [AMAZON, FASTLY]],
    [{ layers: ['storage', 'database'] }, [S3, HOSTILE]],
    [{ causes: ['deployment'] }, [FASTLY]],
    [{ certainty: ['confirmed'] }, [S3, FASTLY]],
    [{ certainty: ['speculated'] }, [AMAZON]],
    [{ providers: ['amazon web services'] }, [S3]],
    [{ providers: ['Acme, Inc.'] }, [HOSTILE]],
    [{ from: 2010 }, [S3, FASTLY]],
    [{ to: 2017 }, [AMAZON, S3]],
    [{ from: 2009, to: 2020 }, [S3]],
    [{ query: 'servers' }, [S3]],
    [{ query: 'load balancer' }, [AMAZON]],
    [{ layers: ['cdn'], certainty: ['confirmed'] }, [FASTLY]],
    [{ ids: [FASTLY, AMAZON] }, [AMAZON, FASTLY]],
    [{ ids: [FASTLY, AMAZON], layers: ['storage'] }, []],
    [{ query: 'nothing-matches' }, []],
  ] as [Omit<ExportOptions, 'format'>, string[]][])('%j exports %j', async (options, expected) => {
    expect(await exportedIds(options)).toEqual(expected);
  });

  it('passes the filters to the knowledge base search with the largest page size', () => {
    const kb = fixtureKnowledgeBase();
    prepareExport(kb, { format: 'csv', layers: ['cdn'], causes: ['software-bug'], certainty: ['confirmed'], providers: ['Fastly'], from: 2020, to: 2022, query: 'june' });
    expect(kb.requests).toEqual([
      { query: 'june', pageSize: 100, sort: 'relevance', page: 1, layers: ['cdn'], layerRole: 'origin', causes: ['software-bug'], certainty: ['confirmed'], providers: ['Fastly'], from: 2020, to: 2022 },
    ]);
    const any = fixtureKnowledgeBase();
    prepareExport(any, { format: 'csv', layers: ['compute'], layerRole: 'any' });
    expect(any.requests).toEqual([{ query: '', pageSize: 100, sort: 'relevance', page: 1, layers: ['compute'], layerRole: 'any' }]);
    // A layer role without a layer filter filters nothing: no search at all.
    const roleOnly = fixtureKnowledgeBase();
    expect(prepareExport(roleOnly, { format: 'csv', layerRole: 'impacted' }).selection.documents).toHaveLength(4);
    expect(roleOnly.requests).toEqual([]);
  });

  it('exports everything without searching when nothing is filtered', () => {
    const kb = fixtureKnowledgeBase();
    expect(prepareExport(kb, { format: 'csv' }).selection.documents).toHaveLength(4);
    expect(kb.requests).toEqual([]);
  });

  it('pages through more results than one search page holds', async () => {
    const many: KnowledgeDocument[] = Array.from({ length: 230 }, (_, i) => ({ ...exportDocuments[i % 4]!, id: `doc${String(i).padStart(4, '0')}` }));
    const kb = fixtureKnowledgeBase(many, exportIncidents);
    const { selection } = prepareExport(kb, { format: 'jsonl', query: 'the' });
    expect(kb.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    expect(selection.documents.map((d) => d.id)).toEqual(many.map((d) => d.id).filter((id) => many.find((d) => d.id === id)!.text.toLowerCase().includes('the')));
    expect(selection.documents.length).toBeGreaterThan(200);
  });

  it('selects the incidents of the selected documents, sorted by id', () => {
    const { selection } = prepareExport(fixtureKnowledgeBase(), { format: 'csv', layers: ['cdn'] });
    expect(selection.incidents.map((i) => i.id)).toEqual(['2008-06-06-amazon-retail', '2021-06-08-fastly-cdn']);
  });

  it('rejects an unknown id and a bad query before writing anything', async () => {
    const sink = new PassThrough();
    let written = 0;
    sink.on('data', (chunk: Buffer) => (written += chunk.length));
    await expect(exportToStream(fixtureKnowledgeBase(), { format: 'csv', ids: ['nope'] }, sink)).rejects.toThrow(expect.objectContaining({ parameter: 'ids', status: 400 }));
    const kb = fixtureKnowledgeBase();
    const failing = {
      ...kb,
      search: () => {
        throw new FaultlineError('query: unexpected ":" at 3', { parameter: 'query' });
      },
    };
    await expect(exportToStream(failing, { format: 'jsonl', query: 'a::b' }, sink)).rejects.toThrow(/unexpected/);
    await expect(exportToStream(kb, { format: 'csv', layers: ['disk' as 'dns'] }, sink)).rejects.toThrow(FaultlineError);
    expect(written).toBe(0);
  });
});

describe('HTTP download helpers and targets', () => {
  it('streams a prepared export the way a server does: prepare, name, write', async () => {
    const prepared = prepareExport(fixtureKnowledgeBase(), { format: 'jsonl', noText: true, layers: ['cdn'] });
    expect(exportFilename(prepared.options.format, prepared.options)).toBe('faultline-documents-no-text.jsonl');
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    let finished = false;
    sink.on('finish', () => (finished = true));
    expect(await writeExport(prepared, sink)).toEqual({ documents: 2, incidents: 2 });
    expect(finished).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\n')).toHaveLength(2);
  });

  it('names content types and download file names', () => {
    expect(exportContentType('csv')).toBe('text/csv; charset=utf-8');
    expect(exportContentType('jsonl')).toBe('application/x-ndjson; charset=utf-8');
    expect(exportContentType('parquet')).toBe('application/vnd.apache.parquet');
    expect(exportContentType('bibtex')).toBe('application/x-bibtex; charset=utf-8');
    expect(exportContentType('csl-json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(exportContentType('ris')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(exportFilename('csv')).toBe('faultline-documents.csv');
    expect(exportFilename('jsonl', { noText: true })).toBe('faultline-documents-no-text.jsonl');
    expect(exportFilename('parquet')).toBe('faultline-documents.parquet');
    expect(exportFilename('bibtex', { noText: true })).toBe('faultline-citations.bib');
    expect(exportFilename('csl-json')).toBe('faultline-citations.json');
    expect(exportFilename('ris')).toBe('faultline-citations.ris');
  });

  it('treats an existing folder or a path without extension as a folder target', async () => {
    const dir = await tempFolder();
    expect(await isDirectoryTarget(dir)).toBe(true);
    expect(await isDirectoryTarget(`${dir}/new-export`)).toBe(true);
    expect(await isDirectoryTarget(`${dir}/new-export/`)).toBe(true);
    expect(await isDirectoryTarget(`${dir}/out.csv`)).toBe(false);
  });
});
