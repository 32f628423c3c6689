/**
 * Affected customers: capitalised names in the contexts where articles name them:
 *
 * - "<clients|customers|sites|companies|...> such as / like / including A, B and C" in a
 *   sentence about the outage ("offline", "affected", "down", ...)
 * - "A, B and C are (some|among) of the ... <companies|customers|...>" in a sentence about the
 *   outage or about depending on the provider ("using", "rely on", "customers of")
 * - "affected <customers|companies|...> include(d) A and B"
 * - "A, B and C (were|was) (also) (down|offline|affected|impacted|unavailable)"
 *
 * The incident's own providers and services, and generic words ("The", "Our"), are not customers.
 */
import type { Fact, Sentence } from '../model/document.js';
import { sentenceIndexAt, toTextSpan } from './evidence.js';
import { lookupLexicon } from './lexicon.js';

/** Most customers kept per text. */
export const MAX_CUSTOMERS = 12;

const NAME = "(?:[A-Z0-9][\\w.&'’-]*[\\w&])(?:\\s+(?:[A-Z][\\w.&'’-]*[\\w&]|of|de|&))*";
const NAME_LIST = `${NAME}(?:\\s*,\\s*${NAME})*(?:\\s*,?\\s+(?:and|or)\\s+${NAME})?`;
const GROUP_WORDS = [
  'clients', 'customers', 'users', 'companies', 'sites', 'websites', 'services', 'businesses', 'startups',
  'start-ups', 'firms', 'apps', 'applications', 'brands', 'retailers', 'platforms', 'tenants',
  'organizations', 'organisations', 'names',
];
/** The group nouns, first letter in either case ("Sites such as ..."). */
const GROUP = `(?:${GROUP_WORDS.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`).join('|')})`;
/** Outage words: the "such as" and "are some of the companies" forms need one in the sentence. */
const AFFECTED_CONTEXT =
  /\b(?:outage|offline|down|affected|impacted|unavailable|unreachable|inaccessible|disrupt\w*|broke|broken|errors?|failed|failing|hit|knocked|suffered|went dark)\b/i;
/** ... or a dependency on the provider ("companies using Amazon's S3"). */
const DEPENDENCY_CONTEXT = /\b(?:using|use|uses|rely|relies|relying|depend|depends|depending|built on|hosted on|run on|runs on|customers of|clients of)\b/i;
const PATTERNS: RegExp[] = [
  new RegExp(`\\b${GROUP}\\s+(?:\\w+\\s+)?(?:such as|like|including|e\\.g\\.,?|among them)\\s+(${NAME_LIST})`, 'g'),
  new RegExp(`(?:^|[:;]\\s*)(${NAME_LIST})\\s+(?:are|were|is|was)\\s+(?:some|among|one|two|three|a few|several|just some)\\b[^.]*?\\b${GROUP}`, 'g'),
  new RegExp(`\\baffected\\s+${GROUP}\\s+(?:include|included|including|were|are)\\s+(${NAME_LIST})`, 'g'),
  new RegExp(`(?:^|[:;,]\\s*)(${NAME_LIST})\\s+(?:were|was)\\s+(?:also\\s+)?(?:down|offline|affected|impacted|unavailable|unreachable|hit|knocked offline|taken offline)\\b`, 'g'),
];
/** The phrase each pattern needs (same order as the patterns). */
const PATTERN_TRIGGERS: RegExp[] = [
  /\b(?:such as|like|including|e\.g\.|among them)\b/,
  /\b(?:are|were|is|was) (?:some|among|one|two|three|a few|several|just some)\b/,
  /\baffected\b/,
  /\b(?:were|was) (?:also )?(?:down|offline|affected|impacted|unavailable|unreachable|hit|knocked|taken)\b/,
];
/** Any of the triggers: a sentence without one is never matched. */
const TRIGGER = new RegExp(PATTERN_TRIGGERS.map((r) => r.source).join('|'));
const GENERIC = new Set([
  'the', 'a', 'an', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all',
  'other', 'others', 'several', 'it', 'they', 'we', 'i', 'you', 'he', 'she', 'and', 'or', 'but', 'so', 'if',
  'when', 'while', 'even', 'also', 'both', 'each', 'every', 'few', 'more', 'popular', 'large', 'big', 'major',
]);
const SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** Cleans one listed name; null when it is not a name. */
function cleanName(raw: string, exclude: ReadonlySet<string>): string | null {
  const name = raw.trim().replace(/[’']s$/, '').replace(/[.]+$/, '');
  if (name.length < 2) return null;
  const firstWord = (name.split(/\s+/)[0] ?? '').toLowerCase();
  if (GENERIC.has(firstWord) || GENERIC.has(name.toLowerCase())) return null;
  if (!/^[A-Z0-9]/.test(name) || /^\d+$/.test(name)) return null;
  const entry = lookupLexicon(name);
  if (entry !== undefined && (entry.type !== 'PROVIDER' || exclude.has(entry.canonical))) return null;
  if (exclude.has(name)) return null;
  return entry?.canonical ?? name;
}

/**
 * Customers named as affected, each with its sentence; `exclude` holds the incident's own
 * provider and service names (canonical), which are never customers.
 */
export function findCustomers(text: string, sentences: readonly Sentence[], exclude: ReadonlySet<string>): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  // One scan of the whole text finds the few sentences worth matching.
  const candidates: number[] = [];
  const scan = new RegExp(TRIGGER.source, 'g');
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const index = sentenceIndexAt(sentences, m.index);
    if (index >= 0 && candidates[candidates.length - 1] !== index) candidates.push(index);
    const sentence = sentences[index];
    if (sentence !== undefined && scan.lastIndex < sentence.end) scan.lastIndex = sentence.end;
  }
  for (const index of candidates) {
    const sentence = sentences[index];
    if (sentence === undefined) continue;
    const body = text.slice(sentence.start, sentence.end);
    const affected = AFFECTED_CONTEXT.test(body);
    const dependent = affected || DEPENDENCY_CONTEXT.test(body);
    for (let p = 0; p < PATTERNS.length; p += 1) {
      const pattern = PATTERNS[p];
      if (pattern === undefined || (p === 0 && !affected) || (p === 1 && !dependent)) continue;
      if (PATTERN_TRIGGERS[p]?.test(body) !== true) continue;
      for (const match of body.matchAll(pattern)) {
        for (const raw of (match[1] ?? '').split(SPLIT)) {
          const name = cleanName(raw, exclude);
          if (name === null || seen.has(name.toLowerCase())) continue;
          seen.add(name.toLowerCase());
          facts.push({ value: name, evidence: toTextSpan(text, sentence), from: 'text' });
          if (facts.length >= MAX_CUSTOMERS) return facts;
        }
      }
    }
  }
  return facts;
}
