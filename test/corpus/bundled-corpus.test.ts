/**
 * The bundled corpus (`corpus/`, what `npm start` ingests and serves, issue 15): the four seed
 * files and 30 reports written for the project, ingested without an error; its README is not a
 * report; the exact and near duplicates it was written with are merged. Exact counts: editing the
 * corpus means updating them here (every other test reads the pinned `test/fixtures/seed-corpus/`).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../src/model/document.js';
import { runPipeline, type PipelineReport } from '../../src/pipeline/run-pipeline.js';

const CORPUS = path.resolve('corpus');

let report: PipelineReport;
let documents: (IngestedDocument & { incident: string })[];
beforeAll(async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'faultline-bundled-')), 'data');
  report = await runPipeline({ corpus: CORPUS, out, workers: 0 });
  const lines = (await readFile(path.join(out, 'documents.jsonl'), 'utf8')).trim().split('\n');
  documents = lines.map((line) => JSON.parse(line) as IngestedDocument & { incident: string });
}, 120_000);

/** The incident of the document read from the file whose name starts with `prefix`. */
function incidentOf(prefix: string): string {
  const doc = documents.find((d) => d.sources.some((s) => s.path.startsWith(prefix)));
  if (doc === undefined) throw new Error(`no document from ${prefix}`);
  return doc.incident;
}

describe('the bundled corpus', () => {
  it('holds the four seed files, 30 reports numbered 004 to 033 and its README', async () => {
    const names = (await readdir(CORPUS)).sort();
    expect(names).toHaveLength(35);
    expect(names.filter((n) => /^00[0-3]_/.test(n))).toEqual(['000_95e2d58907dc20d1.txt', '001_c4b483a6c527ed12.txt', '002_edc960f0af580891.txt', '003_d034e96823ecc3f3.txt']);
    expect(names.filter((n) => /^0(0[4-9]|[12]\d|3[0-3])_/.test(n))).toHaveLength(30);
    expect(names).toContain('README.md');
  });

  it('keeps the seed files as they were', async () => {
    for (const name of ['000_95e2d58907dc20d1.txt', '001_c4b483a6c527ed12.txt', '002_edc960f0af580891.txt', '003_d034e96823ecc3f3.txt']) {
      expect(await readFile(path.join(CORPUS, name), 'utf8')).toBe(await readFile(path.resolve('test/fixtures/seed-corpus', name), 'utf8'));
    }
  });

  it('states the CC0 licence of 004-033 and the provenance of the seeds in its README', async () => {
    const readme = await readFile(path.join(CORPUS, 'README.md'), 'utf8');
    expect(readme).toContain('**Files 004 to 033** are original works written for Faultline');
    expect(readme).toContain('CC0 1.0 Universal');
    expect(readme).toContain('**Files 000 to 003** are the project\'s original seed documents');
  });

  it('ingests 34 files into 31 documents, merging three duplicates, without an error or a warning', () => {
    expect(report.manifest.counts).toMatchObject({ files: 34, documents: 31, duplicates: 3, comments: 37, errors: 0, warnings: 0 });
    expect(report.manifest.errors).toEqual([]);
    expect(documents.flatMap((d) => d.sources.map((s) => s.path)).filter((p) => /readme/i.test(p))).toEqual([]);
  });

  it('merges the exact copy (000, 001) and the two syndicated near-copies (011/012, 015/016)', () => {
    const merged = documents.filter((d) => d.sources.length > 1).map((d) => d.sources.map((s) => s.path.slice(0, 3)).sort());
    expect(merged.sort()).toEqual([['000', '001'], ['011', '012'], ['015', '016']]);
  });

  it('groups the reports written of one outage in one incident where the operator is named by each', () => {
    expect(new Set(['004', '005', '006'].map(incidentOf)).size).toBe(1);
    expect(new Set(['007', '008'].map(incidentOf)).size).toBe(1);
    expect(new Set(['010', '011', '013'].map(incidentOf)).size).toBe(1);
    expect(incidentOf('004')).not.toBe(incidentOf('026'));
  });
});
