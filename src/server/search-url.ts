/** Builds search-page URLs from a SearchRequest, so the query and filters live in the URL. */
import { DEFAULT_LAYER_ROLE_FILTER, type SearchRequest } from '../model/index.js';

/** A search request with every field the URL can carry (the page and API defaults omitted). */
export function searchQueryString(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query !== '') params.set('q', request.query);
  for (const v of request.layers ?? []) params.append('layer', v);
  if (request.layerRole !== undefined && request.layerRole !== DEFAULT_LAYER_ROLE_FILTER) params.set('layerRole', request.layerRole);
  for (const v of request.causes ?? []) params.append('cause', v);
  for (const v of request.certainty ?? []) params.append('certainty', v);
  for (const v of request.providers ?? []) params.append('provider', v);
  if (request.from !== undefined) params.set('from', String(request.from));
  if (request.to !== undefined) params.set('to', String(request.to));
  if (request.sort !== undefined && request.sort !== 'relevance') params.set('sort', request.sort);
  if (request.pageSize !== undefined && request.pageSize !== 10) params.set('pageSize', String(request.pageSize));
  if (request.page !== undefined && request.page !== 1) params.set('page', String(request.page));
  return params.toString();
}

/** The search page URL for `request`. */
export function searchUrl(request: SearchRequest): string {
  const qs = searchQueryString(request);
  return qs === '' ? '/' : `/?${qs}`;
}

/** Which list filter a facet value toggles. */
export type ListFilter = 'layers' | 'causes' | 'certainty' | 'providers';

/** The request with `value` added to or removed from a list filter, back on page 1. */
export function toggleFilter(request: SearchRequest, filter: ListFilter, value: string): SearchRequest {
  const current: string[] = [...((request[filter] as string[] | undefined) ?? [])];
  const at = current.indexOf(value);
  if (at === -1) current.push(value);
  else current.splice(at, 1);
  const next: SearchRequest = { ...request, page: 1 };
  if (current.length === 0) delete next[filter];
  else (next as Record<ListFilter, string[]>)[filter] = current;
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
