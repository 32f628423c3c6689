/** Label badges showing a tag's certainty by style (solid, outlined, dashed) and by text. */
import type { Certainty } from '../../model/index.js';
import { html, type SafeHtml } from '../html.js';

/** Plain words for each certainty, shown on badges. */
export const CERTAINTY_TEXT: Readonly<Record<Certainty, string>> = {
  confirmed: 'confirmed',
  reported: 'reported',
  speculated: 'speculated',
};

/** A badge for one label; `axis` is layer or cause; `impacted` marks an impacted layer (one that failed as a consequence). */
export function renderBadge(axis: 'layer' | 'cause', label: string, certainty: Certainty, confidence?: number, impacted = false): SafeHtml {
  const certaintyClass = certainty in CERTAINTY_TEXT ? certainty : 'speculated';
  const kind = impacted && axis === 'layer' ? 'impacted layer' : axis;
  const tip = `${kind} ${label}: ${CERTAINTY_TEXT[certaintyClass]}${confidence === undefined ? '' : `, confidence ${confidence.toFixed(2)}`}`;
  return html`<span class="badge badge--${axis}${kind === 'impacted layer' ? ' badge--impacted' : ''} badge--${certaintyClass}" title="${tip}"><span class="visually-hidden">${kind}: </span>${label}<span class="badge__certainty">${CERTAINTY_TEXT[certaintyClass]}</span></span>`;
}

/** A label with its certainty, as a badge shows it. */
interface BadgeTag { label: string; certainty: Certainty }

/** A list of badges: origin layers, then causes, then impacted layers (when given). */
export function renderBadges(layers: readonly BadgeTag[], causes: readonly BadgeTag[], impactedLayers: readonly BadgeTag[] = []): SafeHtml {
  if (layers.length === 0 && causes.length === 0 && impactedLayers.length === 0) return html``;
  return html`<ul class="badges" aria-label="Tags">${layers.map((t) => html`<li>${renderBadge('layer', t.label, t.certainty)}</li>`)}${causes.map(
    (t) => html`<li>${renderBadge('cause', t.label, t.certainty)}</li>`,
  )}${impactedLayers.map((t) => html`<li>${renderBadge('layer', t.label, t.certainty, undefined, true)}</li>`)}</ul>`;
}

/** A legend explaining the badge styles. */
export function renderCertaintyLegend(): SafeHtml {
  return html`<p class="legend">Certainty: ${renderBadge('layer', 'solid', 'confirmed')} stated by the operator or an official post-mortem,
    ${renderBadge('layer', 'outlined', 'reported')} stated by a third party, ${renderBadge('layer', 'dashed', 'speculated')} a hedged guess.</p>`;
}
