/** Test helper: reads a file (a named fixture or a seed) as the read stage would hand it over. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/model/document.js';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A `SourceFile` from bytes, with its real SHA-256. */
export function sourceFile(path: string, bytes: Uint8Array | string): SourceFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { path, bytes: data, sha256: createHash('sha256').update(data).digest('hex') };
}

/** A fixture under `test/fixtures/ingest/` (path relative to it) as a `SourceFile`. */
export function fixture(relative: string): SourceFile {
  return sourceFile(relative, new Uint8Array(readFileSync(`${ROOT}test/fixtures/ingest/${relative}`)));
}

/** A seed document of `test/fixtures/seed-corpus/` (copies of `corpus/000`-`003`; by file-name prefix, e.g. `003_`) as a `SourceFile`. */
export function seed(name: string): SourceFile {
  return sourceFile(name, new Uint8Array(readFileSync(`${ROOT}test/fixtures/seed-corpus/${name}`)));
}
