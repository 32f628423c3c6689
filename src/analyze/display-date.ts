/**
 * Dates as a reader sees them on cards and pages: "17 July 2020", "July 1997", "1997"; and the
 * line that keeps the incident and publication dates apart ("Incident: 17 July 2020 ·
 * Published: 18 July 2020").
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date of any precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time's day) in words; null when it is none. */
export function displayDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (match === null) return null;
  const month = match[2] === undefined ? undefined : MONTHS[Number(match[2]) - 1];
  if (match[2] !== undefined && month === undefined) return match[1]!;
  if (month === undefined) return match[1]!;
  if (match[3] === undefined) return `${month} ${match[1]}`;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The incident and publication dates of a document, apart: "Incident: 17 July 2020 · Published: 18 July 2020"; "Incident: date unknown" when the incident is not dated. */
export function datesLine(incident: string | null | undefined, published: string | null | undefined): string {
  const pub = displayDate(published);
  const inc = `Incident: ${displayDate(incident) ?? 'date unknown'}`;
  return pub === null ? inc : `${inc} · Published: ${pub}`;
}
