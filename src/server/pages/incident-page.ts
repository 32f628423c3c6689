/** The incident page (`/incidents/:id`): facts (operator, companies mentioned, customers affected), summary, tags with evidence in context, the outline (how it happened), the reports that cover more than one outage, why the reports are one incident, reports, comments, related incidents, citations. */
import {
  layersOfRole,
  type AnalyzedComment,
  type Incident,
  type IncidentEvidence,
  type IncidentTag,
  type KnowledgeDocument,
  type RelatedIncident,
} from '../../model/index.js';
import { evidenceInContext } from '../evidence-context.js';
import { html, type SafeHtml } from '../html.js';
import { highlightSpans } from '../highlight.js';
import type { IncidentConnections } from '../incident-connections.js';
import { safeHttpUrl } from '../safe-url.js';
import { renderAuthorKeywords, renderAuthorSummary } from './author-metadata.js';
import { renderBadge, renderBadges, renderCertaintyLegend } from './badges.js';
import { renderIncidentDate, renderReportDates } from './dates-html.js';
import { renderCoverage, renderGrouping, renderShortList } from './incident-connections-section.js';
import { renderLayout } from './layout.js';
import { renderOutline } from './outline-section.js';
import { CAUSE_ROLE_TEXT, roleText, SENTENCE_ROLE_TEXT } from './role-text.js';

/** The citation formats shown in the citation box, already formatted as text. */
export interface CitationTexts {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
  cslJson: string;
  ris: string;
}

/** A summary sentence with its ready-to-paste quotation. */
export interface QuotableSentence {
  sentence: string;
  quote: string;
}

/** What the incident page shows. */
export interface IncidentPageModel {
  incident: Incident;
  /** The incident's reports that exist in the knowledge base, primary first. */
  reports: KnowledgeDocument[];
  related: RelatedIncident[];
  citations: CitationTexts | null;
  quotes: QuotableSentence[];
  /** The page of reports shown in full (an incident may have thousands). */
  reportsPage: ReportsPage;
  /** Provider roles, grouping reasons and the links to other outages. */
  connections: IncidentConnections;
}

/** One page of an incident's reports. */
export interface ReportsPage {
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Number of pages (at least 1). */
  pages: number;
  /** The reports on this page, in the incident's order. */
  reports: KnowledgeDocument[];
}

/** How much of a long list an incident page shows before a `<details>` disclosure holds the rest. */
export const INCIDENT_PAGE_SHOWN = Object.freeze({
  /** Supporting sentences of one tag. */
  evidence: 1,
  /** Reader comments of one report. */
  comments: 3,
  /** Reports of one page shown open (the others show their title and date, their body behind a disclosure). */
  openReports: 1,
});

/** The first `shown` items, and the rest behind a disclosure whose summary says how many more (nothing when none). */
function collapsedList<T>(items: readonly T[], shown: number, render: (visible: readonly T[], start: number) => SafeHtml, more: (n: number) => string, className: string): SafeHtml {
  const hidden = items.slice(shown);
  return html`${render(items.slice(0, shown), 0)}${hidden.length === 0
    ? null
    : html`<details class="${`more ${className}`}"><summary>${more(hidden.length)}</summary>${render(hidden, shown)}</details>`}`;
}

/** Links to the other pages of an incident's reports. */
function renderReportsPager(incident: Incident, page: ReportsPage): SafeHtml {
  if (page.pages <= 1) return html``;
  const href = (p: number): string => `/incidents/${encodeURIComponent(incident.id)}?reportsPage=${p}#reports-title`;
  const numbers = [...new Set([1, page.pages, ...[-2, -1, 0, 1, 2].map((d) => page.page + d)])].filter((p) => p >= 1 && p <= page.pages).sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  let last = 0;
  for (const p of numbers) {
    if (p > last + 1) items.push(html`<li class="pager__gap" aria-hidden="true">…</li>`);
    items.push(
      p === page.page
        ? html`<li><span class="pager__current" aria-current="page">${p}</span></li>`
        : html`<li><a href="${href(p)}" aria-label="Reports page ${p}">${p}</a></li>`,
    );
    last = p;
  }
  return html`<nav class="pager" aria-label="Report pages"><ul>
  ${page.page > 1 ? html`<li><a href="${href(page.page - 1)}" rel="prev">← Previous</a></li>` : null}
  ${items}
  ${page.page < page.pages ? html`<li><a href="${href(page.page + 1)}" rel="next">Next →</a></li>` : null}
</ul></nav>`;
}

