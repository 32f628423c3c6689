/** Builds search-page URLs from a SearchRequest, so the query and filters live in the URL. */
import type { SearchRequest } from '../model/index.js';
import { routeParameters, searchRequestSpec, type ParameterSpec, type RequestValues } from '../model/search-request.js';

/** The search parameters the URL carries, from the request declarations, the page last (links to pages differ at their end). */
const URL_PARAMETERS = routeParameters(searchRequestSpec(), 'search')
  .filter((p): p is ParameterSpec & { http: string } => p.http !== null)
  .sort((a, b) => Number(a.field === 'page') - Number(b.field === 'page'));

/** A search request with every field the URL can carry (the page and API defaults omitted), in declaration order. */
export function searchQueryString(request: SearchRequest): string {
  const params = new URLSearchParams();
  for (const param of URL_PARAMETERS) {
    const value = (request as RequestValues)[param.field];
    if (value === undefined || value === param.default) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(param.http, String(one));
  }
  return params.toString();
}

/** The search page URL for `request`. */
export function searchUrl(request: SearchRequest): string {
  const qs = searchQueryString(request);
  return qs === '' ? '/' : `/?${qs}`;
}

/** Which list filter a facet value toggles. */
export type ListFilter = 'layers' | 'causes' | 'certainty' | 'providers' | 'triggers' | 'detections' | 'mitigations';

/** The request with `value` added to or removed from a list filter, back on page 1. */
export function toggleFilter(request: SearchRequest, filter: ListFilter, value: string): SearchRequest {
  const current: string[] = [...(request[filter] ?? [])];
  const at = current.indexOf(value);
  if (at === -1) current.push(value);
  else current.splice(at, 1);
  const next: SearchRequest = { ...request, page: 1 };
  if (current.length === 0) {
    const { [filter]: _removed, ...rest } = next;
    return rest;
  }
  (next as Record<ListFilter, string[]>)[filter] = current;
  return next;
}

/** The request narrowed to one year (or widened again when it already is), back on page 1. */
export function toggleYear(request: SearchRequest, year: number): SearchRequest {
  const next: SearchRequest = { ...request, page: 1 };
  if (request.from === year && request.to === year) {
    delete next.from;
    delete next.to;
  } else {
    next.from = year;
    next.to = year;
  }
  return next;
}
