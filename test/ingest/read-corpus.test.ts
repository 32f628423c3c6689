import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/ingest/read-corpus.js';

let corpus: string;
beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'faultline-read-'));
  await mkdir(path.join(corpus, 'sub'));
  await writeFile(path.join(corpus, 'a.md'), '# A');
  await writeFile(path.join(corpus, 'sub', 'b.html'), '<p>b</p>');
  await writeFile(path.join(corpus, 'big.txt'), 'x'.repeat(2000));
  await writeFile(path.join(corpus, 'notes.docx'), 'x');
  await writeFile(path.join(corpus, '.hidden.md'), 'x');
  await symlink(corpus, path.join(corpus, 'sub', 'loop'));
  await symlink(path.join(corpus, 'missing.md'), path.join(corpus, 'dangling.md'));
  await symlink('self.md', path.join(corpus, 'self.md'));
});

describe('listCorpus', () => {
  it('lists readable files sorted and reports every problem with the file and reason', async () => {
    const { entries, diagnostics } = await listCorpus(corpus, { maxFileBytes: 1000 });
    expect(entries.map((e) => e.path)).toEqual(['a.md', 'sub/b.html']);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['big.txt', 'too-large'],
      ['dangling.md', 'unreadable'],
      ['notes.docx', 'unknown-extension'],
      ['self.md', 'symlink-loop'],
      ['sub/loop', 'symlink-loop'],
    ]);
    expect(diagnostics[0]!.reason).toBe('file is 2000 bytes, over the limit of 1000 bytes (--max-file-size)');
    expect(diagnostics.every((d) => d.fatal && d.stage === 'read')).toBe(true);
  });

  it('throws a clear error when the corpus folder itself cannot be read', async () => {
    await expect(listCorpus(path.join(corpus, 'nope'), { maxFileBytes: 1000 })).rejects.toThrow(
      /ingest: cannot read the corpus folder .*nope/,
    );
    await expect(listCorpus(path.join(corpus, 'a.md'), { maxFileBytes: 1000 })).rejects.toThrow(/not a folder/);
  });
});
