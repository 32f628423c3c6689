/**
 * Clock times in a report, resolved to UTC. chrono-node reads each sentence ("10:41 AM PDT",
 * "at 04:09 UTC on July 19", "from 9:16 PM to 11:16 PM PST on January 3"); the reader supplies
 * what a sentence leaves out from the sentences before it, as a person reading the report does:
 * the date last stated (else the document's date), and the time zone last stated, with a time or
 * on its own ("All times PDT"), by abbreviation or by name ("Pacific Time", "US/Eastern": the
 * offset the zone has on that day), else UTC. A
 * time with no date earlier than the time before it in a timeline has crossed midnight.
 */
import * as chrono from 'chrono-node';

/** One clock time read from a sentence. */
export interface ReadTime {
  /** The instant, ISO 8601 in UTC (`2024-03-12T17:49:00Z`). */
  at: string;
  /** Milliseconds since the epoch. */
  ms: number;
  /** The time as written. */
  written: string;
  /** Offset of the written text in the sentence. */
  index: number;
  /** True when the sentence stated the day. */
  dayStated: boolean;
  /** True when the sentence stated the time zone. */
  zoneStated: boolean;
  /** `start` or `end` when the time is an end of a range ("between 06:52 and 09:31 UTC"); null otherwise. */
  range: 'start' | 'end' | null;
}

/** What the reading of earlier sentences carries to the next. */
export interface TimeContext {
  /** The day last stated (or the document's date), as a Date at noon UTC; null when none is known. */
  day: Date | null;
  /** The time-zone offset last stated, in minutes east of UTC. */
  zoneOffset: number;
}

/** A fresh context from the document's date (ISO `YYYY-MM-DD...`; null when unknown). */
export function timeContext(documentDate: string | null | undefined): TimeContext {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(documentDate ?? '');
  const day = match === null ? null : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return { day: day !== null && !Number.isNaN(day.getTime()) ? day : null, zoneOffset: 0 };
}

/** A written date that names its day outright ("14 May", "May 14, 2024", "2024-05-14"), not "Tuesday" or "now". */
const ABSOLUTE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/iu;

/**
 * The day the incident happened, as the text states it: the earliest date it names outright that
 * is not after the document's date (a report often states the day once, in its timeline heading
 * or its last paragraph, and gives bare clock times everywhere else). Null when it names none.
 */
