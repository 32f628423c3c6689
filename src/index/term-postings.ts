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

/** The distinct document ordinals of term id `id` in `shard` (any field), ascending. */
function shardDocuments(shard: IndexShard, id: number): number[] {
  const seen = new Set<number>();
  for (const { name } of INDEX_FIELDS) {
    const { offsets, docs } = shard.fields[name];
    for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) seen.add(docs[k]!);
  }
  return [...seen].sort((a, b) => a - b);
}

/** The number of documents holding `term` in any field. */
export function documentFrequency(index: LoadedIndex, term: string): number {
  let count = 0;
  for (const shard of index.shards) {
    const id = termId(shard, term);
    if (id >= 0) count += shardDocuments(shard, id).length;
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
