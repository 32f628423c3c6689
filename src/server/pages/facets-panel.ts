/**
 * The search page's filter panel: one facet per filter (layer, cause, certainty, provider, year,
 * trigger, detection, mitigation), each value a link with its count that toggles the filter. A
 * facet shows its first `FACET_VISIBLE_VALUES` values (the selected ones always) and the rest in a
 * `<details>` disclosure, so a knowledge base with hundreds of providers keeps a short panel, and
 * a closed disclosure is one Tab stop, without JavaScript.
 */
import { CERTAINTY_LEVELS, DEFAULT_LAYER_ROLE_FILTER, type FacetCounts, type LayerRoleFilter, type SearchRequest } from '../../model/index.js';
import { compareStrings } from '../../model/compare-strings.js';
import { html, type SafeHtml } from '../html.js';
import { searchUrl, toggleFilter, type ListFilter } from '../search-url.js';

/** How many values of a facet show before its "Show all" disclosure. */
export const FACET_VISIBLE_VALUES = 10;

/** The year facet's key of documents without an incident year (as the search engine counts them). */
export const UNKNOWN_YEAR_VALUE = 'unknown';

/** One value of a facet as a link. */
interface FacetValue {
  label: string;
  href: string;
  count: number;
  selected: boolean;
}

/** The request narrowed to one year, or widened again when it already is (undated dropped), back on page 1. */
export function toggleYearFilter(request: SearchRequest, year: number): SearchRequest {
  const { undated: _undated, from: _from, to: _to, ...rest } = request;
  const next: SearchRequest = { ...rest, page: 1 };
  if (!(request.from === year && request.to === year && request.undated !== true)) {
    next.from = year;
    next.to = year;
  }
  return next;
}

/** The request narrowed to documents without a year, or widened again when it already is (a year range dropped), back on page 1. */
export function toggleUndatedFilter(request: SearchRequest): SearchRequest {
  const { undated, from: _from, to: _to, ...rest } = request;
  return undated === true ? { ...rest, page: 1 } : { ...rest, undated: true, page: 1 };
}

/** The layer facet's title: which layers it counts. */
function layerFacetTitle(role: LayerRoleFilter): string {
  return role === 'origin' ? 'Failure layer' : role === 'impacted' ? 'Failure layer (impacted)' : 'Failure layer (any role)';
}

function renderValue(value: FacetValue): SafeHtml {
  return html`<li><a class="facet__link${value.selected ? ' is-selected' : ''}" href="${value.href}"${value.selected ? html` aria-current="true"` : null}>
    <span class="facet__check" aria-hidden="true">${value.selected ? '✓' : ''}</span><span class="facet__label">${value.label}</span><span class="facet__count">${value.count}</span>${value.selected ? html`<span class="visually-hidden"> (selected; follow to remove this filter)</span>` : null}</a></li>`;
}

/** A facet section: the first values, the selected ones among them, and the rest behind "Show all". */
function renderFacet(key: string, title: string, values: readonly FacetValue[]): SafeHtml {
  if (values.length === 0) return html``;
  const first = values.slice(0, FACET_VISIBLE_VALUES);
  const more = values.slice(FACET_VISIBLE_VALUES);
  const visible = [...first, ...more.filter((v) => v.selected)];
  const hidden = more.filter((v) => !v.selected);
  return html`<section class="facet" data-facet="${key}" aria-labelledby="${`facet-${key}-title`}">
  <h3 class="facet__title" id="${`facet-${key}-title`}">${title}</h3>
  <ul class="facet__list">${visible.map(renderValue)}</ul>
  ${hidden.length === 0
    ? null
    : html`<details class="facet__more">
    <summary>Show all ${values.length}<span class="visually-hidden"> values of ${title}</span></summary>
    <ul class="facet__list">${hidden.map(renderValue)}</ul>
  </details>`}
</section>`;
}

/** The values of a list facet, most frequent first; a selected value the results no longer have shows with 0. */
function listValues(request: SearchRequest, filter: ListFilter, counts: Readonly<Record<string, number>>): FacetValue[] {
  const selected: readonly string[] = request[filter] ?? [];
  const entries = Object.entries(counts);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  return entries
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .map(([label, count]) => ({ label, count, href: searchUrl(toggleFilter(request, filter, label)), selected: selected.includes(label) }));
}

/** The certainty levels in their fixed order, each with its count (0 when no result has it). */
function certaintyValues(request: SearchRequest, counts: Readonly<Record<string, number>>): FacetValue[] {
  const selected: readonly string[] = request.certainty ?? [];
  return CERTAINTY_LEVELS.map((level) => ({
    label: level,
    count: counts[level] ?? 0,
    href: searchUrl(toggleFilter(request, 'certainty', level)),
    selected: selected.includes(level),
  }));
}

/** The years, newest first, then `unknown` (documents without an incident year). */
function yearValues(request: SearchRequest, counts: Readonly<Record<string, number>>): FacetValue[] {
  const years = Object.entries(counts)
    .filter(([year]) => /^\d{4}$/.test(year))
    .sort((a, b) => compareStrings(b[0], a[0]))
    .map(([year, count]) => {
      const y = Number(year);
      return { label: year, count, href: searchUrl(toggleYearFilter(request, y)), selected: request.from === y && request.to === y && request.undated !== true };
    });
  const unknown = counts[UNKNOWN_YEAR_VALUE] ?? 0;
  const undated = request.undated === true;
  if (unknown > 0 || undated) years.push({ label: UNKNOWN_YEAR_VALUE, count: unknown, href: searchUrl(toggleUndatedFilter(request)), selected: undated });
  return years;
}

/** Renders the filter panel for `request` with the counts of its results. */
export function renderFacetsPanel(request: SearchRequest, facets: FacetCounts): SafeHtml {
  return html`<aside class="facets" id="facets" aria-labelledby="facets-title" tabindex="-1">
  <h2 id="facets-title" class="facets__title">Filter</h2>
  ${renderFacet('layers', layerFacetTitle(request.layerRole ?? DEFAULT_LAYER_ROLE_FILTER), listValues(request, 'layers', facets.layer))}
  ${renderFacet('causes', 'Root cause', listValues(request, 'causes', facets.cause))}
  ${renderFacet('certainty', 'Certainty', certaintyValues(request, facets.certainty))}
  ${renderFacet('providers', 'Provider', listValues(request, 'providers', facets.provider))}
  ${renderFacet('year', 'Year', yearValues(request, facets.year))}
  ${renderFacet('triggers', 'Trigger', listValues(request, 'triggers', facets.trigger))}
  ${renderFacet('detections', 'Detected by', listValues(request, 'detections', facets.detection))}
  ${renderFacet('mitigations', 'Mitigation', listValues(request, 'mitigations', facets.mitigation))}
</aside>`;
}
