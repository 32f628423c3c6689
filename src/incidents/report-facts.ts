/**
 * The facts of one report that incident grouping compares: its date, providers and services.
 */
import type { AnalyzedDocument } from '../model/document.js';
import { foldName, providerKey } from './provider-key.js';

/** Where a report's date came from, strongest first. */
export type DateSource = 'incident' | 'start-time' | 'published';

/** A report's date for grouping. */
export interface ReportDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  source: DateSource;
}

/** The ISO day of an ISO date or date-time string, or null when it is not one. */
export function isoDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m === null) return null;
  const [, y, mo, d] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const back = new Date(t);
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/** Days between two ISO days (absolute). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The report's incident date: the day the text states (`dates.incident`, else the analysed incident date), else the start time, else the publication date. */
export function reportDate(doc: AnalyzedDocument): ReportDate | null {
  const stated = doc.dates?.incident;
  const statedDay = stated?.precision === 'day' ? isoDay(stated.value) : null;
  if (statedDay !== null) return { date: statedDay, source: 'incident' };
  const incident = isoDay(doc.facts.incidentDate?.value);
  if (incident !== null) return { date: incident, source: 'incident' };
  const start = isoDay(doc.facts.startTime?.value) ?? isoDay(doc.startTime);
  if (start !== null) return { date: start, source: 'start-time' };
  const published = isoDay(doc.published);
  return published === null ? null : { date: published, source: 'published' };
}

/**
 * Provider names of a report: its operator once the incidents stage has read it (a
 * `KnowledgeDocument`; none when the report names none), else the analysed providers, else the
 * metadata company (deduplicated, order kept).
 */
export function reportProviders(doc: AnalyzedDocument & { operator?: string | null }): string[] {
  if (doc.operator !== undefined) return doc.operator === null ? [] : [doc.operator];
  const names = doc.facts.providers.map((f) => f.value.trim()).filter((v) => v !== '');
  if (names.length === 0 && doc.company !== null && doc.company.trim() !== '') names.push(doc.company.trim());
  return uniqueBy(names, (n) => foldName(n));
}

/** Service names of a report: the analysed services, else the metadata product (deduplicated, order kept). */
export function reportServices(doc: AnalyzedDocument): string[] {
  const names = doc.facts.services.map((f) => f.value.trim()).filter((v) => v !== '');
  if (names.length === 0 && doc.product !== null && doc.product.trim() !== '') names.push(doc.product.trim());
  return uniqueBy(names, (n) => foldName(n));
}

/** Domain endings that make a service name the provider's own site ("Amazon.com"). */
const SITE_ENDINGS = new Set(['com', 'net', 'org', 'io', 'co', 'uk', 'de']);

/** Comparable service key: folded, without the provider family word ("Amazon S3" -> "s3"); '' for the provider's own site. */
export function serviceKey(service: string, providerKeys: readonly string[]): string {
  const words = foldName(service).split(' ').filter((w) => w !== '');
  while (words.length > 1 && (providerKeys.includes(words[0] ?? '') || words[0] === 'aws')) words.shift();
  if (words.length > 0 && providerKeys.includes(foldName(service).split(' ')[0] ?? '') && words.every((w) => SITE_ENDINGS.has(w))) return '';
  return words.join(' ');
}

/** Provider family keys of a report. */
export function reportProviderKeys(doc: AnalyzedDocument): string[] {
  return uniqueBy(reportProviders(doc).map(providerKey).filter((k) => k !== ''), (k) => k);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
