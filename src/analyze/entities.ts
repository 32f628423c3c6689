/**
 * Entities of a text: wink's built-in entities (DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY,
 * PERCENT, URL, EMAIL, ...) and the lexicon's PROVIDER / SERVICE / INFRA entities with their
 * canonical `value`, all with character offsets into the text, sorted by position.
 *
 * Cleaning: a lexicon entry marked `capitalised` is dropped when written in lower case
 * ("slack", "stripe"); a built-in entity lying inside a custom one ("53" in "Route 53") is
 * dropped; a DATE made only of a lower-case "may"/"march" ("this may") is dropped.
 */
import type { Entity } from '../model/document.js';
import { lookupLexicon } from './lexicon.js';
import type { TextReading, WinkEntity } from './read-text.js';

const LOWERCASE_MODAL_MONTH = /^(?:this |that |it )?(?:may|march)$/;

function spanOf(reading: TextReading, entity: WinkEntity): { start: number; end: number } {
  const { starts, ends } = reading.layout;
  return { start: starts[entity.first] ?? 0, end: ends[entity.last] ?? 0 };
}

/** Builds the text's entities from one wink reading. */
export function buildEntities(reading: TextReading): Entity[] {
  const { text } = reading;
  const custom: Entity[] = [];
  for (const found of reading.customEntities) {
    const { start, end } = spanOf(reading, found);
    const surface = text.slice(start, end);
    const entry = lookupLexicon(surface);
    if (entry === undefined) continue;
    if (entry.capitalised === true && !/^\p{Lu}/u.test(surface)) continue;
    custom.push({ type: entry.type, text: surface, start, end, value: entry.canonical });
  }
  const builtIn: Entity[] = [];
  let c = 0;
  for (const found of reading.entities) {
    const { start, end } = spanOf(reading, found);
    if (end <= start) continue;
    const surface = text.slice(start, end);
    if (found.type === 'DATE' && LOWERCASE_MODAL_MONTH.test(surface)) continue;
    while (c < custom.length && (custom[c]?.end ?? 0) <= start) c += 1;
    const container = custom[c];
    if (container !== undefined && container.start <= start && container.end >= end) continue;
    builtIn.push({ type: found.type, text: surface, start, end });
  }
  return [...builtIn, ...custom].sort((a, b) => a.start - b.start || b.end - a.end);
}
