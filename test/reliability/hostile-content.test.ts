/**
 * Hostile content end to end: a corpus whose titles, front-matter values, bodies, reader
 * comments and URLs carry HTML, JavaScript, `javascript:` links, spreadsheet formulas and
 * BibTeX/RIS syntax (test/fixtures/reliability/hostile-corpus/) is ingested for real, served by
 * the real app, and every page and every export is checked: pages show the markup as text and
 * contain no script but the site's own, no event-handler attribute, no `javascript:` URL, no
 * frame; the CSP forbids inline script; CSV neutralises formulas; JSONL and CSL-JSON are valid
 * JSON carrying the text literally; BibTeX and RIS read back to the same titles.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../../scripts/soak/send-request.js';
import { serveIngested, type IngestedApp } from '../../scripts/soak/serve-ingested.js';
import { exportToDirectory, exportToStream, type ExportOptions } from '../../src/export/index.js';
import { compareStrings } from '../../src/model/compare-strings.js';
import type { KnowledgeDocument } from '../../src/model/index.js';

const CORPUS = path.resolve('test/fixtures/reliability/hostile-corpus');
const BOUND_MS = 30_000;

let served: IngestedApp;
let scratch: string;
let documents: KnowledgeDocument[];
/** What beforeAll set up, undone in reverse order (only what it got to, if it failed). */
const cleanups: (() => Promise<void>)[] = [];

/** The document ingested from `file` of the fixture corpus. */
function documentFrom(file: string): KnowledgeDocument {
  const doc = documents.find((d) => d.sources.some((s) => s.path === file));
  if (doc === undefined) throw new Error(`no document from ${file}`);
  return doc;
}

