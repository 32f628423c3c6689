/**
 * The hostile and bad requests the reliability proofs send: very long queries, thousands of
 * terms, pathological wildcards, deep field syntax, large fuzzy distances, invalid UTF-8 and
 * malformed percent-encoding, huge page numbers, NUL bytes, repeated scalars, prototype-pollution
 * style keys, unknown ids, path traversal, wrong methods and bodies. Each names the status the
 * server answers with: a 4xx, or 200 when the request is a (harmless) search, never a 5xx.
 * Shared by `test/reliability/hostile-queries.test.ts`, `scripts/hostile-queries.ts` and the
 * soak's bad-request stream.
 */

/** One hostile request. */
export interface HostileRequest {
  /** What the request tries. */
  name: string;
  /** Path and query string exactly as sent on the request line. */
  path: string;
  /** HTTP method (default GET). */
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Request body. */
  body?: string;
  /** The status the server answers with. */
  status: number;
  /** For a 400 from `/api`: the parameter its JSON error body names (`null`: none). */
  parameter?: string | null;
  /**
   * True when the answer closes the connection (Node's HTTP parser refusing a request line over
   * its header limit, or the server's `Connection: close` on a body it will not read), so a load
   * generator sees the socket end; the soak's bad stream leaves these out.
   */
  closesConnection?: boolean;
}

/** `q` values joined into a query string, `+` for spaces like a browser form. */
function q(query: string, rest = ''): string {
  return `q=${encodeURIComponent(query).replace(/%20/g, '+')}${rest}`;
}

/** `n` distinct short terms. */
function terms(n: number): string {
  return Array.from({ length: n }, (_, i) => `t${i.toString(36)}`).join(' ');
}

