/**
 * The incident page's outline card: what set it off, how it was noticed, how it was fixed, the
 * timeline (an SVG drawn on the server, each event's sentence in its `<title>` for hover, and the
 * same events as a list that screen readers read), the minutes to detect and to mitigate, and the
 * action items. A field no report states says so ("Not stated"); every value names its sentence.
 */
import { OUTLINE_DEFINITIONS, type IncidentOutline, type OutlineEvidence } from '../../model/index.js';

import { html, type SafeHtml } from '../html.js';

/** Width and height of the timeline drawing (SVG user units). */
const WIDTH = 640;
const HEIGHT = 64;
const MARGIN = 24;

/** Readable names of the timeline events. */
const EVENT_TEXT: Readonly<Record<string, string>> = { start: 'Impact began', detected: 'Detected', mitigated: 'Mitigated', resolved: 'Resolved', event: 'Event' };

/** `2024-05-02T16:14:00Z` as `2024-05-02 16:14 UTC`. */
function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Minutes as "1 h 12 min" / "45 min". */
function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A sentence quoted as evidence. */
function quote(evidence: OutlineEvidence | null): SafeHtml | null {
  return evidence === null ? null : html`<blockquote class="outline__evidence">${evidence.text}</blockquote>`;
}

/** The timeline as an SVG (positions by time) followed by the same events as an ordered list. */
function renderTimeline(outline: IncidentOutline): SafeHtml {
  const events = outline.timeline;
  if (events.length === 0) return html`<p class="outline__none">No times stated.</p>`;
  const times = events.map((e) => Date.parse(e.at));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const x = (t: number): number => (span === 0 ? WIDTH / 2 : MARGIN + ((t - first) / span) * (WIDTH - 2 * MARGIN));
  const marks = events.map((e, i) => {
    const cx = x(times[i] ?? first).toFixed(1);
    const named = e.event !== 'event';
    return html`<g class="timeline__mark timeline__mark--${e.event}"><circle cx="${cx}" cy="${String(HEIGHT / 2)}" r="${named ? '7' : '4'}"><title>${`${EVENT_TEXT[e.event] ?? e.event}, ${utc(e.at)}: ${e.evidence.text}`}</title></circle></g>`;
  });
  return html`<figure class="timeline">
  <svg class="timeline__svg" viewBox="0 0 ${String(WIDTH)} ${String(HEIGHT)}" role="img" aria-label="Timeline of the incident; the events are listed below" focusable="false">
    <line x1="${String(MARGIN)}" y1="${String(HEIGHT / 2)}" x2="${String(WIDTH - MARGIN)}" y2="${String(HEIGHT / 2)}" class="timeline__axis"></line>
    ${marks}
  </svg>
  <ol class="timeline__list">${events.map(
    (e) => html`<li class="timeline__event"><time datetime="${e.at}">${utc(e.at)}</time> <strong>${EVENT_TEXT[e.event] ?? e.event}</strong> (written “${e.written}”)${quote(e.evidence)}</li>`,
  )}</ol>
</figure>`;
}

/** The outline card of an incident; null when no report has an outline. */
export function renderOutline(outline: IncidentOutline | undefined): SafeHtml | null {
  if (outline === undefined) return null;
  const trigger =
    outline.trigger.kind === 'none-stated'
      ? html`<p class="outline__none">Not stated.</p>`
      : html`<p><strong>${outline.trigger.kind}</strong>: ${OUTLINE_DEFINITIONS.trigger[outline.trigger.kind]}.</p>${quote(outline.trigger.evidence)}`;
  const detection =
    outline.detection.method === 'not-stated'
      ? html`<p class="outline__none">Not stated.</p>`
      : html`<p><strong>${outline.detection.method}</strong>: ${OUTLINE_DEFINITIONS.detection[outline.detection.method]}${outline.detection.at === null ? '' : `, at ${utc(outline.detection.at)}`}.</p>${quote(outline.detection.evidence)}`;
  const fixes =
    outline.mitigation.length === 0
      ? html`<p class="outline__none">Not stated.</p>`
      : html`<ul class="outline__steps">${outline.mitigation.map((m) => html`<li><strong>${m.step}</strong>: ${OUTLINE_DEFINITIONS.mitigation[m.step]}.${quote(m.evidence)}</li>`)}</ul>`;
  const phase = (term: string, minutes: number | null) => html`<div class="facts__row"><dt>${term}</dt><dd>${minutes === null ? 'not stated' : minutesText(minutes)}</dd></div>`;
  const actions =
    outline.actionItems.length === 0
      ? html`<p class="outline__none">None listed.</p>`
      : html`<ul class="outline__actions">${outline.actionItems.map((a) => html`<li><span class="outline__kind">${a.kind}</span> ${a.text}</li>`)}</ul>`;
  return html`<section class="card outline" aria-labelledby="outline-title">
  <h2 id="outline-title">How it happened</h2>
  <h3>What set it off</h3>
  ${trigger}
  <h3>How it was noticed</h3>
  ${detection}
  <h3>How it was fixed</h3>
  ${fixes}
  <h3>Timeline</h3>
  ${renderTimeline(outline)}
  <dl class="facts">
    ${phase('Duration', outline.durationMinutes)}
    ${phase('Time to detect', outline.timeToDetectMinutes)}
    ${phase('Time to mitigate', outline.timeToMitigateMinutes)}
  </dl>
  <h3>Action items</h3>
  ${actions}
  ${outline.conflicts.length === 0
    ? null
    : html`<p class="outline__conflicts">The reports disagree on ${outline.conflicts.map((c) => c.field).join(', ')}; the values above are from the first report that states each.</p>`}
</section>`;
}
