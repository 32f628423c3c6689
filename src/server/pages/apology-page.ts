/** The friendly error page ("apology page"): what went wrong, and a search box to carry on. */
import { html } from '../html.js';
import { renderLayout } from './layout.js';

/** Renders the page for an HTTP error status with a human message. */
export function renderApologyPage(status: number, message: string): string {
  const heading =
    status === 404
      ? 'We could not find that page'
      : status === 503
        ? 'Faultline is getting ready'
        : status >= 500
          ? 'Sorry, something broke on our side'
          : 'That request did not work';
  const body = html`<section class="apology card">
  <p class="apology__status">Error ${status}</p>
  <h1>${heading}</h1>
  <p>${message}</p>
  <form class="search-form" role="search" action="/" method="get">
    <label for="apology-q" class="search-form__label">Search the outage post-mortems instead</label>
    <div class="search-form__row">
      <input id="apology-q" name="q" type="search" autocomplete="off">
      <button type="submit">Search</button>
    </div>
  </form>
  <p><a href="/">Back to the search page</a> · <a href="/stats">Statistics</a></p>
</section>`;
  return renderLayout({ title: heading, body, headerSearch: false });
}
