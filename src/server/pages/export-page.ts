/**
 * The export page (`/export`): a form of the export parameters (`src/model/search-request.ts`,
 * route `export`) that submits straight to `/api/export`, so the browser downloads the file
 * without any script; prefilled from its own URL (the search page links here with its filters);
 * how many reports the filters match; and the citation of the dataset.
 */
import {
  CAUSE_LABELS,
  CERTAINTY_LEVELS,
  DEFAULT_LAYER_ROLE_FILTER,
  DETECTION_METHODS,
  LAYER_LABELS,
  LAYER_ROLE_FILTERS,
  MITIGATION_STEPS,
  TRIGGER_KINDS,
  type SearchRequest,
} from '../../model/index.js';
import { EXPORT_FORMATS, YEAR_RANGE, type ExportFormat } from '../../model/search-request.js';
import { html, type SafeHtml } from '../html.js';
import { searchUrl, type ListFilter } from '../search-url.js';
import type { DatasetCitation } from './dataset-citation.js';
import { renderLayout } from './layout.js';
import { LAYER_ROLE_FILTER_TEXT } from './role-text.js';

/** The format the form selects when the URL names none. */
export const DEFAULT_EXPORT_PAGE_FORMAT: ExportFormat = 'csv';

/** Most provider names offered as suggestions in the provider box. */
export const MAX_SUGGESTED_PROVIDERS = 500;

/** What each format holds, as the form describes it. */
export const EXPORT_FORMAT_TEXT: Readonly<Record<ExportFormat, string>> = Object.freeze({
  csv: 'CSV: one row per report (spreadsheets, pandas, R)',
  jsonl: 'JSON Lines: one full record per report, with tags, evidence and outline',
  parquet: 'Parquet: one row per report, typed columns (DuckDB, Arrow, pandas)',
  bibtex: 'BibTeX: a citation of every report',
  'csl-json': 'CSL-JSON: citations for Zotero and citeproc',
  ris: 'RIS: citations for EndNote, Mendeley and Zotero',
});

/** What the export page shows. */
export interface ExportPageModel {
  /** The filters as understood (the defaults when the parameters were invalid). */
  request: SearchRequest;
  format: ExportFormat;
  noText: boolean;
  /** Reports the filters match, or null when the search could not run. */
  matches: number | null;
  /** Provider names to suggest, most frequent first. */
  providers: readonly string[];
  citation: DatasetCitation;
  /** A message about invalid parameters. */
  error?: { parameter: string | undefined; message: string };
}

/** A group of label checkboxes: one fieldset, open when one of its values is chosen. */
interface LabelGroup {
  filter: Exclude<ListFilter, 'providers'>;
  name: string;
  legend: string;
  values: readonly string[];
}

const LABEL_GROUPS: readonly LabelGroup[] = [
  { filter: 'layers', name: 'layer', legend: 'Failure layer', values: LAYER_LABELS },
  { filter: 'causes', name: 'cause', legend: 'Root cause', values: CAUSE_LABELS },
  { filter: 'certainty', name: 'certainty', legend: 'Certainty of a tag', values: CERTAINTY_LEVELS },
  { filter: 'triggers', name: 'trigger', legend: 'Trigger', values: TRIGGER_KINDS },
  { filter: 'detections', name: 'detection', legend: 'Detected by', values: DETECTION_METHODS },
  { filter: 'mitigations', name: 'mitigation', legend: 'Mitigation', values: MITIGATION_STEPS },
];

function renderLabelGroup(group: LabelGroup, request: SearchRequest): SafeHtml {
  const chosen: readonly string[] = request[group.filter] ?? [];
  return html`<details class="export-group"${chosen.length > 0 ? html` open` : null}>
  <summary>${group.legend}${chosen.length > 0 ? ` (${chosen.length} chosen)` : null}</summary>
  <fieldset class="checks">
    <legend class="visually-hidden">${group.legend}</legend>
    ${group.values.map((value) => {
      const id = `export-${group.name}-${value}`;
      return html`<span class="check"><input type="checkbox" id="${id}" name="${group.name}" value="${value}"${chosen.includes(value) ? html` checked` : null}><label for="${id}">${value}</label></span>`;
    })}
  </fieldset>
</details>`;
}

