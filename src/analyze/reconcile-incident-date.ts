/**
 * One incident's date from its reports' incident dates: the most precise dates win (a day over
 * a month over a year), then the value most reports state, then the earliest. A publication date
 * never enters: an incident none of whose reports states a date is undated.
 */
import type { DatePrecision, IncidentDate } from '../model/document.js';
import { compareStrings } from '../model/compare-strings.js';

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 3, month: 2, year: 1 };

/** The incident date its reports agree on (see the module comment); null when none states one. */
export function reconcileIncidentDate(dates: Iterable<IncidentDate | null>): IncidentDate | null {
  const stated = [...dates].filter((d): d is IncidentDate => d !== null);
  if (stated.length === 0) return null;
  const best = Math.max(...stated.map((d) => PRECISION_RANK[d.precision]));
  const pool = stated.filter((d) => PRECISION_RANK[d.precision] === best);
  const counts = new Map<string, { date: IncidentDate; count: number }>();
  for (const date of pool) {
    const entry = counts.get(date.value);
    if (entry === undefined) counts.set(date.value, { date, count: 1 });
    else entry.count += 1;
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareStrings(a.date.value, b.date.value))[0]!.date;
}

/** A sortable key of an ISO date of any precision (`YYYYMMDD`, missing parts 00); -1 for null. */
export function dateSortKey(value: string | null): number {
  if (value === null) return -1;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (match === null) return -1;
  return Number(match[1]) * 10_000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
}
