/**
 * The comparable key of a report's URL, so that two copies of one page are one incident however
 * the URL was written: the first http(s) URL of the field (a Markdown-garbled value such as
 * `https://a.example/post/), [see also](https://a.example/other/` gives the first), scheme, `www.`,
 * default port, trailing slash, fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`,
 * `ref`) dropped, the host lower-cased.
 */

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|source)$/iu;

/** The key of a URL field, or null when it holds no http(s) URL. */
export function urlKey(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  const m = /https?:\/\/[^\s()<>\]["']+/iu.exec(url);
  if (m === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(m[0].replace(/[.,;:!?]+$/u, ''));
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./u, '');
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  const pathname = parsed.pathname.replace(/\/+$/u, '').replace(/\/index\.html?$/iu, '');
  return `${host}${port}${pathname}${query}`;
}
