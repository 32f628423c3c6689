import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { groupingFilesFrom } from '../../src/cli/grouping-file-flags.js';
import { ingestOptionsFrom, registerIngestCommand } from '../../src/cli/ingest-command.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';
import { resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';
import { writeLarkspurFixture } from '../fixtures/cli/larkspur-settings.js';

let root = '';
let fixture: { corpus: string; providers: string; overrides: string };
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-grouping-flags-'));
  fixture = await writeLarkspurFixture(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** `file` as a path relative to the current folder (what a user types). */
const typed = (file: string): string => path.relative(process.cwd(), file);

/** Runs `faultline ingest ...args` quietly and reads the data folder it wrote. */
async function ingest(out: string, ...args: string[]): Promise<{ documents: KnowledgeDocument[]; incidents: Incident[] }> {
  const program = new Command('faultline').exitOverride();
  registerIngestCommand(program);
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'faultline', 'ingest', ...args, '--out', out, '--workers', '0', '--no-progress']);
  } finally {
    spy.mockRestore();
  }
  const lines = async (name: string): Promise<unknown[]> => (await readFile(path.join(out, name), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as unknown);
  return { documents: (await lines('documents.jsonl')) as KnowledgeDocument[], incidents: (await lines('incidents.jsonl')) as Incident[] };
}

describe('groupingFilesFrom', () => {
  it('sets incidents.providers and incidents.overrides to the files, resolved from the current folder', () => {
    expect(groupingFilesFrom({ providers: typed(fixture.providers), incidents: typed(fixture.overrides) })).toEqual({ providers: fixture.providers, overrides: fixture.overrides });
    expect(groupingFilesFrom({ incidents: typed(fixture.overrides) })).toEqual({ overrides: fixture.overrides });
    expect(groupingFilesFrom({})).toEqual({});
  });

  it('refuses a missing, malformed or empty file name before ingesting, naming the flag and the path', async () => {
    const missing = path.join(root, 'settings', 'no-such-providers.yaml');
    const call = () => groupingFilesFrom({ providers: typed(missing) });
    expect(call).toThrow(FaultlineError);
    expect(call).toThrow(`ingest: --providers ${typed(missing)}: provider table ${missing} cannot be read: ENOENT: no such file or directory, open '${missing}'`);
    expect(call).toThrow(expect.objectContaining({ parameter: '--providers' }));

    const onlyOne = path.join(root, 'settings', 'only-one-incidents.yaml');
    await writeFile(onlyOne, 'merge:\n  - documents: [larkspur-status.md]\n');
    expect(() => groupingFilesFrom({ incidents: onlyOne })).toThrow(
      `ingest: --incidents ${onlyOne}: incident overrides ${onlyOne}: merge entry 1: "documents" must list two documents or more, got ["larkspur-status.md"]`,
    );
    expect(() => groupingFilesFrom({ incidents: ' ' })).toThrow('ingest: --incidents: expected a file name, got " "');
  });
});

describe('faultline ingest --providers and --incidents', () => {
  it('take the flags over the config file, whose own paths are relative to its folder', async () => {
    const config = path.join(root, 'settings', 'faultline.json');
    await writeFile(config, JSON.stringify({ corpus: '../corpus', incidents: { providers: 'larkspur-providers.yaml', overrides: 'larkspur-incidents.yaml', windowDays: 3 } }));
    const fromConfig = resolvePipelineOptions(await ingestOptionsFrom({ config }));
    expect(fromConfig.corpus).toBe(fixture.corpus);
    expect(fromConfig.incidents).toMatchObject({ providers: fixture.providers, overrides: fixture.overrides, windowDays: 3 });

    const other = path.join(root, 'settings', 'other-providers.yaml');
    await writeFile(other, 'providers:\n  - name: Larkspur Cloud\n    aliases: [Larkspur, LSC]\n');
    const withFlag = resolvePipelineOptions(await ingestOptionsFrom({ config, providers: typed(other) }));
    expect(withFlag.incidents).toMatchObject({ providers: other, overrides: fixture.overrides, windowDays: 3 });
  });

  it('group the reports with the provider table and the overrides they name', async () => {
    const plain = await ingest(path.join(root, 'data-plain'), fixture.corpus);
    expect(plain.incidents).toHaveLength(2);
    // Without the table, the news story's "Larkspur" is no known provider.
    expect(plain.documents.map((d) => [d.url, d.operator ?? null]).sort()).toEqual([
      ['https://news.example/2025/05/20/photo-apps-dark', null],
      ['https://status.larkspur.example/incidents/object-storage', 'Larkspur Cloud'],
    ]);

    const flagged = await ingest(path.join(root, 'data-flags'), typed(fixture.corpus), '--providers', typed(fixture.providers), '--incidents', typed(fixture.overrides));
    const status = flagged.documents.find((d) => d.url === 'https://status.larkspur.example/incidents/object-storage')!;
    const news = flagged.documents.find((d) => d.url === 'https://news.example/2025/05/20/photo-apps-dark')!;
    expect([status.operator, news.operator]).toEqual(['Larkspur Cloud', 'Larkspur Cloud']);
    expect(flagged.incidents).toHaveLength(1);
    expect(flagged.incidents[0]).toMatchObject({ operator: 'Larkspur Cloud', reports: [status.id, news.id] });
    expect(flagged.incidents[0]?.grouping).toEqual([{ documents: [status.id, news.id], rule: 'override', detail: "the apps' outage was Larkspur's" }]);
  });
});
