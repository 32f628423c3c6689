/**
 * Measures a real corpus read in place (by default ../shared/corpora/icco-postmortems, never
 * copied into the repo): cold ingest, index build time and saved size, then the saved index's
 * load time and query latency in a fresh process (issue 4: load vs build on real post-mortems).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { attempt, type BenchLog } from './attempt.js';
import { isMeasured, type RealCorpusResults } from './bench-results.js';
import type { BenchOptions } from './bench-options.js';
import { ingestInChild } from './ingest-in-child.js';
import { listFiles } from './list-files.js';
import { runChild } from './run-child.js';
import { folderBytes, removeDataFolder } from './scratch-folders.js';
import type { KnowledgeBaseTaskResult } from './task-knowledge-base.js';

/** Measures one real corpus folder. */
export async function measureRealCorpus(corpus: string, options: BenchOptions, codeRoot: string, log: BenchLog): Promise<RealCorpusResults> {
  const name = basename(corpus);
  log(`== real corpus ${name}`);
  const files = listFiles(corpus);
  const { bytes } = folderBytes(corpus);
  const out = join(options.benchDir, 'tmp', `data-real-${name}`);
  removeDataFolder(out);
  const workers = options.workers[options.workers.length - 1] ?? 1;
  const ingest = await attempt(`cold ingest of ${name}`, log, () => ingestInChild({ kind: 'cold', corpus, out, workers, corpusMb: bytes / 1e6, timeoutMs: 300_000, codeRoot }));
  let index: RealCorpusResults['index'] = { unavailable: 'ingest not available' };
  let kb: RealCorpusResults['kb'] = { unavailable: 'ingest not available' };
  if (isMeasured(ingest)) {
    const indexDir = join(realpathSync(out), 'index');
    if (existsSync(indexDir)) {
      const size = folderBytes(indexDir);
      index = { buildMs: ingest.timings.index ?? Number.NaN, sizeBytes: size.bytes, files: size.files };
    } else index = { unavailable: 'no index folder in the data folder' };
    kb = await attempt(`index load + queries on ${name}`, log, async () => {
      const r = await runChild<KnowledgeBaseTaskResult>('kb', { codeRoot, dataDir: out, perKind: options.queriesPerKind, budgetMs: options.queryBudgetMs }, { timeoutMs: 300_000 });
      return { ...r.value, maxRssMb: r.maxRssMb, wallMs: r.wallMs };
    });
  }
  if (!options.keepData) removeDataFolder(out);
  return { name, path: corpus, files: files.length, bytes, ingest, index, kb };
}
