import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { registerExportCommand, runExportCommand } from '../../src/cli/export-command.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { tempFolder } from '../export/export-helpers.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { exportDocuments, exportIncidents, exportManifest } from '../fixtures/export/records.js';

const baseOptions = { format: 'csv', data: 'data', layer: [], cause: [], certainty: [], provider: [], id: [], text: true };

/** Captures what the command writes to stderr. */
function stderrSink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('faultline export', () => {
  it('writes a filtered CSV file and prints a summary to stderr', async () => {
    const dir = await tempFolder();
    const out = join(dir, 'cdn.csv');
    const stderr = stderrSink();
    const loaded: string[] = [];
    const load = async (data: string) => {
      loaded.push(data);
      return fixtureKnowledgeBase();
    };
    await runExportCommand({ ...baseOptions, data: 'my-data', out, layer: ['cdn'], text: false }, load, stderr.stream);
    expect(loaded).toEqual(['my-data']);
    const rows = parse<Record<string, string>>(await readFile(out, 'utf8'), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(['95e2d58907dc20d1', 'f457170000000021']);
    expect(Object.keys(rows[0]!)).not.toContain('text');
    expect(stderr.text()).toBe(`exported 2 documents of 2 incidents as csv to ${out}\n`);
  });

  it('reads impacted layers for --layer with --layer-role impacted or any', async () => {
    const dir = await tempFolder();
    const ids = async (layerRole?: string) => {
      const out = join(dir, `compute-${layerRole ?? 'default'}.csv`);
      await runExportCommand({ ...baseOptions, out, layer: ['compute'], layerRole }, async () => fixtureKnowledgeBase(), stderrSink().stream);
      return parse<Record<string, string>>(await readFile(out, 'utf8'), { columns: true }).map((r) => r.id);
    };
    expect(await ids()).toEqual([]);
    expect(await ids('impacted')).toEqual(['c0ffee0123456789']);
    expect(await ids('any')).toEqual(['c0ffee0123456789']);
  });

  it('writes a folder export when --out has no extension', async () => {
    const dir = await tempFolder();
    const out = join(dir, 'dataset');
    const stderr = stderrSink();
    await runExportCommand({ ...baseOptions, format: 'parquet', out }, async () => fixtureKnowledgeBase(), stderr.stream);
    expect(stderr.text()).toBe(`exported 4 documents of 4 incidents as parquet to ${out} (documents.parquet, tags.parquet, comments.parquet, incidents.parquet, timeline.parquet, action_items.parquet, datapackage.json)\n`);
    const datapackage = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8')) as { resources: unknown[] };
    expect(datapackage.resources).toHaveLength(6);
  });

  it.each([
    [{ format: 'xml' }, '--format', /^export: --format: must be one of jsonl, csv, parquet, bibtex, csl-json, ris, got "xml"$/],
    [{ format: undefined }, '--format', /^export: --format: is required \(one of: jsonl, csv, parquet, bibtex, csl-json, ris\)$/],
    [{ layer: ['dsn'] }, '--layer', /^export: --layer: must be one of dns, .*, got "dsn"$/],
    [{ layer: ['dns'], layerRole: 'root' }, '--layer-role', /^export: --layer-role: must be one of origin, impacted, any, got "root"$/],
    [{ from: '2020', to: '2010' }, '--from', /^export: --from: must not be after --to \(2020 > 2010\)$/],
    [{ from: 'last year' }, '--from', /^export: --from: must be a whole number from 1900 to 2200, got "last year"$/],
    [{ provider: ['Acme, Inc.', 'p'.repeat(101)] }, '--provider', /^export: --provider: must be at most 100 characters, got 101$/],
    [{ id: ['missing'] }, '--id', /^export: --id: unknown document id "missing"$/],
  ])('rejects %j with an error naming %s', async (bad, flag, message) => {
    const run = runExportCommand({ ...baseOptions, out: '/nonexistent/never-written.csv', ...bad }, async () => fixtureKnowledgeBase(), stderrSink().stream);
    await expect(run).rejects.toThrow(FaultlineError);
    await expect(runExportCommand({ ...baseOptions, ...bad }, async () => fixtureKnowledgeBase(), stderrSink().stream)).rejects.toThrow(message);
    await expect(run).rejects.toThrow(expect.objectContaining({ parameter: flag }));
  });

  it('registers its options on the program, --format required', async () => {
    const program = new Command('faultline').exitOverride();
    registerExportCommand(program);
    const command = program.commands.find((c) => c.name() === 'export')!;
    expect(command.options.map((o) => o.long)).toEqual([
      '--data',
      '--out',
      '--store',
      '--format',
      '--query',
      '--layer',
      '--layer-role',
      '--cause',
      '--certainty',
      '--provider',
      '--trigger',
      '--detection',
      '--mitigation',
      '--from',
      '--to',
      '--undated',
      '--id',
      '--no-text',
    ]);
    command.exitOverride().configureOutput({ writeErr: () => undefined });
    await expect(program.parseAsync(['node', 'faultline', 'export', '--data', 'x'])).rejects.toThrow(/required option '--format <format>'/);
  });
});

describe('faultline export past the search result window', () => {
  it('writes every one of more than 10,000 filtered matches (was a 400 "page 101 ... past the first 10000 results")', async () => {
    const cdn = exportDocuments.filter((doc) => doc.layers.some((t) => t.label === 'cdn' && t.role === 'origin'));
    const many = Array.from({ length: 10_050 }, (_, i) => ({ ...cdn[i % cdn.length]!, id: i.toString(16).padStart(16, '0'), incident: `incident-${i}` }));
    const incidents = many.map((doc) => ({ ...exportIncidents[0]!, id: doc.incident, reports: [doc.id], primaryReport: doc.id }));
    const big = knowledgeBaseFromRecords({ documents: many, incidents, manifest: exportManifest, dir: 'many' });
    const dir = await tempFolder();
    const out = join(dir, 'cdn.jsonl');
    const stderr = stderrSink();
    await runExportCommand({ ...baseOptions, format: 'jsonl', out, layer: ['cdn'] }, async () => big, stderr.stream);
    expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(10_050);
    expect(stderr.text()).toBe(`exported 10050 documents of 10050 incidents as jsonl to ${out}\n`);
  });
});
