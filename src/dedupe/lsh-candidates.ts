/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into `bands` bands of
 * `rows` values; two texts that agree on every value of at least one band become a candidate
 * pair. With Jaccard similarity J a pair is a candidate with probability 1-(1-J^rows)^bands.
 * Per band, the band keys are sorted (not compared pairwise), so finding candidates costs
 * O(n log n) per band plus the number of pairs produced.
 */
import { FaultlineError } from '../model/diagnostic.js';
import { fmix32 } from './hash32.js';

/** Banding parameters. */
export interface LshOptions {
  bands: number;
  rows: number;
  /** Buckets with more members are paired as a chain (each with the next and with the first) instead of all pairs. */
  maxBucket: number;
}

/** Indices below 2^21 fit beside a 32-bit band key in one exactly representable number. */
const MAX_ITEMS = 1 << 21;
const INDEX_SCALE = MAX_ITEMS;

/** Hash of the `rows` values of one band of a signature. */
function bandKey(signature: ArrayLike<number>, start: number, rows: number): number {
  let h = 0x2545f491 ^ start;
  for (let r = 0; r < rows; r += 1) h = fmix32(Math.imul(h, 0x01000193) ^ signature[start + r]!);
  return h;
}

/**
 * Candidate pairs `[i, j]` (i < j, indices into `signatures`) of items that share a band bucket,
 * each pair once, sorted. Items whose signature is null (no text to compare) take no part.
 * Which pairs come out depends only on the signatures and their order, never on timing.
 */
export function findCandidatePairs(signatures: readonly (ArrayLike<number> | null)[], options: LshOptions): [number, number][] {
  const { bands, rows, maxBucket } = options;
  if (signatures.length >= MAX_ITEMS) {
    throw new FaultlineError(`dedupe: at most ${MAX_ITEMS - 1} texts can be compared, got ${signatures.length}`, {
      parameter: 'docs',
    });
  }
  const present: number[] = [];
  signatures.forEach((signature, i) => {
    if (signature === null) return;
    if (signature.length < bands * rows) {
      throw new FaultlineError(
        `dedupe: signature ${i} has ${signature.length} values, banding needs ${bands * rows}`,
        { parameter: 'signatures' },
      );
    }
    present.push(i);
  });
  const pairs = new Set<number>();
  const keys = new Float64Array(present.length);
  const addPair = (a: number, b: number): void => {
    pairs.add(a < b ? a * INDEX_SCALE + b : b * INDEX_SCALE + a);
  };
  for (let band = 0; band < bands; band += 1) {
    for (let k = 0; k < present.length; k += 1) {
      const i = present[k]!;
      keys[k] = bandKey(signatures[i]!, band * rows, rows) * INDEX_SCALE + i;
    }
    keys.sort();
    let runStart = 0;
    for (let k = 1; k <= keys.length; k += 1) {
      if (k < keys.length && Math.floor(keys[k]! / INDEX_SCALE) === Math.floor(keys[runStart]! / INDEX_SCALE)) continue;
      const size = k - runStart;
      if (size > 1) {
        const first = keys[runStart]! % INDEX_SCALE;
        if (size <= maxBucket) {
          for (let a = runStart; a < k; a += 1) {
            for (let b = a + 1; b < k; b += 1) addPair(keys[a]! % INDEX_SCALE, keys[b]! % INDEX_SCALE);
          }
        } else {
          for (let a = runStart + 1; a < k; a += 1) {
            addPair(first, keys[a]! % INDEX_SCALE);
            addPair(keys[a - 1]! % INDEX_SCALE, keys[a]! % INDEX_SCALE);
          }
        }
      }
      runStart = k;
    }
  }
  const sorted = Float64Array.from(pairs).sort();
  return Array.from(sorted, (key) => [Math.floor(key / INDEX_SCALE), key % INDEX_SCALE] as [number, number]);
}
