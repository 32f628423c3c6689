/** Runs a search, turning a lunr query-syntax error into a 400 that names the `q` parameter. */
import type { KnowledgeBase, SearchRequest, SearchResponse } from '../model/index.js';
import { FaultlineError } from '../model/index.js';

/** The search engine's request field names -> the URL parameter names of the API and the search page. */
const PARAMETER_NAMES: Record<string, string> = { query: 'q', layers: 'layer', causes: 'cause', providers: 'provider' };

/** `kb.search(request)`, with any query parse error (FaultlineError or lunr's QueryParseError) reported as 400 on `q`, and parameters named as in the URL. */
export function runSearch(kb: KnowledgeBase, request: SearchRequest): SearchResponse {
  try {
    return kb.search(request);
  } catch (error) {
    if (error instanceof FaultlineError) {
      if (error.status >= 500) throw error;
      const parameter = error.parameter === undefined ? 'q' : (PARAMETER_NAMES[error.parameter] ?? error.parameter);
      if (parameter === error.parameter) throw error;
      throw new FaultlineError(error.message, { status: error.status, parameter, cause: error });
    }
    if (error instanceof Error && error.name === 'QueryParseError') {
      throw new FaultlineError(`search: parameter q: ${error.message}`, { status: 400, parameter: 'q', cause: error });
    }
    throw error;
  }
}
