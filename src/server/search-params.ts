/**
 * The search parameters of `/api/search` and the search page, read by their declarations
 * (`src/model/search-request.ts`): raw query-string values in, a `SearchRequest` out (page and
 * page size filled in), or FaultlineError 400 naming the parameter. The query also passes the
 * server's query guard (`query-guard.ts`).
 */
import type { Certainty, SearchRequest } from '../model/index.js';
import {
  parameterName,
  readRawParameters,
  searchRequestFromValues,
  type RawParameters,
  type RawReadMode,
  type RequestReader,
} from '../model/read-request-parameters.js';
import { routeParameters, searchRequestSpec } from '../model/search-request.js';
import { CERTAINTY_LEVELS } from '../model/taxonomy.js';
import { guardQuery } from './query-guard.js';
import type { ServerOptions } from './server-options.js';

/** The certainty values a `certainty` parameter accepts. */
export const CERTAINTIES: readonly Certainty[] = CERTAINTY_LEVELS;

/** How the server reads search parameters: URL names, messages starting with `search:`. */
const HTTP_SEARCH: RequestReader = { component: 'search', route: 'search', naming: 'http' };

/** Every search parameter name, as the URL gives it. */
export const SEARCH_PARAMS: readonly string[] = routeParameters(searchRequestSpec(), 'search').flatMap((p) => parameterName(p, HTTP_SEARCH) ?? []);

/** A raw query-string object as Express's simple parser gives it. */
export type RawQuery = RawParameters;

/** Parses raw query values into a SearchRequest; `mode` says whether unknown names are refused (the API) or ignored (the page). */
export type SearchParamsParser = (query: RawQuery, mode?: RawReadMode) => SearchRequest;

/** Builds the parser once per app, with the server's limits. */
export function createSearchParamsParser(options: ServerOptions): SearchParamsParser {
  const spec = searchRequestSpec(options);
  return (query, mode = {}) => {
    const request = searchRequestFromValues(readRawParameters(spec, HTTP_SEARCH, query, mode));
    request.query = guardQuery(request.query, options);
    return request;
  };
}
