/**
 * Outage durations: "more than eight hours" -> 480 minutes, "from 9:16 PM to 11:16 PM" -> 120.
 * Candidates are wink's DURATION (and TIME range) entities and one unit with an article after
 * "for" or "lasted" ("for up to an hour", which wink reads no entity in), widened to the left over a
 * qualifier ("more than", "over", "nearly", ...) and
 * scored by their context: the sentence speaks of the outage, "for"/"lasted" precede them;
 * recurring or unrelated spans ("every 5 minutes", "within 24 hours", "6 months") are skipped
 * and vague ones ("a few hours") need more support.
 */
import type { Entity, Fact, Sentence } from '../model/document.js';
import { evidenceAt } from './evidence.js';
import { NUMBER_WORDS, parseNumber } from './number-words.js';

const UNIT_MINUTES: Record<string, number> = {
  second: 1 / 60, sec: 1 / 60, minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10080,
};
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|(?:(?:${NUMBER_WORDS.join('|')})[\\s-]*)+)`;
const PAIR = new RegExp(`\\b(${NUMBER})\\s*-?\\s*(second|sec|minute|min|hour|hr|day|week)s?\\b(\\s+and\\s+a\\s+half)?`, 'gi');
const HAS_UNIT = /sec|min|hour|hr|day|week/i;
const HALF = /\bhalf\s+an?\s+(hour|day)\b/i;
/** "for up to an hour", "lasted about a day": an article's unit after "for" or "lasted" (group 1 the duration). */
const ARTICLE_DURATION =
  /\b(?:for|lasted|lasting|took)\s+(?:(?:up to|about|around|nearly|almost|over|more than|less than|roughly|just over|just under|close to)\s+)?(an?\s+(?:minute|hour|day|week))\b/giu;
const QUALIFIER =
  /(?:\b(?:more than|less than|fewer than|just over|just under|well over|over|nearly|almost|about|around|approximately|roughly|some|up to|at least|at most|under|close to)\s+)$/i;
const OUTAGE_CONTEXT =
  /\b(?:outage|offline|down|downtime|unavailable|disrupt\w*|degraded|impact\w*|restor\w*|recover\w*|lasted|lasting|interrupt\w*|errors?|failed|failures?|inaccessible|unreachable|went out|went down|went dark|timed out|time-?outs?|5\d\ds?|stopped)\b/i;
const FOR_BEFORE = /\b(?:for|lasted|lasting|took|after)\s+(?:\S+\s+){0,2}$/i;
const NOT_OUTAGE_BEFORE = /\b(?:every|each|within|next|last|per|past|first|in the|ago)\s+(?:\S+\s+){0,1}$/i;
const VAGUE = /\b(?:few|several|couple|many|some)\b/i;
const NOT_OUTAGE_AFTER = /^\s*(?:ago|later|earlier|before|old|of (?:data|logs))\b/i;

const CLOCK_RANGE =
  /\b(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?m?\.?\s*(?:to|until|till|through|-|–|and)\s*(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?m?\.?/i;

/** Minutes after midnight of a clock time; `half` is "a"/"p" or undefined (24-hour clock). */
function clockMinutes(hour: number, minute: number, half: string | undefined): number {
  const h = half === undefined ? hour : (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minute;
}

/** Minutes between the two clock times of a range ("from 9:16 PM to 11:16 PM"), or null. */
function clockRangeMinutes(phrase: string): number | null {
  if (!/\d/.test(phrase)) return null;
  const m = CLOCK_RANGE.exec(phrase);
  if (m === null) return null;
  // A range needs clock times: minutes or am/pm on at least one side ("2 to 3" is no range).
  if (m[2] === undefined && m[5] === undefined && m[3] === undefined && m[6] === undefined) return null;
  const endHalf = m[6];
  const startHalf = m[3] ?? endHalf;
  const start = clockMinutes(Number(m[1]), Number(m[2] ?? 0), startHalf);
  const end = clockMinutes(Number(m[4]), Number(m[5] ?? 0), endHalf);
  const minutes = end >= start ? end - start : end + 1440 - start;
  return minutes > 0 ? minutes : null;
}

/**
 * Total minutes of a duration phrase ("eight hours", "2 hours and 30 minutes", "from 9:16 PM
 * to 11:16 PM"), or null.
 */
export function durationMinutes(phrase: string): number | null {
  const half = HALF.exec(phrase);
  if (half !== null) return (half[1]?.toLowerCase() === 'day' ? 1440 : 60) / 2;
  let total = 0;
  let found = false;
  if (!HAS_UNIT.test(phrase)) return clockRangeMinutes(phrase);
  for (const match of phrase.matchAll(PAIR)) {
    const amount = parseNumber(match[1] ?? '');
    const unit = UNIT_MINUTES[(match[2] ?? '').toLowerCase()];
    if (amount === null || unit === undefined) continue;
    total += (amount + (match[3] !== undefined ? 0.5 : 0)) * unit;
    found = true;
  }
  return found ? Math.round(total) : clockRangeMinutes(phrase);
}

/** Picks the outage duration among the text's DURATION entities, or null. */
export function findDuration(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Fact<{ text: string; minutes: number | null }> | null {
  let best: { score: number; start: number; end: number; minutes: number } | null = null;
  // wink reads no entity in "an hour" or "a day": those are read here when "for" or "lasted" leads them.
  const spans: { text: string; start: number; end: number }[] = entities.filter((e) => e.type === 'DURATION' || e.type === 'TIME');
  for (const m of text.matchAll(ARTICLE_DURATION)) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    if (!spans.some((e) => e.start <= start && start < e.end)) spans.push({ text: m[1] ?? '', start, end: m.index + m[0].length });
  }
  for (const entity of spans) {
    const minutes = durationMinutes(entity.text);
    // Month/year spans ("6 months", "2.5 years") are not outage durations.
    if (minutes === null || minutes <= 0 || minutes > 60 * 24 * 14) continue;
    const evidence = evidenceAt(text, sentences, entity.start);
    if (evidence === null) continue;
    const before = text.slice(evidence.start, entity.start);
    const after = text.slice(entity.end, evidence.end);
    if (NOT_OUTAGE_BEFORE.test(before) || NOT_OUTAGE_AFTER.test(after)) continue;
    let score = 0;
    if (OUTAGE_CONTEXT.test(evidence.text)) score += 2;
    if (FOR_BEFORE.test(before)) score += 1;
    // "a few hours", "several days": vague, often hypothetical ("even a few hours of downtime").
    if (VAGUE.test(entity.text)) score -= 1;
    const qualifier = QUALIFIER.exec(before);
    const start = qualifier === null ? entity.start : entity.start - qualifier[0].length;
    if (best === null || score > best.score) best = { score, start, end: entity.end, minutes };
  }
  if (best === null || best.score < 2) return null;
  return {
    value: { text: text.slice(best.start, best.end), minutes: best.minutes },
    evidence: evidenceAt(text, sentences, best.start),
    from: 'text',
  };
}
