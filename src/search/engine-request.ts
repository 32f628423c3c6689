/**
 * The engine's form of a search request: the defaults of the request declarations filled in,
 * the filters as sets, provider names as the keys they match. Requests are checked once, at the
 * edge that received them (`src/model/read-request-parameters.ts`); what is asserted here is only
 * what would make the engine misbehave or work without bound, and a failure is a programmer's
 * misuse (FaultlineError 500 naming the field), never a user's.
 */
import { FaultlineError } from '../model/diagnostic.js';
import type { Certainty } from '../model/document.js';
import { isLayerRoleFilter } from '../model/layer-role-filter.js';
import { REQUEST_DEFAULTS } from '../model/read-request-parameters.js';
import { SEARCH_SORTS, type SearchSort } from '../model/search-request.js';
import type { SearchRequest } from '../model/search.js';
import { providerFilterKeys, type RowFilters } from './document-table.js';
import type { SearchLimits } from './search-limits.js';

/** A request as the engine runs it. */
export interface EngineRequest {
  query: string;
  filters: RowFilters;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

/** The FaultlineError 500 of a request that skipped its edge's checks. */
function misuse(field: string, problem: string): FaultlineError {
  return new FaultlineError(`search: request field ${field} ${problem} (requests are checked by src/model/read-request-parameters.ts before the engine)`, {
    status: 500,
    parameter: field,
  });
}

/** A list filter as a set (null when absent or empty). */
function set(field: string, value: unknown, limits: SearchLimits): Set<string> | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw misuse(field, 'must be a list of strings');
  if (value.length > limits.maxFilterValues) throw misuse(field, `has ${value.length} values, more than ${limits.maxFilterValues}`);
  return value.length === 0 ? null : new Set(value as string[]);
}

/** A year bound (null when absent). */
function year(field: string, value: unknown): number | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value)) throw misuse(field, `must be a whole number, got ${JSON.stringify(value)}`);
  return value as number;
}

/** The engine request of a checked `request`; throws FaultlineError 500 when it was not checked. */
export function engineRequest(request: SearchRequest, limits: SearchLimits): EngineRequest {
  if (typeof request.query !== 'string') throw misuse('query', `must be a string, got ${typeof request.query}`);
  const layerRole = request.layerRole ?? REQUEST_DEFAULTS.layerRole;
  if (!isLayerRoleFilter(layerRole)) throw misuse('layerRole', `is not a layer role: ${JSON.stringify(layerRole)}`);
  const sort = request.sort ?? REQUEST_DEFAULTS.sort;
  if (!SEARCH_SORTS.includes(sort)) throw misuse('sort', `is not an order: ${JSON.stringify(sort)}`);
  const page = request.page ?? REQUEST_DEFAULTS.page;
  const pageSize = request.pageSize ?? REQUEST_DEFAULTS.pageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limits.maxPageSize) throw misuse('pageSize', `must be a whole number from 1 to ${limits.maxPageSize}, got ${pageSize}`);
  if (!Number.isInteger(page) || page < 1) throw misuse('page', `must be a whole number from 1, got ${page}`);
  if (page * pageSize > limits.maxResultWindow) throw misuse('page', `${page} with pageSize ${pageSize} reaches past the first ${limits.maxResultWindow} results`);
  const providerNames = set('providers', request.providers, limits);
  const providers = providerNames === null ? null : new Set([...providerNames].flatMap(providerFilterKeys));
  const filters: RowFilters = {
    layers: set('layers', request.layers, limits),
    layerRole,
    causes: set('causes', request.causes, limits),
    certainty: set('certainty', request.certainty, limits) as Set<Certainty> | null,
    providers,
    triggers: set('triggers', request.triggers, limits),
    detections: set('detections', request.detections, limits),
    mitigations: set('mitigations', request.mitigations, limits),
    from: year('from', request.from),
    to: year('to', request.to),
    undated: request.undated === true,
  };
  return { query: request.query, filters, sort, page, pageSize };
}
