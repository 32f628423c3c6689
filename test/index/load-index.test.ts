import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { META_FILE, type IndexMeta } from '../../src/index/index-format.js';
import { loadIndex, parseIndex, readIndex } from '../../src/index/load-index.js';
import { runQuery, type IndexClause } from '../../src/index/query-index.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faultline-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(files: Map<string, string>): Promise<void> {
  for (const [name, content] of files) await writeFile(path.join(dir, name), content);
}

function expectLoadError(message: RegExp): void {
  let error: unknown;
  try {
    loadIndex(dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FaultlineError);
  expect((error as FaultlineError).status).toBe(500);
  expect((error as FaultlineError).message).toMatch(message);
}

const queries: IndexClause[][] = [
  [{ term: 'gslb', presence: 'optional', boost: 1, editDistance: 0 }],
  [
    { term: 'network', presence: 'required', boost: 1, editDistance: 0 },
    { term: 'amazon', presence: 'prohibited', boost: 1, editDistance: 0 },
  ],
  [{ term: 'regul*', presence: 'optional', boost: 2, editDistance: 0, fields: ['text'] }],
];

describe('loadIndex', () => {
  it('round-trips: a saved and loaded index answers exactly like the one built in memory', async () => {
    const { documents, incidents } = fixtureRecords();
    const files = buildIndex(documents, incidents, { shardSize: 5 });
    await save(files);
    const loaded = loadIndex(dir);
    const inMemory = parseIndex(files);
    expect(loaded.meta).toEqual(inMemory.meta);
    for (const clauses of queries) {
      const a = runQuery(loaded, clauses);
      expect(a.matches.length).toBeGreaterThan(0);
      expect(a).toEqual(runQuery(inMemory, clauses));
    }
  });

  it('refuses another format version, naming meta.json and both versions', async () => {
    const files = buildIndex(fixtureRecords().documents);
    const m = JSON.parse(files.get(META_FILE)!) as IndexMeta;
    files.set(META_FILE, JSON.stringify({ ...m, version: 99 }));
    await save(files);
    expectLoadError(/meta\.json has index format version 99, this Faultline reads version 1; re-run `faultline ingest`/);
  });

  it('detects a corrupt shard (one byte changed) by its checksum', async () => {
    const files = buildIndex(fixtureRecords().documents);
    const shard = files.get('shard-000.json')!;
    const at = shard.indexOf('"terms":') + 12;
    files.set('shard-000.json', shard.slice(0, at) + (shard[at] === 'a' ? 'b' : 'a') + shard.slice(at + 1));
    await save(files);
    expectLoadError(/shard-000\.json is corrupt or truncated \(\d+ bytes, \d+ expected; SHA-256 differs from meta\.json\)/);
  });

  it('detects a truncated shard and a truncated meta.json', async () => {
    const files = buildIndex(fixtureRecords().documents);
    await save(files);
    const shardFile = path.join(dir, 'shard-000.json');
    const full = await readFile(shardFile, 'utf8');
    await writeFile(shardFile, full.slice(0, Math.floor(full.length / 2)));
    expectLoadError(/shard-000\.json is corrupt or truncated/);
    await writeFile(shardFile, full);
    const metaText = files.get(META_FILE)!;
    await writeFile(path.join(dir, META_FILE), metaText.slice(0, 40));
    expectLoadError(/meta\.json is corrupt or truncated \(not valid JSON\)/);
  });

  it('names a missing shard file', async () => {
    const files = buildIndex(fixtureRecords().documents, [], { shardSize: 7 });
    files.delete('shard-001.json');
    await save(files);
    expectLoadError(/cannot read .*shard-001\.json/);
  });

  it('refuses a folder that is not a Faultline index', async () => {
    await writeFile(path.join(dir, META_FILE), JSON.stringify({ format: 'something-else', version: 1 }));
    expectLoadError(/meta\.json is not a Faultline search index \(format "something-else"\)/);
  });
});

describe('readIndex', () => {
  it('reads asynchronously what loadIndex reads, with the same checks', async () => {
    const { documents, incidents } = fixtureRecords();
    const files = buildIndex(documents, incidents, { shardSize: 5 });
    await save(files);
    expect(await readIndex(dir)).toEqual(loadIndex(dir));
    await writeFile(path.join(dir, 'shard-002.json'), 'x');
    await expect(readIndex(dir)).rejects.toThrow(/shard-002\.json is corrupt or truncated/);
  });
});
