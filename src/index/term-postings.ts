/**
 * The documents of one exact index term, over every field and shard: how many there are (its
 * document frequency, for "did you mean") and which they are (for checks that read documents).
 */
import { INDEX_FIELDS } from './index-fields.js';
import type { IndexShard, LoadedIndex } from './load-index.js';

/** The id of `term` in the shard's sorted vocabulary, or -1. */
export function termId(shard: IndexShard, term: string): number {
  let lo = 0;
  let hi = shard.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (shard.terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return shard.terms[lo] === term ? lo : -1;
}

/** Per shard, a stamp per document ordinal, to count distinct documents without a set (one search at a time: the process is single-threaded). */
const stampsOf = new WeakMap<IndexShard, { stamps: Uint32Array; round: number }>();

/** Calls `visit` once for each distinct document ordinal of term id `id` in `shard` (any field), in no particular order. */
function forEachShardDocument(shard: IndexShard, id: number, visit: (doc: number) => void): void {
  let scratch = stampsOf.get(shard);
  if (scratch === undefined) {
    scratch = { stamps: new Uint32Array(shard.refs.length), round: 0 };
    stampsOf.set(shard, scratch);
  }
  if (scratch.round === 0xffffffff) {
    scratch.stamps.fill(0);
    scratch.round = 0;
  }
  const round = ++scratch.round;
  const { stamps } = scratch;
  for (const { name } of INDEX_FIELDS) {
    const { offsets, docs } = shard.fields[name];
    for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) {
      const doc = docs[k]!;
      if (stamps[doc] !== round) {
        stamps[doc] = round;
        visit(doc);
      }
    }
  }
}

/** The distinct document ordinals of term id `id` in `shard` (any field), ascending. */
function shardDocuments(shard: IndexShard, id: number): Int32Array {
  const found: number[] = [];
  forEachShardDocument(shard, id, (doc) => found.push(doc));
  return Int32Array.from(found).sort();
}

/** The number of documents holding `term` in any field. */
export function documentFrequency(index: LoadedIndex, term: string): number {
  let count = 0;
  for (const shard of index.shards) {
    const id = termId(shard, term);
    if (id >= 0) forEachShardDocument(shard, id, () => (count += 1));
  }
  return count;
}

/** Up to `limit` documents holding `term` (any field), as (shard position, document ordinal), in shard order. */
export function termDocuments(index: LoadedIndex, term: string, limit: number): { shard: number; doc: number }[] {
  const out: { shard: number; doc: number }[] = [];
  index.shards.forEach((shard, position) => {
    const id = out.length >= limit ? -1 : termId(shard, term);
    if (id < 0) return;
    for (const doc of shardDocuments(shard, id)) {
      if (out.length >= limit) return;
      out.push({ shard: position, doc });
    }
  });
  return out;
}
