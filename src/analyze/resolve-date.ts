/**
 * Resolves a date expression as written in an article ("June 6", "June 6, 2008", "yesterday",
 * "this morning", "on Monday", "2008-06-06") to an ISO `YYYY-MM-DD` day, relative to the
 * publication date when the expression is relative or has no year.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const SAME_DAY = /\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today|now)\b/i;
const DAY_BEFORE = /\b(?:yesterday|last night)\b/i;
const WEEKDAY = /\b(?:on|last|this|early|late)?\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** Days in a month (1-based month). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The `YYYY-MM-DD` day of an ISO date or date-time, or null when `value` is not one. */
export function isoDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match === null) return null;
  return iso(Number(match[1]), Number(match[2]), Number(match[3]));
}

function addDays(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** Year for a month/day without a year: the publication year, or the year before when that would lie after publication. */
function yearFor(month: number, day: number, published: string): number {
  const year = Number(published.slice(0, 4));
  const candidate = iso(year, month, day);
  return candidate !== null && candidate > addDays(published, 2) ? year - 1 : year;
}

/**
 * Resolves a date expression to `YYYY-MM-DD`; relative expressions and dates without a year
 * need `published` (ISO date or date-time). Null when it names no single day.
 */
export function resolveDate(expression: string, published?: string | null): string | null {
  const pub = isoDay(published);
  const isoMatch = ISO.exec(expression);
  if (isoMatch !== null) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const md = MONTH_DAY.exec(expression);
  const dm = md === null ? DAY_MONTH.exec(expression) : null;
  if (md !== null || dm !== null) {
    const month = MONTHS[((md?.[1] ?? dm?.[2]) ?? '').toLowerCase().replace('.', '')];
    const day = Number(md?.[2] ?? dm?.[1]);
    const yearText = md?.[3] ?? dm?.[3];
    if (month === undefined) return null;
    if (yearText !== undefined) return iso(Number(yearText), month, day);
    return pub === null ? null : iso(yearFor(month, day, pub), month, day);
  }
  if (pub === null) return null;
  if (SAME_DAY.test(expression)) return pub;
  if (DAY_BEFORE.test(expression)) return addDays(pub, -1);
  const weekday = WEEKDAY.exec(expression);
  if (weekday !== null) {
    const target = WEEKDAYS.indexOf((weekday[1] ?? '').toLowerCase());
    const current = new Date(`${pub}T00:00:00Z`).getUTCDay();
    return addDays(pub, -((current - target + 7) % 7));
  }
  return null;
}
