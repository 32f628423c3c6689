/**
 * Checks a `SearchRequest` (from the CLI, the JSON API or an export) and fills in defaults; a bad
 * value throws FaultlineError 400 naming the parameter and the value.
 */
import { FaultlineError } from '../model/diagnostic.js';
import type { Certainty } from '../model/document.js';
import { DEFAULT_LAYER_ROLE_FILTER, isLayerRoleFilter, LAYER_ROLE_FILTERS } from '../model/layer-role-filter.js';
import type { SearchRequest } from '../model/search.js';
import { CAUSE_LABELS, CERTAINTY_LEVELS, LAYER_LABELS } from '../model/taxonomy.js';
import { providerFilterKeys, type RowFilters } from './document-table.js';
import type { SearchLimits } from './search-limits.js';

/** A checked request with defaults applied. */
export interface NormalisedRequest {
  query: string;
  filters: RowFilters;
  sort: 'relevance' | 'date';
  page: number;
  pageSize: number;
}

/** Default page size. */
export const DEFAULT_PAGE_SIZE = 10;
/** Earliest and latest years accepted by `from`/`to`. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

function bad(parameter: string, message: string): FaultlineError {
  return new FaultlineError(`search: ${parameter} ${message}`, { parameter });
}

/** Validates and normalises `request`. */
export function validateRequest(request: SearchRequest, limits: SearchLimits): NormalisedRequest {
  if (typeof request !== 'object' || request === null) throw bad('request', 'must be an object');
  const query = request.query ?? '';
  if (typeof query !== 'string') throw bad('query', `must be a string, got ${typeof query}`);

  const layers = labelSet('layers', request.layers, LAYER_LABELS, limits);
  const layerRole = request.layerRole ?? DEFAULT_LAYER_ROLE_FILTER;
  if (!isLayerRoleFilter(layerRole)) {
    const allowed = LAYER_ROLE_FILTERS.map((r) => `"${r}"`);
    throw bad('layerRole', `must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, got ${JSON.stringify(layerRole)}`);
  }
  const causes = labelSet('causes', request.causes, CAUSE_LABELS, limits);
  const certainty = labelSet('certainty', request.certainty, CERTAINTY_LEVELS, limits) as ReadonlySet<Certainty> | null;
  let providers: Set<string> | null = null;
  if (request.providers !== undefined) {
    const values = list('providers', request.providers, limits);
    providers = new Set();
    for (const value of values) {
      if (value.length > 200) throw bad('providers', `value is longer than 200 characters`);
      const keys = providerFilterKeys(value);
      if (keys.length === 0) throw bad('providers', `value "${value}" names no provider`);
      for (const key of keys) providers.add(key);
    }
    if (providers.size === 0) providers = null;
  }
  const from = year('from', request.from);
  const to = year('to', request.to);
  if (from !== null && to !== null && from > to) throw bad('from', `(${from}) is after to (${to})`);

  const sort = request.sort ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw bad('sort', `must be "relevance" or "date", got ${JSON.stringify(sort)}`);
  const page = request.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw bad('page', `must be a whole number >= 1, got ${JSON.stringify(page)}`);
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limits.maxPageSize) {
    throw bad('pageSize', `must be a whole number from 1 to ${limits.maxPageSize}, got ${JSON.stringify(pageSize)}`);
  }
  if (page * pageSize > limits.maxResultWindow) {
    throw bad('page', `${page} with pageSize ${pageSize} reaches past the first ${limits.maxResultWindow} results; refine the query instead`);
  }
  return { query, filters: { layers, layerRole, causes, certainty, providers, from, to }, sort, page, pageSize };
}

function list(parameter: string, value: unknown, limits: SearchLimits): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(parameter, 'must be a list of strings');
  if (value.length > limits.maxFilterValues) throw bad(parameter, `has ${value.length} values, at most ${limits.maxFilterValues} are allowed`);
  return (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
}

function labelSet(parameter: string, value: unknown, allowed: readonly string[], limits: SearchLimits): ReadonlySet<string> | null {
  if (value === undefined) return null;
  const out = new Set<string>();
  for (const raw of list(parameter, value, limits)) {
    const label = raw.toLowerCase();
    if (!allowed.includes(label)) throw bad(parameter, `value "${raw}" is not one of: ${allowed.join(', ')}`);
    out.add(label);
  }
  return out.size === 0 ? null : out;
}

function year(parameter: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < YEAR_RANGE.min || value > YEAR_RANGE.max) {
    throw bad(parameter, `must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, got ${JSON.stringify(value)}`);
  }
  return value;
}
