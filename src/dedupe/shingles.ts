import { combineHashes32 } from './hash32.js';
import { tokenHashes } from './token-hashes.js';

/**
 * The word shingles of a canonical text (see `canonicalText`) as 32-bit hashes, in text order,
 * repeats included: every run of `size` consecutive words is one shingle. A text shorter than
 * `size` words (but not empty) has one shingle, all its words; an empty text has none.
 */
export function shingleHashes(canonical: string, size: number): Uint32Array {
  const tokens = tokenHashes(canonical);
  if (tokens.length === 0) return new Uint32Array(0);
  const count = Math.max(1, tokens.length - size + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) shingles[i] = combineHashes32(tokens, i, Math.min(tokens.length, i + size));
  return shingles;
}

/** The set of word shingles of a canonical text: `shingleHashes` sorted, each value once. */
export function shingleSet(canonical: string, size: number): Uint32Array {
  const shingles = shingleHashes(canonical, size);
  shingles.sort();
  let distinct = 0;
  for (let i = 0; i < shingles.length; i += 1) {
    if (i === 0 || shingles[i] !== shingles[i - 1]) shingles[distinct++] = shingles[i]!;
  }
  return shingles.slice(0, distinct);
}

/** Number of shingles two sorted distinct shingle sets have in common. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common += 1;
      i += 1;
      j += 1;
    } else if (x < y) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return common;
}
