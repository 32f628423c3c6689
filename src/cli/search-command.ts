/**
 * `faultline search QUERY [--data DIR | --store postgres://…] [--layer L] [--layer-role origin|impacted|any] [--cause C]
 * [--certainty X] [--provider P] [--from YEAR] [--to YEAR] [--sort relevance|date] [--page N]
 * [--limit N] [--json]`: searches a data folder and prints a readable list ("did you mean" when
 * the search suggests a query; per hit: rank, score, incident date or "published DATE" when only
 * the publication date is known, title, providers, tags, snippet with the matched words in bold on
 * a terminal, in [brackets] otherwise) or the JSON response.
 */
import type { Command } from 'commander';
import type { Certainty } from '../model/document.js';
import { readRawParameters, searchRequestFromValues, type RequestReader } from '../model/read-request-parameters.js';
import { searchRequestSpec } from '../model/search-request.js';
import type { LabelBadge, SearchHit, SearchRequest, SearchResponse, SearchSuggestion, Snippet } from '../model/search.js';
import { parseQuery } from '../search/query-parser.js';
import { DEFAULT_SEARCH_LIMITS } from '../search/search-limits.js';
import { addRequestOptions, rawRequestOptions } from './request-options.js';
import { addStoreOption, openBackend, storeUrl } from './store-option.js';

/** Options of the search subcommand as commander hands them over: the declared parameters by attribute name (`layerRole`, `limit`), `data` and `json`. */
export interface SearchCommandOptions {
  data: string;
  store?: string;
  json?: boolean;
  [option: string]: unknown;
}

/** How matched words are marked in text output. */
export type Marking = 'ansi' | 'brackets';

/** How the command reads its parameters: flags, with the query as the positional QUERY. */
const CLI_SEARCH: RequestReader = { component: 'search', route: 'search', naming: 'cli', rename: { query: 'QUERY' } };

/** Turns the command's query and options into a SearchRequest (page and page size filled in); a bad value throws FaultlineError naming the option. */
export function searchRequestFromOptions(query: string, opts: SearchCommandOptions): SearchRequest {
  const raw = { ...rawRequestOptions(opts, 'search', ['query']), QUERY: query };
  return searchRequestFromValues(readRawParameters(searchRequestSpec(), CLI_SEARCH, raw));
}

/** Renders `text` with its highlights marked. */
export function markSnippet(snippet: Snippet, marking: Marking): string {
  const [open, close] = marking === 'ansi' ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const h of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out += snippet.text.slice(at, h.start) + open + snippet.text.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + snippet.text.slice(at);
}

/** Labels grouped by certainty: "storage, control-plane (confirmed); cdn (speculated)". */
export function formatBadges(badges: readonly LabelBadge[]): string {
  const order: Certainty[] = ['confirmed', 'reported', 'speculated'];
  return order
    .map((c) => ({ c, labels: badges.filter((b) => b.certainty === c).map((b) => b.label) }))
    .filter((g) => g.labels.length > 0)
    .map((g) => `${g.labels.join(', ')} (${g.c})`)
    .join('; ');
}

/** Wraps `text` to `width` columns with `indent` before every line. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  // Measure without ANSI codes so bold words do not shorten lines.
  const visible = (s: string): number => s.replace(/\u001b\[\d+m/g, '').length;
  for (const word of text.split(' ')) {
    if (line !== '' && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The date a hit is listed under: its incident date, else "published DATE" (never passed off as the incident's), else "undated". */
export function hitDate(hit: Pick<SearchHit, 'incidentDate' | 'published'>): string {
  if (hit.incidentDate !== null) return hit.incidentDate;
  return hit.published === null ? 'undated' : `published ${hit.published.slice(0, 10)}`;
}

/** The "did you mean" line of a suggestion: `Did you mean "cloudflare outage"?`. */
export function formatSuggestion(suggestion: SearchSuggestion): string {
  return `Did you mean "${suggestion.query}"?`;
}

/** The readable text output of a search. */
export function formatSearchResults(response: SearchResponse, marking: Marking, width = 100): string {
  const pages = Math.max(1, Math.ceil(response.total / response.pageSize));
  const label = response.query === '' ? 'all documents' : `"${response.query}"`;
  const counts = `${response.total} result${response.total === 1 ? '' : 's'} for ${label} (page ${response.page} of ${pages}, ${response.took} ms)`;
  const head = response.suggestion ? `${counts}\n${formatSuggestion(response.suggestion)}` : counts;
  if (response.hits.length === 0) return `${head}\n`;
  const first = (response.page - 1) * response.pageSize;
  const indent = ' '.repeat(18);
  const blocks = response.hits.map((hit, i) => {
    const date = hitDate(hit);
    const rank = String(first + i + 1).padStart(3);
    const score = hit.score.toFixed(2).padStart(6);
    const lines = [`${rank} ${score}  ${date.padEnd(10)} ${hit.title}`];
    const facts = [
      hit.providers.length > 0 ? hit.providers.join(', ') : null,
      hit.layers.length > 0 ? `layers: ${formatBadges(hit.layers)}` : null,
      hit.causes.length > 0 ? `causes: ${formatBadges(hit.causes)}` : null,
      hit.impactedLayers.length > 0 ? `also affected: ${formatBadges(hit.impactedLayers)}` : null,
    ].filter((f): f is string => f !== null);
    if (facts.length > 0) lines.push(wrap(facts.join(' | '), width - indent.length, indent));
    if (hit.snippet.text !== '') lines.push(wrap(markSnippet(hit.snippet, marking), width - indent.length, indent));
    lines.push(`${indent}incident ${hit.incident}  document ${hit.id}`);
    return lines.join('\n');
  });
  return `${head}\n\n${blocks.join('\n\n')}\n`;
}

/** Adds `faultline search` to the program. */
export function registerSearchCommand(program: Command): void {
  const command = program
    .command('search')
    .description('search the knowledge base (any text; "phrases"; lunr syntax: field:term, +must, -not, wild*, fuzzy~1)')
    .argument('<query>', 'any text, "phrases" or a lunr query ("" lists everything)')
    .option('--data <dir>', 'data folder to search', 'data');
  addStoreOption(command, 'search');
  addRequestOptions(command, 'search', ['query'])
    .option('--json', 'print the JSON response')
    .action(async (query: string, opts: SearchCommandOptions) => {
      const request = searchRequestFromOptions(query, opts);
      parseQuery(query, DEFAULT_SEARCH_LIMITS); // a query over the limits is reported before loading anything
      const backend = await openBackend(storeUrl(opts.store), opts.data);
      let response: SearchResponse;
      try {
        response = await backend.search(request);
      } finally {
        await backend.close();
      }
      if (opts.json === true) {
        process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      const marking: Marking = process.stdout.isTTY && process.env.NO_COLOR === undefined ? 'ansi' : 'brackets';
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- @types/node declares `columns` a number, but it is undefined when stdout is not a terminal
      process.stdout.write(formatSearchResults(response, marking, Math.min(140, process.stdout.columns ?? 100)));
    });
}
