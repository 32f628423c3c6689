/**
 * Publication dates as ISO 8601 strings: `YYYY-MM-DD` when only a day is known, or
 * `YYYY-MM-DDTHH:MM:SS[.sss]` plus the zone when a time is given. A UTC zone (`Z`, `UTC`, `GMT`,
 * `+0000`, `+00:00`) is written `Z`; another offset is kept as `+HH:MM` so the article's local
 * calendar day is preserved; a time without a zone stays a local date-time.
 *
 * Accepted inputs: JS `Date` objects (what js-yaml makes of unquoted YAML timestamps),
 * ISO-like strings (`2008-06-06`, `2008/06/06`, `2008-06-06 22:32:17 +0000`,
 * `2008-06-06T22:32:17.5-07:00`), RFC 2822 (`Fri, 06 Jun 2008 22:32:17 +0000`) and written
 * dates (`June 6, 2008`, `Jun 6th 2008 at 10:25 am`, `6 June 2008`). Anything else is null.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Common zone abbreviations of English-language news pages, as UTC offsets. */
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z', utc: 'Z', gmt: 'Z', ut: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
};

/** Longest input string considered (dates are short; this also bounds the regexes' work). */
const MAX_DATE_LENGTH = 80;

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,4})?)?$/;
const DAY_MONTH_YEAR =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp]\.?[Mm]\.?)?\s?([+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?)?$/;
const MONTH_DAY_YEAR =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([AaPp]\.?[Mm]\.?)?\s?([+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?)?$/;

/** Converts a date value (Date, or a date string in a common form) to ISO; null when it is not one. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_DATE_LENGTH) return null;

  let m = ISO_LIKE.exec(text);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], undefined, m[8]);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return build(m[3], monthNumber(m[2]), m[1], m[4], m[5], m[6], undefined, m[7], m[8]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return build(m[3], monthNumber(m[1]), m[2], m[4], m[5], m[6], undefined, m[7], m[8]);
  return null;
}

/** A `Date` from YAML: midnight UTC means a plain date (`2008-06-06`), anything else a UTC time. */
function fromDateObject(date: Date): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  const iso = date.toISOString();
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) {
    return iso.slice(0, 10);
  }
  return date.getUTCMilliseconds() === 0 ? `${iso.slice(0, 19)}Z` : iso;
}

function monthNumber(name: string | undefined): string | undefined {
  const month = name === undefined ? undefined : MONTHS[name.toLowerCase()];
  return month === undefined ? undefined : String(month);
}

function build(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  fraction: string | undefined,
  meridiem: string | undefined,
  zone: string | undefined,
): string | null {
  if (y === undefined || mo === undefined || d === undefined) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const datePart = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return datePart;

  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.startsWith('p') || meridiem.startsWith('P');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const fractionPart = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  const zonePart = zone === undefined ? '' : zoneOffset(zone);
  if (zonePart === null) return datePart; // an unknown zone word: keep the day only
  return `${datePart}T${pad(hour)}:${pad(minute)}:${pad(second)}${fractionPart}${zonePart}`;
}

/** `Z` for UTC, `+HH:MM` for another offset, null for an unknown zone name. */
function zoneOffset(zone: string): string | null {
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  if (hours === 0 && minutes === 0) return 'Z';
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