function renderProviders(request: SearchRequest, providers: readonly string[]): SafeHtml {
  const chosen = request.providers ?? [];
  return html`<div class="export-field">
  <label for="export-provider">Provider</label>
  ${chosen.length === 0
    ? null
    : html`<fieldset class="checks"><legend class="visually-hidden">Chosen providers</legend>${chosen.map(
        (name, i) => html`<span class="check"><input type="checkbox" id="${`export-provider-${i}`}" name="provider" value="${name}" checked><label for="${`export-provider-${i}`}">${name}</label></span>`,
      )}</fieldset>`}
  <input id="export-provider" name="provider" type="text" list="export-provider-names" autocomplete="off" maxlength="100" placeholder="${chosen.length === 0 ? 'any provider' : 'add another provider'}">
  <datalist id="export-provider-names">${providers.slice(0, MAX_SUGGESTED_PROVIDERS).map((p) => html`<option value="${p}"></option>`)}</datalist>
</div>`;
}

function renderCitation(citation: DatasetCitation): SafeHtml {
  const block = (id: string, label: string, text: string) => html`<figure class="citation">
    <figcaption>${label} <button type="button" class="copy-button" data-copy-target="${id}" hidden>Copy ${label}</button></figcaption>
    <pre class="citation__text" id="${id}" tabindex="0">${text}</pre>
  </figure>`;
  return html`<section class="card citations" aria-labelledby="dataset-cite-title" id="cite">
  <h2 id="dataset-cite-title">Cite the dataset</h2>
  <p class="note">Cite each report you quote as well: every incident page has its citations.</p>
  ${block('dataset-cite-apa', 'APA', citation.apa)}
  ${block('dataset-cite-bibtex', 'BibTeX', citation.bibtex)}
</section>`;
}

/** Renders the whole export page. */
export function renderExportPage(model: ExportPageModel): string {
  const { request } = model;
  const matches =
    model.matches === null
      ? null
      : html`<p class="export-matches" id="export-matches"><strong>${model.matches}</strong> ${model.matches === 1 ? 'report matches' : 'reports match'} these filters. <a href="${searchUrl({ ...request, page: 1 })}">See them in search</a></p>`;
  const body = html`<h1>Export the data</h1>
<p>Download the reports, their tags, evidence and outlines, or their citations. Pick the filters and a format, then download: the file comes from <a href="/api/docs#get-api-export"><code>/api/export</code></a>, which takes the same parameters.</p>
${model.error === undefined ? null : html`<div class="alert" role="alert"><strong>Some filters were not understood.</strong> ${model.error.message}</div>`}
${matches}
<form class="export-form card" id="export-form" action="/api/export" method="get">
  <div class="export-field">
    <label for="export-q">Words</label>
    <input id="export-q" name="q" type="search" value="${request.query}" placeholder="any report" autocomplete="off" spellcheck="false">
  </div>
  ${LABEL_GROUPS.map((group) => renderLabelGroup(group, request))}
  <div class="export-field">
    <label for="export-layerRole">Layers the layer filter reads</label>
    <select id="export-layerRole" name="layerRole">
      ${LAYER_ROLE_FILTERS.map((role) => html`<option value="${role}"${(request.layerRole ?? DEFAULT_LAYER_ROLE_FILTER) === role ? html` selected` : null}>${LAYER_ROLE_FILTER_TEXT[role]}</option>`)}
    </select>
  </div>
  ${renderProviders(request, model.providers)}
  <fieldset class="export-years">
    <legend>Incident years</legend>
    <label for="export-from">From</label>
    <input id="export-from" name="from" type="number" inputmode="numeric" min="${YEAR_RANGE.min}" max="${YEAR_RANGE.max}" value="${request.from === undefined ? '' : String(request.from)}">
    <label for="export-to">to</label>
    <input id="export-to" name="to" type="number" inputmode="numeric" min="${YEAR_RANGE.min}" max="${YEAR_RANGE.max}" value="${request.to === undefined ? '' : String(request.to)}">
    <span class="check"><input type="checkbox" id="export-undated" name="undated" value="true"${request.undated === true ? html` checked` : null}><label for="export-undated">Only reports whose incident year is unknown</label></span>
  </fieldset>
  <fieldset class="export-formats">
    <legend>Format</legend>
    ${EXPORT_FORMATS.map(
      (format) => html`<span class="radio"><input type="radio" id="${`export-format-${format}`}" name="format" value="${format}" required${model.format === format ? html` checked` : null}><label for="${`export-format-${format}`}">${EXPORT_FORMAT_TEXT[format]}</label></span>`,
    )}
  </fieldset>
  <p class="check"><input type="checkbox" id="export-noText" name="noText" value="true"${model.noText ? html` checked` : null}><label for="export-noText">Leave out the full article and comment texts (keeps summaries, evidence and links)</label></p>
  <p><button type="submit" class="download-button">Download</button></p>
</form>
<p class="note">Every table with a Frictionless <code>datapackage.json</code>, in one folder: <code>faultline export --format csv --out DIR</code> (the command line takes the same filters).</p>
${renderCitation(model.citation)}`;
  return renderLayout({ title: 'Export', body, current: 'export' });
}
