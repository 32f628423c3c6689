import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { loadedVerified, loadKnowledgeBase } from '../../src/search/load-knowledge-base.js';
import { DocumentLines } from '../../src/store/document-lines.js';
import { writeChecksums } from '../../src/store/generation-files.js';
import { writeSearchTable } from '../../src/store/search-table-file.js';
import { writeSearchTexts } from '../../src/store/search-texts-file.js';
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

describe('loadKnowledgeBase refuses broken generations', () => {
  /** A fresh fixture generation, with checksums.json unless `legacy`. */
  async function generationCopy(name: string, legacy = false): Promise<string> {
    const dir = path.join(root, name);
    await writeFixtureDataFolder(dir);
    if (!legacy) await writeChecksums(dir);
    return dir;
  }

  it('loads a generation with checksums as verified, and an older one without as unverified', async () => {
    expect(loadedVerified(await loadKnowledgeBase(await generationCopy('verified')))).toBe(true);
    expect(loadedVerified(await loadKnowledgeBase(await generationCopy('legacy', true)))).toBe(false);
  });

  it('refuses one changed letter in documents.jsonl', async () => {
    const dir = await generationCopy('one-letter');
    const file = path.join(dir, 'documents.jsonl');
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('outage');
    await writeFile(file, `${text.slice(0, at)}Outage${text.slice(at + 6)}`);
    const error = await errorOf(dir);
    expect(error.status).toBe(500);
    expect(error.message).toBe(
      `data folder: ${file} differs from checksums.json (${Buffer.byteLength(text)} bytes, ${Buffer.byteLength(text)} expected; the SHA-256 differs): the generation is corrupt or was changed after it was written`,
    );
  });

  it('refuses a changed index shard, incidents.jsonl or manifest.json when checksums are present', async () => {
    for (const name of ['incidents.jsonl', 'manifest.json', 'index/meta.json']) {
      const dir = await generationCopy(`changed-${name.replace('/', '-')}`);
      await writeFile(path.join(dir, name), `${await readFile(path.join(dir, name), 'utf8')} `);
      expect((await errorOf(dir)).message).toContain(`${path.join(dir, name)} differs from checksums.json`);
    }
  });

  it('refuses documents without sentences', async () => {
    const dir = await generationCopy('no-sentences', true);
    const file = path.join(dir, 'documents.jsonl');
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    delete lines[1]!.sentences;
    await writeFile(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    expect((await errorOf(dir)).message).toBe(`search: ${file} record 2 (${String(lines[1]!.id)}) has no sentences list; re-run \`faultline ingest\``);
  });

  it('serves a generation with a search table from its bytes: same answers, documents parsed only when read', async () => {
    const dir = await generationCopy('with-table', true);
    await writeSearchTable(dir, fixtureRecords().documents);
    await writeSearchTexts(dir, fixtureRecords().documents);
    await writeChecksums(dir);
    const kb = await loadKnowledgeBase(dir);
    const memory = fixtureKnowledgeBase();
    expect(kb.documents).toBeInstanceOf(DocumentLines);
    expect([...kb.documents.keys()]).toEqual([...memory.documents.keys()].sort());
    for (const request of [{ query: 'gslb' }, { query: 'outage', layers: ['cdn'] }, { query: 'regul* -amazon', sort: 'date' as const }, { query: '' }]) {
      const { took: _a, ...fromDisk } = kb.search(request);
      const { took: _b, ...fromMemory } = memory.search(request);
      expect(fromDisk).toEqual(fromMemory);
    }
    expect(kb.related('2008-07-20-amazon-s3')).toEqual(memory.related('2008-07-20-amazon-s3'));
    for (const id of memory.documents.keys()) expect(kb.documents.get(id)).toEqual(memory.documents.get(id));
  });

  it('refuses a search table of another version, naming the file', async () => {
    const dir = await generationCopy('table-version', true);
    await writeSearchTable(dir, fixtureRecords().documents);
    await writeSearchTexts(dir, fixtureRecords().documents);
    const file = path.join(dir, 'search-table.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"version":1', '"version":2'));
    await writeChecksums(dir);
    expect((await errorOf(dir)).message).toBe(`search: ${file} has search table version 2, this Faultline reads version 1; re-run \`faultline ingest\``);
  });

  it('refuses search texts of another version or with a malformed line, naming the file and line', async () => {
    const dir = await generationCopy('texts-broken', true);
    await writeSearchTable(dir, fixtureRecords().documents);
    await writeSearchTexts(dir, fixtureRecords().documents);
    const file = path.join(dir, 'search-texts.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, [lines[0]!.replace('"version":1', '"version":7'), ...lines.slice(1)].join('\n'));
    await writeChecksums(dir);
    expect((await errorOf(dir)).message).toBe(`search: ${file} has search texts version 7, this Faultline reads version 1; re-run \`faultline ingest\``);
    await writeFile(file, [lines[0]!, lines[1]!, '["only a title"]', ...lines.slice(3)].join('\n'));
    await writeChecksums(dir);
    expect((await errorOf(dir)).message).toBe(`search: ${file} line 3 is not a document's search texts; re-run \`faultline ingest\``);
  });

  it('refuses a search table listing fewer documents than documents.jsonl holds', async () => {
    const dir = await generationCopy('table-short', true);
    const { documents } = fixtureRecords();
    await writeSearchTable(dir, documents.slice(1));
    await writeSearchTexts(dir, documents.slice(1));
    await writeChecksums(dir);
    expect((await errorOf(dir)).message).toBe(
      `search: ${path.join(dir, 'documents.jsonl')} holds ${documents.length} lines, the search table lists ${documents.length - 1} documents; re-run \`faultline ingest\``,
    );
  });

  it('refuses a truncated or empty incidents.jsonl (even without checksums)', async () => {
    const truncated = await generationCopy('truncated', true);
    const file = path.join(truncated, 'incidents.jsonl');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    await writeFile(file, `${lines.slice(0, -1).join('\n')}\n`);
    expect((await errorOf(truncated)).message).toBe(
      `search: ${file} holds ${lines.length - 1} incidents, the manifest counts ${lines.length} (truncated?); re-run \`faultline ingest\``,
    );
    const empty = await generationCopy('empty', true);
    await writeFile(path.join(empty, 'incidents.jsonl'), '');
    expect((await errorOf(empty)).message).toMatch(/incidents\.jsonl holds 0 incidents, the manifest counts \d+ \(truncated\?\)/);
  });

  it('refuses documents whose incident is missing', async () => {
    const dir = await generationCopy('orphan', true);
    const file = path.join(dir, 'incidents.jsonl');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { counts: { incidents: number } };
    manifest.counts.incidents -= 1;
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    await writeFile(file, `${lines.slice(1).join('\n')}\n`);
    expect((await errorOf(dir)).message).toMatch(/documents\.jsonl: document \S+ points at incident \S+, which .*incidents\.jsonl lacks$/);
  });

  it('refuses manifest.json = null', async () => {
    const dir = await generationCopy('null-manifest', true);
    await writeFile(path.join(dir, 'manifest.json'), 'null');
    expect((await errorOf(dir)).message).toBe(`data folder: ${path.join(dir, 'manifest.json')} is not a Faultline manifest (null); re-run \`faultline ingest\``);
  });

  it('refuses a FIFO in place of documents.jsonl at once instead of hanging', async () => {
    const dir = await generationCopy('fifo', true);
    const file = path.join(dir, 'documents.jsonl');
    await rm(file);
    execFileSync('mkfifo', [file]);
    expect((await errorOf(dir)).message).toBe(`data folder: ${file} is not a regular file (a FIFO)`);
  });
});
