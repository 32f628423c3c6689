/**
 * The incident date of one report: when the incident happened, read from the event, never from
 * the publication. In order:
 *
 * 1. the front matter's start time, as a day in the time zone the text gives its times in (a
 *    start time in UTC at 04:30 on July 18 is July 17 in a report whose times are PDT);
 * 2. the first date an outage sentence states ("On July 17, 2020, ...", "yesterday", "June 6":
 *    relative dates and dates without a year are resolved against the publication date), never
 *    one after the publication;
 * 3. a date in the title ("Cloudflare outage on July 17, 2020"), else in the URL's last path
 *    segment when it names the outage ("outage-postmortem-2015-10-08-utc",
 *    "manta-postmortem-7-27-2015"; a date standing alone as folders, `/2012/01/23/`, is the
 *    blog's publication date and is not read);
 * 4. the timeline's start (else its first event), as a day in the zone its time is written in,
 *    when the text states the day outright (and its year, when there is no publication date);
 * 5. the first date any sentence states (same rules as 2);
 * 6. a month and year any sentence states ("In November 2018 a database hit ..."), else a year
 *    an outage sentence states ("in 2003"), else either in the title, with that precision;
 * 7. when the text states no day, month or year at all, the timeline's start as "today" of the
 *    publication (a news report's "became unavailable around 10:25 AM PST, and now appears to be
 *    back up"), or the day before when that time is later than the publication itself.
 *
 * Null when the report states none of them: an undated report is unknown, not the day it was
 * published or crawled.
 */
import type { Entity, IncidentDate, Sentence, TextSpan } from '../model/document.js';
import type { TimelineEvent } from '../model/outline.js';
import { statedIncidentDay } from '../outline/read-times.js';
import { evidenceAt, toTextSpan } from './evidence.js';
import { isoDay, resolveDate } from './resolve-date.js';

/** What the incident date is read from. */
export interface IncidentDateInput {
  /** The document's normalised text. */
  text: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  title: string | null;
  /** The article's URL (its last path segment may name the outage's date); null when unknown. */
  url: string | null;
  /** Publication date (ISO), to resolve relative dates and dates without a year; null when unknown. */
  published: string | null;
  /** The front matter's start time (ISO date or date-time), null when absent. */
  startTime: string | null;
  /** The outline's timeline (UTC instants with the times as written). */
  timeline: readonly TimelineEvent[];
}

/** A sentence that tells of the outage itself. */
const OUTAGE_SENTENCE =
  /\b(?:outages?|offline|down|downtime|unavailable|disrupt\w*|degraded|incident|failed|failure|errors?|experienced|went|began|started|impact\w*|affected|suffered|crash\w*|problems?|issues?|resets?|blackout|collapse\w*|lost|loss)\b/i;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month and a year without a day ("July 1997", "in November 2018"). */
