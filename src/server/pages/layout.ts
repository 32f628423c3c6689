/** The page shell every HTML page shares: head, skip link, header with navigation, footer. */
import { html, type SafeHtml } from '../html.js';

/** What a page gives the layout. */
export interface LayoutOptions {
  /** Page title (corpus text allowed: escaped). */
  title: string;
  /** The main content. */
  body: SafeHtml;
  /** Which navigation entry is current. */
  current?: 'search' | 'stats' | 'export' | 'api' | null;
  /** Query to prefill the header search box with (pages other than `/`). */
  query?: string;
  /** Whether the header carries its own search box (false on the search page, which has a big one). */
  headerSearch?: boolean;
  /** Extra scripts from `/static/` to load (deferred). */
  scripts?: string[];
  /** Meta description. */
  description?: string;
}

function navLink(href: string, label: string, current: boolean): SafeHtml {
  return current ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;
}

/** Renders a complete HTML document. */
export function renderLayout(options: LayoutOptions): string {
  const scripts = ['faultline.js', ...(options.scripts ?? [])];
  const headerSearch =
    options.headerSearch === false
      ? null
      : html`<form class="header-search" role="search" action="/" method="get">
          <label for="header-q" class="visually-hidden">Search incidents</label>
          <input id="header-q" name="q" type="search" value="${options.query ?? ''}" placeholder="Search incidents" autocomplete="off">
          <button type="submit">Search</button>
        </form>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Faultline</title>
<meta name="description" content="${options.description ?? 'Faultline: a searchable knowledge base of outage post-mortems'}">
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${scripts.map((s) => html`<script src="/static/${s}" defer></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="/"><span class="brand__mark" aria-hidden="true">⌁</span> Faultline</a>
    <nav aria-label="Main">
      ${navLink('/', 'Search', options.current === 'search')}
      ${navLink('/stats', 'Statistics', options.current === 'stats')}
      ${navLink('/export', 'Export', options.current === 'export')}
      ${navLink('/api/docs', 'API', options.current === 'api')}
    </nav>
    ${headerSearch}
  </div>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
  <p>Faultline · a knowledge base of outage post-mortems · <a href="/stats">statistics</a> · <a href="/export">export</a> · <a href="/api/docs">API documentation</a> (<a href="/api/openapi.json">OpenAPI</a>)</p>
</footer>
</body>
</html>
`.value;
}
