/** The search page (`/`): query box, results with badges and marked snippets, facet filters, sort and paging. */
import { DEFAULT_LAYER_ROLE_FILTER, LAYER_ROLE_FILTERS, type FacetCounts, type SearchHit, type SearchRequest, type SearchResponse } from '../../model/index.js';
import { html, type SafeHtml } from '../html.js';
import { highlightSpans } from '../highlight.js';
import { searchQueryString, searchUrl } from '../search-url.js';
import { renderAuthorKeywords, renderAuthorSummary } from './author-metadata.js';
import { renderBadges, renderCertaintyLegend } from './badges.js';
import { renderDatesLine } from './dates-html.js';
import { renderFacetsPanel } from './facets-panel.js';
import { renderLayout } from './layout.js';
import { LAYER_ROLE_FILTER_TEXT } from './role-text.js';

/** What the search page shows. */
export interface SearchPageModel {
  /** The request as understood (the defaults when the parameters were invalid). */
  request: SearchRequest;
  /** Results, or null when there is an error. */
  response: SearchResponse | null;
  /** Facets to show when there are no results to take them from. */
  fallbackFacets: FacetCounts;
  /** A message about invalid parameters or a query syntax error. */
  error?: { parameter: string | undefined; message: string };
  /** Highest page number accepted. */
  maxPage: number;
}

function incidentHref(id: string): string {
  return `/incidents/${encodeURIComponent(id)}`;
}

function renderHit(hit: SearchHit): SafeHtml {
  return html`<li class="hit">
  <h3 class="hit__title"><a href="${incidentHref(hit.incident)}">${hit.title || 'Untitled report'}</a></h3>
  <p class="hit__meta">${renderDatesLine(hit.incidentDate, hit.published)}${hit.providers.length > 0 ? html` · <span class="hit__providers">${hit.providers.join(', ')}</span>` : null}</p>
  ${renderAuthorSummary(hit.description, 'hit__description')}
  ${renderAuthorKeywords(hit.keywords, 'hit__keywords')}
  ${renderBadges(hit.layers, hit.causes, hit.impactedLayers)}
  <p class="hit__snippet">${highlightSpans(hit.snippet.text, hit.snippet.highlights)}</p>
</li>`;
}

function renderPager(request: SearchRequest, response: SearchResponse, maxPage: number): SafeHtml {
  const pages = Math.min(maxPage, Math.max(1, Math.ceil(response.total / response.pageSize)));
  if (pages <= 1) return html``;
  const page = response.page;
  const numbers = new Set<number>([1, pages]);
  for (let p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) numbers.add(p);
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  let last = 0;
  for (const p of sorted) {
    if (p > last + 1) items.push(html`<li class="pager__gap" aria-hidden="true">…</li>`);
    items.push(
      p === page
        ? html`<li><span class="pager__current" aria-current="page">${p}</span></li>`
        : html`<li><a href="${searchUrl({ ...request, page: p })}" aria-label="Page ${p}">${p}</a></li>`,
    );
    last = p;
  }
  return html`<nav class="pager" aria-label="Result pages"><ul>
  ${page > 1 ? html`<li><a href="${searchUrl({ ...request, page: page - 1 })}" rel="prev">← Previous</a></li>` : null}
  ${items}
  ${page < pages ? html`<li><a href="${searchUrl({ ...request, page: page + 1 })}" rel="next">Next →</a></li>` : null}
</ul></nav>`;
}

/** The URL parameters the form's own controls (query box, sort, layer role) do not carry, with the page left out: the filters a resubmit keeps. */
const FORM_CONTROLS = new Set(['q', 'sort', 'layerRole', 'page']);

/** The request's filters (and page size) as URL name/value pairs, as the search URL writes them. */
function filterFields(request: SearchRequest): [string, string][] {
  return [...new URLSearchParams(searchQueryString(request))].filter(([name]) => !FORM_CONTROLS.has(name));
}

function renderHiddenFilters(request: SearchRequest): SafeHtml {
  return html`${filterFields(request).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}`;
}

/** The export page with the filters and query of `request`. */
function exportUrl(request: SearchRequest): string {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = request;
  const qs = searchQueryString(filters);
  return qs === '' ? '/export' : `/export?${qs}`;
}