export function statedIncidentDay(texts: readonly string[], documentDate: string | null | undefined): Date | null {
  const published = timeContext(documentDate).day;
  const reference = published ?? new Date(Date.UTC(2000, 0, 1, 12));
  let earliest: Date | null = null;
  const dates = new RegExp(ABSOLUTE_DATE.source, 'giu');
  for (const text of texts) {
    // Each written date is read on its own with the year after it ("February 28th, 2017"): read in
    // its sentence, chrono takes "the morning of February 28th" for the morning of the reference day.
    for (const match of text.matchAll(dates)) {
      const year = /^,? (?:19|20)\d\d\b/u.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
      const result = chrono.parse(`${match[0]}${year}`, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
      if (!result?.start.isCertain('day')) continue;
      const day = new Date(Date.UTC(result.start.get('year') ?? reference.getUTCFullYear(), (result.start.get('month') ?? 1) - 1, result.start.get('day') ?? 1, 12));
      if (Number.isNaN(day.getTime())) continue;
      if (published !== null && day.getTime() > published.getTime()) continue;
      if (earliest === null || day.getTime() < earliest.getTime()) earliest = day;
    }
  }
  return earliest;
}

/** ISO 8601 in UTC to the minute (`2024-03-12T17:49:00Z`). */
function isoMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}:00Z`;
}

/** A component chrono read, before the sentence's context is applied. */
interface Piece {
  component: chrono.ParsedComponents;
  written: string;
  index: number;
  end: number;
  /** True for the end of a range chrono read as one result ("from 9:16 PM to 11:16 PM PST"). */
  rangeEnd: boolean;
}

/** A statement of the zone every time is given in ("All times PDT", "(times in UTC)", "Timeline (BST, 14 April)"). */
const ZONE_STATEMENT = /\b(?:(?:all )?times (?:are |shown |given )?(?:in )?\(?|[Tt]imeline \()([A-Z]{2,5}|UTC[+-]\d{1,2})\b/u;

/** The offset (minutes east of UTC) chrono gives a zone abbreviation, or null when it knows none. */
function zoneOffsetOf(abbreviation: string, reference: Date): number | null {
  const parsed = chrono.parse(`12:00 ${abbreviation}`, { instant: reference, timezone: 0 })[0]?.start;
  return parsed?.isCertain('timezoneOffset') === true ? (parsed.get('timezoneOffset') ?? null) : null;
}

/** Zones written as names ("Pacific Time", "US/Eastern") with the IANA zone whose offset they take on the day. */
const ZONE_NAMES: readonly [RegExp, string][] = [
  [/\b(?:US\/Pacific|Pacific(?: (?:Standard|Daylight))? [Tt]ime|Pacific [Tt]ime|(?<=(?:\d|[ap]\.?m\.?)\s)Pacific(?! Ocean| Northwest))\b/u, 'America/Los_Angeles'],
  [/\b(?:US\/Mountain|Mountain(?: (?:Standard|Daylight))? [Tt]ime|(?<=(?:\d|[ap]\.?m\.?)\s)Mountain(?= time\b|[,.;)]))\b/u, 'America/Denver'],
  [/\b(?:US\/Central|Central(?: (?:Standard|Daylight))? [Tt]ime|(?<=(?:\d|[ap]\.?m\.?)\s)Central(?= time\b|[,.;)]))\b/u, 'America/Chicago'],
  [/\b(?:US\/Eastern|Eastern(?: (?:Standard|Daylight))? [Tt]ime|Eastern [Tt]ime|(?<=(?:\d|[ap]\.?m\.?)\s)Eastern(?! Europe| European))\b/u, 'America/New_York'],
  [/\b(?:Europe\/London|UK [Tt]ime|British [Tt]ime|London [Tt]ime)\b/u, 'Europe/London'],
  [/\b(?:Europe\/Dublin|Irish [Tt]ime|Ireland [Tt]ime|Dublin [Tt]ime)\b/u, 'Europe/Dublin'],
  [/\b(?:Central European(?: Summer)? [Tt]ime|(?:Paris|Berlin|Amsterdam|Frankfurt|Madrid|Stockholm) [Tt]ime)\b/u, 'Europe/Berlin'],
  [/\b(?:Australian Eastern(?: (?:Standard|Daylight))? [Tt]ime|(?:Sydney|Melbourne) [Tt]ime)\b/u, 'Australia/Sydney'],
  [/\b(?:Japan(?: Standard)? [Tt]ime|Tokyo [Tt]ime)\b/u, 'Asia/Tokyo'],
  [/\b(?:Singapore [Tt]ime)\b/u, 'Asia/Singapore'],
  [/\b(?:Korea(?:n)?(?: Standard)? [Tt]ime|Seoul [Tt]ime)\b/u, 'Asia/Seoul'],
  [/\b(?:China(?: Standard)? [Tt]ime|Beijing [Tt]ime|Shanghai [Tt]ime)\b/u, 'Asia/Shanghai'],
  [/\b(?:Moscow [Tt]ime)\b/u, 'Europe/Moscow'],
  [/\b(?:Hong Kong [Tt]ime)\b/u, 'Asia/Hong_Kong'],
  [/\b(?:India(?:n)? Standard [Tt]ime|India [Tt]ime)\b/u, 'Asia/Kolkata'],
  [/\b(?:New Zealand [Tt]ime|Auckland [Tt]ime)\b/u, 'Pacific/Auckland'],
];

/** The offset (minutes east of UTC) of an IANA zone on `day`. */
function ianaOffset(zone: string, day: Date): number | null {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(day).find((p) => p.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/u.exec(name ?? '');
  if (match === null) return null;
  if (match[1] === undefined) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * What every date or time chrono-node's English parsers read starts from: a digit, a month or a
 * weekday (names and chrono's abbreviations), or a casual word ("today", "noon", "last night").
 * A sentence with none of them has no time to read, and chrono (the outline's costliest step) is
 * not run on it.
 */
const MAY_DATE =
  /\d|\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon|month|(?:sun|mon|tues|wednes|thurs|fri|satur)day|sun|mon|tue|wed|thu|thur|thurs|fri|sat|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** What may stand between a time and the date it happened on: a zone ("Eastern time", "PDT", "(UTC)"), a comma, "on". */
const TIME_THEN_DATE = /^\s*(?:[\w/]+ time|[A-Z]{2,5}|\([^)]{0,24}\))?\s*,?\s*(?:on\s*)?$/u;

/** True when a parsed piece names its day: a date, or a weekday by its name ("on Tuesday", read as the last one on or before the reference day). */
function dayCertain(piece: Piece): boolean {
  return piece.component.isCertain('day') || (piece.component.isCertain('weekday') && WEEKDAY_NAME.test(piece.written));
}

/** A weekday's name as written (chrono also reads "weekday" as a Monday). */
const WEEKDAY_NAME = /\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b/iu;

/**
 * The day a component names (noon UTC): its date, or for a weekday alone the last such day on or
 * before `reference` (a report tells what happened "on Tuesday" after it happened).
 */
function dayOf(component: chrono.ParsedComponents, reference: Date): Date {
  if (!component.isCertain('day')) {
    const weekday = component.get('weekday') ?? reference.getUTCDay();
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    return new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() - back, 12));
  }
  return new Date(Date.UTC(component.get('year') ?? reference.getUTCFullYear(), (component.get('month') ?? 1) - 1, component.get('day') ?? 1, 12));
}

/** Words that join the two ends of a range ("between 06:52 and 09:31 UTC", "07:12 to 08:18"). */
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/u;

/**
 * The clock times of `sentence` (each needs an hour; a bare date is not a time), resolved with
 * `context`, which is updated with the day and zone the sentence states, in order. The first end
 * of a range borrows the day and zone of the second ("between 06:52 and 09:31 UTC on 13 Feb").
 * Times with no known day (none stated so far and no document date) are left out.
 */
export function readTimes(sentence: string, context: TimeContext): ReadTime[] {
  const reference = context.day ?? new Date(Date.UTC(2000, 0, 1, 12));
  const stated = ZONE_STATEMENT.exec(sentence)?.[1];
  const named = ZONE_NAMES.find(([pattern]) => pattern.test(sentence))?.[1];
  const statedOffset = named !== undefined ? ianaOffset(named, reference) : stated === undefined ? null : zoneOffsetOf(stated, reference);
  if (statedOffset !== null) context.zoneOffset = statedOffset;
  const results = MAY_DATE.test(sentence) ? chrono.parse(sentence, { instant: reference, timezone: context.zoneOffset }, { forwardDate: false }) : [];
  const pieces: Piece[] = [];
  for (const result of results) {
    // "for 71 minutes", "two hours later": a duration or an offset from the reading's own
    // reference, not a time the text states.
    if ([...result.tags()].some((tag) => tag.startsWith('result/relativeDate')) || /^(?:right |just )?now$/iu.test(result.text)) continue;
    const end = result.index + result.text.length;
    pieces.push({ component: result.start, written: result.text, index: result.index, end, rangeEnd: false });
    // chrono's typings give `end` as undefined when a result has none; at run time it is null.
    const rangeEnd = result.end as chrono.ParsedComponents | null | undefined;
    if (rangeEnd !== null && rangeEnd !== undefined) pieces.push({ component: rangeEnd, written: result.text, index: result.index, end, rangeEnd: true });
  }
  // The ends of ranges: chrono's own (one result with an end), and two times joined by "and"/"to".
  const range: ('start' | 'end' | null)[] = pieces.map(() => null);
  pieces.forEach((piece, k) => {
    const next = pieces[k + 1];
    if (next === undefined) return;
    const joined = next.rangeEnd || (!piece.rangeEnd && next.index >= piece.end && RANGE_JOIN.test(sentence.slice(piece.end, next.index)));
    if (joined && range[k] === null) {
      range[k] = 'start';
      range[k + 1] = 'end';
    }
  });
  const out: ReadTime[] = [];
  pieces.forEach((piece, k) => {
    const { component } = piece;
    const partner = range[k] === 'start' ? pieces[k + 1] : range[k] === 'end' ? pieces[k - 1] : undefined;
    const next = pieces[k + 1];
    // "at 4:45 a.m. Eastern time on Friday, July 8": the date right after a time is its day.
    const dateAfter = next !== undefined && dayCertain(next) && !next.component.isCertain('hour') && TIME_THEN_DATE.test(sentence.slice(piece.end, next.index)) ? next : undefined;
    const dayFrom = dayCertain(piece) ? component : partner !== undefined && dayCertain(partner) ? partner.component : (dateAfter?.component ?? null);
    const zoneFrom = component.isCertain('timezoneOffset') ? component : partner?.component.isCertain('timezoneOffset') === true ? partner.component : null;
    if (dayFrom !== null && dayCertain(piece)) {
      context.day = dayOf(dayFrom, reference);
    }
    if (zoneFrom !== null && component.isCertain('timezoneOffset')) context.zoneOffset = zoneFrom.get('timezoneOffset') ?? context.zoneOffset;
    if (!component.isCertain('hour')) return;
    const day = dayFrom !== null ? dayOf(dayFrom, reference) : context.day;
    if (day === null) return;
    const offset = zoneFrom?.get('timezoneOffset') ?? context.zoneOffset;
    const ms = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), component.get('hour') ?? 0, component.get('minute') ?? 0) - offset * 60_000;
    if (Number.isNaN(ms)) return;
    out.push({
      at: isoMinute(ms),
      ms,
      written: piece.written,
      index: piece.index,
      dayStated: dayFrom !== null,
      zoneStated: zoneFrom !== null,
      range: range[k] ?? null,
    });
  });
  return out;
}

/** Minutes from `from` to `to` (ISO), rounded; null when either is missing. */
export function minutesBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 60_000);
}
