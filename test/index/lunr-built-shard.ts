/**
 * The reference the direct shard builder is checked against: a shard built the former way, by
 * lunr's own `Builder` (same tokenizer, pipeline and field boosts), then converted to the
 * inverted format (lunr's field vectors read back per term).
 */
import lunr from 'lunr';
import type { ShardEntry } from '../../src/index/build-shard.js';
import { INDEX_FIELDS } from '../../src/index/index-fields.js';
import { encodeArray, INDEX_FORMAT, INDEX_FORMAT_VERSION, type SerializedFieldPostings, type ShardFile } from '../../src/index/index-format.js';
import { PIPELINE_FUNCTIONS, tokenize } from '../../src/index/lunr-pipeline.js';
import { compareStrings } from '../../src/model/compare-strings.js';

/** The parts of a built lunr 2.3.9 index read here (not in its type declarations). */
interface LunrIndexInternals {
  invertedIndex: Record<string, unknown>;
  fieldVectors: Record<string, { elements: number[] } | undefined>;
}

/** One shard's file content built by lunr's Builder and converted, as the index builder did before issue 16. */
export function lunrBuiltShard(entries: readonly ShardEntry[]): string {
  const builder = new lunr.Builder();
  builder.pipeline.add(...PIPELINE_FUNCTIONS);
  builder.searchPipeline.add(...PIPELINE_FUNCTIONS);
  builder.tokenizer = tokenize as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of INDEX_FIELDS) builder.field(field.name, { boost: field.boost });
  entries.forEach((entry, k) => builder.add({ ref: k.toString(36), ...entry.fields }));
  const built = builder.build() as unknown as LunrIndexInternals;

  const terms = Object.keys(built.invertedIndex).sort(compareStrings);
  const sortedIdOf = new Uint32Array(terms.length);
  terms.forEach((term, id) => {
    sortedIdOf[(built.invertedIndex[term] as { _index: number })._index] = id;
  });
  const docWidth: 2 | 4 = entries.length <= 0x10000 ? 2 : 4;
  const fields: Record<string, SerializedFieldPostings> = {};
  for (const field of INDEX_FIELDS) {
    const vectors = entries.map((_, k) => built.fieldVectors[`${field.name}/${k.toString(36)}`]?.elements ?? []);
    const perTerm: { doc: number; weight: number }[][] = terms.map(() => []);
    vectors.forEach((elements, k) => {
      for (let i = 0; i < elements.length; i += 2) perTerm[sortedIdOf[elements[i]!]!]!.push({ doc: k, weight: Math.round(elements[i + 1]! * 1000) });
    });
    const listed: number[] = [];
    const ends: number[] = [];
    const docs: number[] = [];
    const weights: number[] = [];
    perTerm.forEach((postings, id) => {
      if (postings.length === 0) return;
      listed.push(id);
      for (const p of postings) {
        docs.push(p.doc);
        weights.push(p.weight);
      }
      ends.push(docs.length);
    });
    fields[field.name] = {
      terms: encodeArray(Uint32Array.from(listed)),
      ends: encodeArray(Uint32Array.from(ends)),
      docs: encodeArray(docWidth === 2 ? Uint16Array.from(docs) : Uint32Array.from(docs)),
      weights: encodeArray(Uint32Array.from(weights)),
    };
  }
  const shard: ShardFile = { format: INDEX_FORMAT, version: INDEX_FORMAT_VERSION, refs: entries.map((e) => e.id), terms, docWidth, fields };
  return JSON.stringify(shard);
}
