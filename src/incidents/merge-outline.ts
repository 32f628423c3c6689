/**
 * Merges the outlines of an incident's reports (primary report first, so the operator's own
 * report, the firmest, comes first): each field is taken from the first report that states it
 * (a `none-stated`/`not-stated` trigger or detection, an empty mitigation or timeline event, a
 * null duration state nothing), and every other report that states a different value is kept as
 * a conflict with its source. Mitigation steps and action items are the first stating report's;
 * every value names the report it came from.
 */
import type { AnalyzedDocument } from '../model/document.js';
import type { IncidentOutline, OutlineConflict } from '../model/incident.js';
import { TIMELINE_EVENTS, type Outline } from '../model/outline.js';
import { compareStrings } from '../model/compare-strings.js';

/** The first report (in order) whose outline states a field, with the outline. */
function firstStating<T>(outlines: readonly { doc: string; outline: Outline }[], read: (o: Outline) => T | null): { doc: string; value: T } | null {
  for (const { doc, outline } of outlines) {
    const value = read(outline);
    if (value !== null) return { doc, value };
  }
  return null;
}

/** The other reports stating a different value of a field. */
function conflicts(field: string, outlines: readonly { doc: string; outline: Outline }[], chosen: { doc: string; value: string } | null, read: (o: Outline) => string | null): OutlineConflict[] {
  if (chosen === null) return [];
  const others = outlines.flatMap(({ doc, outline }) => {
    const value = read(outline);
    return value !== null && value !== chosen.value && doc !== chosen.doc ? [{ value, document: doc }] : [];
  });
  return others.length === 0 ? [] : [{ field, values: [{ value: chosen.value, document: chosen.doc }, ...others] }];
}

/** Merges the outlines of `reports` (primary first); null when no report has an outline. */
export function mergeOutlines(reports: readonly AnalyzedDocument[]): IncidentOutline | null {
  const outlines = reports.flatMap((doc) => (doc.outline === undefined ? [] : [{ doc: doc.id, outline: doc.outline }]));
  if (outlines.length === 0) return null;
  const triggerOf = (o: Outline): string | null => (o.trigger.kind === 'none-stated' ? null : o.trigger.kind);
  const detectionOf = (o: Outline): string | null => (o.detection.method === 'not-stated' ? null : o.detection.method);
  const trigger = firstStating(outlines, (o) => (triggerOf(o) === null ? null : o.trigger));
  const detection = firstStating(outlines, (o) => (detectionOf(o) === null ? null : o.detection));
  const mitigation = firstStating(outlines, (o) => (o.mitigation.length === 0 ? null : o.mitigation));
  const actions = firstStating(outlines, (o) => (o.actionItems.length === 0 ? null : o.actionItems));
  const duration = firstStating(outlines, (o) => (o.durationMinutes === null ? null : o));
  const found: IncidentOutline['timeline'] = [];
  const timelineConflicts: OutlineConflict[] = [];
  for (const event of TIMELINE_EVENTS) {
    const at = (o: Outline): string | null => o.timeline.find((e) => e.event === event)?.at ?? null;
    const chosen = firstStating(outlines, (o) => o.timeline.find((e) => e.event === event) ?? null);
    if (chosen !== null) found.push({ ...chosen.value, document: chosen.doc });
    timelineConflicts.push(...conflicts(`timeline.${event}`, outlines, chosen === null ? null : { doc: chosen.doc, value: chosen.value.at }, at));
  }
  found.sort((a, b) => compareStrings(a.at, b.at));
  const minutes = (from: string, to: string): number | null => {
    const a = found.find((e) => e.event === from)?.at;
    const b = found.find((e) => e.event === to)?.at;
    if (a === undefined || b === undefined) return null;
    const m = Math.round((Date.parse(b) - Date.parse(a)) / 60_000);
    return m >= 0 ? m : null;
  };
  return {
    trigger: trigger === null ? { kind: 'none-stated', evidence: null, document: null } : { kind: trigger.value.kind, evidence: trigger.value.evidence, document: trigger.doc },
    detection:
      detection === null
        ? { method: 'not-stated', evidence: null, at: null, document: null }
        : { method: detection.value.method, evidence: detection.value.evidence, at: detection.value.at, document: detection.doc },
    mitigation: mitigation === null ? [] : mitigation.value.map((m) => ({ ...m, document: mitigation.doc })),
    timeline: found,
    durationMinutes: duration?.value.durationMinutes ?? null,
    durationFrom: duration?.value.durationFrom ?? null,
    timeToDetectMinutes: minutes('start', 'detected'),
    timeToMitigateMinutes: minutes('start', 'mitigated'),
    actionItems: actions === null ? [] : actions.value.map((a) => ({ ...a, document: actions.doc })),
    conflicts: [
      ...conflicts('trigger', outlines, trigger === null ? null : { doc: trigger.doc, value: trigger.value.kind }, triggerOf),
      ...conflicts('detection', outlines, detection === null ? null : { doc: detection.doc, value: detection.value.method }, detectionOf),
      ...timelineConflicts,
      ...conflicts('durationMinutes', outlines, duration === null ? null : { doc: duration.doc, value: String(duration.value.durationMinutes) }, (o) =>
        o.durationMinutes === null ? null : String(o.durationMinutes),
      ),
    ],
  };
}
