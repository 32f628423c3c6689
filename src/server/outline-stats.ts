/**
 * Statistics of the incidents' outlines, computed with the other statistics when a knowledge base
 * is loaded: how many incidents each trigger, detection method and mitigation step was stated for
 * (with "not stated" counted as a value of its own, never guessed), and the median duration, time
 * to detect and time to mitigate overall, by origin layer and by cause, each with the number of
 * incidents that state it and the number that do not. Incidents of data folders written before
 * the outline stage count as not stating anything.
 */
import { DETECTION_METHODS, MITIGATION_STEPS, TRIGGER_KINDS, layersOfRole, type Incident, type IncidentOutline } from '../model/index.js';

/** Incidents for which one value of an outline field was stated. */
export interface ValueCount {
  value: string;
  incidents: number;
}

/** The median minutes of one phase over a set of incidents, with how many state it and how many do not. */
export interface PhaseMedian {
  /** Median minutes over the incidents that state it; null when none does. */
  median: number | null;
  stated: number;
  notStated: number;
}

/** The three phases of a set of incidents. */
export interface PhaseMedians {
  duration: PhaseMedian;
  timeToDetect: PhaseMedian;
  timeToMitigate: PhaseMedian;
}

/** What the statistics say of the outlines. */
export interface OutlineStats {
  /** Incidents by trigger, `none-stated` included, in the vocabulary's order. */
  byTrigger: ValueCount[];
  /** Incidents by detection method, `not-stated` included. */
  byDetection: ValueCount[];
  /** Incidents by mitigation step (an incident counts once per step), then `not-stated` for those stating none. */
  byMitigation: ValueCount[];
  /** The phases over every incident. */
  phases: PhaseMedians;
  /** The phases by origin layer (incidents with that origin layer), layers with incidents only. */
  phasesByLayer: ({ label: string } & PhaseMedians)[];
  /** The phases by cause, causes with incidents only. */
  phasesByCause: ({ label: string } & PhaseMedians)[];
}

/** The median of a list of numbers (mean of the middle two for an even count), rounded; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value);
}

/** The median of one phase over incidents. */
function phase(incidents: readonly Incident[], read: (o: IncidentOutline) => number | null): PhaseMedian {
  const values = incidents.flatMap((i) => {
    const v = i.outline === undefined ? null : read(i.outline);
    return v === null ? [] : [v];
  });
  return { median: median(values), stated: values.length, notStated: incidents.length - values.length };
}

/** The three phases over incidents. */
function phases(incidents: readonly Incident[]): PhaseMedians {
  return {
    duration: phase(incidents, (o) => o.durationMinutes),
    timeToDetect: phase(incidents, (o) => o.timeToDetectMinutes),
    timeToMitigate: phase(incidents, (o) => o.timeToMitigateMinutes),
  };
}

/** Counts of the values of a single-valued field, in vocabulary order. */
function counts(incidents: readonly Incident[], vocabulary: readonly string[], read: (o: IncidentOutline | undefined) => string): ValueCount[] {
  const tally = new Map(vocabulary.map((v) => [v, 0]));
  for (const incident of incidents) {
    const value = read(incident.outline);
    tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  return [...tally].map(([value, n]) => ({ value, incidents: n }));
}

/** Groups incidents by each label a picker gives them (an incident once per label). */
function byLabel(incidents: readonly Incident[], pick: (i: Incident) => readonly string[]): Map<string, Incident[]> {
  const groups = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const label of new Set(pick(incident))) {
      const list = groups.get(label) ?? [];
      list.push(incident);
      groups.set(label, list);
    }
  }
  return groups;
}

/** Computes the outline statistics of `incidents`, listing layers and causes in the given orders. */
export function computeOutlineStats(incidents: readonly Incident[], order: { layers: readonly string[]; causes: readonly string[] }): OutlineStats {
  const mitigation = new Map<string, number>(MITIGATION_STEPS.map((s) => [s, 0]));
  let noStep = 0;
  for (const incident of incidents) {
    const steps = new Set((incident.outline?.mitigation ?? []).map((m) => m.step));
    if (steps.size === 0) noStep += 1;
    for (const step of steps) mitigation.set(step, (mitigation.get(step) ?? 0) + 1);
  }
  const ordered = (groups: Map<string, Incident[]>, labels: readonly string[]) =>
    labels.flatMap((label) => {
      const members = groups.get(label);
      return members === undefined ? [] : [{ label, ...phases(members) }];
    });
  return {
    byTrigger: counts(incidents, TRIGGER_KINDS, (o) => o?.trigger.kind ?? 'none-stated'),
    byDetection: counts(incidents, DETECTION_METHODS, (o) => o?.detection.method ?? 'not-stated'),
    byMitigation: [...[...mitigation].map(([value, n]) => ({ value, incidents: n })), { value: 'not-stated', incidents: noStep }],
    phases: phases(incidents),
    phasesByLayer: ordered(byLabel(incidents, (i) => layersOfRole(i.layers, 'origin').map((t) => t.label)), order.layers),
    phasesByCause: ordered(byLabel(incidents, (i) => i.causes.map((t) => t.label)), order.causes),
  };
}