beforeAll(async () => {
  served = await serveIngested(CORPUS);
  cleanups.push(() => served.close());
  scratch = await mkdtemp(path.join(tmpdir(), 'faultline-hostile-content-'));
  cleanups.push(() => rm(scratch, { recursive: true, force: true }));
  documents = [...served.kb.documents.values()].sort((a, b) => compareStrings(a.id, b.id));
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** True for a URL a browser would run or render as a document: javascript:, vbscript:, data: (after the trimming browsers do). */
function isActiveUrl(value: string): boolean {
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data|livescript):/.test(squeezed) || squeezed.startsWith("&#");
}

/** Attributes that hold URLs. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data', 'background', 'cite', 'ping']);

/** The tag name of a parsed node. */
function tagOf(node: unknown): string {
  return (node as { tagName?: string }).tagName ?? '?';
}

/** Every way `html` could run or embed something that did not come from this site; empty when inert. */
function activeMarkup(html: string): string[] {
  const found: string[] = [];
  const $ = load(html);
  $('script').each((_, el) => {
    const src = $(el).attr('src');
    if (src === undefined || !/^\/static\/[\w.-]+\.js$/.test(src)) found.push(`script src=${String(src)}`);
    if ($(el).text().trim() !== '') found.push(`inline script: ${$(el).text().slice(0, 80)}`);
  });
  $('iframe, frame, frameset, object, embed, applet, base, portal').each((_, el) => {
    found.push(`<${tagOf(el)}>`);
  });
  $('meta[http-equiv]').each((_, el) => {
    found.push(`meta http-equiv=${$(el).attr('http-equiv')}`);
  });
  $('style').each((_, el) => {
    found.push(`inline style: ${$(el).text().slice(0, 80)}`);
  });
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`<${tagOf(el)} ${name}=${value.slice(0, 60)}>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && isActiveUrl(value)) found.push(`<${tagOf(el)} ${name}=${value.slice(0, 60)}>`);
      if (name.toLowerCase() === 'style') found.push(`<${tagOf(el)} style=${value.slice(0, 60)}>`);
    }
  });
  $('form').each((_, el) => {
    const action = $(el).attr('action') ?? '';
    if (!action.startsWith('/')) found.push(`form action=${action}`);
  });
  // A second, parser-independent look: raw `<script` only as the site's own external scripts.
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/^<script src="\/static\/[\w.-]+\.js"( defer)?( type="module")?>$/.test(match[0])) found.push(`raw ${match[0].slice(0, 80)}`);
  }
  return found;
}

/** Fetches a page, returns status, headers and HTML. */
async function page(pathname: string) {
  const answer = await sendRequest(served.base, { path: pathname }, BOUND_MS);
  return answer;
}

describe('the ingest of the hostile corpus', () => {
  it('ran no front-matter code and polluted no prototype', () => {
    const global = globalThis as Record<string, unknown>;
    expect([global.faultlineHostileEval, global.faultlineHostileTag]).toEqual([undefined, undefined]);
    const probe = {} as Record<string, unknown>;
    expect([probe.faultlinePolluted, probe.faultlinePollutedByMerge, probe.faultlinePollutedByConstructor]).toEqual([undefined, undefined, undefined]);
    // `---js` does not open front matter: the file is text; a `!!js/function` tag is refused.
    expect(documentFrom('pwn-js-engine.md').title).toMatch(/^---js \{ title: \(globalThis\.faultlineHostileEval = 1/);
    expect(served.report!.manifest.errors.map((e) => [e.file, e.code])).toEqual([['pwn-yaml-tag.md', 'malformed-front-matter']]);
    expect(documentFrom('pwn-yaml.md').meta).toEqual({ base: {}, merged: {}, constructor: { prototype: { faultlinePollutedByConstructor: 'yes' } } });
    expect(documents).toHaveLength(6);
  });
});

describe('the checker', () => {
  it('finds every kind of active markup in the hostile source page itself', async () => {
    const found = activeMarkup(await readFile(path.join(CORPUS, 'initech-page.html'), 'utf8'));
    for (const expected of [
      "inline script: alert('html-head-script')",
      "inline style: body { background: url(\"javascript:alert('html-style')\") }",
      "<body onload=alert('html-body-onload')>",
      "<img onerror=alert('html-img')>",
      "<a href=javascript:alert('html-link')>",
      '<a href=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>',
      '<iframe>',
      "<iframe src=javascript:alert('html-iframe')>",
      "<a href=javascript:alert('html-svg-link')>", // the SVG link's xlink:href, as the parser names it
      "<p onclick=alert('html-onclick')>",
      'raw <script>',
    ]) {
      expect(found).toContain(expected);
    }
    expect(activeMarkup('<a href=" &#x6A;avascript:alert(1)">x</a><a href="JaVa\tScRiPt:alert(1)">y</a><form action="https://evil.example/"></form>')).toEqual([
      '<a href= javascript:alert(1)>',
      '<a href=JaVa\tScRiPt:alert(1)>',
      'form action=https://evil.example/',
    ]);
    expect(activeMarkup('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p><script src="/static/search.js" defer></script>')).toEqual([]);
  });
});

describe('pages render hostile corpus text as text', () => {
  const paths = (): string[] => [
    '/',
    '/?q=globex',
    '/?q=initech',
    '/?q=hooli',
    '/?q=umbrella',
    '/?q=script+alert',
    '/?q=onerror',
    '/?q=javascript',
    '/?q=hyperlink',
    '/?q=storage&layer=storage',
    '/stats',
    ...[...served.kb.incidents.keys()].sort().map((id) => `/incidents/${encodeURIComponent(id)}`),
  ];

  it('every page: no script but /static ones, no on* attribute, no javascript: or data: URL, no frame or object', async () => {
    const pages = paths();
    expect(pages).toHaveLength(11 + 6);
    for (const pathname of pages) {
      const answer = await page(pathname);
      expect(answer.status, pathname).toBe(200);
      expect(answer.headers['content-type'], pathname).toMatch(/^text\/html; charset=utf-8/);
      expect(activeMarkup(answer.body), pathname).toEqual([]);
    }
  });

  it('error pages with markup in the address are inert too', async () => {
    for (const [pathname, status] of [
      ['/no-such-page-%3Cscript%3Ealert(1)%3C/script%3E', 404],
      ['/incidents/%3Cimg%20src=x%20onerror=alert(1)%3E', 400],
      // Any text searches (docs/query-language.md); 17 terms are refused.
      ['/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E*a*b*c*', 200],
      [`/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E${'+w'.repeat(16)}`, 400],
    ] as const) {
      const answer = await page(pathname);
      expect(answer.status, pathname).toBe(status);
      expect(activeMarkup(answer.body), pathname).toEqual([]);
    }
  });

  it('the incident pages show the titles, authors and comments literally', async () => {
    const globex = documentFrom('globex-front-matter.md');
    const $g = load((await page(`/incidents/${globex.incident}`)).body);
    expect($g('h1').text()).toContain("<script>alert('fm-title')</script> Globex storage outage <img src=x onerror=alert('fm-title-img')>");
    expect($g('body').text()).toContain("<svg onload=alert('fm-author')>Mallory</svg>");
    // The javascript: URL of the front matter is shown as text at most, never linked.
    expect($g(`a[href*="alert"]`)).toHaveLength(0);

    const initech = documentFrom('initech-page.html');
    const $i = load((await page(`/incidents/${initech.incident}`)).body);
    const text = $i('body').text();
    expect($i('h1').text()).toContain(`=HYPERLINK("http://evil.example","x") <script>alert('html-title')</script> Initech DNS outage`);
    expect(text).toContain("<img src=x onerror=alert('html-comment-author')>");
    expect(text).toContain("<script>alert('html-comment')</script> DNS again, always DNS.");
    expect(text).toContain("=cmd|' /C calc'!A0");

    const umbrella = documentFrom('umbrella-citation.md');
    const $u = load((await page(`/incidents/${umbrella.incident}`)).body);
    // An http(s) source URL stays a link, with its query string escaped in the attribute.
    expect($u('a[href="https://status.umbrella.example/incidents/2018-02-03?a=1&b=%3Cx%3E"]').length).toBeGreaterThan(0);
  });

  it('search results show the hostile titles as text', async () => {
    const $ = load((await page('/?q=globex')).body);
    expect($('main').text()).toContain("<script>alert('fm-title')</script> Globex storage outage");
  });

  it('the Content-Security-Policy forbids inline script, eval, plugins and framing', async () => {
    for (const pathname of ['/', `/incidents/${documentFrom('initech-page.html').incident}`, '/stats', '/api/stats', '/no-such-page']) {
      const answer = await page(pathname);
      const csp = String(answer.headers['content-security-policy']);
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      const scripts = directives.get('script-src') ?? directives.get('default-src');
      expect(scripts, pathname).toEqual(["'self'"]);
      expect(directives.get('default-src'), pathname).toEqual(["'self'"]);
      expect(directives.get('object-src'), pathname).toEqual(["'none'"]);
      expect(directives.get('base-uri'), pathname).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors'), pathname).toEqual(["'none'"]);
      expect(csp, pathname).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(answer.headers['x-content-type-options'], pathname).toBe('nosniff');
    }
  });

  it('the JSON API serves the same text as JSON, never as HTML', async () => {
    const initech = documentFrom('initech-page.html');
    const answer = await sendRequest(served.base, { path: `/api/incidents/${initech.incident}` }, BOUND_MS);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(answer.body) as { reports: KnowledgeDocument[] };
    expect(body.reports.map((r) => r.title)).toEqual([initech.title]);
    expect(body.reports[0]!.comments.map((c) => c.author)).toEqual([
      "<img src=x onerror=alert('html-comment-author')>",
      "=cmd|' /C calc'!A0",
      "javascript:alert('html-comment-url')",
    ]);
  });
});

/** A single-file export in memory. */
async function exported(options: ExportOptions): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer | string) => chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  await exportToStream(served.kb, options, sink);
  return Buffer.concat(chunks).toString('utf8');
}

/** First characters that make a spreadsheet run a cell (csv-table.ts's FORMULA_TRIGGERS). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (numbers stay numbers in the CSV export). */
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Cells of `csv` that a spreadsheet would run as formulas. */
function formulaCells(records: string[][]): string[] {
  return records.flat().filter((cell) => FORMULA_START.test(cell) && !NUMBER.test(cell));
}

describe('exports carry hostile text inertly', () => {
  it('CSV (single file): every cell beginning with =, +, -, @ is written with a leading quote', async () => {
    const csv = await exported({ format: 'csv' });
    const records: string[][] = parse(csv, { relax_column_count: false });
    expect(records).toHaveLength(1 + documents.length);
    expect(formulaCells(records)).toEqual([]);
    const cells = records.flat();
    expect(cells).toContain(`'${documentFrom('hooli-report.txt').title}`);
    expect(cells).toContain(`'${documentFrom('initech-page.html').title}`);
    expect(cells).toContain(documentFrom('globex-front-matter.md').title);
  });

  it('CSV (data package): every table, comments and tags included, neutralised', async () => {
    const dir = path.join(scratch, 'csv-package');
    await exportToDirectory(served.kb, { format: 'csv' }, dir);
    const tables = (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort();
    expect(tables).toEqual(['action_items.csv', 'comments.csv', 'documents.csv', 'incidents.csv', 'tags.csv', 'timeline.csv']);
    for (const table of tables) {
      const records: string[][] = parse(await readFile(path.join(dir, table), 'utf8'));
      expect(formulaCells(records), table).toEqual([]);
    }
    const comments: string[][] = parse(await readFile(path.join(dir, 'comments.csv'), 'utf8'));
    expect(comments.flat()).toContain(`'=cmd|' /C calc'!A0`);
    expect(comments.flat()).toContain(`'-1 for the status page being on the same DNS zone as the product.`);
  });

  it('CSV: a line feed inside a cell cannot start a row (cells with line breaks are quoted)', async () => {
    const csv = await exported({ format: 'csv' });
    const lenient: string[][] = parse(csv, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true });
    expect(lenient.map((record) => record.length)).toEqual(Array.from({ length: 1 + documents.length }, () => lenient[0]!.length));
    expect(formulaCells(lenient)).toEqual([]);
  });

  it('JSONL: one valid JSON object a line, the text exactly as ingested', async () => {
    const lines = (await exported({ format: 'jsonl' })).trimEnd().split('\n');
    expect(lines).toHaveLength(documents.length);
    const records = lines.map((line) => JSON.parse(line) as { id: string; title: string; url: string | null; comments: { author: string | null }[] });
    expect(records.map((r) => r.title)).toEqual(documents.map((d) => d.title));
    expect(records.map((r) => r.url)).toEqual(documents.map((d) => d.url));
  });

  it('CSL-JSON: valid JSON with the titles literal', async () => {
    const items = JSON.parse(await exported({ format: 'csl-json' })) as { id: string; title: string }[];
    expect(items.map((i) => i.title)).toEqual(documents.map((d) => d.title));
  });

  it('BibTeX: braces in titles and authors are escaped, so a parser reads back one entry per document with the same titles', async () => {
    const text = await exported({ format: 'bibtex' });
    expect(text.match(/^@online\{/gm)).toHaveLength(documents.length);
    expect(text).not.toMatch(/^\s*note = \{injected/m);
    const entries = new Cite(text, { forceType: '@biblatex/text' }).data as { title: string; note?: string }[];
    // LaTeX reads `---` and `--` as dash ligatures, and so does the BibTeX parser.
    const asLatexReadsIt = (title: string): string => title.replace(/---/g, '\u2014').replace(/--/g, '\u2013');
    expect(entries.map((e) => e.title)).toEqual(documents.map((d) => asLatexReadsIt(d.title ?? '')));
    expect(entries.filter((e) => e.note?.includes('injected') === true)).toEqual([]);
  });

  it('RIS: one TY..ER record per document (line breaks in values cannot start a record), titles read back', async () => {
    const text = await exported({ format: 'ris' });
    expect(text.match(/^TY {2}- /gm)).toHaveLength(documents.length);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(documents.length);
    expect(text).not.toMatch(/^TI {2}- injected/m);
    const records = new Cite(text, { forceType: '@ris/file' }).data as { title: string }[];
    expect(records.map((r) => r.title)).toEqual(documents.map((d) => d.title));
  });

  it('/api/export serves downloads as attachments that a browser will not sniff as HTML', async () => {
    for (const [format, type] of [
      ['csv', /^text\/csv/],
      ['jsonl', /^application\/(x-ndjson|jsonl|json)/],
      ['bibtex', /^(application\/x-bibtex|text\/x-bibtex|text\/plain)/],
      ['ris', /^(application\/x-research-info-systems|text\/plain)/],
    ] as const) {
      const answer = await sendRequest(served.base, { path: `/api/export?format=${format}` }, BOUND_MS);
      expect(answer.status, format).toBe(200);
      expect(answer.headers['content-type'], format).toMatch(type);
      expect(answer.headers['content-disposition'], format).toMatch(/^attachment; filename="faultline-[\w.-]+"$/);
      expect(answer.headers['x-content-type-options'], format).toBe('nosniff');
    }
    const csv = await sendRequest(served.base, { path: '/api/export?format=csv' }, BOUND_MS);
    expect(csv.body).toBe(await exported({ format: 'csv' }));
  });
});
