/**
 * A corpus folder's own README and LICENSE files describe it and are not reports (issue 15: the
 * bundled corpus holds `corpus/README.md`): they are skipped without a diagnostic, at any depth,
 * unless `includeReadmeFiles` (`faultline ingest --include-readme-files`).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestOptionsFrom } from '../../src/cli/ingest-command.js';
import { isReadmeFile, listCorpus } from '../../src/ingest/read-corpus.js';
import { resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';

let corpus: string;
beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'faultline-readme-'));
  await mkdir(path.join(corpus, 'sub'));
  for (const name of ['README.md', 'LICENSE', 'LICENCE.txt', 'readme-fr.md', 'report.md', 'readmeister.md', 'sub/README.txt', 'sub/license.html', 'sub/outage.txt']) {
    await writeFile(path.join(corpus, name), `# ${name}\n\nThe database failed over.\n`);
  }
});

describe('README and LICENSE files of a corpus folder', () => {
  it('are skipped at every depth without a diagnostic', async () => {
    const { entries, diagnostics, hidden } = await listCorpus(corpus, { maxFileBytes: 10_000 });
    expect(entries.map((e) => e.path)).toEqual(['readmeister.md', 'report.md', 'sub/outage.txt']);
    expect(diagnostics).toEqual([]);
    expect(hidden).toBe(0);
  });

  it('are read as reports with includeReadmeFiles (a LICENSE without an extension is then an unknown extension)', async () => {
    const { entries, diagnostics } = await listCorpus(corpus, { maxFileBytes: 10_000, includeReadmeFiles: true });
    expect(entries.map((e) => e.path)).toEqual(['LICENCE.txt', 'README.md', 'readme-fr.md', 'readmeister.md', 'report.md', 'sub/README.txt', 'sub/license.html', 'sub/outage.txt']);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([['LICENSE', 'unknown-extension']]);
  });

  it('are named by README*/LICENSE*/LICENCE* followed by an extension or a separator, any case', () => {
    expect(['README', 'readme.MD', 'README-zh.md', 'README_old.txt', 'LICENSE', 'Licence.txt', 'LICENSE-MIT'].filter(isReadmeFile)).toHaveLength(7);
    expect(['readmeister.md', 'licensed-outage.md', 'my-README.md', '000_README.txt'].filter(isReadmeFile)).toEqual([]);
  });

  it('are read when `faultline ingest --include-readme-files` is given, skipped by default', async () => {
    expect(resolvePipelineOptions(await ingestOptionsFrom({})).read.includeReadmeFiles).toBe(false);
    expect(resolvePipelineOptions(await ingestOptionsFrom({ includeReadmeFiles: true })).read.includeReadmeFiles).toBe(true);
    expect(() => resolvePipelineOptions({ corpus: 'c', out: 'd', read: { includeReadmeFiles: 'yes' as unknown as boolean } })).toThrow('read.includeReadmeFiles');
  });
});
