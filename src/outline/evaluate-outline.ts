/**
 * Scores predicted outlines against gold ones (the fields of `../shared/labels/SCHEMA.md`):
 * trigger and detection-method accuracy, mitigation micro precision/recall/F1 (over the steps; a
 * report with no step stated contributes nothing), start and resolved times exact to the minute
 * (over the reports whose gold states them), the duration within 5 minutes (over the reports whose
 * gold states one), `not-stated` kept where the gold says not stated (trigger, detection,
 * mitigation), and the action-item count (exact, and within one).
 */
import type { GoldOutline, Outline } from '../model/outline.js';

/** A rate with the number of cases it was computed over. */
export interface Rate {
  rate: number;
  hits: number;
  compared: number;
}

/** One field's miss on one report. */
export interface OutlineMiss {
  id: string;
  field: 'trigger' | 'detection' | 'mitigation' | 'start' | 'resolved' | 'duration' | 'action-items';
  gold: string;
  predicted: string;
  /** The sentence the prediction was read from, when there is one. */
  evidence: string | null;
}

/** The outline scores of a labelled set. */
export interface OutlineReport {
  trigger: Rate;
  detection: Rate;
  mitigation: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  start: Rate;
  resolved: Rate;
  duration: Rate;
  notStated: Rate;
  actionItems: { exact: Rate; withinOne: Rate };
  misses: OutlineMiss[];
}

/** One report's gold and predicted outline. */
export interface OutlinePair {
  id: string;
  gold: GoldOutline;
  predicted: Outline;
}

/** A rate record. */
function rate(hits: number, compared: number): Rate {
  return { rate: compared === 0 ? 0 : hits / compared, hits, compared };
}

/** The instant of an ISO time to the minute, or null. */
function minute(iso: string | null | undefined): string | null {
  if (iso === null || iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 16);
}

/** Scores the outlines (see the module comment). */
export function evaluateOutlines(pairs: readonly OutlinePair[]): OutlineReport {
  let trigger = 0;
  let detection = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const tally = (): { hits: number; compared: number } => ({ hits: 0, compared: 0 });
  const counts = { start: tally(), resolved: tally(), duration: tally(), notStated: tally(), exact: tally(), withinOne: tally() };
  const misses: OutlineMiss[] = [];
  for (const { id, gold, predicted } of pairs) {
    if (predicted.trigger.kind === gold.trigger) trigger += 1;
    else misses.push({ id, field: 'trigger', gold: gold.trigger, predicted: predicted.trigger.kind, evidence: predicted.trigger.evidence?.text ?? null });
    if (predicted.detection.method === gold.detection) detection += 1;
    else misses.push({ id, field: 'detection', gold: gold.detection, predicted: predicted.detection.method, evidence: predicted.detection.evidence?.text ?? null });
    const goldSteps = new Set<string>(gold.mitigation);
    const steps = new Set<string>(predicted.mitigation.map((m) => m.step));
    for (const step of steps) if (goldSteps.has(step)) tp += 1;
    else fp += 1;
    for (const step of goldSteps) if (!steps.has(step)) fn += 1;
    if ([...steps].sort().join() !== [...goldSteps].sort().join()) {
      misses.push({ id, field: 'mitigation', gold: [...goldSteps].sort().join(',') || 'not-stated', predicted: [...steps].sort().join(',') || 'not-stated', evidence: null });
    }
    for (const event of ['start', 'resolved'] as const) {
      const want = minute(gold.timeline[event]);
      if (want === null) continue;
      const got = minute(predicted.timeline.find((e) => e.event === event)?.at);
      counts[event].compared += 1;
      if (got === want) counts[event].hits += 1;
      else misses.push({ id, field: event, gold: want, predicted: got ?? 'not-stated', evidence: predicted.timeline.find((e) => e.event === event)?.evidence.text ?? null });
    }
    if (gold.durationMinutes !== null) {
      counts.duration.compared += 1;
      if (predicted.durationMinutes !== null && Math.abs(predicted.durationMinutes - gold.durationMinutes) <= 5) counts.duration.hits += 1;
      else misses.push({ id, field: 'duration', gold: String(gold.durationMinutes), predicted: String(predicted.durationMinutes ?? 'not-stated'), evidence: null });
    }
    const notStated: [boolean, boolean][] = [
      [gold.trigger === 'none-stated', predicted.trigger.kind === 'none-stated'],
      [gold.detection === 'not-stated', predicted.detection.method === 'not-stated'],
      [gold.mitigation.length === 0, predicted.mitigation.length === 0],
    ];
    for (const [goldSays, predictedSays] of notStated) {
      if (!goldSays) continue;
      counts.notStated.compared += 1;
      if (predictedSays) counts.notStated.hits += 1;
    }
    if (gold.actionItems !== null) {
      const difference = Math.abs(predicted.actionItems.length - gold.actionItems);
      counts.exact.compared += 1;
      counts.withinOne.compared += 1;
      if (difference === 0) counts.exact.hits += 1;
      else misses.push({ id, field: 'action-items', gold: String(gold.actionItems), predicted: String(predicted.actionItems.length), evidence: null });
      if (difference <= 1) counts.withinOne.hits += 1;
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const r = ({ hits, compared }: { hits: number; compared: number }): Rate => rate(hits, compared);
  return {
    trigger: rate(trigger, pairs.length),
    detection: rate(detection, pairs.length),
    mitigation: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), tp, fp, fn },
    start: r(counts.start),
    resolved: r(counts.resolved),
    duration: r(counts.duration),
    notStated: r(counts.notStated),
    actionItems: { exact: r(counts.exact), withinOne: r(counts.withinOne) },
    misses,
  };
}
