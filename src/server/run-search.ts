/** Runs a search, naming any 400 raised past the edge (a query over the term limit, a wildcard that expands too far) by its URL parameter. */
import type { SearchRequest, SearchResponse } from '../model/index.js';
import { FaultlineError } from '../model/index.js';
import { asReaderError } from '../model/read-request-parameters.js';
import type { SearchBackend } from '../search/search-backend.js';

/** `backend.search(request)`, with a FaultlineError 4xx (and a 503 past the deadline) named by its URL parameter (`query` -> `q`) and lunr's QueryParseError reported as 400 on `q`. */
export async function runSearch(backend: SearchBackend, request: SearchRequest): Promise<SearchResponse> {
  try {
    return await backend.search(request);
  } catch (error) {
    if (error instanceof FaultlineError) {
      // A query past the backend's deadline (503) names the query by its URL parameter too.
      if (error.status === 503 && error.parameter === 'query') throw new FaultlineError(error.message, { status: 503, parameter: 'q', cause: error });
      if (error.status >= 500 || error.parameter !== undefined) throw asReaderError(error, { naming: 'http' });
      throw new FaultlineError(error.message, { status: error.status, parameter: 'q', cause: error });
    }
    if (error instanceof Error && error.name === 'QueryParseError') {
      throw new FaultlineError(`search: parameter q: ${error.message}`, { status: 400, parameter: 'q', cause: error });
    }
    throw error;
  }
}
