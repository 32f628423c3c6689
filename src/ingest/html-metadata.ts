/**
 * Metadata of an HTML page, in order of preference:
 * - title: `og:title`, `twitter:title`, JSON-LD `headline`, the article's `<h1>` (else the first
 *   `<h1>` outside header/nav), `<title>`; a trailing " | Site" (or " - Site" when Site is the
 *   site's name or a domain) is removed;
 * - published: `article:published_time`, JSON-LD `datePublished` (also inside `@graph` and
 *   arrays), other date metas (`pubdate`, `date`, `DC.date.issued`, ...), `[itemprop=datePublished]`,
 *   the first `time[datetime]` outside comments;
 * - author: `meta[name=author]`, JSON-LD `author`, `article:author` (when not a URL),
 *   `[rel=author]`, `[itemprop=author]`, `.byline`/`.author` (outside comments, "By " removed);
 * - url: `link[rel=canonical]`, `og:url`, JSON-LD `url`/`mainEntityOfPage` (absolute http(s) only);
 * - description: `meta[name=description]`, `og:description`, JSON-LD `description`;
 * - tags: `meta[name=keywords]`, `article:tag`, JSON-LD `keywords`.
 */
import { isText, type Element } from 'domhandler';
import { findDescendant, type HtmlIndex } from './html-index.js';
import { inlineText } from './html-text.js';
import { toIsoDate } from './iso-date.js';

/** Metadata read from a page's markup. */
export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  description: string | null;
  tags: string[];
  /** Extra page facts kept in `meta` (`siteName`, `language`, `type`). */
  meta: Record<string, string>;
}

/** JSON-LD nodes visited at most (a page could embed a huge graph). */
const MAX_JSON_LD_NODES = 5_000;
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|TechArticle|Report|ReportageNewsArticle|AnalysisNewsArticle|SocialMediaPosting|LiveBlogPosting|ScholarlyArticle|WebPage|Posting)$/;
const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publish_date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[itemprop="datePublished"]',
];

