/** Fast non-cryptographic 32-bit hashing for shingles and MinHash permutations. */

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes all bits. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, finalised with `fmix32`. */
export function hashString32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** Combines an ordered sequence of 32-bit hashes into one. */
export function combineHashes32(hashes: ArrayLike<number>, start: number, end: number): number {
  let h = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i += 1) {
    h = Math.imul((h << 5) | (h >>> 27), 0x01000193) ^ hashes[i]!;
  }
  return fmix32(h);
}
