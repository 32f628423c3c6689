/**
 * A fingerprint of the code that produces cached results: the ingest cache is only reused when
 * the parsing and analysis code is byte-for-byte the code that wrote it, so a changed tagger
 * never serves stale tags.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULTLINE_VERSION } from '../version.js';
import { compareStrings } from '../model/compare-strings.js';

/** The stage folders whose code shapes cached parse and analysis results. */
const STAGE_FOLDERS = ['ingest', 'normalize', 'dedupe', 'analyze', 'anatomy', 'tag', 'outline', 'rulebook', 'model', 'pipeline'] as const;

let cached: string | null = null;

/** Hex digest over the Faultline version and every source file of the caching stages. */
export function codeFingerprint(): string {
  if (cached !== null) return cached;
  const hash = createHash('sha256').update(FAULTLINE_VERSION);
  const srcRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  for (const folder of STAGE_FOLDERS) {
    for (const file of listFiles(path.join(srcRoot, folder))) {
      hash.update(path.relative(srcRoot, file)).update(readFileSync(file));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

/** Source files below `dir`, sorted (source maps and declarations excluded). */
function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (/\.(?:ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}
