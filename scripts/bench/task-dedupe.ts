/**
 * Bench task: near-duplicate detection measured directly. Prepares every file (parse, normalise)
 * once, then times the MinHash signatures of all texts and `dedupeDocuments` (LSH candidates and
 * exact verification) over the whole corpus, and returns the clusters for the recall check.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from '../../src/model/document.js';
import type { DuplicateCluster } from '../../src/model/manifest.js';
import { importCode } from './code-snapshot.js';
import { listFiles } from './list-files.js';

/** Input of the dedupe task. */
export interface DedupeTaskInput {
  corpus: string;
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
}

/** What the dedupe task reports. */
export interface DedupeTaskResult {
  files: number;
  documents: number;
  /** Parse + normalise + signature of every file (the ingest's prepare work, one core), ms. */
  prepareMs: number;
  /** MinHash signatures of every normalised text, ms. */
  signatureMs: number;
  /** `dedupeDocuments` with the signatures given (LSH + verification), ms. */
  dedupeMs: number;
  /** Documents after dedupe. */
  merged: number;
  clusters: DuplicateCluster[];
  method: unknown;
}

/** Runs the direct dedupe measurement. */
export async function run(input: DedupeTaskInput): Promise<DedupeTaskResult> {
  const { prepareFile } = await importCode<typeof import('../../src/ingest/file-preparation.js')>(input.codeRoot, 'src/ingest/file-preparation.ts');
  const { minhashSignature } = await importCode<typeof import('../../src/dedupe/minhash.js')>(input.codeRoot, 'src/dedupe/minhash.ts');
  const { dedupeDocuments } = await importCode<typeof import('../../src/dedupe/dedupe-documents.js')>(input.codeRoot, 'src/dedupe/dedupe-documents.ts');
  const paths = listFiles(input.corpus);
  const documents: ParsedDocument[] = [];
  let started = performance.now();
  for (const path of paths) {
    const bytes = readFileSync(join(input.corpus, path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const prepared = prepareFile({ path, bytes, sha256 });
    if (prepared.document !== null) documents.push(prepared.document);
  }
  const prepareMs = Math.round(performance.now() - started);

  started = performance.now();
  const signatures = new Map<string, ArrayLike<number>>();
  for (const doc of documents) signatures.set(doc.sha256, minhashSignature(doc.text));
  const signatureMs = Math.round(performance.now() - started);

  started = performance.now();
  const result = dedupeDocuments(documents, { signatures });
  const dedupeMs = Math.round(performance.now() - started);
  return { files: paths.length, documents: documents.length, prepareMs, signatureMs, dedupeMs, merged: result.documents.length, clusters: result.clusters, method: result.method };
}
