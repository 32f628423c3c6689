/** The search page (`/`): query box, results with badges and marked snippets, facet filters, sort and paging. */
import { DEFAULT_LAYER_ROLE_FILTER, LAYER_ROLE_FILTERS, type FacetCounts, type LayerRoleFilter, type SearchHit, type SearchRequest, type SearchResponse } from '../../model/index.js';
import { compareStrings } from '../../model/compare-strings.js';
import { html, type SafeHtml } from '../html.js';
import { highlightSpans } from '../highlight.js';
import { CERTAINTIES } from '../search-params.js';
import { searchUrl, toggleFilter, toggleYear, type ListFilter } from '../search-url.js';
import { renderBadges, renderCertaintyLegend } from './badges.js';
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
  const date = hit.published === null ? null : hit.published.slice(0, 10);
  return html`<li class="hit">
  <h3 class="hit__title"><a href="${incidentHref(hit.incident)}">${hit.title || 'Untitled report'}</a></h3>
  <p class="hit__meta">${date === null ? html`<span>date unknown</span>` : html`<time datetime="${date}">${date}</time>`}${hit.providers.length > 0 ? html` · <span class="hit__providers">${hit.providers.join(', ')}</span>` : null}</p>
  ${renderBadges(hit.layers, hit.causes, hit.impactedLayers)}
  <p class="hit__snippet">${highlightSpans(hit.snippet.text, hit.snippet.highlights)}</p>
</li>`;
}

/** The layer facet's title: which layers it counts. */
function layerFacetTitle(role: LayerRoleFilter): string {
  return role === 'origin' ? 'Failure layer' : role === 'impacted' ? 'Failure layer (impacted)' : 'Failure layer (any role)';
}

