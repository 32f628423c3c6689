/**
 * The per-file part of ingestion: parse one file, normalise the result and compute its
 * near-duplicate signature. Pure over a plain record, so it runs in a worker thread as well as
 * in the main thread; never throws on bad input (problems come back as diagnostics).
 */
import { minhashSignature } from '../dedupe/minhash.js';
import type { DedupeOptions } from '../dedupe/options.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedDocument, SourceFile } from '../model/document.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { parseFile } from './parse-file.js';
import type { ParseOptions } from './parse-options.js';

/** A prepared file: its normalised document (or null when unusable), signature and diagnostics. */
export interface PreparedFile {
  /** Hex SHA-256 of the file's bytes (the cache key). */
  sha256: string;
  document: ParsedDocument | null;
  /** MinHash signature of the normalised text (empty when there is no document). */
  signature: number[];
  diagnostics: Diagnostic[];
}

/** Parses (with `options.parse`), normalises and fingerprints (with `options.signature`) one file. */
export function prepareFile(
  file: SourceFile,
  options: { parse?: ParseOptions; signature?: Pick<DedupeOptions, 'shingle' | 'permutations'> } = {},
): PreparedFile {
  let result;
  try {
    result = parseFile(file, options.parse);
  } catch (error) {
    // A parser must not throw; if one does, the file is reported, never the whole ingest stopped.
    return {
      sha256: file.sha256,
      document: null,
      signature: [],
      diagnostics: [
        { file: file.path, stage: 'parse', code: 'parse-failed', reason: `parser failed: ${(error as Error).message}`, fatal: true },
      ],
    };
  }
  if (result.value === null) {
    return { sha256: file.sha256, document: null, signature: [], diagnostics: result.diagnostics };
  }
  try {
    const document = normalizeDocument(result.value);
    return {
      sha256: file.sha256,
      document,
      signature: Array.from(minhashSignature(document.text, options.signature)),
      diagnostics: result.diagnostics,
    };
  } catch (error) {
    // Normalising or fingerprinting must not throw either; if it does, only this file is lost.
    const reason = `normalising failed: ${(error as Error).message}`;
    return { sha256: file.sha256, document: null, signature: [], diagnostics: [{ file: file.path, stage: 'normalize', code: 'parse-failed', reason, fatal: true }] };
  }
}