const CITATION_LABELS: [keyof CitationTexts, string][] = [
  ['apa', 'APA'],
  ['mla', 'MLA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
  ['cslJson', 'CSL-JSON'],
  ['ris', 'RIS'],
];

/** The citation formats shown open; the others are behind one disclosure. */
const OPEN_CITATIONS: readonly (keyof CitationTexts)[] = ['apa', 'bibtex'];

/** A link when `url` is http(s), the URL as plain text otherwise (javascript: and friends stay inert). */
export function renderUrl(url: string | null, label?: string): SafeHtml {
  if (url === null || url === '') return html``;
  const safe = safeHttpUrl(url);
  return safe === null
    ? html`<span class="unsafe-url" title="Not a web link; shown as text">${label ?? url}</span>`
    : html`<a href="${safe}" rel="noopener noreferrer nofollow" class="external">${label ?? url}</a>`;
}

function paragraphs(text: string): SafeHtml {
  return html`${text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => html`<p>${p}</p>`)}`;
}

function day(value: string | null): string | null {
  return value === null ? null : value.slice(0, 10);
}

function renderFacts(incident: Incident, reports: readonly KnowledgeDocument[], connections: IncidentConnections): SafeHtml {
  const durations = new Map<string, string>();
  const impacts = new Set<string>();
  for (const doc of reports) {
    const d = doc.facts.duration;
    if (d) durations.set(d.value.text, d.value.minutes === null ? d.value.text : `${d.value.text} (about ${d.value.minutes} minutes)`);
    for (const f of doc.facts.impact) impacts.add(f.value);
  }
  const { roles } = connections;
  const startTime = reports.map((r) => r.facts.startTime?.value).find((v) => v !== undefined) ?? null;
  const row = (term: string, value: SafeHtml | string | null) =>
    value === null || value === '' ? null : html`<div class="facts__row"><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<dl class="facts">
  ${row('Date', renderIncidentDate(reports))}
  ${row('Started', startTime)}
  ${row('Operator', html`<span class="facts__operator">${roles.operator ?? 'unknown'}</span>`)}
  ${row('Providers', incident.providers.length > 0 ? incident.providers.join(', ') : 'unknown')}
  ${row('Companies mentioned', renderShortList(roles.mentioned, 'facts__mentioned'))}
  ${row('Services', incident.services.join(', ') || null)}
  ${row('Duration', [...durations.values()].join('; ') || null)}
  ${row('Impact', impacts.size > 0 ? html`<ul class="inline-list">${[...impacts].map((i) => html`<li>${i}</li>`)}</ul>` : null)}
  ${row('Customers affected', renderShortList(roles.affected, 'facts__customers'))}
  ${row('Reports', String(reports.length))}
</dl>`;
}

/**
 * Which part of the report an evidence sentence came from: its role, and the heading of the
 * section it sits in when the report has one there (nothing for records without roles).
 */
function renderEvidenceRole(ev: IncidentEvidence, doc: KnowledgeDocument | undefined): SafeHtml | null {
  const role = roleText(SENTENCE_ROLE_TEXT, ev.role);
  if (role === null) return null;
  const sentence = doc?.sentences.find((s) => s.start <= ev.start && ev.start < s.end);
  const section = typeof sentence?.section === 'string' && sentence.section.trim() !== '' ? sentence.section.trim() : null;
  return html`<p class="evidence__role">Part of the report: <span class="evidence__role-name">${role}</span>${section === null ? null : html`<span class="evidence__section"> (section “${section}”)</span>`}</p>`;
}

function renderEvidence(tag: IncidentTag, reports: readonly KnowledgeDocument[], byId: ReadonlyMap<string, KnowledgeDocument>): SafeHtml {
  if (tag.evidence.length === 0) return html`<p class="evidence__none">No supporting sentence recorded.</p>`;
  const primary = reports[0];
  const renderOne = (ev: IncidentEvidence): SafeHtml => {
    const doc = (ev.document === undefined ? primary : byId.get(ev.document)) ?? primary;
    const inText = doc?.text.slice(ev.start, ev.end) === ev.text;
    let excerpt: SafeHtml;
    if (inText) {
      const ctx = evidenceInContext(doc.text, ev, doc.sentences);
      excerpt = highlightSpans(ctx.text, [ctx.mark]);
    } else {
      excerpt = html`<mark>${ev.text}</mark>`;
    }
    const source = reports.length > 1 && doc !== undefined ? html`<cite class="evidence__source">${doc.title ?? doc.id}</cite>` : null;
    return html`<li><blockquote class="evidence__quote">${excerpt}</blockquote>${renderEvidenceRole(ev, inText ? doc : undefined)}${source}</li>`;
  };
  return collapsedList(
    tag.evidence,
    INCIDENT_PAGE_SHOWN.evidence,
    (list) => html`<ul class="evidence">${list.map(renderOne)}</ul>`,
    (n) => `${n} more supporting ${n === 1 ? 'sentence' : 'sentences'}`,
    'evidence__more',
  );
}

/** A cause's role beside its badge, when it is not the root cause (a trigger, a contributing factor). */
function renderCauseRole(tag: IncidentTag): SafeHtml | null {
  if (tag.role === 'root') return null;
  const role = roleText(CAUSE_ROLE_TEXT, tag.role);
  return role === null ? null : html` <span class="tag-item__role">${role}</span>`;
}

function renderTags(incident: Incident, reports: readonly KnowledgeDocument[]): SafeHtml {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const impactedLayers = layersOfRole(incident.layers, 'impacted');
  const section = (kind: 'origin' | 'impacted' | 'cause', title: string, note: string, tags: readonly IncidentTag[]) =>
    html`<section class="tags-axis" data-tags="${kind}">
  <h3>${title}</h3>
  <p class="tags-axis__note note">${note}</p>
  ${tags.length === 0
    ? html`<p>None found.</p>`
    : html`<ul class="tag-list">${tags.map(
        (tag) => html`<li class="tag-item">
    <p class="tag-item__head">${renderBadge(kind === 'cause' ? 'cause' : 'layer', tag.label, tag.certainty, tag.confidence, kind === 'impacted')}${kind === 'cause' ? renderCauseRole(tag) : null} <span class="tag-item__confidence">confidence ${Math.round(tag.confidence * 100)}%</span></p>
    ${renderEvidence(tag, reports, byId)}
  </li>`,
      )}</ul>`}
</section>`;
  return html`<section class="card" aria-labelledby="tags-title">
  <h2 id="tags-title">Where it broke and why</h2>
  ${renderCertaintyLegend()}
  ${section('origin', 'Where it broke', 'The failure layer where the fault was (the origin).', layersOfRole(incident.layers, 'origin'))}
  ${impactedLayers.length === 0 ? null : section('impacted', 'Also affected', 'Layers that failed or degraded as a consequence.', impactedLayers)}
  ${section('cause', 'Root causes', 'Why it broke; a trigger or a contributing factor is marked as such.', incident.causes)}
</section>`;
}

function renderComment(comment: AnalyzedComment): SafeHtml {
  const hasTags = comment.layers.length + comment.causes.length > 0;
  const author = comment.author ?? 'Anonymous reader';
  return html`<li class="comment" id="${`comment-${comment.id}`}">
  <p class="comment__author"><span class="comment__name">${comment.url === null ? author : renderUrl(comment.url, author)}</span>${comment.published === null ? null : html` · <time datetime="${day(comment.published)}">${day(comment.published)}</time>`}</p>
  <div class="comment__text">${paragraphs(comment.text)}</div>
  ${hasTags ? html`<div class="comment__tags"><span class="comment__tags-label">This reader's own tags:</span> ${renderBadges(layersOfRole(comment.layers, 'origin'), comment.causes, layersOfRole(comment.layers, 'impacted'))}</div>` : null}
</li>`;
}

function renderReport(doc: KnowledgeDocument, index: number, open: boolean): SafeHtml {
  const sources = doc.sources;
  const body = html`<details class="sources">
    <summary>${sources.length} source ${sources.length === 1 ? 'file' : 'files'}${sources.length > 1 ? ' (merged copies)' : ''}</summary>
    <table class="sources__table">
      <thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Match</th><th scope="col">Similarity</th><th scope="col">SHA-256</th></tr></thead>
      <tbody>${sources.map(
        (s) => html`<tr><td><code>${s.path}</code></td><td>${s.format}</td><td>${s.match}</td><td>${Math.round(s.similarity * 100)}%</td><td><code class="hash" title="${s.sha256}">${s.sha256.slice(0, 12)}</code></td></tr>`,
      )}</tbody>
    </table>
  </details>
  <details class="fulltext">
    <summary>Full text</summary>
    <div class="fulltext__body">${paragraphs(doc.text)}</div>
  </details>
  <section class="comments" aria-label="${`Reader comments on ${doc.title ?? 'this report'}`}">
    <h4>${doc.comments.length} reader ${doc.comments.length === 1 ? 'comment' : 'comments'}</h4>
    ${doc.comments.length === 0
      ? null
      : collapsedList(
          doc.comments,
          INCIDENT_PAGE_SHOWN.comments,
          (list, start) => html`<ol class="comment-list"${start === 0 ? null : html` start="${start + 1}"`}>${list.map(renderComment)}</ol>`,
          (n) => `Show ${n} more ${n === 1 ? 'comment' : 'comments'}`,
          'comments__more',
        )}
  </section>`;
  return html`<article class="report card" id="${`report-${doc.id}`}" aria-labelledby="${`report-title-${index}`}">
  <h3 id="${`report-title-${index}`}">${index === 0 ? html`<span class="report__primary">Primary report</span> ` : null}${doc.title ?? 'Untitled report'}</h3>
  <p class="report__meta">${renderReportDates(doc)}${doc.author === null ? null : html` · by ${doc.author}`}${doc.url === null ? null : html` · ${renderUrl(doc.url, 'original article')}`}</p>
  ${doc.url !== null && safeHttpUrl(doc.url) === null ? html`<p class="report__url-note">Source address (not a web link): <code>${doc.url}</code></p>` : null}
  ${renderAuthorSummary(doc.description, 'report__description')}
  ${renderAuthorKeywords(doc.tags, 'report__keywords')}
  ${open
    ? body
    : html`<details class="more report__more"><summary>Sources, full text and ${doc.comments.length} reader ${doc.comments.length === 1 ? 'comment' : 'comments'}</summary>${body}</details>`}
</article>`;
}

function renderRelated(related: readonly RelatedIncident[]): SafeHtml {
  return html`<section class="card" aria-labelledby="related-title">
  <h2 id="related-title">Related incidents</h2>
  ${related.length === 0
    ? html`<p>No related incidents found.</p>`
    : html`<ul class="related">${related.map(
        (r) => html`<li><a href="/incidents/${encodeURIComponent(r.id)}">${r.title}</a> <span class="related__date">${r.date ?? 'date unknown'}</span><br><span class="related__reason">${r.reason}</span></li>`,
      )}</ul>`}
</section>`;
}

function copyButton(target: string, label: string): SafeHtml {
  return html`<button type="button" class="copy-button" data-copy-target="${target}" hidden>Copy ${label}</button>`;
}

function renderCitations(citations: CitationTexts | null): SafeHtml {
  if (citations === null) {
    return html`<section class="card citations" aria-labelledby="cite-title" id="cite">
  <h2 id="cite-title">Cite this incident</h2>
  <p class="note">Citations are being prepared; reload the page in a moment.</p>
</section>`;
  }
  const figure = ([key, label]: [keyof CitationTexts, string]) => html`<figure class="citation">
    <figcaption>${label} ${copyButton(`cite-${key}`, label)}</figcaption>
    <pre class="citation__text" id="${`cite-${key}`}" tabindex="0">${citations[key]}</pre>
  </figure>`;
  const open = CITATION_LABELS.filter(([key]) => OPEN_CITATIONS.includes(key));
  const more = CITATION_LABELS.filter(([key]) => !OPEN_CITATIONS.includes(key));
  return html`<section class="card citations" aria-labelledby="cite-title" id="cite">
  <h2 id="cite-title">Cite this incident</h2>
  ${open.map(figure)}
  <details class="more citations__more"><summary>${more.map(([, label]) => label).join(', ')}</summary>${more.map(figure)}</details>
</section>`;
}

/** The summary card: the extracted summary, the first author-written summary of its reports (primary first) and their keywords, the quotable sentences. */
function renderSummary(incident: Incident, quotes: readonly QuotableSentence[], reports: readonly KnowledgeDocument[]): SafeHtml {
  const described = reports.find((r) => (r.description?.trim() ?? '') !== '');
  return html`<section class="card" aria-labelledby="summary-title">
  <h2 id="summary-title">Summary</h2>
  <p class="summary">${incident.summary || 'No summary could be extracted.'}</p>
  ${described === undefined ? null : renderAuthorSummary(described.description, 'summary__author')}
  ${renderAuthorKeywords(reports.flatMap((r) => r.tags), 'summary__keywords')}
  ${quotes.length === 0
    ? null
    : html`<h3>Quotable sentences</h3>
  <ul class="quotes">${quotes.map(
    (q, i) => html`<li class="quote"><blockquote>${q.sentence}</blockquote>
    <pre class="quote__text visually-hidden" id="${`quote-${i}`}">${q.quote}</pre>${copyButton(`quote-${i}`, 'quotation')}</li>`,
  )}</ul>`}
</section>`;
}

/** Renders the whole incident page. */
export function renderIncidentPage(model: IncidentPageModel): string {
  const { incident, reports } = model;
  const body = html`<article class="incident" aria-labelledby="incident-title">
  <header class="incident__header">
    <p class="breadcrumb"><a href="/">Search</a> › Incident</p>
    <h1 id="incident-title">${incident.title}</h1>
    ${renderBadges(
      layersOfRole(incident.layers, 'origin').map((t) => ({ label: t.label, certainty: t.certainty })),
      incident.causes.map((t) => ({ label: t.label, certainty: t.certainty })),
      layersOfRole(incident.layers, 'impacted').map((t) => ({ label: t.label, certainty: t.certainty })),
    )}
  </header>
  <div class="incident__grid">
    <div class="incident__main">
      ${renderSummary(incident, model.quotes, reports)}
      ${renderTags(incident, reports)}
      ${renderOutline(incident.outline)}
      ${renderCoverage(model.connections)}
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">Reports (${reports.length})</h2>
        ${renderGrouping(model.connections.grouping)}
        ${model.reportsPage.pages > 1
          ? html`<p>Reports ${(model.reportsPage.page - 1) * model.reportsPage.pageSize + 1}–${(model.reportsPage.page - 1) * model.reportsPage.pageSize + model.reportsPage.reports.length} of ${reports.length}.</p>`
          : null}
        ${model.reportsPage.reports.map((doc, i) => renderReport(doc, (model.reportsPage.page - 1) * model.reportsPage.pageSize + i, i < INCIDENT_PAGE_SHOWN.openReports))}
        ${renderReportsPager(incident, model.reportsPage)}
      </section>
    </div>
    <div class="incident__side">
      <section class="card" aria-labelledby="facts-title"><h2 id="facts-title">Facts</h2>${renderFacts(incident, reports, model.connections)}</section>
      ${renderCitations(model.citations)}
      ${renderRelated(model.related)}
    </div>
  </div>
</article>`;
  return renderLayout({
    title: incident.title,
    body,
    description: incident.summary.slice(0, 200),
    scripts: [],
  });
}

