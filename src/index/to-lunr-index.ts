/**
 * Rebuilds a real `lunr.Index` from a loaded shard (refs are the document ids), so the stored
 * postings can be checked against lunr's own query engine, or queried with lunr directly.
 */
import lunr from 'lunr';
import { INDEX_FIELDS } from './index-fields.js';
import type { IndexShard } from './load-index.js';
import { NORMALIZE_LABEL, STEM_LABEL } from './lunr-pipeline.js';

/** A `lunr.Index` equivalent to the shard (term ids become lunr's term indexes). */
export function toLunrIndex(shard: IndexShard): lunr.Index {
  const fieldVectors: [string, number[]][] = [];
  const invertedIndex = shard.terms.map((term, id) => {
    const posting: Record<string, unknown> = { _index: id };
    for (const field of INDEX_FIELDS) posting[field.name] = {};
    return [term, posting] as [string, Record<string, Record<string, object>>];
  });
  for (const field of INDEX_FIELDS) {
    const { offsets, docs, weights } = shard.fields[field.name];
    const perDoc: number[][] = shard.refs.map(() => []);
    for (let id = 0; id < shard.terms.length; id++) {
      const posting = invertedIndex[id]![1][field.name]!;
      for (let k = offsets[id]!; k < offsets[id + 1]!; k++) {
        const doc = docs[k]!;
        perDoc[doc]!.push(id, weights[k]! / 1000);
        posting[shard.refs[doc]!] = {};
      }
    }
    shard.refs.forEach((ref, doc) => fieldVectors.push([`${field.name}/${ref}`, perDoc[doc]!]));
  }
  return lunr.Index.load({
    version: lunr.version,
    fields: INDEX_FIELDS.map((f) => f.name),
    fieldVectors,
    invertedIndex,
    pipeline: [NORMALIZE_LABEL, 'stopWordFilter', STEM_LABEL],
  });
}
