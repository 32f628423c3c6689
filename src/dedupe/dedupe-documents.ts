/**
 * The dedupe stage: merges copies of one article into one document.
 *
 * 1. Exact duplicates: documents whose canonical text (`canonicalText`: lower-cased, apostrophes
 *    dropped, punctuation and whitespace collapsed) has the same SHA-256 form one text group.
 *    Copies that differ only in quotes, case, whitespace or line wrapping land here.
 * 2. Near duplicates: one MinHash signature per text group (precomputed ones are used when given),
 *    LSH banding proposes candidate pairs, and each candidate pair is verified on the exact shingle
 *    sets (see `options.ts` for the thresholds and why). Verified pairs are joined with union-find.
 * 3. Each resulting cluster becomes one `IngestedDocument`: the kept copy is the best by
 *    `compareCopies`, metadata is merged richest-first, comments are merged and deduplicated, and
 *    every file is listed in `sources` with its similarity to the kept text.
 *
 * Everything is ordered by content hashes, paths and sha256s, never by input order, so any
 * permutation of the input gives the same result. Cost: near-linear in the corpus (hashing, and
 * sorting band keys), plus the verified candidate pairs.
 */
import { createHash } from 'node:crypto';
import { FaultlineError } from '../model/diagnostic.js';
import type { DocumentSource, IngestedDocument, ParsedDocument } from '../model/document.js';
import type { DuplicateCluster, IngestManifest } from '../model/manifest.js';
import { canonicalText } from './canonical-text.js';
import { compareCopies } from './copy-ranking.js';
import { documentId } from './document-id.js';
import { findCandidatePairs } from './lsh-candidates.js';
import { mergeComments } from './merge-comments.js';
import { mergeMetadata } from './merge-metadata.js';
import { signatureOfShingles } from './minhash.js';
import { type DedupeOptions, type ResolvedDedupeOptions, resolveDedupeOptions } from './options.js';
import { intersectionSize, shingleHashes, shingleSet } from './shingles.js';
import { UnionFind } from './union-find.js';

/** What the dedupe stage produces. */
export interface DedupeResult {
  /** One document per article, sorted by id. */
  documents: IngestedDocument[];
  /** One cluster per document that merged more than one file, sorted by document id. */
  clusters: DuplicateCluster[];
  /** The near-duplicate method and its parameters, for the manifest. */
  method: IngestManifest['dedupe'];
}

/** Copies with one canonical text. */
interface TextGroup {
  /** Hex SHA-256 of the canonical text (or of the file, for a text with no words). */
  key: string;
  canonical: string;
  /** Members, best first. */
  copies: ParsedDocument[];
  /** False for texts without words, which only merge with byte-identical files. */
  comparable: boolean;
}

/** Hex SHA-256 of a string. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** How two shingle sets relate: Jaccard, and whether they are near duplicates under the options. */
function compareShingles(a: Uint32Array, b: Uint32Array, options: ResolvedDedupeOptions): { jaccard: number; duplicate: boolean } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, duplicate: false };
  const common = intersectionSize(a, b);
  const jaccard = common / (a.length + b.length - common);
  const smaller = Math.min(a.length, b.length);
  const containment = common / smaller;
  const ratio = smaller / Math.max(a.length, b.length);
  const duplicate = jaccard >= options.threshold || (containment >= options.containment && ratio >= options.minSizeRatio);
  return { jaccard, duplicate };
}

/** The manifest record describing the method and its parameters. */
function methodRecord(options: ResolvedDedupeOptions): IngestManifest['dedupe'] {
  return {
    method:
      `sha256 of canonical text for exact copies; minhash-lsh (${options.permutations} permutations) candidates ` +
      `verified on exact ${options.shingle}-word shingle sets: jaccard >= ${options.threshold}, or containment >= ` +
      `${options.containment} with size ratio >= ${options.minSizeRatio}`,
    threshold: options.threshold,
    shingle: options.shingle,
    bands: options.bands,
    rows: options.rows,
  };
}

/** Groups documents by canonical text hash; groups sorted by key. */
function groupExactCopies(docs: readonly ParsedDocument[]): TextGroup[] {
  const groups = new Map<string, TextGroup>();
  for (const doc of docs) {
    const canonical = canonicalText(doc.text);
    const comparable = canonical !== '';
    const key = comparable ? sha256Hex(canonical) : sha256Hex(`\u0000no-text\u0000${doc.sha256}`);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, canonical, copies: [doc], comparable });
    else group.copies.push(doc);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const group of sorted) group.copies.sort(compareCopies);
  return sorted;
}