/** Reads the page metadata from the indexed page. */
export function readHtmlMetadata(index: HtmlIndex): HtmlMetadata {
  const metas = indexMetas(index.metas);
  const ld = articleJsonLd(index.jsonLd);
  const siteName = metaContent(metas, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = absoluteUrl(
    index.canonicalLinks[0]?.attribs.href ?? null,
    metaContent(metas, ['meta[property="og:url"]', 'meta[name="twitter:url"]']),
    ldText(ld?.url),
    ldId(ld?.mainEntityOfPage),
  );

  const meta: Record<string, string> = {};
  if (siteName !== null) meta.siteName = siteName;
  const language = index.html?.attribs.lang;
  if (language !== undefined && language.trim() !== '') meta.language = language.trim();
  const ogType = metaContent(metas, ['meta[property="og:type"]']);
  if (ogType !== null) meta.type = ogType;

  return {
    title: readTitle(index, metas, ld, siteName, url),
    published: readPublished(index, metas, ld),
    author: readAuthor(index, metas, ld),
    url,
    description: metaContent(metas, ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) ?? ldText(ld?.description),
    tags: readTags(metas, ld),
    meta,
  };
}

function readTitle(index: HtmlIndex, metas: MetaIndex, ld: Record<string, unknown> | null, siteName: string | null, url: string | null): string | null {
  const fromMeta = metaContent(metas, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']) ?? ldText(ld?.headline);
  if (fromMeta !== null) return cleanTitle(fromMeta, siteName, url);
  const h1s = index.h1s.filter((h) => !h.inComment && inlineText(h.el) !== '');
  const h1 = h1s.find((h) => h.inArticle) ?? h1s.find((h) => !h.inChrome) ?? h1s[0];
  if (h1 !== undefined) return cleanTitle(inlineText(h1.el), siteName, url);
  if (index.title !== null) {
    const text = textOf(index.title).replace(/\s+/g, ' ').trim();
    if (text !== '') return cleanTitle(text, siteName, url);
  }
  return null;
}

const STRONG_SEPARATORS = [' | ', ' :: ', ' » ', ' · '];
const DASH_SEPARATORS = [' - ', ' – ', ' — '];

/** Removes a site-name suffix (or prefix) from a page title. */
export function cleanTitle(raw: string, siteName: string | null, url: string | null): string {
  let title = raw.replace(/\s+/g, ' ').trim();
  const site = siteName?.trim().toLowerCase() ?? null;
  const host = hostLabel(url);
  const isSite = (part: string): boolean => {
    const p = part.trim().toLowerCase();
    return p !== '' && (p === site || p === host || /^[\w-]+(?:\.[\w-]+)+$/.test(p));
  };
  for (let round = 0; round < 2; round += 1) {
    let changed = false;
    for (const sep of [...STRONG_SEPARATORS, ...DASH_SEPARATORS]) {
      const at = title.lastIndexOf(sep);
      if (at <= 0) continue;
      // "Site | Title"
      const first = title.indexOf(sep);
      if (first > 0 && isSite(title.slice(0, first))) {
        title = title.slice(first + sep.length).trim();
        changed = true;
        break;
      }
      const head = title.slice(0, at).trim();
      const tail = title.slice(at + sep.length).trim();
      const strong = STRONG_SEPARATORS.includes(sep);
      const shortTail = tail.length <= 40 && tail.split(' ').length <= 4;
      if (head.split(' ').length >= 2 && (isSite(tail) || (strong && shortTail))) {
        title = head;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return title;
}

function readPublished(index: HtmlIndex, metas: MetaIndex, ld: Record<string, unknown> | null): string | null {
  const candidates: unknown[] = [];
  candidates.push(metaContent(metas, DATE_METAS.slice(0, 3)), ld?.datePublished, metaContent(metas, DATE_METAS.slice(3)));
  for (const { el, inComment } of index.datePublished) {
    if (!inComment) candidates.push(el.attribs.content ?? el.attribs.datetime ?? inlineText(el));
  }
  const times = index.times.filter((t) => !t.inComment);
  const articleTime = times.find((t) => t.inArticle || t.inChrome) ?? times[0];
  if (articleTime !== undefined) candidates.push(articleTime.el.attribs.datetime);
  candidates.push(ld?.dateCreated);
  for (const candidate of candidates) {
    const iso = typeof candidate === 'string' ? toIsoDate(candidate) : null;
    if (iso !== null) return iso;
  }
  return null;
}

function readAuthor(index: HtmlIndex, metas: MetaIndex, ld: Record<string, unknown> | null): string | null {
  const fromMeta = metaContent(metas, ['meta[name="author"]', 'meta[name="dc.creator"]', 'meta[name="parsely-author"]']);
  if (fromMeta !== null && !isUrl(fromMeta)) return fromMeta;
  const fromLd = ldNames(ld?.author);
  if (fromLd !== null) return fromLd;
  const articleAuthor = metaContent(metas, ['meta[property="article:author"]']);
  if (articleAuthor !== null && !isUrl(articleAuthor)) return articleAuthor;
  for (const marks of index.authorMarks) {
    for (const { el, inComment } of marks) {
      if (inComment) continue;
      const nameEl = findDescendant(el, (d) => d.attribs.itemprop === 'name');
      const text = (nameEl !== null ? inlineText(nameEl) : el.attribs.content ?? inlineText(el)).replace(/^by:?\s+/i, '').trim();
      if (text !== '' && text.length <= 100) return text;
    }
  }
  return null;
}

function readTags(metas: MetaIndex, ld: Record<string, unknown> | null): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  const add = (tag: string): void => {
    const t = tag.trim();
    if (t !== '' && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      tags.push(t);
    }
  };
  const keywords = metaContent(metas, ['meta[name="keywords"]', 'meta[name="news_keywords"]']);
  if (keywords !== null) keywords.split(',').forEach(add);
  for (const tag of metas.get('property=article:tag') ?? []) add(tag);
  const ldKeywords = ld?.keywords;
  if (typeof ldKeywords === 'string') ldKeywords.split(',').forEach(add);
  else if (Array.isArray(ldKeywords)) ldKeywords.forEach((k) => typeof k === 'string' && add(k));
  return tags;
}

/** `<meta>` contents by `attribute=value` (lower-case), read in one pass over the page's meta elements. */
type MetaIndex = Map<string, string[]>;

const META_ATTRIBUTES = ['name', 'property', 'itemprop', 'http-equiv'] as const;
const META_SELECTOR = /^meta\[([\w-]+)="([^"]+)"\]$/;

function indexMetas(elements: readonly Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of elements) {
    const content = el.attribs.content;
    if (content === undefined) continue;
    for (const attribute of META_ATTRIBUTES) {
      const value = el.attribs[attribute];
      if (value === undefined) continue;
      const key = `${attribute}=${value.trim().toLowerCase()}`;
      const list = index.get(key);
      if (list === undefined) index.set(key, [content]);
      else list.push(content);
    }
  }
  return index;
}

/** First non-empty `content` of the `meta[attribute="value"]` selectors, in order. */
function metaContent(metas: MetaIndex, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const m = META_SELECTOR.exec(selector);
    if (m === null) continue;
    for (const content of metas.get(`${m[1]}=${m[2]!.toLowerCase()}`) ?? []) {
      const value = content.replace(/\s+/g, ' ').trim();
      if (value) return value;
    }
  }
  return null;
}

/** The page's article node from its JSON-LD (an Article-like type, else any node with datePublished). */
function articleJsonLd(scripts: readonly Element[]): Record<string, unknown> | null {
  const nodes: Record<string, unknown>[] = [];
  for (const script of scripts) {
    const source = textOf(script);
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    collectNodes(parsed, nodes);
  }
  const isArticle = (n: Record<string, unknown>): boolean => {
    const type = n['@type'];
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage');
  };
  return nodes.find(isArticle) ?? nodes.find((n) => n.datePublished !== undefined) ?? null;
}

/** Flattens JSON-LD (arrays, `@graph`) into its object nodes, breadth-first, bounded. */
function collectNodes(value: unknown, out: Record<string, unknown>[]): void {
  const queue: unknown[] = [value];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_JSON_LD_NODES) {
    const item = queue.shift();
    visited += 1;
    if (Array.isArray(item)) {
      queue.push(...(item as unknown[]).slice(0, MAX_JSON_LD_NODES));
    } else if (item !== null && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      out.push(node);
      if (Array.isArray(node['@graph'])) queue.push(...(node['@graph'] as unknown[]).slice(0, MAX_JSON_LD_NODES));
    }
  }
}