const MONTH_YEAR = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:1[89]|20)\d{2})\b/i;
/** A year on its own after a preposition of time ("in 1997", "during 2003"; not "since 2015"). */
const YEAR_ALONE = /\b(?:in|during|of)\s+((?:1[89]|20)\d{2})\b(?!\s*[-–]\s*\d)/i;
/** A clock time as written ("9:16 PM", "21:12", "2am"), never a bare number ("Oct 2"). */
const CLOCK = /\b(\d{1,2})(?::(\d{2})(?:\s*(a\.?m\.?|p\.?m\.?))?|\s*(a\.?m\.?|p\.?m\.?))(?![a-z])/i;
/** A zone written after a time ("PDT", "UTC", "GMT+1"). */
const WRITTEN_ZONE = /\b((?:[A-Z]{1,4}[SD]?T|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)\b/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `+hh:mm` / `-hh:mm` for an offset in minutes east of UTC. */
function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The offset (minutes east of UTC) and zone label of a timeline time: its clock as written
 * against its UTC instant, so the zone the text stated (or its "All times PDT") is what counts.
 * Null when the written time has no readable clock.
 */
export function writtenZone(event: Pick<TimelineEvent, 'at' | 'written'>): { offset: number; zone: string } | null {
  const clock = CLOCK.exec(event.written);
  const at = Date.parse(event.at);
  if (clock === null || Number.isNaN(at)) return null;
  let hour = Number(clock[1]);
  const minute = clock[2] === undefined ? 0 : Number(clock[2]);
  const meridiem = (clock[3] ?? clock[4])?.toLowerCase().replace(/\./g, '');
  if (hour > 23 || minute > 59 || (meridiem !== undefined && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const utc = new Date(at);
  let offset = hour * 60 + minute - (utc.getUTCHours() * 60 + utc.getUTCMinutes());
  while (offset > 14 * 60) offset -= 24 * 60;
  while (offset <= -12 * 60) offset += 24 * 60;
  const written = WRITTEN_ZONE.exec(event.written.slice(clock.index + clock[0].length))?.[1];
  return { offset, zone: written ?? (offset === 0 ? 'UTC' : offsetLabel(offset)) };
}

/** The day of a UTC instant in a zone `offset` minutes east of UTC. */
function dayAt(ms: number, offset: number): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/** The timeline event that dates the incident: its start, else its first event. */
function leadEvent(timeline: readonly TimelineEvent[]): TimelineEvent | null {
  return timeline.find((e) => e.event === 'start') ?? timeline[0] ?? null;
}

/** The zone the text gives its times in, read from the timeline's lead event; null when there is no timeline. */
function textZone(timeline: readonly TimelineEvent[]): { offset: number; zone: string } | null {
  const lead = leadEvent(timeline);
  return lead === null ? null : writtenZone(lead);
}

/** 1. The front matter's start time, as a day in the text's zone. */
function fromFrontMatter(startTime: string | null, timeline: readonly TimelineEvent[]): IncidentDate | null {
  const value = startTime?.trim() ?? '';
  const day = isoDay(value);
  if (day === null) return null;
  const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
  if (time === null) return { value: day, precision: 'day', from: 'front-matter', zone: null, evidence: null };
  const stated = time[3];
  if (stated !== undefined && stated.toUpperCase() !== 'Z') {
    // The start time carries its own offset: its day is the day as written.
    return { value: day, precision: 'day', from: 'front-matter', zone: stated.length === 5 ? `${stated.slice(0, 3)}:${stated.slice(3)}` : stated, evidence: null };
  }
  const ms = Date.parse(stated === undefined ? `${value.replace(' ', 'T')}Z` : value);
  if (Number.isNaN(ms)) return { value: day, precision: 'day', from: 'front-matter', zone: null, evidence: null };
  const zone = textZone(timeline);
  if (zone === null || zone.offset === 0) return { value: dayAt(ms, 0), precision: 'day', from: 'front-matter', zone: 'UTC', evidence: null };
  return { value: dayAt(ms, zone.offset), precision: 'day', from: 'front-matter', zone: zone.zone, evidence: null };
}

/** True when `day` is not after the publication (two days' grace for time zones); always true when unpublished. */
function notAfter(day: string, published: string | null): boolean {
  const pub = isoDay(published);
  if (pub === null) return true;
  return Date.parse(`${day}T00:00:00Z`) <= Date.parse(`${pub}T00:00:00Z`) + 2 * 86_400_000;
}

/** 2 and 5. The first date a sentence states (an outage sentence when `outageOnly`). */
function fromText(input: IncidentDateInput, outageOnly: boolean): IncidentDate | null {
  for (const entity of input.entities) {
    if (entity.type !== 'DATE' && entity.type !== 'TIME') continue;
    const day = resolveDate(entity.text, input.published);
    if (day === null || !notAfter(day, input.published)) continue;
    const evidence = evidenceAt(input.text, input.sentences, entity.start);
    if (outageOnly && (evidence === null || !OUTAGE_SENTENCE.test(evidence.text))) continue;
    // A day resolved against the publication ("Friday evening") that the sentence's own month or
    // year contradicts ("On a Friday evening in December 2019") is not the incident's.
    const stated = evidence === null ? null : monthOrYear(evidence.text);
    if (stated !== null && !day.startsWith(stated.value)) continue;
    return { value: day, precision: 'day', from: 'text', zone: null, evidence };
  }
  return null;
}

/** A date written out in full in the title (a month and day, or an ISO date); a title states no relative day. */
const TITLE_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A date in words or as ISO, or a numeric US date ("7-27-2015", "1-19-17") in a URL slug. */
function slugDate(words: string, published: string | null): string | null {
  const written = TITLE_DATE.exec(words);
  if (written !== null) return resolveDate(words.slice(written.index), published);
  const numeric = /\b(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})\b/.exec(words);
  if (numeric === null) return null;
  const year = numeric[3]!.length === 2 ? `20${numeric[3]}` : numeric[3]!;
  return isoDay(`${year}-${numeric[1]!.padStart(2, '0')}-${numeric[2]!.padStart(2, '0')}`);
}

/** The words of a URL's last path segment ("outage-postmortem-2015-10-08-utc" -> "outage postmortem 2015-10-08 utc"), or ''. */
function slugWords(url: string | null): string {
  if (url === null) return '';
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const segment = path.split('/').filter((s) => s !== '' && !/^\d+$/.test(s)).pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Keep the raw segment.
  }
  // ISO dates keep their hyphens; every other hyphen or underscore separates words.
  return decoded.replace(/\.[a-z]{2,5}$/i, '').replace(/(\d{4})-(\d{2})-(\d{2})/g, '$1\u0000$2\u0000$3').replace(/[-_+]/g, ' ').replace(/\u0000/g, '-');
}

/** Outage words that make a URL slug's date the outage's. */
const SLUG_OUTAGE = /\b(?:outages?|postmortem|post mortem|incident|downtime|disruption|failure|event|down)\b/i;

/** 3. A date in the title, else in the URL's slug when the slug names the outage. */
function fromTitle(input: IncidentDateInput): IncidentDate | null {
  const title = input.title ?? '';
  const written = TITLE_DATE.exec(title);
  const inTitle = written === null ? null : resolveDate(title.slice(written.index), input.published);
  if (inTitle !== null && notAfter(inTitle, input.published)) return { value: inTitle, precision: 'day', from: 'text', zone: null, evidence: null };
  const slug = slugWords(input.url);
  if (!SLUG_OUTAGE.test(slug)) return null;
  const inSlug = slugDate(slug, input.published);
  if (inSlug === null || !notAfter(inSlug, input.published)) return null;
  return { value: inSlug, precision: 'day', from: 'text', zone: null, evidence: null };
}

/** True when `year` is written in the text (a timeline day without a publication date takes its year from nowhere else). */
function yearWritten(texts: readonly string[], year: string): boolean {
  const written = new RegExp(`\\b${year}\\b`);
  return texts.some((t) => written.test(t));
}

/**
 * 4. The timeline's lead event, as a day in its written zone, when the text states the day
 * outright (with its year, or a publication date to take the year from).
 */
function fromTimeline(input: IncidentDateInput): IncidentDate | null {
  const lead = leadEvent(input.timeline);
  if (!lead?.dated) return null;
  const ms = Date.parse(lead.at);
  if (Number.isNaN(ms)) return null;
  const texts = [input.title ?? '', ...input.sentences.map((s) => input.text.slice(s.start, s.end))];
  if (statedIncidentDay(texts, input.published) === null) return null;
  const zone = writtenZone(lead) ?? { offset: 0, zone: 'UTC' };
  const day = dayAt(ms, zone.offset);
  if (!notAfter(day, input.published)) return null;
  if (isoDay(input.published) === null && !yearWritten(texts, day.slice(0, 4))) return null;
  const { text, start, end } = lead.evidence;
  return { value: day, precision: 'day', from: 'timeline', zone: zone.zone, evidence: { text, start, end } };
}

/**
 * 7. When the text states no day at all, the timeline's start is "today" of the publication (a
 * news report's "became unavailable around 10:25 AM PST, and now appears to be back up"), or the
 * day before when its time is later than the publication itself.
 */
function fromBareStart(input: IncidentDateInput): IncidentDate | null {
  const lead = leadEvent(input.timeline);
  if (lead?.event !== 'start' || !lead.dated || isoDay(input.published) === null) return null;
  let ms = Date.parse(lead.at);
  if (Number.isNaN(ms)) return null;
  const texts = [input.title ?? '', ...input.sentences.map((s) => input.text.slice(s.start, s.end))];
  if (statedIncidentDay(texts, input.published) !== null) return null;
  const published = /T\d{2}:\d{2}/.test(input.published!) ? Date.parse(input.published!) : Number.NaN;
  if (!Number.isNaN(published) && ms > published) ms -= 86_400_000;
  const zone = writtenZone(lead) ?? { offset: 0, zone: 'UTC' };
  const { text, start, end } = lead.evidence;
  return { value: dayAt(ms, zone.offset), precision: 'day', from: 'timeline', zone: zone.zone, evidence: { text, start, end } };
}

/** A month or year stated in `text`, with its precision. */
function monthOrYear(text: string): { value: string; precision: 'month' | 'year' } | null {
  const month = MONTH_YEAR.exec(text);
  if (month !== null) {
    const index = MONTH_NAMES.findIndex((m) => m.startsWith((month[1] ?? '').toLowerCase().slice(0, 3)));
    if (index >= 0) return { value: `${month[2]}-${pad(index + 1)}`, precision: 'month' };
  }
  const year = YEAR_ALONE.exec(text);
  return year === null ? null : { value: year[1]!, precision: 'year' };
}

/** 6. A month and year any sentence states, else a year an outage sentence states, else either in the title. */
function fromMonthOrYear(input: IncidentDateInput): IncidentDate | null {
  const pubYear = isoDay(input.published)?.slice(0, 4) ?? null;
  const fits = (value: string): boolean => pubYear === null || value.slice(0, 4) <= pubYear;
  let year: IncidentDate | null = null;
  for (const sentence of input.sentences) {
    const evidence: TextSpan = toTextSpan(input.text, sentence);
    const found = monthOrYear(evidence.text);
    if (found === null || !fits(found.value)) continue;
    if (found.precision === 'month') return { ...found, from: 'text', zone: null, evidence };
    if (year === null && OUTAGE_SENTENCE.test(evidence.text)) year = { ...found, from: 'text', zone: null, evidence };
  }
  if (year !== null) return year;
  const inTitle = monthOrYear(input.title ?? '');
  return inTitle !== null && fits(inTitle.value) ? { ...inTitle, from: 'text', zone: null, evidence: null } : null;
}

/** Reads the incident date of one report (see the module comment); null when the report states none. */
export function readIncidentDate(input: IncidentDateInput): IncidentDate | null {
  return (
    fromFrontMatter(input.startTime, input.timeline) ??
    fromText(input, true) ??
    fromTitle(input) ??
    fromTimeline(input) ??
    fromText(input, false) ??
    fromMonthOrYear(input) ??
    fromBareStart(input)
  );
}
