import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/dedupe/canonical-text.js';
import { hashString32 } from '../../src/dedupe/hash32.js';
import { estimateJaccard, minhashSignature } from '../../src/dedupe/minhash.js';
import { intersectionSize, shingleHashes, shingleSet } from '../../src/dedupe/shingles.js';
import { tokenHashes } from '../../src/dedupe/token-hashes.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { afterFrontMatter, readFixture } from './parsed-fixture.js';

const A = afterFrontMatter(readFixture('s3-outage-a.md'));
const B = afterFrontMatter(readFixture('s3-outage-b.md'));
const UPDATE = readFixture('s3-outage-a-update.txt');

/** Exact Jaccard of two texts' 5-word shingle sets. */
function exactJaccard(a: string, b: string): number {
  const x = shingleSet(canonicalText(a), 5);
  const y = shingleSet(canonicalText(b), 5);
  const common = intersectionSize(x, y);
  return common / (x.length + y.length - common);
}

describe('token and shingle hashing', () => {
  it('hashes canonical words like hashString32 of each word', () => {
    const canonical = canonicalText("Amazon's S3 in US-EAST-1 café");
    expect(Array.from(tokenHashes(canonical))).toEqual(canonical.split(' ').map(hashString32));
  });

  it('makes one shingle per run of words, one for a short text and none for an empty one', () => {
    expect(shingleHashes('a b c d e f g', 5)).toHaveLength(3);
    expect(shingleHashes('a b', 5)).toHaveLength(1);
    expect(shingleHashes('', 5)).toHaveLength(0);
    expect(shingleSet('a b c d e a b c d e', 5)).toHaveLength(5);
  });

  it('counts common shingles of sorted sets', () => {
    expect(intersectionSize(Uint32Array.of(1, 3, 5, 9), Uint32Array.of(2, 3, 9, 10))).toBe(2);
  });
});

describe('minhashSignature', () => {
  it('is deterministic, 128 values by default, and insensitive to case, quotes and wrapping', () => {
    const signature = minhashSignature(A);
    expect(signature).toHaveLength(128);
    expect(minhashSignature(A)).toEqual(signature);
    expect(minhashSignature(A.toUpperCase().replace(/'/g, '\u2019').replace(/ /g, '\n'))).toEqual(signature);
    expect(minhashSignature(A, { permutations: 64 })).toHaveLength(64);
  });

  it('gives all 0xFFFFFFFF for a text without words', () => {
    expect(Array.from(minhashSignature('...'))).toEqual(new Array(128).fill(0xffffffff));
  });

  it('estimates the exact shingle Jaccard within 0.12 on the fixtures', () => {
    for (const [x, y] of [[A, UPDATE], [A, B], [B, UPDATE]] as const) {
      expect(Math.abs(estimateJaccard(minhashSignature(x), minhashSignature(y)) - exactJaccard(x, y))).toBeLessThan(0.12);
    }
    expect(exactJaccard(A, UPDATE)).toBeGreaterThan(0.85);
    expect(exactJaccard(A, B)).toBeLessThan(0.05);
  });

  it('throws FaultlineError for a bad option', () => {
    expect(() => minhashSignature(A, { permutations: 0 })).toThrow(FaultlineError);
    expect(() => minhashSignature(A, { shingle: 2.5 })).toThrow(/option shingle must be an integer in 1\.\.64, got 2\.5/);
  });
});
