/**
 * Merges the tags of an incident's reports: per label, the firmest certainty wins (confirmed over
 * reported over speculated), confidence is the highest seen, the role is that of the firmest tag
 * (a layer is the origin when any report names it the origin), rules are the union, and evidence
 * keeps the report it came from. A real cause drops `unknown` (which stands alone); origin layers
 * come before impacted ones.
 */
import type { AnalyzedDocument, Certainty, Tag } from '../model/document.js';
import type { IncidentEvidence, IncidentTag } from '../model/incident.js';

/** Rank of a certainty: higher is firmer. */
export const CERTAINTY_RANK: Readonly<Record<Certainty, number>> = { confirmed: 3, reported: 2, speculated: 1 };

/** Most evidence spans kept per merged tag. */
export const MAX_MERGED_EVIDENCE = 6;

/** Merges one axis of tags over reports (the primary report first). */
export function mergeTags<L extends string, R extends string>(
  reports: readonly AnalyzedDocument[],
  axis: (doc: AnalyzedDocument) => readonly Tag<L, R>[],
): IncidentTag<L, R>[] {
  const byLabel = new Map<L, { tag: Tag<L, R>; document: string }[]>();
  for (const doc of reports) {
    for (const tag of axis(doc)) {
      const list = byLabel.get(tag.label) ?? [];
      list.push({ tag, document: doc.id });
      byLabel.set(tag.label, list);
    }
  }
  const merged: IncidentTag<L, R>[] = [];
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
        evidence.push({ start: span.start, end: span.end, text: span.text, role: span.role, document });
      }
    }
    const origin = entries.find((e) => (e.tag.role as string) === 'origin');
    let confidence = 0;
    for (const e of entries) confidence = Math.max(confidence, e.tag.confidence);
    merged.push({
      label,
      certainty: best.tag.certainty,
      confidence,
      role: origin?.tag.role ?? best.tag.role,
      evidence,
      rules: [...new Set(entries.flatMap((e) => e.tag.rules))].sort(),
    });
  }
  const real = merged.filter((t) => t.label !== 'unknown');
  const kept = real.length > 0 ? real : merged;
  const impacted = (t: IncidentTag<L, R>): number => ((t.role as string) === 'impacted' ? 1 : 0);
  return kept.sort(
    (a, b) =>
      impacted(a) - impacted(b) ||
      CERTAINTY_RANK[b.certainty] - CERTAINTY_RANK[a.certainty] ||
      b.confidence - a.confidence ||
      (a.label < b.label ? -1 : 1),
  );
}
