import { execFileSync, spawnSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultlineError } from '../../src/model/diagnostic.js';
import { generationsDir, listGenerations, resolveGeneration, sortGenerations, watchDataFolder, writeGeneration } from '../../src/store/data-folder.js';
import { CHECKSUMS_FILE, openRegularFile, sha256Of, type GenerationChecksums } from '../../src/store/generation-files.js';
import { readJsonl, writeJsonl } from '../../src/store/jsonl.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-store-'));
});

describe('writeGeneration', () => {
  it('makes the data folder a symlink to a complete generation', async () => {
    const out = path.join(root, 'data');
    const gen = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), '{"n":1}'));
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await resolveGeneration(out)).toBe(gen);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe('{"n":1}');
    expect(path.dirname(gen)).toBe(generationsDir(out));
  });

  it('switches to the new generation and keeps only the previous one', async () => {
    const out = path.join(root, 'data');
    for (let i = 1; i <= 4; i += 1) {
      await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), `{"n":${i}}`));
    }
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe('{"n":4}');
    expect((await readdir(generationsDir(out))).length).toBe(2);
  });

  it('leaves the previous generation in place when building fails', async () => {
    const out = path.join(root, 'data');
    const first = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), 'old'));
    await expect(
      writeGeneration(out, async (dir) => {
        await writeFile(path.join(dir, 'manifest.json'), 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await resolveGeneration(out)).toBe(first);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe('old');
    expect(await readdir(generationsDir(out))).toEqual([path.basename(first)]);
  });

  it('adopts an existing plain data folder and refuses a foreign one', async () => {
    const out = path.join(root, 'data');
    await mkdir(out);
    await writeFile(path.join(out, 'manifest.json'), 'plain');
    await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), 'new'));
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe('new');

    const foreign = path.join(root, 'photos');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'cat.jpg'), 'x');
    await expect(writeGeneration(foreign, async () => undefined)).rejects.toThrow(/not a Faultline data folder/);
    expect(await readFile(path.join(foreign, 'cat.jpg'), 'utf8')).toBe('x');
  });
});

describe('watchDataFolder', () => {
  it('reports a switch to a new generation', async () => {
    const out = path.join(root, 'data');
    await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), '1'));
    const seen: string[] = [];
    const stop = watchDataFolder(out, (gen) => seen.push(gen), 20);
    await new Promise((r) => setTimeout(r, 60));
    const second = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), '2'));
    for (let i = 0; i < 100 && seen.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(seen).toEqual([second]);
  });
});

describe('jsonl', () => {
  it('round-trips records and names the bad line', async () => {
    const file = path.join(root, 'x.jsonl');
    expect(await writeJsonl(file, [{ a: 1 }, { b: 'two\nlines' }])).toBe(2);
    expect(await readJsonl(file)).toEqual([{ a: 1 }, { b: 'two\nlines' }]);
    await writeFile(file, '{"a":1}\n{"a":\n');
    await expect(readJsonl(file)).rejects.toThrow(/x\.jsonl line 2 is not valid JSON/);
  });

  it('reads lines that span read chunks, split multi-byte characters, CRLF, blank lines and no final newline', async () => {
    const file = path.join(root, 'chunks.jsonl');
    const records = [{ t: 'é€😀'.repeat(7) }, { t: 'x' }, { n: 3 }, { t: '中文'.repeat(11) }];
    await writeFile(file, `${JSON.stringify(records[0])}\r\n\n${JSON.stringify(records[1])}\n${JSON.stringify(records[2])}\n${JSON.stringify(records[3])}`);
    for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 20]) expect(await readJsonl(file, chunk)).toEqual(records);
    await writeFile(file, '{"a":1}\n\n{"a":2}\n{"a"');
    await expect(readJsonl(file, 3)).rejects.toThrow(/chunks\.jsonl line 4 is not valid JSON/);
  });
});

