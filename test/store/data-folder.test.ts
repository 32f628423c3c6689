import { lstat, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generationsDir, resolveGeneration, watchDataFolder, writeGeneration } from '../../src/store/data-folder.js';
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
