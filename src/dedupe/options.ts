/**
 * Options of the dedupe stage, with their defaults in one place.
 *
 * Why these values (measured on test/fixtures/dedupe against the article s3-outage-a.md, see
 * test/dedupe/dedupe-fixtures.test.ts):
 * - 5-word shingles: long enough that two different write-ups of the same outage (same provider,
 *   same day, same vocabulary, even the same quoted AWS statement) share almost none (Jaccard
 *   0.02-0.04, containment <= 0.14), short enough that an inserted boilerplate line disturbs only
 *   the shingles around it.
 * - Merge when the exact shingle Jaccard is >= 0.7: copies with other quotes, whitespace or line
 *   wrapping are exact duplicates after canonicalisation (1.0); a copy with added share/subscribe/
 *   copyright lines scored 0.90, with an added update paragraph 0.90, an HTML copy's text with
 *   navigation words 0.95. 0.7 leaves a wide margin on both sides.
 * - Or when the smaller text's shingles are >= 85% contained in the larger's and the smaller is at
 *   least half the size of the larger: a copy with a long "related posts"/navigation block scored
 *   Jaccard 0.66 but containment 1.0 at size ratio 0.66, and still merges. The size-ratio floor is
 *   the decision about excerpts: an article and a short quoted excerpt of it are NOT merged (a
 *   teaser of the first paragraph has containment 0.94 but size ratio 0.15; a blog post quoting one
 *   paragraph with its own commentary has containment 0.48): an excerpt is its own document with
 *   its own metadata and comments.
 * - 42 bands x 3 rows over 128 permutations (126 used for banding): a pair becomes a candidate
 *   with probability 1-(1-J^3)^42, i.e. 0.94 at J=0.4, 0.996 at J=0.5, ~1 at J>=0.6 (the lowest
 *   Jaccard the containment rule can merge is ~0.4), and only 0.05 at J=0.11, so boilerplate
 *   shared by unrelated pages of one site rarely makes candidates. Candidates are then verified
 *   on the exact shingle sets, so the MinHash estimate never decides a merge by itself.
 */
import { FaultlineError } from '../model/diagnostic.js';

/** Options of `dedupeDocuments` and `minhashSignature`; every field has a default. */
export interface DedupeOptions {
  /** Words per shingle (default 5). */
  shingle?: number;
  /** MinHash permutations, the signature length (default 128). */
  permutations?: number;
  /** LSH bands (default 42). */
  bands?: number;
  /** Signature rows per band (default 3); `bands * rows` must not exceed `permutations`. */
  rows?: number;
  /** Shingle Jaccard at or above which two texts are near duplicates (default 0.7). */
  threshold?: number;
  /** Share of the smaller text's shingles found in the larger at or above which they merge (default 0.85). */
  containment?: number;
  /** Smallest size ratio (smaller/larger shingle count) for a containment merge (default 0.5). */
  minSizeRatio?: number;
  /**
   * Buckets with more members than this are paired as a chain, each member with the next and the
   * first, instead of all pairs (default 16). A big bucket means a shared shingle (boilerplate, a
   * widely quoted statement) decides that band's minimum for many texts; chaining keeps candidate
   * pairs linear in the corpus there, while real copies still meet in their other, small buckets.
   */
  maxBucket?: number;
  /**
   * Precomputed MinHash signatures keyed by the file's sha256 (computed with `minhashSignature`
   * and the same `shingle`/`permutations`), e.g. in worker threads. Missing ones are computed.
   */
  signatures?: ReadonlyMap<string, ArrayLike<number>>;
}

/** The options with every default filled in (except the optional precomputed signatures). */
export type ResolvedDedupeOptions = Required<Omit<DedupeOptions, 'signatures'>> & Pick<DedupeOptions, 'signatures'>;

/** The defaults of every dedupe option. */
export const DEDUPE_DEFAULTS: Readonly<Required<Omit<DedupeOptions, 'signatures'>>> = Object.freeze({
  shingle: 5,
  permutations: 128,
  bands: 42,
  rows: 3,
  threshold: 0.7,
  containment: 0.85,
  minSizeRatio: 0.5,
  maxBucket: 16,
});

/** Checks that a value is an integer in a range, naming the option when it is not. */
function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new FaultlineError(`dedupe: option ${name} must be an integer in ${min}..${max}, got ${String(value)}`, {
      parameter: name,
    });
  }
}

/** Checks that a value is a number in (0, 1], naming the option when it is not. */
function checkFraction(name: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new FaultlineError(`dedupe: option ${name} must be a number in (0, 1], got ${String(value)}`, {
      parameter: name,
    });
  }
}

/** The signature options (`shingle`, `permutations`) with defaults, validated; throws FaultlineError naming a bad one. */
export function resolveSignatureOptions(options: Pick<DedupeOptions, 'shingle' | 'permutations'> = {}): {
  shingle: number;
  permutations: number;
} {
  const shingle = options.shingle ?? DEDUPE_DEFAULTS.shingle;
  const permutations = options.permutations ?? DEDUPE_DEFAULTS.permutations;
  checkInteger('shingle', shingle, 1, 64);
  checkInteger('permutations', permutations, 1, 4096);
  return { shingle, permutations };
}

/** Fills in the defaults and validates the options; throws FaultlineError naming a bad option. */
export function resolveDedupeOptions(options: DedupeOptions = {}): ResolvedDedupeOptions {
  const resolved: ResolvedDedupeOptions = {
    shingle: options.shingle ?? DEDUPE_DEFAULTS.shingle,
    permutations: options.permutations ?? DEDUPE_DEFAULTS.permutations,
    bands: options.bands ?? DEDUPE_DEFAULTS.bands,
    rows: options.rows ?? DEDUPE_DEFAULTS.rows,
    threshold: options.threshold ?? DEDUPE_DEFAULTS.threshold,
    containment: options.containment ?? DEDUPE_DEFAULTS.containment,
    minSizeRatio: options.minSizeRatio ?? DEDUPE_DEFAULTS.minSizeRatio,
    maxBucket: options.maxBucket ?? DEDUPE_DEFAULTS.maxBucket,
    signatures: options.signatures,
  };
  resolveSignatureOptions(resolved);
  checkInteger('bands', resolved.bands, 1, resolved.permutations);
  checkInteger('rows', resolved.rows, 1, Math.floor(resolved.permutations / resolved.bands));
  checkFraction('threshold', resolved.threshold);
  checkFraction('containment', resolved.containment);
  checkFraction('minSizeRatio', resolved.minSizeRatio);
  checkInteger('maxBucket', resolved.maxBucket, 2, 1_000_000);
  return resolved;
}