/** The hostile requests, with the status each one gets. */
export const HOSTILE_REQUESTS: readonly HostileRequest[] = Object.freeze([
  // Size.
  { name: 'a 100 KB query (over Node header limit)', path: `/api/search?q=${'a'.repeat(100 * 1024)}`, status: 431, closesConnection: true },
  { name: 'an 8 KB query', path: `/api/search?${q('outage '.repeat(1100))}`, status: 400, parameter: 'q' },
  { name: 'an 8 KB query on the search page', path: `/?${q('outage '.repeat(1100))}`, status: 400 },
  { name: 'one 500-character word', path: `/api/search?${q('x'.repeat(500))}`, status: 200 },
  { name: 'thousands of terms', path: `/api/search?${q(terms(2000))}`, status: 400, parameter: 'q' },
  { name: '100 terms under the length limit', path: `/api/search?${q(terms(100))}`, status: 400, parameter: 'q' },
  { name: '16 terms (the limit)', path: `/api/search?${q(terms(16))}`, status: 200 },
  // Wildcards and fuzzy matching.
  // An operator out of its limits is read as plain words (docs/query-language.md): searched, cheaply.
  { name: 'wildcard *a*b*c*', path: `/api/search?${q('*a*b*c*')}`, status: 200 },
  { name: 'wildcard a*b*c*d*e*', path: `/api/search?${q('a*b*c*d*e*')}`, status: 200 },
  { name: 'wildcard ** alone', path: `/api/search?${q('**')}`, status: 200 },
  { name: 'one-letter prefix s*', path: `/api/search?${q('s*')}`, status: 200 },
  { name: 'five wildcard terms', path: `/api/search?${q('ou* lo* st* am* da*')}`, status: 200 },
  { name: 'fuzzy x~99', path: `/api/search?${q('x~99')}`, status: 200 },
  { name: 'fuzzy storage~2', path: `/api/search?${q('storage~2')}`, status: 200 },
  { name: 'four fuzzy terms at distance 2 (the most allowed)', path: `/api/search?${q('storag~2 outag~2 netwrk~2 databse~2')}`, status: 200 },
  { name: 'four two-letter prefixes (the most allowed)', path: `/api/search?${q('ou* lo* st* da*')}`, status: 200 },
  { name: 'four infix wildcards on the search page', path: `/?${q('ou*ag* lo*er st*ra* da*ba*')}`, status: 200 },
  { name: 'fuzzy with a huge number', path: `/api/search?${q('storage~99999999999999999999')}`, status: 200 },
  { name: 'boost storage^1e308', path: `/api/search?${q('storage^1e308')}`, status: 200 },
  { name: 'wildcard on the search page', path: `/?${q('*a*b*c*')}`, status: 200 },
  // Field syntax.
  { name: 'deep fields title:title:title:x', path: `/api/search?${q('title:title:title:x')}`, status: 200 },
  { name: 'operators +-+-x', path: `/api/search?${q('+-+-x')}`, status: 200 },
  { name: 'only operators', path: `/api/search?${q('+ -')}`, status: 200 },
  { name: 'a pasted command rm -rf /tmp/*', path: `/api/search?${q('rm -rf /tmp/*')}`, status: 200 },
  // A colon after a word that names no field is punctuation: these search their words.
  { name: 'unknown field constructor:x', path: `/api/search?${q('constructor:x')}`, status: 200 },
  { name: 'field __proto__:x', path: `/api/search?${q('__proto__:x')}`, status: 200 },
  { name: 'empty field :x', path: `/api/search?${q(':x')}`, status: 200 },
  { name: 'HTML in the query', path: `/api/search?${q('<script>alert(1)</script>')}`, status: 200 },
  { name: 'HTML in the query on the search page', path: `/?${q('"><script>alert(1)</script>')}`, status: 200 },
  // Encoding.
  { name: 'invalid UTF-8 %ff%fe in q', path: '/api/search?q=%ff%fe', status: 200 },
  { name: 'invalid UTF-8 %ff%fe on the search page', path: '/?q=%ff%fe', status: 200 },
  { name: 'malformed percent-encoding %E0%A4%A in q', path: '/api/search?q=%E0%A4%A', status: 200 },
  { name: 'a lone % in q', path: '/api/search?q=%', status: 200 },
  { name: 'invalid UTF-8 %ff%fe in an incident id', path: '/incidents/%ff%fe', status: 400 },
  { name: 'malformed percent-encoding in an incident id', path: '/incidents/%E0%A4%A', status: 400 },
  { name: 'invalid UTF-8 in an API incident id', path: '/api/incidents/%ff%fe', status: 400, parameter: null },
  { name: 'NUL byte in q', path: '/api/search?q=storage%00outage', status: 200 },
  { name: 'NUL byte in an incident id', path: '/incidents/abc%00def', status: 400 },
  { name: 'NUL byte in a filter', path: '/api/search?provider=Amazon%00', status: 200 },
  { name: 'overlong UTF-8 slash in a static path', path: '/static/%c0%af%c0%afetc/passwd', status: 404 },
  // Paging.
  { name: 'page=1e12', path: '/api/search?q=amazon&page=1e12', status: 400, parameter: 'page' },
  { name: 'pageSize=1e9', path: '/api/search?q=amazon&pageSize=1e9', status: 400, parameter: 'pageSize' },
  { name: 'page=999999999999', path: '/api/search?q=amazon&page=999999999999', status: 400, parameter: 'page' },
  { name: 'page=-1', path: '/api/search?q=amazon&page=-1', status: 400, parameter: 'page' },
  { name: 'page=1000 (the last allowed page)', path: '/api/search?q=amazon&page=1000', status: 200 },
  { name: 'page=1e12 on the search page', path: '/?q=amazon&page=1e12', status: 400 },
  { name: 'related limit=1e9', path: '/api/incidents/some-id/related?limit=1e9', status: 400, parameter: 'limit' },
  // Shapes of parameters.
  { name: 'q given twice', path: '/api/search?q=a&q=b', status: 400, parameter: 'q' },
  { name: 'page given twice', path: '/api/search?q=a&page=1&page=2', status: 400, parameter: 'page' },
  { name: 'q given twice on the search page', path: '/?q=a&q=b', status: 400 },
  { name: 'bracketed q[]', path: '/api/search?q[]=a', status: 400, parameter: 'q[]' },
  { name: 'unknown layer', path: '/api/search?layer=not-a-layer', status: 400, parameter: 'layer' },
  { name: '21 layer values', path: `/api/search?layer=${Array.from({ length: 21 }, () => 'storage').join(',')}`, status: 400, parameter: 'layer' },
  { name: 'year from=abcd', path: '/api/search?from=abcd', status: 400, parameter: 'from' },
  { name: 'from after to', path: '/api/search?from=2010&to=2000', status: 400, parameter: 'from' },
  { name: 'unknown sort', path: '/api/search?sort=random', status: 400, parameter: 'sort' },
  { name: 'unknown parameter', path: '/api/search?q=a&debug=1', status: 400, parameter: 'debug' },
  { name: 'parameters on /api/stats', path: '/api/stats?x=1', status: 400, parameter: 'x' },
  { name: 'unknown export format', path: '/api/export?format=exe', status: 400, parameter: 'format' },
  // Prototype pollution style keys.
  { name: '__proto__[x]=1 on the API', path: '/api/search?__proto__[x]=1', status: 400, parameter: '__proto__[x]' },
  { name: '__proto__[x]=1 on the search page', path: '/?__proto__[x]=1&q=amazon', status: 200 },
  { name: 'constructor[prototype][x]=1', path: '/api/search?constructor[prototype][x]=1', status: 400, parameter: 'constructor[prototype][x]' },
  { name: '__proto__=x', path: '/api/search?__proto__=x', status: 400, parameter: '__proto__' },
  { name: 'q[__proto__]=x', path: '/api/search?q[__proto__]=x', status: 400, parameter: 'q[__proto__]' },
  { name: 'toString=x on the API', path: '/api/search?toString=x', status: 400, parameter: 'toString' },
  { name: '__proto__ as an incident id', path: '/api/incidents/__proto__', status: 400, parameter: 'id' },
  { name: 'constructor as an incident id', path: '/incidents/constructor', status: 404 },
  { name: 'hasOwnProperty as an incident id', path: '/api/incidents/hasOwnProperty', status: 404 },
  { name: '__proto__ as an export filter', path: '/api/export?format=jsonl&__proto__=1', status: 400, parameter: '__proto__' },
  { name: 'constructor as an export filter', path: '/api/export?format=jsonl&constructor=1', status: 400, parameter: 'constructor' },
  { name: 'an 8 KB export query', path: `/api/export?format=jsonl&${q('outage '.repeat(1100))}`, status: 400, parameter: 'q' },
  { name: 'thousands of export terms', path: `/api/export?format=csv&${q(terms(1000))}`, status: 400, parameter: 'q' },
  { name: 'wildcard *a*b*c* in an export', path: `/api/export?format=csv&${q('*a*b*c*')}`, status: 200 },
  { name: 'fuzzy x~99 in an export', path: `/api/export?format=bibtex&${q('x~99')}`, status: 200 },
  // Unknown ids and paths.
  { name: 'unknown incident page', path: '/incidents/no-such-incident', status: 404 },
  { name: 'unknown incident in the API', path: '/api/incidents/no-such-incident', status: 404 },
  { name: 'unknown related incident', path: '/api/incidents/no-such-incident/related', status: 404 },
  { name: 'a 5000-character incident id', path: `/incidents/${'a'.repeat(5000)}`, status: 400 },
  { name: 'unknown page', path: '/wp-admin/install.php', status: 404 },
  { name: 'unknown API route', path: '/api/admin', status: 404 },
  // Path traversal.
  { name: 'dot-dot in a static path', path: '/static/../package.json', status: 404 },
  { name: 'encoded dot-dot in a static path', path: '/static/..%2fpackage.json', status: 404 },
  { name: 'double-encoded dot-dot', path: '/static/%2e%2e/%2e%2e/etc/passwd', status: 404 },
  { name: 'encoded dot-dot in an incident id', path: '/incidents/..%2f..%2fpackage.json', status: 400 },
  { name: 'a dotfile in public', path: '/static/.gitignore', status: 404 },
  // Methods and bodies.
  { name: 'POST to the search API', path: '/api/search', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q":"a"}', status: 405 },
  { name: 'DELETE an incident', path: '/api/incidents/no-such-incident', method: 'DELETE', status: 405 },
  { name: 'PUT a page', path: '/', method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x', status: 405 },
  { name: 'GET with a 4 KB body', path: '/api/search?q=a', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(4096), status: 413, closesConnection: true },
]);
