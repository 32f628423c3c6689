/**
 * Builds one shard file of the search index directly in Faultline's inverted format
 * (`index-format.ts`), with the BM25 weights lunr's `Builder` gives (same k1, b, field boosts,
 * idf over per-field postings, average field lengths and rounding to thousandths), from each
 * document's term counts (`index-terms.ts`). No lunr index is built: a shard is the same bytes
 * lunr's builder followed by the conversion to the inverted format would give.
 */
import { compareStrings } from '../model/compare-strings.js';
import { INDEX_FIELDS, type IndexedFields } from './index-fields.js';
import { encodeArray, INDEX_FORMAT, INDEX_FORMAT_VERSION, type SerializedFieldPostings, type ShardFile } from './index-format.js';
import { fieldTerms, type FieldTerms } from './index-terms.js';

/** lunr's BM25 parameters (`lunr.Builder` defaults, which Faultline never changed). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** One document's indexed content. */
export interface ShardEntry {
  id: string;
  fields: IndexedFields;
}

/** One document's term counts per field (in `INDEX_FIELDS` order). */
export type DocumentTerms = FieldTerms[];

/** The term counts of a document's indexed fields, in `INDEX_FIELDS` order. */
export function documentTerms(fields: IndexedFields): DocumentTerms {
  return INDEX_FIELDS.map((field) => fieldTerms(fields[field.name]));
}

/** Builds one shard's file content from its entries (sorted by id). */
export function buildShard(entries: readonly ShardEntry[]): string {
  return buildShardFromTerms(
    entries.map((e) => e.id),
    entries.map((e) => documentTerms(e.fields)),
  );
}

/** Builds one shard's file content from its document ids (sorted) and each document's term counts. */
export function buildShardFromTerms(refs: readonly string[], documents: readonly DocumentTerms[]): string {
  const documentCount = refs.length;
  // Vocabulary in first-seen order, and each term's document frequency as lunr's idf counts it:
  // one per (field, document) holding the term.
  const idOf = new Map<string, number>();
  const seen: string[] = [];
  const postingsPerTerm: number[] = [];
  for (const doc of documents) {
    for (const field of doc) {
      for (const term of field.terms) {
        let id = idOf.get(term);
        if (id === undefined) {
          id = seen.length;
          idOf.set(term, id);
          seen.push(term);
          postingsPerTerm.push(0);
        }
        postingsPerTerm[id] = postingsPerTerm[id]! + 1;
      }
    }
  }
  const order = seen.map((_, id) => id).sort((a, b) => compareStrings(seen[a]!, seen[b]!));
  const terms = order.map((id) => seen[id]!);
  const sortedIdOf = new Uint32Array(seen.length);
  order.forEach((id, sorted) => {
    sortedIdOf[id] = sorted;
  });
  const idf = new Float64Array(seen.length);
  for (let id = 0; id < seen.length; id++) {
    const withTerm = postingsPerTerm[id]!;
    const x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
    idf[id] = Math.log(1 + Math.abs(x));
  }

  const docWidth: 2 | 4 = documentCount <= 0x10000 ? 2 : 4;
  const fields: Record<string, SerializedFieldPostings> = {};
  INDEX_FIELDS.forEach((field, f) => {
    let totalLength = 0;
    for (const doc of documents) totalLength += doc[f]!.length;
    const averageLength = totalLength / documentCount;
    const boost = field.boost || 1;
    const counts = new Uint32Array(terms.length);
    for (const doc of documents) {
      for (const term of doc[f]!.terms) {
        const sorted = sortedIdOf[idOf.get(term)!]!;
        counts[sorted] = counts[sorted]! + 1;
      }
    }
    const listed: number[] = [];
    const ends: number[] = [];
    const starts = new Uint32Array(terms.length);
    let total = 0;
    for (let id = 0; id < terms.length; id++) {
      const count = counts[id]!;
      if (count === 0) continue;
      starts[id] = total;
      total += count;
      listed.push(id);
      ends.push(total);
    }
    const docs = docWidth === 2 ? new Uint16Array(total) : new Uint32Array(total);
    const weights = new Uint32Array(total);
    documents.forEach((doc, k) => {
      const { length, terms: fieldTermList, counts: tfs } = doc[f]!;
      fieldTermList.forEach((term, i) => {
        const id = idOf.get(term)!;
        const sorted = sortedIdOf[id]!;
        const at = starts[sorted]!;
        starts[sorted] = at + 1;
        docs[at] = k;
        weights[at] = weightOf(idf[id]!, tfs[i]!, length, averageLength, boost);
      });
    });
    fields[field.name] = {
      terms: encodeArray(Uint32Array.from(listed)),
      ends: encodeArray(Uint32Array.from(ends)),
      docs: encodeArray(docs),
      weights: encodeArray(weights),
    };
  });
  const shard: ShardFile = { format: INDEX_FORMAT, version: INDEX_FORMAT_VERSION, refs: [...refs], terms, docWidth, fields };
  return JSON.stringify(shard);
}

/**
 * lunr's field-vector weight of a term, in integer thousandths, computed with lunr's operations in
 * lunr's order (`Builder.createFieldVectors`, then the 3-decimal value read back as thousandths),
 * so every weight is bit-for-bit the one lunr's builder stored.
 */
function weightOf(idf: number, tf: number, fieldLength: number, averageLength: number, boost: number): number {
  let score = (idf * ((BM25.k1 + 1) * tf)) / (BM25.k1 * (1 - BM25.b + BM25.b * (fieldLength / averageLength)) + tf);
  score *= boost;
  const withPrecision = Math.round(score * 1000) / 1000;
  return Math.round(withPrecision * 1000);
}