/** The raw text children of an element (a script's source, a title's text). */
function textOf(el: Element): string {
  let text = '';
  for (const child of el.children) if (isText(child)) text += child.data;
  return text;
}

function ldText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.replace(/\s+/g, ' ').trim();
  return null;
}

function ldId(value: unknown): string | null {
  if (typeof value === 'string') return ldText(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return ldText((value as Record<string, unknown>)['@id']);
  return null;
}

/** Author names from JSON-LD: a string, a `{ name }` object or a list (joined with ", "). */
function ldNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = typeof item === 'string' ? ldText(item) : item !== null && typeof item === 'object' ? ldText((item as Record<string, unknown>).name) : null;
    if (name !== null && !isUrl(name)) names.push(name);
  }
  return names.length === 0 ? null : names.join(', ');
}

/** The first candidate that is an absolute http(s) URL (a relative one is resolved against a later absolute one). */
function absoluteUrl(...candidates: (string | null)[]): string | null {
  const base = candidates.find((c): c is string => c !== null && /^https?:\/\//i.test(c.trim()));
  for (const candidate of candidates) {
    if (candidate === null || candidate.trim() === '') continue;
    try {
      const resolved = new URL(candidate.trim(), base);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // not a URL: try the next candidate
    }
  }
  return null;
}

function hostLabel(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text.trim());
}
