import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IngestManifest } from '../../src/model/manifest.js';
import { DATA_FOLDER_LAYOUT } from '../../src/store/data-folder-layout.js';
import { checkManifest, readManifest, writeAtomically, writeFileAtomic, writeKnowledgeBase } from '../../src/store/knowledge-base-folder.js';

/** A complete manifest of an empty knowledge base. */
const MANIFEST: IngestManifest = {
  version: 1,
  faultline: '0.0.0-test',
  createdAt: '2026-01-01T00:00:00.000Z',
  corpus: 'corpus',
  counts: { files: 0, parsed: 0, cached: 0, documents: 0, duplicates: 0, comments: 0, incidents: 0, errors: 0, warnings: 0 },
  errors: [],
  clusters: [],
  dedupe: { method: 'minhash-lsh', threshold: 0.7, shingle: 5, bands: 42, rows: 3 },
  timings: { read: 1 },
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-kb-folder-'));
});

describe('writeFileAtomic', () => {
  it('replaces a file with the whole new content and leaves no temporary file', async () => {
    const file = path.join(root, 'out.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect(await readdir(root)).toEqual(['out.json']);
  });

  it('leaves the old file and no temporary file when writing fails', async () => {
    const file = path.join(root, 'out.json');
    await writeFile(file, 'old');
    await expect(
      writeAtomically(file, async (temporary) => {
        await writeFile(temporary, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['out.json']);
  });

  it("returns the writer's result", async () => {
    const file = path.join(root, 'n.txt');
    expect(await writeAtomically(file, async (temporary) => (await writeFile(temporary, '42'), 42))).toBe(42);
    expect(await readFile(file, 'utf8')).toBe('42');
  });
});

describe('writeKnowledgeBase', () => {
  it("writes the layout's files, the manifest last (after the extra files)", async () => {
    let manifestBeforeExtra: string[] = [];
    await writeKnowledgeBase(root, { documents: [], incidents: [], index: [['meta.json', '{"format":"x"}'], ['shard-000.json', '{}']], manifest: MANIFEST }, async (dir) => {
      manifestBeforeExtra = (await readdir(dir)).filter((name) => name === DATA_FOLDER_LAYOUT.manifest);
      await writeFile(path.join(dir, 'extra.txt'), 'cache');
    });
    expect(manifestBeforeExtra).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['documents.jsonl', 'extra.txt', 'incidents.jsonl', 'index', 'manifest.json', 'search-table.json', 'search-texts.jsonl']);
    expect((await readdir(path.join(root, 'index'))).sort()).toEqual(['meta.json', 'shard-000.json']);
    expect(await readManifest(root)).toEqual(MANIFEST);
  });
});

describe('readManifest', () => {
  it('refuses another format version, naming the file, the version found and the one expected', async () => {
    await writeFile(path.join(root, 'manifest.json'), JSON.stringify({ ...MANIFEST, version: 2 }));
    await expect(readManifest(root)).rejects.toThrow(
      `data folder: ${path.join(root, 'manifest.json')} has manifest version 2, this Faultline reads version 1; re-run \`faultline ingest\``,
    );
  });

  it('refuses a manifest without its counts, naming the key and the value', () => {
    expect(() => checkManifest({ ...MANIFEST, counts: { ...MANIFEST.counts, documents: '3' } }, 'm.json')).toThrow(
      'data folder: m.json has no whole number counts.documents (found "3"); re-run `faultline ingest`',
    );
    expect(() => checkManifest({ ...MANIFEST, errors: null }, 'm.json')).toThrow('data folder: m.json has no valid "errors"');
    expect(() => checkManifest([], 'm.json')).toThrow('data folder: m.json is not a Faultline manifest (an array)');
  });

  it('refuses a file that is not JSON, and a missing one, naming the file', async () => {
    await writeFile(path.join(root, 'manifest.json'), '{"version": 1,');
    await expect(readManifest(root)).rejects.toThrow(`data folder: ${path.join(root, 'manifest.json')} is not valid JSON`);
    await expect(readManifest(path.join(root, 'none'))).rejects.toThrow(`data folder: cannot open ${path.join(root, 'none', 'manifest.json')}`);
  });
});
