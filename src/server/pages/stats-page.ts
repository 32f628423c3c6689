/**
 * The statistics page (`/stats`): incidents by year, origin layer and cause as SVG charts, the
 * impacted layers as a small table, how incidents happened (triggers, detection, mitigation, the
 * median phases), and our causes beside SoCC'16.
 */
import { SOCC16_OUTAGES } from '../../model/taxonomy.js';
import { html, type SafeHtml } from '../html.js';
import type { LabelCount } from '../knowledge-base-stats.js';
import type { OutlineStats, PhaseMedian, PhaseMedians, ValueCount } from '../outline-stats.js';
import type { PreparedKnowledgeBase } from '../prepared-knowledge-base.js';
import { renderBarChart, type BarChart } from './bar-chart.js';
import { renderLayout } from './layout.js';

const CERTAINTY_SERIES = [
  { key: 'confirmed', name: 'confirmed' },
  { key: 'reported', name: 'reported' },
  { key: 'speculated', name: 'speculated' },
];

function certaintyChart(id: string, title: string, counts: readonly LabelCount[]): BarChart {
  return {
    id,
    title,
    series: CERTAINTY_SERIES,
    rows: counts.map((c) => ({ label: c.label, values: [c.confirmed, c.reported, c.speculated] })),
  };
}

/** The impacted layers (each incident once per label) as a small table; labels no incident has are left out. */
function impactedLayersTable(counts: readonly LabelCount[]): SafeHtml {
  const rows = counts.filter((c) => c.total > 0);
  return html`<section class="card" aria-labelledby="impacted-title" id="impacted-layers">
    <h2 id="impacted-title">Impacted layers</h2>
    <p class="note">Layers that failed or degraded as a consequence of the origin layer (counted apart from the chart above).</p>
    ${rows.length === 0
      ? html`<p>No impacted layers recorded.</p>`
      : html`<div class="table-scroll"><table class="compare impacted-layers">
      <caption class="visually-hidden">Incidents by impacted layer, split by certainty</caption>
      <thead><tr><th scope="col">Layer</th><th scope="col" class="num">Incidents</th><th scope="col" class="num">Confirmed</th><th scope="col" class="num">Reported</th><th scope="col" class="num">Speculated</th></tr></thead>
      <tbody>${rows.map(
        (c) => html`<tr><th scope="row">${c.label}</th><td class="num">${c.total}</td><td class="num">${c.confirmed}</td><td class="num">${c.reported}</td><td class="num">${c.speculated}</td></tr>`,
      )}</tbody>
    </table></div>`}
  </section>`;
}

/** A phase's median as "45 min (12 of 20)". */
function phaseCell(p: PhaseMedian): SafeHtml {
  return html`<td class="num">${p.median === null ? '–' : `${p.median} min`} <span class="note">(${p.stated} stated, ${p.notStated} not)</span></td>`;
}

/** A row of the phases table. */
function phaseRow(label: string, p: PhaseMedians): SafeHtml {
  return html`<tr><th scope="row">${label}</th>${phaseCell(p.duration)}${phaseCell(p.timeToDetect)}${phaseCell(p.timeToMitigate)}</tr>`;
}

/** A small table of incident counts by value. */
function valueTable(id: string, title: string, counts: readonly ValueCount[]): SafeHtml {
  return html`<div class="table-scroll"><table class="compare outline-counts" id="${id}">
    <caption>${title}</caption>
    <thead><tr><th scope="col">Value</th><th scope="col" class="num">Incidents</th></tr></thead>
    <tbody>${counts.map((c) => html`<tr><th scope="row">${c.value}</th><td class="num">${c.incidents}</td></tr>`)}</tbody>
  </table></div>`;
}

