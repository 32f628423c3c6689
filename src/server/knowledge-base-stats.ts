/** Statistics over a knowledge base's incidents, computed once when it is loaded. */
import { reconcileIncidentDate } from '../analyze/reconcile-incident-date.js';
import { compareStrings } from '../model/compare-strings.js';
import { isCertainty, layersOfRole, type Certainty, type Incident, type KnowledgeBase } from '../model/index.js';
import { allSearchRecords, searchRecordIn } from '../search/search-engine.js';
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

/** Computes incident counts by year, origin layer, impacted layer and cause (each incident counted once per label), and the outline statistics. */
export function computeKnowledgeBaseStats(kb: KnowledgeBase, order: StatsLabelOrder): KnowledgeBaseStats {
  const years = new Map<string, number>();
  for (const incident of kb.incidents.values()) {
    // The incident date its reports state (never a publication or crawl date; see reconcile-incident-date.ts).
    // Read from the search table (no document parsed).
    const reports = incident.reports.map((id) => searchRecordIn(kb, id)).filter((d) => d !== undefined);
    const date = reconcileIncidentDate(reports.map((d) => d.incidentDate));
    const year = date === null ? 'unknown' : date.value.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const byYear = [...years.entries()]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year === 'unknown' ? 1 : b.year === 'unknown' ? -1 : compareStrings(a.year, b.year)));
  let comments = 0;
  for (const record of allSearchRecords(kb)) comments += record.comments;
  return {
    incidents: kb.incidents.size,
    documents: kb.documents.size,
    comments,
    byYear,
    byLayer: countLabels(kb.incidents.values(), (i) => layersOfRole(i.layers, 'origin'), order.layers),
    byImpactedLayer: countLabels(kb.incidents.values(), (i) => layersOfRole(i.layers, 'impacted'), order.layers),
    byCause: countLabels(kb.incidents.values(), (i) => i.causes, order.causes),
    outline: computeOutlineStats([...kb.incidents.values()], order),
  };
}
