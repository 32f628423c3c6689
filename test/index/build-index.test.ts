import { describe, expect, it } from 'vitest';
import { buildIndex, buildIndexConcurrently, DEFAULT_INDEX_OPTIONS, precountTerms } from '../../src/index/build-index.js';
import { buildShard, type ShardEntry } from '../../src/index/build-shard.js';
import { INDEX_FORMAT_VERSION, META_FILE, sha256, shardOf, type IndexMeta, type ShardFile } from '../../src/index/index-format.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

function meta(files: Map<string, string>): IndexMeta {
  return JSON.parse(files.get(META_FILE)!) as IndexMeta;
}

describe('buildIndex', () => {
  it('writes meta.json with the format version, counts, digest and a checksum per shard', () => {
    const { documents, incidents } = fixtureRecords();
    const files = buildIndex(documents, incidents);
    const m = meta(files);
    expect(m).toMatchObject({ format: 'faultline-search-index', version: INDEX_FORMAT_VERSION, documents: 14, incidents: 12 });
    expect([...files.keys()].sort()).toEqual(['meta.json', 'shard-000.json']);
    const shard = m.shards[0];
    expect(shard).toMatchObject({ file: 'shard-000.json', documents: 14 });
    expect(shard?.sha256).toBe(sha256(files.get('shard-000.json')!));
    expect(shard?.bytes).toBe(Buffer.byteLength(files.get('shard-000.json')!));
  });

  it('is deterministic and independent of input order', () => {
    const { documents, incidents } = fixtureRecords();
    const a = buildIndex(documents, incidents);
    const b = buildIndex([...documents].reverse(), incidents);
    expect([...b.entries()]).toEqual([...a.entries()]);
  });

  it('builds the same files with the shards built concurrently by a callback, one call per shard', async () => {
    const { documents, incidents } = fixtureRecords();
    const built: string[][] = [];
    const concurrent = await buildIndexConcurrently([...documents].reverse(), incidents, { shardSize: 4 }, async (entries: ShardEntry[]) => {
      built.push(entries.map((e) => e.id));
      await new Promise((resolve) => setTimeout(resolve, built.length % 2));
      return buildShard(entries);
    });
    expect([...concurrent.entries()]).toEqual([...buildIndex(documents, incidents, { shardSize: 4 }).entries()]);
    expect(built).toHaveLength(4);
    expect(built.flat().sort()).toEqual(documents.map((d) => d.id).sort());
  });

  it('assembles a shard from terms counted ahead, and builds one whose counts are missing or stale', async () => {
    const { documents, incidents } = fixtureRecords();
    const precounted = new Map(documents.map((d) => [d.id, precountTerms(d, DEFAULT_INDEX_OPTIONS)]));
    const stale = documents.find((d) => d.id === 'fastly-2021-06-08')!;
    precounted.set(stale.id, precountTerms({ ...stale, title: 'An older title' }, DEFAULT_INDEX_OPTIONS));
    precounted.delete(documents.find((d) => shardOf(d.id, 4) !== shardOf(stale.id, 4))!.id);
    const built: string[][] = [];
    const files = await buildIndexConcurrently(documents, incidents, { shardSize: 4 }, async (entries) => {
      built.push(entries.map((e) => e.id));
      return buildShard(entries);
    }, precounted);
    expect([...files.entries()]).toEqual([...buildIndex(documents, incidents, { shardSize: 4 }).entries()]);
    expect(built).toHaveLength(2);
    expect(built.flat()).toContain(stale.id);
  });

  it('reuses a previous shard whose content is unchanged instead of building it', async () => {
    const { documents, incidents } = fixtureRecords();
    const previous = buildIndex(documents, incidents, { shardSize: 4 });
    const calls: number[] = [];
    const again = await buildIndexConcurrently(documents, incidents, { shardSize: 4, previous }, async (entries) => {
      calls.push(entries.length);
      return buildShard(entries);
    });
    expect(calls).toEqual([]);
    expect([...again.entries()]).toEqual([...previous.entries()]);
  });

  it('partitions documents into shards of at most shardSize by id hash', () => {
    const { documents, incidents } = fixtureRecords();
    const files = buildIndex(documents, incidents, { shardSize: 4 });
    const m = meta(files);
    expect(m.shards.map((s) => s.file)).toEqual(['shard-000.json', 'shard-001.json', 'shard-002.json', 'shard-003.json']);
    const seen: string[] = [];
    m.shards.forEach((s, n) => {
      const shard = JSON.parse(files.get(s.file)!) as ShardFile;
      expect(shard.refs.length).toBe(s.documents);
      for (const id of shard.refs) expect(shardOf(id, 4)).toBe(n);
      seen.push(...shard.refs);
    });
    expect(seen.sort()).toEqual(documents.map((d) => d.id).sort());
  });

  it('reuses the shards of a previous index whose content did not change', () => {
    const { documents, incidents } = fixtureRecords();
    const before = buildIndex(documents, incidents, { shardSize: 4 });
    const changed = documents.map((d) => (d.id === 'fastly-2021-06-08' ? { ...d, title: 'Summary of the June 8 outage (updated)' } : d));
    const after = buildIndex(changed, incidents, { shardSize: 4, previous: before });
    const changedShard = `shard-00${shardOf('fastly-2021-06-08', 4)}.json`;
    for (const s of meta(after).shards) {
      if (s.file === changedShard) expect(after.get(s.file)).not.toBe(before.get(s.file));
      else expect(after.get(s.file)).toBe(before.get(s.file));
    }
    // A rebuild from scratch gives the same files as the incremental one.
    expect([...buildIndex(changed, incidents, { shardSize: 4 }).entries()]).toEqual([...after.entries()]);
  });

  it('rejects a bad shard size and duplicate ids, naming them', () => {
    const { documents } = fixtureRecords();
    expect(() => buildIndex(documents, [], { shardSize: 0 })).toThrow(/shardSize must be a positive integer, got 0/);
    const dup = [documents[0], documents[0]] as typeof documents;
    expect(() => buildIndex(dup)).toThrow(FaultlineError);
    expect(() => buildIndex(dup)).toThrow(`duplicate document id "${documents[0]?.id}"`);
  });

  it('indexes an empty knowledge base', () => {
    const files = buildIndex([]);
    expect(meta(files)).toMatchObject({ documents: 0, shards: [{ file: 'shard-000.json', documents: 0 }] });
  });
});
