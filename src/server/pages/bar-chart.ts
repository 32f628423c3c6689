/**
 * Horizontal bar charts: one list item per row, its label and total as page text (so they keep
 * the page's font size at any width, and wrap on a phone), the bar a small inline SVG stretched
 * to the space left (no script, no inline style), and a table fallback with every series.
 */
import { html, type SafeHtml } from '../html.js';

/** One bar: a label and its stacked segment values (in `series` order). */
export interface BarRow {
  label: string;
  values: number[];
}

/** A chart: its title, the series (stacked segments) and the rows. */
export interface BarChart {
  /** Unique id prefix (for aria references). */
  id: string;
  title: string;
  /** Series names; each gets CSS class `bar--<key>`. */
  series: { key: string; name: string }[];
  rows: BarRow[];
}

/** Width of a bar's drawing in SVG units (the longest bar fills it; the SVG stretches it to its box). */
const BAR_UNITS = 1000;
const BAR_HEIGHT = 10;

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** One row's bar: its segments stacked from the left, each with a tooltip naming its series and value. */
function renderBar(chart: BarChart, row: BarRow, max: number): SafeHtml {
  let x = 0;
  const segments = row.values.map((value, s) => {
    const width = (value / max) * BAR_UNITS;
    const series = chart.series[s]!;
    const rect =
      value === 0
        ? null
        : html`<rect class="bar bar--${series.key}" x="${x.toFixed(1)}" y="0" width="${Math.max(2, width).toFixed(1)}" height="${BAR_HEIGHT}"><title>${row.label}, ${series.name}: ${value}</title></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="chart__bar" viewBox="0 0 ${BAR_UNITS} ${BAR_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments}</svg>`;
}

/** Renders the chart as a `<figure>` holding the list of bars and a data table. */
export function renderBarChart(chart: BarChart): SafeHtml {
  const max = Math.max(1, ...chart.rows.map((r) => sum(r.values)));
  const titleId = `${chart.id}-title`;
  const legend =
    chart.series.length > 1
      ? html`<ul class="chart-legend">${chart.series.map((s) => html`<li><span class="chart-legend__swatch bar--${s.key}" aria-hidden="true"></span>${s.name}</li>`)}</ul>`
      : null;
  return html`<figure class="chart" id="${chart.id}">
  <figcaption id="${titleId}" class="chart__caption">${chart.title}</figcaption>
  ${legend}
  <ol class="chart__rows" aria-labelledby="${titleId}">${chart.rows.map(
    (row) => html`<li class="chart__row"><span class="chart__label">${row.label}</span>${renderBar(chart, row, max)}<span class="chart__value">${sum(row.values)}</span></li>`,
  )}</ol>
  <details class="chart__table">
    <summary>Show the numbers as a table</summary>
    <div class="table-scroll">
    <table>
      <caption>${chart.title}</caption>
      <thead><tr><th scope="col">${chart.series.length > 1 ? 'Label' : 'Group'}</th>${chart.series.length > 1 ? chart.series.map((s) => html`<th scope="col">${s.name}</th>`) : null}<th scope="col">Total</th></tr></thead>
      <tbody>${chart.rows.map(
        (r) => html`<tr><th scope="row">${r.label}</th>${chart.series.length > 1 ? r.values.map((v) => html`<td>${v}</td>`) : null}<td>${sum(r.values)}</td></tr>`,
      )}</tbody>
    </table>
    </div>
  </details>
</figure>`;
}
