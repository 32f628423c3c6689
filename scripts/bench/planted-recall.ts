/**
 * Dedupe quality on the generated corpus: recall on the planted near-duplicate pairs (both files
 * in one cluster) and false merges (a cluster joining files of different articles; the generator
 * names every file `<article index>-...`, a planted copy sharing its original's index).
 */
import type { DuplicateCluster } from '../../src/model/manifest.js';
import type { PlantedPair } from '../gen-corpus.js';

/** Recall and false merges of a dedupe run. */
export interface PlantedRecall {
  planted: number;
  found: number;
  /** found / planted (1 when nothing was planted). */
  recall: number;
  /** Articles wrongly merged into another article's cluster. */
  falseMerges: number;
  /** Planted pairs that were not merged (first few). */
  missed: { original: string; copy: string; variants: string[] }[];
  /** Recall by copy variant. */
  byVariant: Record<string, { planted: number; found: number }>;
}

function articleOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.indexOf('-'));
}

/** Compares clusters with the planted pairs. */
export function plantedRecall(pairs: readonly PlantedPair[], clusters: readonly DuplicateCluster[]): PlantedRecall {
  const clusterOf = new Map<string, number>();
  let falseMerges = 0;
  clusters.forEach((cluster, i) => {
    const members = [cluster.kept, ...cluster.duplicates.map((d) => d.path)];
    for (const m of members) clusterOf.set(m, i);
    falseMerges += new Set(members.map(articleOf)).size - 1;
  });
  let found = 0;
  const missed: PlantedRecall['missed'] = [];
  const byVariant: PlantedRecall['byVariant'] = {};
  for (const pair of pairs) {
    const a = clusterOf.get(pair.original);
    const ok = a !== undefined && a === clusterOf.get(pair.copy);
    if (ok) found++;
    else if (missed.length < 10) missed.push({ original: pair.original, copy: pair.copy, variants: pair.variants });
    for (const v of pair.variants) {
      const entry = (byVariant[v] ??= { planted: 0, found: 0 });
      entry.planted++;
      if (ok) entry.found++;
    }
  }
  return { planted: pairs.length, found, recall: pairs.length === 0 ? 1 : Math.round((found / pairs.length) * 10000) / 10000, falseMerges, missed, byVariant };
}
