/** Our cause distribution set beside the SoCC'16 study's table (Gunawi et al.), by the taxonomy's mapping. */
import { SOCC16_FIGURES, SOCC16_OUTAGES, TAXONOMY } from '../model/taxonomy.js';
import type { KnowledgeBaseStats } from './knowledge-base-stats.js';

/** One row of the comparison: one of our labels and the SoCC'16 categories it corresponds to. */
export interface Socc16Row {
  /** Our label. */
  label: string;
  /** `cause` for our root causes; `layer` for network, which the study counts as a cause. */
  axis: 'cause' | 'layer';
  /** Our incidents carrying the label. */
  ours: number;
  /** `ours` as a share (0..1) of our incidents. */
  oursShare: number;
  /** The SoCC'16 categories mapped to the label (empty: the study has no separate count). */
  categories: string[];
  /** The study's outages in those categories, or null when it has no separate count. */
  socc16: number | null;
  /** `socc16` as a share (0..1) of the study's 597 outages, or null. */
  socc16Share: number | null;
}

const OUTAGES_BY_CATEGORY = new Map<string, number>(SOCC16_FIGURES.map((f) => [f.category, f.outages]));

function row(label: string, axis: 'cause' | 'layer', ours: number, total: number, categories: string[]): Socc16Row {
  const socc16 = categories.length === 0 ? null : categories.reduce((sum, c) => sum + (OUTAGES_BY_CATEGORY.get(c) ?? 0), 0);
  return {
    label,
    axis,
    ours,
    oursShare: total === 0 ? 0 : ours / total,
    categories,
    socc16,
    socc16Share: socc16 === null ? null : socc16 / SOCC16_OUTAGES,
  };
}

/** One row per root cause (taxonomy order) plus the network layer, which the study counts as a cause (NETWORK). */
export function compareWithSocc16(stats: KnowledgeBaseStats): Socc16Row[] {
  const causeCounts = new Map(stats.byCause.map((c) => [c.label, c.total]));
  const rows = TAXONOMY.causes.map((entry) => row(entry.label, 'cause', causeCounts.get(entry.label) ?? 0, stats.incidents, [...entry.socc16]));
  const network = stats.byLayer.find((l) => l.label === 'network')?.total ?? 0;
  rows.push(row('network', 'layer', network, stats.incidents, ['NETWORK']));
  return rows;
}