/** How incidents happened: triggers, detection, mitigation and the median phases, "not stated" counted. */
function outlineCard(outline: OutlineStats): SafeHtml {
  return html`<section class="card" aria-labelledby="outline-stats-title" id="outline-stats">
    <h2 id="outline-stats-title">How incidents happened</h2>
    <p class="note">What set each incident off, how it was noticed and how it was fixed, as its reports state them. “Not stated” is counted, never guessed.</p>
    <div class="outline-counts-wrap">
      ${valueTable('stats-trigger', 'Incidents by trigger', outline.byTrigger)}
      ${valueTable('stats-detection', 'Incidents by detection method', outline.byDetection)}
      ${valueTable('stats-mitigation', 'Incidents by mitigation step', outline.byMitigation)}
    </div>
    <div class="table-scroll">
    <table class="compare phases" id="stats-phases">
      <caption>Median minutes: duration, time to detect, time to mitigate</caption>
      <thead><tr><th scope="col">Incidents</th><th scope="col" class="num">Duration</th><th scope="col" class="num">Time to detect</th><th scope="col" class="num">Time to mitigate</th></tr></thead>
      <tbody>
        ${phaseRow('all', outline.phases)}
        ${outline.phasesByLayer.map((p) => phaseRow(`layer ${p.label}`, p))}
        ${outline.phasesByCause.map((p) => phaseRow(`cause ${p.label}`, p))}
      </tbody>
    </table>
    </div>
  </section>`;
}

function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

/** Renders the statistics page from the precomputed stats. */
export function renderStatsPage(served: PreparedKnowledgeBase): string {
  const { stats, socc16 } = served;
  const years: BarChart = {
    id: 'chart-years',
    title: 'Incidents by year',
    series: [{ key: 'count', name: 'incidents' }],
    rows: stats.byYear.map((y) => ({ label: y.year, values: [y.count] })),
  };
  const body = html`<h1>Statistics</h1>
<ul class="stat-figures">
  <li><strong>${stats.incidents}</strong> incidents</li>
  <li><strong>${stats.documents}</strong> reports</li>
  <li><strong>${stats.comments}</strong> reader comments</li>
</ul>
<p class="note">Each incident counts once per label. Bars are split by how firmly the sources state the label:
confirmed (by the operator or an official post-mortem), reported (by a third party) or speculated.
Layers count where it broke (the origin layer); layers that failed as a consequence are listed under Impacted layers.</p>
<div class="stats-grid">
  <section class="card">${renderBarChart(years)}</section>
  <section class="card">${renderBarChart(certaintyChart('chart-layers', 'Incidents by origin layer (where it broke)', stats.byLayer))}</section>
  ${impactedLayersTable(stats.byImpactedLayer)}
  <section class="card">${renderBarChart(certaintyChart('chart-causes', 'Incidents by root cause', stats.byCause))}</section>
  ${outlineCard(stats.outline)}
  <section class="card" aria-labelledby="socc-title">
    <h2 id="socc-title">Our causes beside the SoCC'16 study</h2>
    <p class="note">Gunawi et al., “Why Does the Cloud Stop Computing? Lessons from Hundreds of Service Outages” (SoCC 2016),
    counted root causes over ${SOCC16_OUTAGES} outages (one outage can have several). The study's NETWORK is a cause there and a layer here.</p>
    <div class="table-scroll">
    <table class="compare">
      <caption class="visually-hidden">Root-cause distribution: Faultline incidents and the SoCC'16 study</caption>
      <thead><tr><th scope="col">Our label</th><th scope="col" class="num">Our incidents</th><th scope="col" class="num">Share</th><th scope="col">SoCC'16 category</th><th scope="col" class="num">Outages</th><th scope="col" class="num">Share</th></tr></thead>
      <tbody>${socc16.map(
        (r) => html`<tr><th scope="row">${r.label}${r.axis === 'layer' ? ' (layer)' : ''}</th><td class="num">${r.ours}</td><td class="num">${percent(r.oursShare)}</td><td>${r.categories.length === 0 ? '(time-related bugs, not counted separately)' : r.categories.join(', ')}</td><td class="num">${r.socc16 ?? '–'}</td><td class="num">${percent(r.socc16Share)}</td></tr>`,
      )}</tbody>
    </table>
    </div>
  </section>
</div>`;
  return renderLayout({ title: 'Statistics', body, current: 'stats' });
}
