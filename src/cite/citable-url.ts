/**
 * The URL a citation may carry: an absolute http(s) URL, repaired when a Markdown link or prose
 * garbled it, dropped when it cannot be repaired. Repairs: the text is cut at the first blank,
 * at `](` or `)[` (the seam of a Markdown link, `https://x.com/a](https://x.com/a`) and at `<`,
 * `>` or `"`; trailing `.`, `,`, `;`, `:`, `!`, `?`, quotes, a `]` and a `)` without its `(` are
 * removed (a `)` closing a `(` in the URL stays: `https://en.wikipedia.org/wiki/Ada_(language)`).
 */

/** Characters that cannot end a URL in running text. */
const TRAILING = /[.,;:!?'"’”*_]$/;

/** Cuts the text at the first place where a URL cannot continue. */
function cutAtSeam(text: string): string {
  let end = text.length;
  for (const seam of [/\s/, /\]\(/, /\)\[/, /[<>"]/]) {
    const at = text.search(seam);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

/** Counts the occurrences of one character. */
function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

/** Removes trailing punctuation and unbalanced closing brackets (bounded by the text's length). */
function trimTrailing(text: string): string {
  let url = text;
  for (let guard = text.length; guard > 0; guard -= 1) {
    if (TRAILING.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    else if (url.endsWith(']') && count(url, ']') > count(url, '[')) url = url.slice(0, -1);
    else break;
  }
  return url;
}

/**
 * The citable form of a URL, or null when there is none: an absolute `http:`/`https:` URL with a
 * host that has a dot (or is `localhost`), no user name or password, repaired as described above.
 */
export function citableUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const text = trimTrailing(cutAtSeam(raw.trim().replace(/^<|>$/g, '')));
  if (!/^https?:\/\//i.test(text)) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  const host = parsed.hostname;
  if (host !== 'localhost' && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(host) && !/^\[[0-9a-f:.]+\]$/i.test(host)) return null;
  return text;
}
