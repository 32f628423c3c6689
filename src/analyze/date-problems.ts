/**
 * Implausible dates, found and kept as problems on the document instead of silent facts: a
 * publication decades after the events it describes (a retrospective, or a crawl or archive date
 * standing in for the publication), a date after the ingest (a future date), an incident after
 * its own report. A future incident date is dropped (the document is undated rather than dated
 * in the future); every other date is kept with its problem.
 */
import type { DateProblem, DocumentDates, IncidentDate } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';

/** The thresholds of the date checks. */
export interface DateCheckOptions {
  /** Years between the incident and its publication from which the publication is flagged. */
  longAfterYears: number;
  /** Days a date may lie after the ingest (or an incident after its publication) before it is flagged: time zones and late clocks. */
  graceDays: number;
}

/** The defaults of the date checks. */
export const DATE_CHECK_DEFAULTS: Readonly<DateCheckOptions> = Object.freeze({ longAfterYears: 10, graceDays: 2 });

/** Milliseconds at the start of an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time's day); NaN when it is none. */
function startOf(value: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), match[2] === undefined ? 0 : Number(match[2]) - 1, match[3] === undefined ? 1 : Number(match[3]));
}

/** Milliseconds at the end of the period an incident date names (its day, month or year). */
function endOf(date: IncidentDate): number {
  const start = new Date(startOf(date.value));
  if (date.precision === 'year') return Date.UTC(start.getUTCFullYear() + 1, 0, 1) - 1;
  if (date.precision === 'month') return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - 1;
  return start.getTime() + 86_400_000 - 1;
}

const DAY_MS = 86_400_000;

/**
 * Checks a document's dates and returns them with their problems (the problems listed anew;
 * a future incident date dropped). `dates.ingested` enables the future checks.
 */
export function checkDates(dates: DocumentDates, options: DateCheckOptions = DATE_CHECK_DEFAULTS): DocumentDates {
  if (!(options.longAfterYears > 0) || !(options.graceDays >= 0)) {
    throw new FaultlineError(`checkDates: longAfterYears must be > 0 and graceDays >= 0, got ${options.longAfterYears} and ${options.graceDays}`, { parameter: 'options' });
  }
  const problems: DateProblem[] = [];
  const grace = options.graceDays * DAY_MS;
  let incident = dates.incident;
  const ingested = dates.ingested === null ? Number.NaN : startOf(dates.ingested);
  if (incident !== null && !Number.isNaN(ingested) && startOf(incident.value) > ingested + grace) {
    problems.push({ code: 'in-future', date: 'incident', message: `incident date ${incident.value} is after the ingest (${dates.ingested!.slice(0, 10)}); the document is counted as undated` });
    incident = null;
  }
  const published = dates.published === null ? Number.NaN : startOf(dates.published);
  if (!Number.isNaN(published) && !Number.isNaN(ingested) && published > ingested + grace) {
    problems.push({ code: 'in-future', date: 'published', message: `publication date ${dates.published} is after the ingest (${dates.ingested!.slice(0, 10)})` });
  }
  if (incident !== null && !Number.isNaN(published)) {
    const years = (published - endOf(incident)) / (365.25 * DAY_MS);
    if (years >= options.longAfterYears) {
      problems.push({
        code: 'published-long-after',
        date: 'published',
        message: `published ${dates.published} but the incident is dated ${incident.value}, ${Math.floor(years)} years earlier: the publication date is not the incident's`,
      });
    }
    if (published + grace < startOf(incident.value)) {
      problems.push({ code: 'incident-after-published', date: 'incident', message: `incident date ${incident.value} is after the publication date ${dates.published}` });
    }
  }
  return { ...dates, incident, problems };
}
