/** Statistics over a knowledge base's incidents, computed once when it is loaded. */
import { compareStrings } from '../model/compare-strings.js';
import { isCertainty, layersOfRole, type Certainty, type Incident, type KnowledgeBase } from '../model/index.js';
import { factsOf } from '../search/snapshot-facts.js';
import type { SnapshotFacts } from '../search/search-backend.js';
import { computeOutlineStats, type OutlineStats } from './outline-stats.js';

/** Count of incidents carrying one label, split by the tag's certainty. */
export interface LabelCount {
  label: string;
  total: number;
  confirmed: number;
  reported: number;
  speculated: number;
}

/** Incidents in one year of their incident date (`unknown` for incidents none of whose reports dates it). */
export interface YearCount {
  year: string;
  count: number;
}

/** What `/stats` and `/api/stats` show. */
export interface KnowledgeBaseStats {
  incidents: number;
  documents: number;
  comments: number;
  /** Incidents by year, oldest first, `unknown` last. */
  byYear: YearCount[];
  /** Incidents by origin failure layer (where it broke) with the certainty split, in `labels` order then by count. */
  byLayer: LabelCount[];
  /** Incidents by impacted layer (what failed as a consequence) with the certainty split, in the same order. */
  byImpactedLayer: LabelCount[];
  /** Incidents by root cause with the certainty split. */
  byCause: LabelCount[];
  /** Triggers, detection methods, mitigation steps and the median phases (see outline-stats.ts). */
  outline: OutlineStats;
}

/** Label orders to list (every listed label appears, with zero counts if unused). */
export interface StatsLabelOrder {
  layers: readonly string[];
  causes: readonly string[];
}

function countLabels(incidents: Iterable<Incident>, pick: (incident: Incident) => readonly { label: string; certainty: Certainty }[], order: readonly string[]): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  for (const label of order) counts.set(label, { label, total: 0, confirmed: 0, reported: 0, speculated: 0 });
  for (const incident of incidents) {
    const seen = new Set<string>();
    for (const tag of pick(incident)) {
      if (seen.has(tag.label)) continue;
      seen.add(tag.label);
      let count = counts.get(tag.label);
      if (count === undefined) {
        count = { label: tag.label, total: 0, confirmed: 0, reported: 0, speculated: 0 };
        counts.set(tag.label, count);
      }
      count.total++;
      // A certainty this version does not know (from other data) is counted in the total only.
      if (isCertainty(tag.certainty)) count[tag.certainty]++;
    }
  }
  const rank = new Map(order.map((label, i) => [label, i]));
  return [...counts.values()].sort(
    (a, b) => (rank.get(a.label) ?? Infinity) - (rank.get(b.label) ?? Infinity) || b.total - a.total || compareStrings(a.label, b.label),
  );
}

/** Computes incident counts by year, origin layer, impacted layer and cause (each incident counted once per label), and the outline statistics, from a snapshot's facts. */
export function statsFromFacts(facts: SnapshotFacts, documents: number, order: StatsLabelOrder): KnowledgeBaseStats {
  const years = new Map<string, number>();
  for (const incident of facts.incidents) {
    // The incident date its reports state (never a publication or crawl date; see reconcile-incident-date.ts).
    const date = facts.incidentDates.get(incident.id) ?? null;
    const year = date === null ? 'unknown' : date.value.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const byYear = [...years.entries()]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year === 'unknown' ? 1 : b.year === 'unknown' ? -1 : compareStrings(a.year, b.year)));
  return {
    incidents: facts.incidents.length,
    documents,
    comments: facts.comments,
    byYear,
    byLayer: countLabels(facts.incidents, (i) => layersOfRole(i.layers, 'origin'), order.layers),
    byImpactedLayer: countLabels(facts.incidents, (i) => layersOfRole(i.layers, 'impacted'), order.layers),
    byCause: countLabels(facts.incidents, (i) => i.causes, order.causes),
    outline: computeOutlineStats(facts.incidents, order),
  };
}

/** `statsFromFacts` over a knowledge base held in memory. */
export function computeKnowledgeBaseStats(kb: KnowledgeBase, order: StatsLabelOrder): KnowledgeBaseStats {
  return statsFromFacts(factsOf(kb), kb.documents.size, order);
}
