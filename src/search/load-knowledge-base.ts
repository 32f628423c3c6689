/**
 * Loads a knowledge base from a data folder. The folder is a symlink to one generation; it is
 * resolved once and everything is read from the resolved path, so a concurrent ingest switching
 * the link never mixes two generations.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { readIndex } from '../index/load-index.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase } from '../model/search.js';
import { readJsonl } from '../store/jsonl.js';
import { createSearchEngine, type SearchEngineOptions } from './search-engine.js';

/** Reads `documents.jsonl`, `incidents.jsonl`, `manifest.json` and `index/` of the data folder `dir`. */
export async function loadKnowledgeBase(dir: string, options: Partial<SearchEngineOptions> = {}): Promise<KnowledgeBase> {
  let resolved: string;
  try {
    resolved = await realpath(dir);
  } catch (error) {
    throw new FaultlineError(`search: data folder ${dir} not found (run \`faultline ingest CORPUS --out ${dir}\` first)`, {
      status: 500,
      parameter: 'dir',
      cause: error,
    });
  }
  const manifestFile = path.join(resolved, 'manifest.json');
  let manifest: IngestManifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as IngestManifest;
  } catch (error) {
    throw new FaultlineError(`search: cannot read ${manifestFile} (${(error as Error).message}); is ${dir} a Faultline data folder?`, {
      status: 500,
      parameter: 'dir',
      cause: error,
    });
  }
  const documents = await readRecords<KnowledgeDocument>(path.join(resolved, 'documents.jsonl'));
  const incidents = await readRecords<Incident>(path.join(resolved, 'incidents.jsonl'));
  const index = await readIndex(path.join(resolved, 'index'));
  return createSearchEngine({ dir: resolved, manifest, documents, incidents, index }, options);
}

async function readRecords<T>(file: string): Promise<T[]> {
  try {
    return await readJsonl<T>(file);
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    throw new FaultlineError(`search: cannot read ${file} (${(error as Error).message})`, { status: 500, parameter: 'dir', cause: error });
  }
}
