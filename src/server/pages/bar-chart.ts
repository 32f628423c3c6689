/** Horizontal bar charts as inline SVG (no script, no inline style) with a table fallback. */
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

const LABEL_WIDTH = 150;
const BAR_AREA = 420;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 18;
const VALUE_GAP = 8;

/** Renders the chart as a `<figure>` holding an SVG and a data table. */
export function renderBarChart(chart: BarChart): SafeHtml {
  const max = Math.max(1, ...chart.rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const height = Math.max(ROW_HEIGHT, chart.rows.length * ROW_HEIGHT) + 8;
  const width = LABEL_WIDTH + BAR_AREA + 60;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const description = chart.rows.map((r) => `${r.label}: ${r.values.reduce((a, b) => a + b, 0)}`).join('; ');
  const bars = chart.rows.map((row, i) => {
    const y = 4 + i * ROW_HEIGHT;
    const total = row.values.reduce((a, b) => a + b, 0);
    let x = LABEL_WIDTH;
    const segments = row.values.map((value, s) => {
      const w = (value / max) * BAR_AREA;
      const series = chart.series[s]!;
      const rect =
        value === 0
          ? null
          : html`<rect class="bar bar--${series.key}" x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="${BAR_HEIGHT}"><title>${row.label}, ${series.name}: ${value}</title></rect>`;
      x += w;
      return rect;
    });
    return html`<g class="chart__row">
  <text class="chart__label" x="${LABEL_WIDTH - VALUE_GAP}" y="${y + BAR_HEIGHT - 5}" text-anchor="end">${row.label}</text>
  ${segments}
  <text class="chart__value" x="${(x + VALUE_GAP).toFixed(1)}" y="${y + BAR_HEIGHT - 5}">${total}</text>
</g>`;
  });
  const legend =
    chart.series.length > 1
      ? html`<ul class="chart-legend">${chart.series.map((s) => html`<li><span class="chart-legend__swatch bar--${s.key}" aria-hidden="true"></span>${s.name}</li>`)}</ul>`
      : null;
  return html`<figure class="chart" id="${chart.id}">
  <figcaption id="${titleId}" class="chart__caption">${chart.title}</figcaption>
  ${legend}
  <svg class="chart__svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" preserveAspectRatio="xMinYMin meet">
    <title>${chart.title}</title>
    <desc id="${descId}">${description}</desc>
    ${bars}
  </svg>
  <details class="chart__table">
    <summary>Show the numbers as a table</summary>
    <table>
      <caption>${chart.title}</caption>
      <thead><tr><th scope="col">${chart.series.length > 1 ? 'Label' : 'Group'}</th>${chart.series.length > 1 ? chart.series.map((s) => html`<th scope="col">${s.name}</th>`) : null}<th scope="col">Total</th></tr></thead>
      <tbody>${chart.rows.map(
        (r) => html`<tr><th scope="row">${r.label}</th>${chart.series.length > 1 ? r.values.map((v) => html`<td>${v}</td>`) : null}<td>${r.values.reduce((a, b) => a + b, 0)}</td></tr>`,
      )}</tbody>
    </table>
  </details>
</figure>`;
}
