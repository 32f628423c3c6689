import { mkdir, mkdtemp, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { loadKnowledgeBase } from '../../src/search/load-knowledge-base.js';
import { fixtureKnowledgeBase, fixtureRecords, writeFixtureDataFolder } from '../fixtures/kb/fixture-kb.js';

let root: string;
let data: string;
let generation: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-kb-'));
  generation = path.join(root, '.data.gens', 'g1');
  await writeFixtureDataFolder(generation);
  data = path.join(root, 'data');
  await symlink(generation, data);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function errorOf(dir: string): Promise<FaultlineError> {
  try {
    await loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof FaultlineError) return error;
    throw error;
  }
  throw new Error(`no error loading ${dir}`);
}

describe('loadKnowledgeBase', () => {
  it('reads the generation the data symlink points to, and answers like the in-memory knowledge base', async () => {
    const kb = await loadKnowledgeBase(data);
    expect(kb.dir).toBe(await realpath(generation));
    expect(kb.documents.size).toBe(14);
    expect(kb.incidents.size).toBe(12);
    expect(kb.manifest.counts.documents).toBe(14);
    const memory = fixtureKnowledgeBase();
    for (const request of [{ query: 'gslb' }, { query: 'outage', layers: ['cdn'] }, { query: 'regul* -amazon', sort: 'date' as const }]) {
      const { took: _a, ...fromDisk } = kb.search(request);
      const { took: _b, ...fromMemory } = memory.search(request);
      expect(fromDisk).toEqual(fromMemory);
    }
    expect(kb.related('2008-07-20-amazon-s3')).toEqual(memory.related('2008-07-20-amazon-s3'));
  });

  it('keeps serving the generation it loaded when the link moves', async () => {
    const kb = await loadKnowledgeBase(data);
    const other = path.join(root, '.data.gens', 'g2');
    await mkdir(other, { recursive: true });
    await symlink(other, path.join(root, 'data.next'));
    await rename(path.join(root, 'data.next'), data);
    expect(kb.dir).toBe(await realpath(generation));
    expect(kb.search({ query: 'gslb' }).total).toBe(2);
    await rm(data);
    await symlink(generation, data);
  });

  it('names a missing data folder', async () => {
    const error = await errorOf(path.join(root, 'nowhere'));
    expect(error.status).toBe(500);
    expect(error.message).toBe(`search: data folder ${path.join(root, 'nowhere')} not found (run \`faultline ingest CORPUS --out ${path.join(root, 'nowhere')}\` first)`);
  });

  it('refuses an index that does not cover the documents', async () => {
    const stale = path.join(root, 'stale');
    await writeFixtureDataFolder(stale);
    const { documents, incidents } = fixtureRecords();
    for (const [name, content] of buildIndex(documents.slice(1), incidents)) await writeFile(path.join(stale, 'index', name), content);
    const error = await errorOf(stale);
    expect(error.message).toMatch(/the index in .*stale covers 13 documents that differ from the 14 documents loaded; re-run `faultline ingest`/);
  });

  it('names a corrupt documents.jsonl line', async () => {
    const broken = path.join(root, 'broken');
    await writeFixtureDataFolder(broken);
    const file = path.join(broken, 'documents.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[2] = lines[2]?.slice(0, 50) ?? '';
    await writeFile(file, lines.join('\n'));
    const error = await errorOf(broken);
    expect(error.message).toMatch(/documents\.jsonl line 3 is not valid JSON/);
  });
});