function facetEntries(counts: Record<string, number>, selected: readonly string[]): [string, number][] {
  const entries = Object.entries(counts);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  return entries.sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

function renderFacetLink(href: string, label: string, count: number | null, selected: boolean): SafeHtml {
  return html`<li><a class="facet__link${selected ? ' is-selected' : ''}" href="${href}"${selected ? html` aria-current="true"` : null}>
    <span class="facet__check" aria-hidden="true">${selected ? '✓' : ''}</span><span class="facet__label">${label}</span>${count === null ? null : html`<span class="facet__count">${count}</span>`}${selected ? html`<span class="visually-hidden"> (selected; follow to remove this filter)</span>` : null}</a></li>`;
}

function renderListFacet(title: string, filter: ListFilter, request: SearchRequest, counts: Record<string, number>): SafeHtml {
  const selected = request[filter] ?? [];
  const entries = facetEntries(counts, selected);
  if (entries.length === 0) return html``;
  return html`<section class="facet" data-facet="${filter}">
  <h3 class="facet__title">${title}</h3>
  <ul class="facet__list">${entries.map(([value, count]) => renderFacetLink(searchUrl(toggleFilter(request, filter, value)), value, count, selected.includes(value)))}</ul>
</section>`;
}

function renderYearFacet(request: SearchRequest, counts: Record<string, number>): SafeHtml {
  const entries = Object.entries(counts)
    .filter(([year]) => /^\d{4}$/.test(year))
    .sort((a, b) => compareStrings(b[0], a[0]));
  if (entries.length === 0) return html``;
  return html`<section class="facet" data-facet="year">
  <h3 class="facet__title">Year</h3>
  <ul class="facet__list">${entries.map(([year, count]) => {
    const y = Number(year);
    return renderFacetLink(searchUrl(toggleYear(request, y)), year, count, request.from === y && request.to === y);
  })}</ul>
</section>`;
}

function renderCertaintyFacet(request: SearchRequest): SafeHtml {
  const selected = request.certainty ?? [];
  return html`<section class="facet" data-facet="certainty">
  <h3 class="facet__title">Certainty</h3>
  <ul class="facet__list">${CERTAINTIES.map((c) => renderFacetLink(searchUrl(toggleFilter(request, 'certainty', c)), c, null, selected.includes(c)))}</ul>
</section>`;
}

function renderFacets(request: SearchRequest, facets: FacetCounts): SafeHtml {
  return html`<aside class="facets" id="facets" aria-labelledby="facets-title">
  <h2 id="facets-title" class="facets__title">Filter</h2>
  ${renderListFacet(layerFacetTitle(request.layerRole ?? DEFAULT_LAYER_ROLE_FILTER), 'layers', request, facets.layer)}
  ${renderListFacet('Root cause', 'causes', request, facets.cause)}
  ${renderCertaintyFacet(request)}
  ${renderListFacet('Provider', 'providers', request, facets.provider)}
  ${renderYearFacet(request, facets.year)}
</aside>`;
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

function renderHiddenFilters(request: SearchRequest): SafeHtml {
  const fields: [string, string][] = [];
  for (const v of request.layers ?? []) fields.push(['layer', v]);
  for (const v of request.causes ?? []) fields.push(['cause', v]);
  for (const v of request.certainty ?? []) fields.push(['certainty', v]);
  for (const v of request.providers ?? []) fields.push(['provider', v]);
  if (request.from !== undefined) fields.push(['from', String(request.from)]);
  if (request.to !== undefined) fields.push(['to', String(request.to)]);
  if (request.pageSize !== undefined && request.pageSize !== 10) fields.push(['pageSize', String(request.pageSize)]);
  return html`${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}`;
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
  const hasFilters =
    (request.layers?.length ?? 0) + (request.causes?.length ?? 0) + (request.certainty?.length ?? 0) + (request.providers?.length ?? 0) > 0 ||
    request.from !== undefined ||
    request.to !== undefined;
  const clear = hasFilters ? html`<a class="clear-filters" href="${searchUrl({ query: request.query })}">Clear all filters</a>` : null;
  const results =
    response === null
      ? html``
      : html`<p class="result-summary" id="result-summary">${resultSummary(request, response)}</p>
  ${response.hits.length > 0
    ? html`<ol class="hits" id="hits" start="${(response.page - 1) * response.pageSize + 1}">${response.hits.map(renderHit)}</ol>`
    : html`<p class="no-results">No reports match. Try fewer words, a wildcard such as <code>balanc*</code>, or remove a filter.</p>`}
  ${renderPager(request, response, model.maxPage)}`;
  const body = html`<section class="search-hero">
  <h1 class="search-hero__title">Search outage post-mortems</h1>
  <form class="search-form" id="search-form" role="search" action="/" method="get">
    <label for="q" class="search-form__label">Search incidents</label>
    <div class="search-form__row">
      <input id="q" name="q" type="search" value="${request.query}" placeholder="e.g. load balancer, gslb failover, s3" autocomplete="off" spellcheck="false" aria-describedby="q-help">
      <button type="submit">Search</button>
    </div>
    <p id="q-help" class="search-form__help">Plain words, or lunr syntax: <code>title:dns</code>, <code>+must</code>, <code>-not</code>, <code>balanc*</code>, <code>fuzzy~1</code>.</p>
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
      ${clear}
    </div>
    ${renderHiddenFilters(request)}
  </form>
</section>
${model.error === undefined ? null : html`<div class="alert" role="alert"><strong>That search could not run.</strong> ${model.error.message}</div>`}
<div class="search-layout">
  ${renderFacets(request, response?.facets ?? model.fallbackFacets)}
  <section class="results" id="results" aria-labelledby="results-title" aria-live="polite">
    <h2 id="results-title" class="visually-hidden">Results</h2>
    ${renderCertaintyLegend()}
    <div id="results-body">${results}</div>
  </section>
</div>`;
  return renderLayout({
    title: request.query === '' ? 'Search' : `${request.query} – search`,
    body,
    current: 'search',
    headerSearch: false,
    scripts: ['search.js'],
  });
}
