/**
 * Facts of a text: providers, services, affected customers, incident date, start time,
 * duration and impact figures, each with the sentence it was read from.
 *
 * - providers: the metadata `company` first (canonical name when the lexicon knows it), then
 *   PROVIDER entities ranked by mentions, with a bonus for a mention in the title and for the
 *   providers of mentioned services; minor mentions (under a third of the leader's score, or a
 *   single mention when the leader has several) are dropped, and so is a provider the text
 *   only names as an affected customer ("sites such as Reddit were offline");
 * - customers: see customers.ts; the metadata names, the services and the providers the text
 *   is about (in the title, or mentioned at least twice and half as often as the leader) are
 *   never customers;
 * - services: the metadata `product` first, then SERVICE entities ranked the same way;
 * - incident date: the metadata start time's day; else the first DATE/TIME entity of an
 *   outage sentence that resolves to a day relative to the publication date ("June 6",
 *   "yesterday", "this morning"); else the publication day;
 * - start time, duration, impact, customers: see their modules.
 */
import type { Entity, Fact, Facts, Sentence } from '../model/document.js';
import { findCustomers } from './customers.js';
import { findDuration } from './duration.js';
import { evidenceAt } from './evidence.js';
import { findImpact } from './impact.js';
import { lookupLexicon, lookupLexiconKey, type LexiconType } from './lexicon.js';
import { isoDay, resolveDate } from './resolve-date.js';
import { splitNames as splitNameList } from '../providers/split-names.js';
import { findStartTime } from './start-time.js';

/** Metadata the facts start from (all optional). */
export interface FactContext {
  title?: string | null;
  published?: string | null;
  company?: string | null;
  product?: string | null;
  startTime?: string | null;
}

/** Most providers / services kept. */
export const MAX_RANKED = 4;

const OUTAGE_SENTENCE =
  /\b(?:outage|offline|down|downtime|unavailable|disrupt\w*|degraded|incident|failed|failure|errors?|experienced|went|began|started|impact\w*|affected|suffered|crash\w*|problems?|issues?)\b/i;

interface Ranked {
  name: string;
  score: number;
  mentions: number;
  inTitle: boolean;
  first: Entity | null;
}

/** Every entity of `type` by canonical name, best first (mentions, title, boosts). */
function rankEntities(
  entities: readonly Entity[],
  type: LexiconType,
  inTitle: ReadonlySet<string>,
  boosts: Map<string, number>,
): Ranked[] {
  const byName = new Map<string, Ranked>();
  for (const entity of entities) {
    if (entity.type !== type || entity.value === undefined) continue;
    const ranked = byName.get(entity.value) ?? { name: entity.value, score: 0, mentions: 0, inTitle: false, first: entity };
    ranked.mentions += 1;
    ranked.score += 1;
    byName.set(entity.value, ranked);
  }
  for (const ranked of byName.values()) {
    ranked.inTitle = inTitle.has(ranked.name);
    if (ranked.inTitle) ranked.score += 3;
    ranked.score += boosts.get(ranked.name) ?? 0;
  }
  return [...byName.values()].sort((a, b) => b.score - a.score || (a.first?.start ?? 0) - (b.first?.start ?? 0));
}

/** Drops minor mentions: under a third of the leader's score, or a lone mention beside a leader with several. */
function keepMajor(list: Ranked[]): Ranked[] {
  const top = list[0];
  if (top === undefined) return [];
  return list
    .filter((r) => r === top || (r.score >= top.score / 3 && !(r.mentions === 1 && top.mentions > 2 && r.score < 3)))
    .slice(0, MAX_RANKED);
}