describe('generation checksums', () => {
  it('lists the size and SHA-256 of every file of a generation in checksums.json, written before the switch', async () => {
    const out = path.join(root, 'data');
    await writeGeneration(out, async (dir) => {
      await mkdir(path.join(dir, 'index'));
      await writeFile(path.join(dir, 'documents.jsonl'), '{"id":"a"}\n');
      await writeFile(path.join(dir, 'index', 'meta.json'), '{}');
      await writeFile(path.join(dir, 'manifest.json'), '{"n":1}');
    });
    const checksums = JSON.parse(await readFile(path.join(out, CHECKSUMS_FILE), 'utf8')) as GenerationChecksums;
    expect(checksums).toEqual({
      format: 'faultline-checksums',
      version: 1,
      files: {
        'documents.jsonl': { bytes: 11, sha256: sha256Of('{"id":"a"}\n') },
        'index/meta.json': { bytes: 2, sha256: sha256Of('{}') },
        'manifest.json': { bytes: 7, sha256: sha256Of('{"n":1}') },
      },
    });
  });

  it('refuses a file that is a FIFO, a symbolic link or a folder at once (never blocks on it)', async () => {
    const fifo = path.join(root, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(openRegularFile(fifo)).rejects.toThrow(`data folder: ${fifo} is not a regular file (a FIFO)`);
    await writeFile(path.join(root, 'real'), 'x');
    await symlink(path.join(root, 'real'), path.join(root, 'link'));
    await expect(openRegularFile(path.join(root, 'link'))).rejects.toThrow(`data folder: ${path.join(root, 'link')} is a symbolic link, not a data file`);
    await expect(openRegularFile(root)).rejects.toThrow('is not a regular file (a folder)');
  });
});

describe('pruning', () => {
  it('keeps the real previous generation and prunes an adopted plain folder first (adopted sorts oldest)', async () => {
    const out = path.join(root, 'data');
    await mkdir(out);
    await writeFile(path.join(out, 'manifest.json'), 'plain');
    const first = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), 'first'));
    expect((await readdir(generationsDir(out))).filter((n) => n.startsWith('adopted-'))).toHaveLength(1);
    const second = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), 'second'));
    expect((await readdir(generationsDir(out))).sort()).toEqual([path.basename(first), path.basename(second)].sort());
    expect(await listGenerations(out)).toEqual([second, first]);
  });

  it('sorts adopted generations before written ones', () => {
    expect(sortGenerations(['adopted-ffffff', '20240102-000000-1-aaaaaa', 'adopted-000000', '20240101-000000-9-ffffff'])).toEqual([
      'adopted-000000',
      'adopted-ffffff',
      '20240101-000000-9-ffffff',
      '20240102-000000-1-aaaaaa',
    ]);
  });
});

describe('the ingest lock', () => {
  /** The pid of a process that has exited. */
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  }

  it('takes over a stale lock exactly once when several writers find it at the same time; the winner keeps its lock while it builds', async () => {
    const out = path.join(root, 'data');
    const gens = generationsDir(out);
    await mkdir(gens, { recursive: true });
    const lock = path.join(gens, 'ingest.lock');
    await writeFile(lock, String(deadPid()));
    let building = 0;
    let refused = 0;
    const seenDuringBuild: string[] = [];
    const writers = Array.from({ length: 4 }, (_, i) =>
      writeGeneration(out, async (dir) => {
        building++;
        // Build until every other writer has been refused (at most 5 s), so none can come after the release.
        for (let turn = 0; turn < 500 && refused < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
        seenDuringBuild.push(await readFile(lock, 'utf8').catch(() => 'missing'));
        await writeFile(path.join(dir, 'manifest.json'), String(i));
      }).catch((error: unknown) => {
        refused++;
        throw error;
      }),
    );
    const results = await Promise.allSettled(writers);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as FaultlineError).status).toBe(409);
    expect(building).toBe(1);
    expect(seenDuringBuild).toEqual([String(process.pid)]);
    expect(await readdir(gens)).not.toContain('ingest.lock');
  });

  it('clears a takeover lock left by a crashed writer, then takes over the stale lock', async () => {
    const out = path.join(root, 'data');
    const gens = generationsDir(out);
    await mkdir(gens, { recursive: true });
    await writeFile(path.join(gens, 'ingest.lock'), String(deadPid()));
    const takeover = path.join(gens, 'ingest.lock.takeover');
    await writeFile(takeover, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(takeover, minuteAgo, minuteAgo);
    const generation = await writeGeneration(out, async (dir) => writeFile(path.join(dir, 'manifest.json'), '{}'));
    expect(path.basename(path.dirname(generation))).toBe(path.basename(gens));
    expect((await readdir(gens)).filter((n) => n.startsWith('ingest.lock'))).toEqual([]);
  });

  it('refuses while a live process holds the lock, naming it', async () => {
    const out = path.join(root, 'data');
    const gens = generationsDir(out);
    await mkdir(gens, { recursive: true });
    await writeFile(path.join(gens, 'ingest.lock'), String(process.ppid));
    await expect(writeGeneration(out, async () => undefined)).rejects.toThrow(`data folder: another ingest (pid ${process.ppid}) is writing ${root}; wait for it to finish`);
  });
});
