import { describe, expect, it } from 'vitest';
import { findCandidatePairs } from '../../src/dedupe/lsh-candidates.js';
import { minhashSignature } from '../../src/dedupe/minhash.js';
import { DEDUPE_DEFAULTS } from '../../src/dedupe/options.js';
import { FaultlineError } from '../../src/model/diagnostic.js';

const LSH = { bands: DEDUPE_DEFAULTS.bands, rows: DEDUPE_DEFAULTS.rows, maxBucket: DEDUPE_DEFAULTS.maxBucket };

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

/**
 * `count` generated articles of 25 twelve-word sentences: about one sentence in ten is drawn from
 * a pool of 500 shared sentences (the stock phrases and quoted statements outage reports share),
 * the rest are new; with `footer`, every article also ends with the same 60-word paragraph (site
 * boilerplate a parser failed to remove). Every tenth article has a planted copy with six words
 * changed. Returns the texts and the planted pairs (indices).
 */
function generatedCorpus(count: number, seed: number, footer: boolean): { texts: string[]; planted: [number, number][] } {
  const next = random(seed);
  const sentence = (length = 12) => Array.from({ length }, () => VOCABULARY[Math.floor(VOCABULARY.length * next())]!).join(' ');
  const pool = Array.from({ length: 500 }, () => sentence());
  const boilerplate = footer ? [sentence(60)] : [];
  const texts: string[] = [];
  const planted: [number, number][] = [];
  while (texts.length < count) {
    const sentences = Array.from({ length: 25 }, () => (next() < 0.1 ? pool[Math.floor(pool.length * next())]! : sentence()));
    const text = [...sentences, ...boilerplate].join('. ');
    texts.push(text);
    if (texts.length % 10 === 0 && texts.length < count) {
      const words = text.split(' ');
      for (let k = 0; k < 6; k += 1) words[Math.floor(next() * words.length)] = VOCABULARY[Math.floor(VOCABULARY.length * next())]!;
      planted.push([texts.length - 1, texts.length]);
      texts.push(words.join(' '));
    }
  }
  return { texts, planted };
}

/** Candidate pair counts for growing generated corpora; checks every planted pair is found. */
function candidateCounts(sizes: number[], footer: boolean): number[] {
  return sizes.map((size) => {
    const { texts, planted } = generatedCorpus(size, size, footer);
    const pairs = findCandidatePairs(texts.map((text) => minhashSignature(text)), LSH);
    const found = new Set(pairs.map(([i, j]) => `${i},${j}`));
    for (const [i, j] of planted) expect(found.has(`${i},${j}`)).toBe(true);
    return pairs.length;
  });
}

describe('findCandidatePairs', () => {
  it('pairs identical signatures and not unrelated ones', () => {
    const a = minhashSignature('the load balancer stopped sending traffic to the healthy pool of servers');
    const b = minhashSignature('a storage cluster ran out of disk space after a runaway log rotation job');
    expect(findCandidatePairs([a, b, a, null], LSH)).toEqual([[0, 2]]);
  });

  it('chains a bucket larger than maxBucket instead of pairing all members', () => {
    const s = minhashSignature('one two three four five six');
    const all = findCandidatePairs([s, s, s, s], { ...LSH, maxBucket: 4 });
    const chained = findCandidatePairs([s, s, s, s], { ...LSH, maxBucket: 3 });
    expect(all).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
    expect(chained).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [2, 3]]);
  });

  it('throws FaultlineError for a signature too short for the banding', () => {
    expect(() => findCandidatePairs([[1, 2, 3]], LSH)).toThrow(FaultlineError);
  });

  const SIZES = [200, 400, 800, 1600];

  it('finds every planted near duplicate with candidate pairs growing linearly (not timed)', () => {
    const counts = candidateCounts(SIZES, false);
    // Planted pairs alone are ~size/11; unrelated articles add next to none.
    SIZES.forEach((size, i) => expect(counts[i]!).toBeLessThanOrEqual(size * 0.15));
    expect(counts[3]! / counts[0]!).toBeLessThanOrEqual((1600 / 200) * 1.25);
  });

  it('keeps candidate pairs within a linear bound when every article shares a boilerplate paragraph', () => {
    const counts = candidateCounts(SIZES, true);
    // Articles whose band minimum falls in the shared paragraph share a bucket; buckets are small
    // at these sizes and chained above maxBucket, so the count stays below one per article.
    SIZES.forEach((size, i) => expect(counts[i]!).toBeLessThanOrEqual(size));
  });
});