/** Canonical names of the lexicon entries the title mentions (one to three word n-grams). */
function titleCanonicals(title: string): Set<string> {
  const found = new Set<string>();
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9.’'-]+/)
    .map((w) => w.replace(/[’']s$/, ''))
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i += 1) {
    let key = '';
    for (let len = 1; len <= 3 && i + len <= words.length; len += 1) {
      key = len === 1 ? (words[i] ?? '') : `${key} ${words[i + len - 1] ?? ''}`;
      const entry = lookupLexiconKey(key);
      if (entry !== undefined) found.add(entry.canonical);
    }
  }
  return found;
}

/** Canonical name of a metadata value when the lexicon knows it. */
function canonicalName(value: string): string {
  return lookupLexicon(value)?.canonical ?? value.trim();
}

/** The canonical names listed in a metadata value ("AWS, Google and Fastly"; never split inside parentheses). */
function splitNames(meta: string | null | undefined): string[] {
  return splitNameList(meta).map(canonicalName);
}

function metadataFact(value: string, entities: readonly Entity[], text: string, sentences: readonly Sentence[]): Fact {
  const lower = value.toLowerCase();
  const mention = entities.find(
    (e) => e.value === value || (e.text.length === value.length && e.text.toLowerCase() === lower),
  );
  return { value, evidence: mention === undefined ? null : evidenceAt(text, sentences, mention.start), from: 'metadata' };
}

function rankedFacts(
  metaNames: readonly string[],
  ranked: Ranked[],
  entities: readonly Entity[],
  text: string,
  sentences: readonly Sentence[],
): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const name of metaNames) {
    if (seen.has(name)) continue;
    seen.add(name);
    facts.push(metadataFact(name, entities, text, sentences));
  }
  const fromMetadata = facts.length;
  for (const r of ranked) {
    if (seen.has(r.name)) continue;
    seen.add(r.name);
    facts.push({ value: r.name, evidence: r.first === null ? null : evidenceAt(text, sentences, r.first.start), from: 'text' });
  }
  return facts.slice(0, Math.max(MAX_RANKED, fromMetadata));
}

function findIncidentDate(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  context: FactContext,
): Fact | null {
  const fromStart = isoDay(context.startTime);
  if (fromStart !== null) return { value: fromStart, evidence: null, from: 'metadata' };
  let fallback: Fact | null = null;
  for (const entity of entities) {
    if (entity.type !== 'DATE' && entity.type !== 'TIME') continue;
    const day = resolveDate(entity.text, context.published);
    if (day === null) continue;
    const evidence = evidenceAt(text, sentences, entity.start);
    const fact: Fact = { value: day, evidence, from: 'text' };
    if (evidence !== null && OUTAGE_SENTENCE.test(evidence.text)) return fact;
    fallback ??= fact;
  }
  if (fallback !== null) return fallback;
  const published = isoDay(context.published);
  return published === null ? null : { value: published, evidence: null, from: 'metadata' };
}

/** Reads the facts of a text from its sentences and entities. */
export function extractFacts(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  context: FactContext = {},
): Facts {
  const inTitle = titleCanonicals(context.title ?? '');
  const serviceRanked = rankEntities(entities, 'SERVICE', inTitle, new Map());
  // A provider gains from the services of it that the text names.
  const boosts = new Map<string, number>();
  for (const s of serviceRanked) {
    const owner = lookupLexicon(s.name)?.provider;
    if (owner !== undefined) boosts.set(owner, (boosts.get(owner) ?? 0) + Math.min(3, s.mentions / 2));
  }
  const providerRanking = rankEntities(entities, 'PROVIDER', inTitle, boosts);
  // Names the text is about (metadata, title, several mentions) are never customers; a
  // provider the text only names as an affected customer is not a provider of the incident.
  const topMentions = providerRanking[0]?.mentions ?? 0;
  const companies = splitNames(context.company);
  const products = splitNames(context.product);
  const exclude = new Set<string>([
    ...companies,
    ...products,
    ...serviceRanked.map((r) => r.name),
    ...providerRanking.filter((r) => r.inTitle || (r.mentions >= 2 && r.mentions * 2 >= topMentions)).map((r) => r.name),
  ]);
  const customers = findCustomers(text, sentences, exclude);
  const customerNames = new Set(customers.map((c) => c.value));
  const providers = rankedFacts(
    companies,
    keepMajor(providerRanking.filter((r) => !customerNames.has(r.name))),
    entities,
    text,
    sentences,
  );
  const services = rankedFacts(products, keepMajor(serviceRanked), entities, text, sentences);
  const startTime: Fact | null =
    context.startTime !== null && context.startTime !== undefined && context.startTime.trim() !== ''
      ? { value: context.startTime.trim(), evidence: null, from: 'metadata' }
      : findStartTime(text, sentences, entities);
  return {
    providers,
    services,
    customers,
    incidentDate: findIncidentDate(text, sentences, entities, context),
    startTime,
    duration: findDuration(text, sentences, entities),
    impact: findImpact(text, sentences),
  };
}
