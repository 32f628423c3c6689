/**
 * Merges the tags of an incident's reports: per label, the firmest certainty wins (confirmed over
 * reported over speculated), confidence is the highest seen, and evidence keeps the report it came
 * from. A real cause drops `unknown` (which stands alone).
 */
import type { AnalyzedDocument, Certainty, Tag } from '../model/document.js';
import type { IncidentEvidence, IncidentTag } from '../model/incident.js';

/** Rank of a certainty: higher is firmer. */
export const CERTAINTY_RANK: Readonly<Record<Certainty, number>> = { confirmed: 3, reported: 2, speculated: 1 };

/** Most evidence spans kept per merged tag. */
export const MAX_MERGED_EVIDENCE = 6;

/** Merges one axis of tags over reports (the primary report first). */
export function mergeTags<L extends string>(reports: readonly AnalyzedDocument[], axis: (doc: AnalyzedDocument) => readonly Tag<L>[]): IncidentTag<L>[] {
  const byLabel = new Map<L, { tag: Tag<L>; document: string }[]>();
  for (const doc of reports) {
    for (const tag of axis(doc)) {
      const list = byLabel.get(tag.label) ?? [];
      list.push({ tag, document: doc.id });
      byLabel.set(tag.label, list);
    }
  }
  const merged: IncidentTag<L>[] = [];
  for (const [label, entries] of byLabel) {
    const ranked = [...entries].sort(
      (a, b) => CERTAINTY_RANK[b.tag.certainty] - CERTAINTY_RANK[a.tag.certainty] || b.tag.confidence - a.tag.confidence,
    );
    const best = ranked[0];
    if (best === undefined) continue;
    const evidence: IncidentEvidence[] = [];
    for (const { tag, document } of ranked) {
      for (const span of tag.evidence) {
        if (evidence.length >= MAX_MERGED_EVIDENCE) break;
        evidence.push({ start: span.start, end: span.end, text: span.text, document });
      }
    }
    merged.push({
      label,
      certainty: best.tag.certainty,
      confidence: Math.max(...entries.map((e) => e.tag.confidence)),
      evidence,
    });
  }
  const real = merged.filter((t) => t.label !== 'unknown');
  const kept = real.length > 0 ? real : merged;
  return kept.sort(
    (a, b) => CERTAINTY_RANK[b.certainty] - CERTAINTY_RANK[a.certainty] || b.confidence - a.confidence || (a.label < b.label ? -1 : 1),
  );
}
