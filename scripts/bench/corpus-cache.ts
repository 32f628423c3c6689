/**
 * The bench's generated corpora, cached in `bench/corpus-N/` and reused while the generator
 * version, the seed and N are unchanged (the key is in the folder's meta.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFolder, generateCorpus, GENERATOR_VERSION, type CorpusMeta, type PlantedFile } from '../gen-corpus.js';

/** A corpus ready for the bench. */
export interface BenchCorpus {
  n: number;
  /** Folder holding meta.json and planted.json. */
  dir: string;
  /** Folder of the files to ingest. */
  corpusDir: string;
  meta: CorpusMeta;
  planted: PlantedFile;
  /** True when the corpus was reused from an earlier run. */
  cached: boolean;
}

/** Returns the corpus of `n` articles for `seed`, generating it unless a matching one is cached. */
export function ensureCorpus(benchDir: string, n: number, seed: number): BenchCorpus {
  const dir = join(benchDir, `corpus-${n}`);
  const metaPath = join(dir, 'meta.json');
  if (existsSync(metaPath) && existsSync(join(dir, 'planted.json'))) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CorpusMeta;
    if (meta.generator === GENERATOR_VERSION && meta.seed === seed && meta.n === n) {
      const planted = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8')) as PlantedFile;
      return { n, dir, corpusDir: corpusFolder(dir), meta, planted, cached: true };
    }
  }
  const generated = generateCorpus({ n, seed, outDir: dir });
  return { n, dir, corpusDir: generated.corpusDir, meta: generated.meta, planted: generated.planted, cached: false };
}
