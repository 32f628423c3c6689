/** Runs a search, turning a lunr query-syntax error into a 400 that names the `q` parameter. */
import type { KnowledgeBase, SearchRequest, SearchResponse } from '../model/index.js';
import { FaultlineError } from '../model/index.js';

/** `kb.search(request)`, with any query parse error (FaultlineError or lunr's QueryParseError) reported as 400 on `q`. */
export function runSearch(kb: KnowledgeBase, request: SearchRequest): SearchResponse {
  try {
    return kb.search(request);
  } catch (error) {
    if (error instanceof FaultlineError) {
      if (error.status >= 500) throw error;
      if (error.parameter !== undefined) throw error;
      throw new FaultlineError(error.message, { status: error.status, parameter: 'q', cause: error });
    }
    if (error instanceof Error && error.name === 'QueryParseError') {
      throw new FaultlineError(`search: parameter q: ${error.message}`, { status: 400, parameter: 'q', cause: error });
    }
    throw error;
  }
}
