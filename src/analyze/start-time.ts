/**
 * The incident's start time as written ("10:25 AM PST"): the first clock time among wink's TIME
 * entities (and DURATION ranges: "from 9:16 PM to 11:16 PM PDT") in a sentence about the outage, without its approximation word ("around", "at"),
 * with the time zone of the entity kept (or borrowed from a range's end: "9:16 PM to 11:16 PM
 * PDT" -> "9:16 PM PDT").
 */
import type { Entity, Fact, Sentence } from '../model/document.js';
import { evidenceAt } from './evidence.js';

const CLOCK = /\b(\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d{1,2}:\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z]))?)/i;
const ZONE = /^\s*((?:[A-Z]{2,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?)\b/;
const ANY_ZONE = /\b((?:[ECMP][SD]T|[A-Z]{1,3}ST|[A-Z]{1,3}DT|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)\b/;
const START_CONTEXT =
  /\b(?:outage|offline|down|unavailable|disrupt\w*|degraded|began|begins|started|starting|start|from|beginning|first|noticed|detected|failed|errors?|impact\w*|incident|became|went|alerted|paged)\b/i;

/** Finds the start time among the TIME entities, or null. */
export function findStartTime(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): Fact | null {
  let fallback: Fact | null = null;
  for (const entity of entities) {
    if (entity.type !== 'TIME' && entity.type !== 'DURATION') continue;
    const clock = CLOCK.exec(entity.text);
    if (clock === null) continue;
    const clockEnd = entity.start + clock.index + (clock[1] ?? '').length;
    const zoneHere = ZONE.exec(text.slice(clockEnd, clockEnd + 12));
    const zone = zoneHere?.[1] ?? ANY_ZONE.exec(entity.text.slice(clock.index + clock[0].length))?.[1];
    const value = `${(clock[1] ?? '').trim()}${zone !== undefined ? ` ${zone}` : ''}`;
    const evidence = evidenceAt(text, sentences, entity.start);
    const fact: Fact = { value, evidence, from: 'text' };
    if (evidence !== null && START_CONTEXT.test(evidence.text)) return fact;
    fallback ??= fact;
  }
  return fallback;
}
