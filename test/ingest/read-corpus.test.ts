import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
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

  it('counts the hidden entries it skips', async () => {
    expect((await listCorpus(corpus, { maxFileBytes: 1000 })).hidden).toBe(1);
  });

  it('throws a clear error when the corpus folder itself cannot be read', async () => {
    await expect(listCorpus(path.join(corpus, 'nope'), { maxFileBytes: 1000 })).rejects.toThrow(
      /ingest: cannot read the corpus folder .*nope/,
    );
    await expect(listCorpus(path.join(corpus, 'a.md'), { maxFileBytes: 1000 })).rejects.toThrow(/not a folder/);
  });
});

describe('listCorpus keeps to the corpus folder', () => {
  let jail: string;
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(path.join(tmpdir(), 'faultline-outside-'));
    await writeFile(path.join(outside, 'id_rsa'), 'PRIVATE KEY');
    await mkdir(path.join(outside, 'etc'));
    await writeFile(path.join(outside, 'etc', 'passwd.txt'), 'root:x:0:0');
    jail = await mkdtemp(path.join(tmpdir(), 'faultline-jail-'));
    await writeFile(path.join(jail, 'report.md'), '# Report');
    await symlink(path.join(outside, 'id_rsa'), path.join(jail, 'postmortem.txt'));
    await symlink(path.join(outside, 'etc'), path.join(jail, 'etc'));
    await symlink('report.md', path.join(jail, 'alias.md'));
    await symlink(path.join(jail, '..', path.basename(jail), 'report.md'), path.join(jail, 'roundabout.md'));
  });

  it('refuses symbolic links whose target is outside the corpus, naming the link', async () => {
    const { entries, diagnostics } = await listCorpus(jail, { maxFileBytes: 1000 });
    expect(entries.map((e) => [e.path, path.basename(e.abs)])).toEqual([
      ['alias.md', 'report.md'],
      ['report.md', 'report.md'],
      ['roundabout.md', 'report.md'],
    ]);
    expect(diagnostics).toEqual([
      { file: 'etc', stage: 'read', code: 'outside-corpus', reason: 'symbolic link to a target outside the corpus folder; refused (--follow-symlinks-outside reads it)', fatal: true },
      { file: 'postmortem.txt', stage: 'read', code: 'outside-corpus', reason: 'symbolic link to a target outside the corpus folder; refused (--follow-symlinks-outside reads it)', fatal: true },
    ]);
  });

  it('follows them when asked to', async () => {
    const { entries, diagnostics } = await listCorpus(jail, { maxFileBytes: 1000, followSymlinksOutside: true });
    expect(entries.map((e) => e.path)).toEqual(['alias.md', 'etc/passwd.txt', 'postmortem.txt', 'report.md', 'roundabout.md']);
    expect(entries.find((e) => e.path === 'postmortem.txt')!.abs).toBe(await realpath(path.join(outside, 'id_rsa')));
    expect(diagnostics).toEqual([]);
  });
});

describe('listCorpus on special files and names', () => {
  it('refuses a FIFO, reports a name that is not UTF-8 as such, and counts hidden entries', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faultline-special-'));
    await writeFile(path.join(dir, 'ok.md'), '# ok');
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    await writeFile(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), '# bad name');
    await writeFile(path.join(dir, '.env'), 'SECRET=1');
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git', 'HEAD.md'), 'x');
    const listing = await listCorpus(dir, { maxFileBytes: 1000 });
    expect(listing.entries.map((e) => e.path)).toEqual(['ok.md']);
    expect(listing.diagnostics.map((d) => [d.file, d.code, d.reason])).toEqual([
      ['bad\ufffd\ufffd.md', 'invalid-file-name', 'file name is not valid UTF-8; rename it to read it'],
      ['pipe.md', 'not-regular-file', 'not a regular file (a FIFO)'],
    ]);
    expect(listing.hidden).toBe(2);
  });

  it('reads each folder once: a chain of folders each linking twice to the next is linear, not 2^18 paths', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faultline-chain-'));
    const levels = 18;
    for (let i = 0; i <= levels; i += 1) await mkdir(path.join(dir, `l${i}`));
    for (let i = 0; i < levels; i += 1) {
      await symlink(`../l${i + 1}`, path.join(dir, `l${i}`, 'a'));
      await symlink(`../l${i + 1}`, path.join(dir, `l${i}`, 'b'));
    }
    await writeFile(path.join(dir, `l${levels}`, 'report.md'), '# deep');
    const listing = await listCorpus(dir, { maxFileBytes: 1000 });
    expect(listing.entries.map((e) => e.path)).toEqual([`l0/${'a/'.repeat(levels)}report.md`]);
    // Every other way into a folder is a warning naming where it was read: l0/b, l1, l1/b, l2, ...
    expect(listing.diagnostics).toHaveLength(2 * levels);
    expect(listing.diagnostics.every((d) => d.code === 'warning' && !d.fatal)).toBe(true);
    expect(listing.diagnostics.find((d) => d.file === 'l1')?.reason).toBe('folder already read as l0/a; not read again');
  });
});