function resultSummary(request: SearchRequest, response: SearchResponse): SafeHtml {
  const noun = response.total === 1 ? 'report' : 'reports';
  const first = (response.page - 1) * response.pageSize + 1;
  const last = Math.min(response.total, response.page * response.pageSize);
  const range = response.total === 0 || response.hits.length === 0 ? null : html` (showing ${first}–${last})`;
  return request.query === ''
    ? html`${response.total} ${noun}${range}`
    : html`${response.total} ${noun} for <q class="result-query">${request.query}</q>${range}`;
}

/** Renders the whole search page. */
export function renderSearchPage(model: SearchPageModel): string {
  const { request, response } = model;
  const hasFilters = filterFields(request).some(([name]) => name !== 'pageSize');
  const clear = hasFilters ? html`<a class="clear-filters" href="${searchUrl({ query: request.query })}">Clear all filters</a>` : null;
  const results =
    response === null
      ? html``
      : html`<p class="result-summary" id="result-summary">${resultSummary(request, response)}</p>
  ${response.suggestion ? html`<p class="did-you-mean">Did you mean <a href="${searchUrl({ ...request, query: response.suggestion.query, page: 1 })}">${response.suggestion.query}</a>?</p>` : null}
  ${response.hits.length > 0
    ? html`<ol class="hits" id="hits" start="${(response.page - 1) * response.pageSize + 1}">${response.hits.map(renderHit)}</ol>`
    : html`<p class="no-results">No reports match. Try fewer words, a wildcard such as <code>balanc*</code>, or remove a filter.</p>`}
  ${renderPager(request, response, model.maxPage)}
  ${response.total === 0 ? null : html`<p class="export-link"><a href="${exportUrl(request)}">Download these ${response.total} reports</a> (CSV, JSON Lines, Parquet or citations)</p>`}`;
  const body = html`<section class="search-hero">
  <h1 class="search-hero__title">Search outage post-mortems</h1>
  <form class="search-form" id="search-form" role="search" action="/" method="get">
    <label for="q" class="search-form__label">Search incidents</label>
    <div class="search-form__row">
      <input id="q" name="q" type="search" value="${request.query}" placeholder="e.g. load balancer, gslb failover, s3" autocomplete="off" spellcheck="false" aria-describedby="q-help">
      <button type="submit">Search</button>
    </div>
    <p id="q-help" class="search-form__help">Any text, <code>"a phrase"</code>, or lunr syntax: <code>title:dns</code>, <code>+must</code>, <code>-not</code>, <code>balanc*</code>, <code>fuzzy~1</code>.</p>
    <div class="search-form__options">
      <label for="sort">Sort by</label>
      <select id="sort" name="sort">
        <option value="relevance"${request.sort !== 'date' ? html` selected` : null}>relevance</option>
        <option value="date"${request.sort === 'date' ? html` selected` : null}>date, newest first</option>
      </select>
      <label for="layerRole">Layer role</label>
      <select id="layerRole" name="layerRole">
        ${LAYER_ROLE_FILTERS.map((role) => html`<option value="${role}"${(request.layerRole ?? DEFAULT_LAYER_ROLE_FILTER) === role ? html` selected` : null}>${LAYER_ROLE_FILTER_TEXT[role]}</option>`)}
      </select>
      <a class="to-filters" href="#facets">Filters</a>
      ${clear}
    </div>
    ${renderHiddenFilters(request)}
  </form>
</section>
${model.error === undefined ? null : html`<div class="alert" role="alert"><strong>That search could not run.</strong> ${model.error.message}</div>`}
<div class="search-layout">
  <section class="results" id="results" aria-labelledby="results-title" aria-live="polite">
    <h2 id="results-title" class="visually-hidden">Results</h2>
    ${renderCertaintyLegend()}
    <div id="results-body">${results}</div>
  </section>
  ${renderFacetsPanel(request, response?.facets ?? model.fallbackFacets)}
</div>`;
  return renderLayout({
    title: request.query === '' ? 'Search' : `${request.query} – search`,
    body,
    current: 'search',
    headerSearch: false,
    scripts: ['search.js'],
  });
}
