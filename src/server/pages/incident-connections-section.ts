/**
 * The incident page's account of how the incident is put together: why its reports are one
 * incident (a `<details>` listing each grouping link), the other outages its reports also cover
 * (links to those incidents), and the reports of other incidents that cover it, each with its
 * evidence sentence; and the short, collapsible lists of companies the facts show.
 */
import type { GroupingRule } from '../../model/incident.js';
import type { AlsoCovers, CoveredBy, GroupingReason, IncidentConnections, IncidentRef, ReportRef } from '../incident-connections.js';
import { html, type SafeHtml } from '../html.js';

/** How many names a company list shows before a disclosure holds the rest. */
export const SHOWN_COMPANIES = 5;

/** Each grouping rule in words. */
export const GROUPING_RULE_TEXT: Readonly<Record<GroupingRule, string>> = Object.freeze({
  'same-url': 'same URL',
  'shared-service': 'same operator and service',
  'similar-text': 'similar text',
  'same-day': 'same operator, same day',
  'third-party': 'an outside report of the operator’s outage',
  override: 'incidents.yaml',
});

function incidentHref(id: string): string {
  return `/incidents/${encodeURIComponent(id)}`;
}

function reportName(report: ReportRef): string {
  return report.title ?? `Untitled report ${report.id}`;
}

function incidentLink(incident: IncidentRef): SafeHtml {
  return html`<a href="${incidentHref(incident.id)}">${incident.title}</a> <span class="related__date">${incident.date ?? 'date unknown'}</span>`;
}

/** Names as an inline list; past `shown`, the rest behind a disclosure ("2 more"); null when empty. */
export function renderShortList(names: readonly string[], className: string, shown = SHOWN_COMPANIES): SafeHtml | null {
  if (names.length === 0) return null;
  const list = (items: readonly string[]) => html`<ul class="inline-list">${items.map((n) => html`<li>${n}</li>`)}</ul>`;
  const hidden = names.slice(shown);
  return html`<span class="${`short-list ${className}`}">${list(names.slice(0, shown))}${hidden.length === 0
    ? null
    : html`<details class="more short-list__more"><summary>${hidden.length} more</summary>${list(hidden)}</details>`}</span>`;
}

function renderGroupingReason(reason: GroupingReason): SafeHtml {
  return html`<li class="grouping__link" data-rule="${reason.rule}"><cite>${reportName(reason.documents[0])}</cite> and <cite>${reportName(reason.documents[1])}</cite>: <span class="grouping__rule">${GROUPING_RULE_TEXT[reason.rule]}</span> (<span class="grouping__detail">${reason.detail}</span>)</li>`;
}

/** The grouping reasons in a closed `<details>`; nothing for a single-report incident. */
export function renderGrouping(grouping: readonly GroupingReason[]): SafeHtml | null {
  if (grouping.length === 0) return null;
  return html`<details class="more grouping"><summary>Why these reports are one incident</summary>
  <ul class="grouping__links">${grouping.map(renderGroupingReason)}</ul>
</details>`;
}

function renderAlsoCovers(item: AlsoCovers): SafeHtml {
  return html`<li class="also-covers__report"><cite>${reportName(item.report)}</cite> also covers
  <ul>${item.incidents.map((i) => html`<li>${incidentLink(i.incident)}${i.reason === null ? null : html`<br><span class="related__reason">${i.reason}</span>`}</li>`)}</ul></li>`;
}

function renderCoveredBy(item: CoveredBy): SafeHtml {
  const title = item.incident === null ? html`${reportName(item.report)}` : html`<a href="${incidentHref(item.incident.id)}">${reportName(item.report)}</a>`;
  return html`<li class="covered-by__report"><cite>${title}</cite>${item.incident === null ? null : html` <span class="covered-by__incident">(a report of ${item.incident.title})</span>`}
  ${item.evidence === null ? null : html`<blockquote class="evidence__quote"><mark>${item.evidence.text}</mark></blockquote>`}
  <span class="related__reason">${item.reason}</span></li>`;
}

/** The card listing the other outages its reports cover and the reports from elsewhere that cover it; nothing when neither. */
export function renderCoverage(connections: IncidentConnections): SafeHtml | null {
  const { alsoCovers, coveredBy } = connections;
  if (alsoCovers.length === 0 && coveredBy.length === 0) return null;
  return html`<section class="card coverage" aria-labelledby="coverage-title">
  <h2 id="coverage-title">Reports that cover more than one outage</h2>
  ${alsoCovers.length === 0
    ? null
    : html`<h3>Its reports also cover</h3><ul class="also-covers">${alsoCovers.map(renderAlsoCovers)}</ul>`}
  ${coveredBy.length === 0
    ? null
    : html`<h3>Reports of other incidents that cover this one</h3><ul class="covered-by">${coveredBy.map(renderCoveredBy)}</ul>`}
</section>`;
}
