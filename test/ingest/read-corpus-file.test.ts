import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFile } from '../../src/ingest/read-corpus-file.js';
import { listCorpus } from '../../src/ingest/read-corpus.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faultline-read-file-'));
});

/** The listing entry of `name` in a fresh listing of `dir`. */
async function listed(name: string) {
  const entry = (await listCorpus(dir, { maxFileBytes: 1_000_000 })).entries.find((e) => e.path === name);
  if (entry === undefined) throw new Error(`${name} not listed`);
  return entry;
}

describe('readCorpusFile', () => {
  it('reads a listed file exactly', async () => {
    await writeFile(path.join(dir, 'ok.md'), '# Report\n\nText.\n');
    const read = await readCorpusFile(await listed('ok.md'), 1000);
    expect(read.diagnostic).toBeNull();
    expect(Buffer.from(read.bytes!).toString('utf8')).toBe('# Report\n\nText.\n');
  });

  it('does not hang on a file swapped for a FIFO after the listing, and refuses it', async () => {
    await writeFile(path.join(dir, 'swap.md'), '# soon a pipe');
    const entry = await listed('swap.md');
    await rm(path.join(dir, 'swap.md'));
    execFileSync('mkfifo', [path.join(dir, 'swap.md')]);
    expect(await readCorpusFile(entry, 1000)).toEqual({
      bytes: null,
      diagnostic: { file: 'swap.md', stage: 'read', code: 'not-regular-file', reason: 'not a regular file (a FIFO); it was replaced after it was listed', fatal: true },
    });
  }, 10_000);

  it('refuses a file replaced by another file or by a symbolic link after the listing', async () => {
    await writeFile(path.join(dir, 'replaced.md'), 'one');
    const entry = await listed('replaced.md');
    await writeFile(path.join(dir, 'other.md'), 'two');
    await rename(path.join(dir, 'other.md'), path.join(dir, 'replaced.md'));
    expect((await readCorpusFile(entry, 1000)).diagnostic?.reason).toBe('the file was replaced after it was listed; not read (ingest again)');

    await writeFile(path.join(dir, 'linked.md'), 'three');
    const linked = await listed('linked.md');
    await rm(path.join(dir, 'linked.md'));
    await symlink('ok.md', path.join(dir, 'linked.md'));
    expect((await readCorpusFile(linked, 1000)).diagnostic?.reason).toBe('the file was replaced by a symbolic link after it was listed; not read');
  });

  it('reads at most max + 1 bytes of a file that grew after the listing', async () => {
    await writeFile(path.join(dir, 'grows.md'), 'x'.repeat(10));
    const entry = await listed('grows.md');
    await appendFile(path.join(dir, 'grows.md'), 'y'.repeat(5000));
    expect((await readCorpusFile(entry, 100)).diagnostic).toMatchObject({ code: 'too-large', reason: 'file is over the limit of 100 bytes (--max-file-size)' });
  });

  it.runIf(existsSync('/proc/self/status'))('bounds a /proc file that reports a size of 0', async () => {
    const info = await stat('/proc/self/status');
    expect(info.size).toBe(0);
    const entry = { path: 'status.txt', abs: '/proc/self/status', dev: info.dev, ino: info.ino };
    expect((await readCorpusFile(entry, 100)).diagnostic).toMatchObject({
      code: 'too-large',
      reason: 'file is over the limit of 100 bytes (--max-file-size) although it reports a size of 0',
    });
    const whole = await readCorpusFile(entry, 1_000_000);
    expect(Buffer.from(whole.bytes!).toString('utf8')).toMatch(/^Name:/);
  });
});
