/** Hashes of a canonical text's words, computed in one pass without splitting it into strings. */

const SPACE = 0x20;

/** `fmix32`, repeated here so the hot loop makes no call (kept identical to hash32.ts). */
function fmixInline(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The 32-bit hashes of the words of a canonical text (see `canonicalText`: words separated by
 * single spaces), in order; the same values as `hashString32` of each word.
 */
export function tokenHashes(canonical: string): Uint32Array {
  if (canonical.length === 0) return new Uint32Array(0);
  const hashes = new Uint32Array((canonical.length >>> 1) + 1);
  let count = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i += 1) {
    const c = canonical.charCodeAt(i);
    if (c === SPACE) {
      hashes[count++] = fmixInline(h);
      h = 0x811c9dc5;
    } else {
      h = Math.imul(h ^ c, 0x01000193);
    }
  }
  hashes[count++] = fmixInline(h);
  return hashes.subarray(0, count);
}