/** The signature of a group: a precomputed one for any member, or computed from its canonical text. */
function groupSignature(group: TextGroup, options: ResolvedDedupeOptions): ArrayLike<number> | null {
  if (!group.comparable) return null;
  for (const copy of group.copies) {
    const given = options.signatures?.get(copy.sha256);
    if (given === undefined) continue;
    if (given.length !== options.permutations) {
      throw new FaultlineError(
        `dedupe: precomputed signature for ${copy.path} has ${given.length} values, expected ${options.permutations}`,
        { parameter: 'signatures' },
      );
    }
    return given;
  }
  return signatureOfShingles(shingleHashes(group.canonical, options.shingle), options.permutations);
}

/** Rounds a similarity to 3 decimals. */
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Merges the text groups of one cluster into a document. */
function mergeCluster(groups: readonly TextGroup[], shinglesOf: (group: TextGroup) => Uint32Array): { document: IngestedDocument; cluster: DuplicateCluster | null } {
  const ranked = groups.flatMap((group) => group.copies.map((copy) => ({ copy, group }))).sort((a, b) => compareCopies(a.copy, b.copy));
  const keptEntry = ranked[0]!;
  const kept = keptEntry.copy;
  const id = documentId(keptEntry.group.key);
  const similarity = new Map<TextGroup, number>();
  for (const group of groups) {
    if (group === keptEntry.group) continue;
    const a = shinglesOf(keptEntry.group);
    const b = shinglesOf(group);
    const common = intersectionSize(a, b);
    similarity.set(group, round3(common / (a.length + b.length - common)));
  }
  const others = ranked.slice(1).sort((a, b) => (a.copy.path < b.copy.path ? -1 : a.copy.path > b.copy.path ? 1 : 0));
  const sources: DocumentSource[] = [
    { path: kept.path, format: kept.format, sha256: kept.sha256, bytes: kept.bytes, similarity: 1, match: 'kept' },
    ...others.map(({ copy, group }): DocumentSource => {
      const exact = group === keptEntry.group;
      return {
        path: copy.path,
        format: copy.format,
        sha256: copy.sha256,
        bytes: copy.bytes,
        similarity: exact ? 1 : similarity.get(group)!,
        match: exact ? 'exact' : 'near',
      };
    }),
  ];
  const metadata = mergeMetadata(ranked.map((entry) => entry.copy));
  const document: IngestedDocument = {
    id,
    ...metadata,
    sources,
    text: kept.text,
    comments: mergeComments(id, [kept, ...others.map((entry) => entry.copy)]),
    textHash: sha256Hex(kept.text),
  };
  const cluster: DuplicateCluster | null =
    sources.length === 1
      ? null
      : {
          document: id,
          kept: kept.path,
          duplicates: sources.slice(1).map((source) => ({
            path: source.path,
            similarity: source.similarity,
            match: source.match as 'exact' | 'near',
          })),
        };
  return { document, cluster };
}

/**
 * Merges exact and near-duplicate copies among normalised parsed documents into ingested
 * documents with stable ids (`d` + 12 hex digits of the kept copy's canonical-text SHA-256),
 * every source file listed, richest metadata and deduplicated comments. The result does not
 * depend on the order of `docs`. Throws FaultlineError for a bad option, a precomputed signature
 * of the wrong length, or two documents with the same path.
 */
export function dedupeDocuments(docs: readonly ParsedDocument[], options: DedupeOptions = {}): DedupeResult {
  const resolved = resolveDedupeOptions(options);
  const paths = new Set<string>();
  for (const doc of docs) {
    if (paths.has(doc.path)) {
      throw new FaultlineError(`dedupe: two documents have the path ${doc.path}`, { parameter: 'docs' });
    }
    paths.add(doc.path);
  }

  const groups = groupExactCopies(docs);
  const signatures = groups.map((group) => groupSignature(group, resolved));
  const candidates = findCandidatePairs(signatures, resolved);

  const shingleCache = new Map<TextGroup, Uint32Array>();
  const shinglesOf = (group: TextGroup): Uint32Array => {
    let set = shingleCache.get(group);
    if (set === undefined) {
      set = shingleSet(group.canonical, resolved.shingle);
      shingleCache.set(group, set);
    }
    return set;
  };
  const sets = new UnionFind(groups.length);
  for (const [i, j] of candidates) {
    if (sets.find(i) === sets.find(j)) continue;
    if (compareShingles(shinglesOf(groups[i]!), shinglesOf(groups[j]!), resolved).duplicate) sets.union(i, j);
  }

  const clusters = new Map<number, TextGroup[]>();
  groups.forEach((group, i) => {
    const root = sets.find(i);
    const members = clusters.get(root);
    if (members === undefined) clusters.set(root, [group]);
    else members.push(group);
  });

  const documents: IngestedDocument[] = [];
  const duplicateClusters: DuplicateCluster[] = [];
  for (const members of clusters.values()) {
    const { document, cluster } = mergeCluster(members, shinglesOf);
    documents.push(document);
    if (cluster !== null) duplicateClusters.push(cluster);
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  duplicateClusters.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  return { documents, clusters: duplicateClusters, method: methodRecord(resolved) };
}
