/**
 * The day an ingest creates its records on (`DocumentDates.ingested`): today in UTC, or the day of
 * `SOURCE_DATE_EPOCH` when it is set (the reproducible-builds convention), so that two ingests of
 * the same corpus on one day, or with one epoch, write the same bytes.
 */
import { FaultlineError } from '../model/diagnostic.js';

/** The ingest day, ISO `YYYY-MM-DD` (UTC). */
export function ingestDay(now: number = Date.now(), env: Readonly<Record<string, string | undefined>> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date(now).toISOString().slice(0, 10);
  if (!/^\d{1,12}$/.test(epoch)) throw new FaultlineError(`ingest: SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epoch}"`, { parameter: 'SOURCE_DATE_EPOCH' });
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
