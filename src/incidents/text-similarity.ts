/**
 * TF-IDF vectors and cosine similarity over the search pipeline's terms (stemmed, stop words
 * dropped), used to compare reports when grouping incidents and incidents when relating them.
 */
import { analyzeTerms } from '../index/lunr-pipeline.js';

/** A sparse, L2-normalised term vector. */
export type TermVector = ReadonlyMap<string, number>;

/** IDF weights learnt from a collection of term lists; turns term lists into normalised vectors. */
export class TfIdfModel {
  private readonly idf = new Map<string, number>();
  private readonly defaultIdf: number;

  /** Learns document frequencies from `collection` (one term list per document). */
  constructor(collection: readonly (readonly string[])[]) {
    const df = new Map<string, number>();
    for (const terms of collection) {
      for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    const n = collection.length;
    for (const [term, count] of df) this.idf.set(term, Math.log(1 + n / count));
    this.defaultIdf = Math.log(1 + n);
  }

  /** The normalised tf-idf vector of one term list (terms with tf weighted by 1 + log tf). */
  vector(terms: readonly string[]): TermVector {
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    const out = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const weight = (1 + Math.log(count)) * (this.idf.get(term) ?? this.defaultIdf);
      out.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of out) out.set(term, weight / norm);
    return out;
  }
}

/** Cosine similarity of two normalised vectors (0..1). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return Math.min(1, dot);
}

/** The terms compared for similarity: title, summary and key phrases. */
export function similarityTerms(parts: { title: string | null; summary: string; keyphrases: readonly string[] }): string[] {
  return analyzeTerms([parts.title ?? '', parts.summary, parts.keyphrases.join(' ; ')].join(' \n '));
}
