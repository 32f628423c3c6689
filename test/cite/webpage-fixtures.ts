/**
 * Web-page fixtures for the citation tests, each modelled on a citation failure seen on the 242
 * real post-mortems (issue 15): a name and identifiers that title case mangles, a publisher that
 * was a bare host (`www3.epa.gov`), an untitled page that was cited by its first sentence, a
 * Markdown-garbled URL, an HTML page whose `og:site_name` was lost behind its host, and an
 * operator's summary whose key was `www32004_…`-like. The texts are written for these tests.
 */
import { parseFile } from '../../src/ingest/parse-file.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import { amazonDocument } from '../fixtures/export/records.js';
import { sourceFile } from '../ingest/load-source-file.js';

/** What a fixture sets; every other field comes from the export fixture's analysed document. */
interface PageSpec {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  meta?: Record<string, unknown>;
  /** The incident date the analysis read from the text (ISO day, month or year), if any. */
  incident?: string;
  /** The article text; its first sentence is the summary (and must never become a title). */
  text: string;
}

/** A knowledge document holding only what a citation reads, the rest from an analysed fixture. */
function page(spec: PageSpec): KnowledgeDocument {
  const first = spec.text.split(/(?<=\.)\s/)[0] ?? spec.text;
  return {
    ...amazonDocument,
    id: spec.id,
    title: spec.title,
    url: spec.url,
    published: spec.published,
    author: spec.author,
    meta: spec.meta ?? {},
    text: spec.text,
    comments: [],
    summary: { text: first, sentences: [{ start: 0, end: first.length, text: first }] },
    dates: {
      incident: spec.incident ? { value: spec.incident, precision: spec.incident.length === 10 ? 'day' : spec.incident.length === 7 ? 'month' : 'year', from: 'text', zone: null, evidence: null } : null,
      published: spec.published?.slice(0, 10) ?? null,
      ingested: null,
      problems: [],
    },
  };
}

/** An operator's status write-up whose title opens with a lower-case product name and names a region. */
export const incidentIoPage = page({
  id: 'f1a0000000000001',
  title: 'incident.io degraded during the AWS us-east-1 outage of October 20, 2025: what our on-call saw',
  url: 'https://incident.io/blog/aws-us-east-1-october-2025',
  published: '2025-10-22',
  author: null,
  incident: '2025-10-20',
  text: 'Our API returned errors for 41 minutes while a cloud region was impaired. We moved traffic to another region.',
});

/** A government PDF on a numbered host (`www3.`), with a short title. */
export const epaBlackoutPage = page({
  id: 'f1a0000000000002',
  title: 'Northeast blackout',
  url: 'https://www3.epa.gov/region1/npdes/example/AR-0000.pdf',
  published: '2004-04-01',
  author: null,
  incident: '2003-08',
  text: 'On the afternoon of the outage, a transmission line sagged into a tree. An alarm system failed silently.',
});

/** A page without any title: it must be cited as untitled, never by its first sentence. */
export const untitledRustPage = page({
  id: 'f1a0000000000003',
  title: null,
  url: 'https://blog.rust-lang.org/inside-rust/2023/07/21/example-postmortem.html',
  published: '2023-07-21',
  author: null,
  text: 'A deploy removed the download counter for an hour. Nobody lost any packages.',
});

/** A report whose front-matter URL is a Markdown link gone wrong, with a second link glued on. */
export const garbledUrlPage = page({
  id: 'f1a0000000000004',
  title: 'Postmortem on the read-only outage of Basecamp on November 9th, 2018',
  url: 'https://m.signalvnoise.com/postmortem-read-only-outage/), [see also](https://m.signalvnoise.com/update-read-only/',
  published: '2018-11-10',
  author: 'Jane Fielding',
  incident: '2018-11-08',
  text: 'A database column ran out of integers. The application went read-only for most of a day.',
});

/** An operator's summary with its site name in the front matter and an all-caps region. */
export const awsSummaryPage = page({
  id: 'f1a0000000000005',
  title: 'Summary of the Amazon Kinesis Event in the Northern Virginia (US-EAST-1) Region',
  url: 'https://aws.amazon.com/message/000000/',
  published: '2017-11-26',
  author: null,
  meta: { site_name: 'aws.amazon.com' },
  text: 'A capacity addition to the front-end fleet exceeded a thread limit. Requests failed for several hours.',
});

/** An HTML page parsed by the real parser: a site the table does not know names itself in `og:site_name`. */
export const northwindHtml = `<!doctype html>
<html lang="en"><head>
<title>Database failover took 14 minutes longer than planned | Northwind Status</title>
<meta property="og:site_name" content="Northwind Status">
<meta property="og:title" content="Database failover took 14 minutes longer than planned">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Priya Raman">
<link rel="canonical" href="https://status.northwind-hosting.example/incidents/2024-03-05-db-failover">
</head><body><article><h1>Database failover took 14 minutes longer than planned</h1>
<p>The primary database stopped answering at 09:12 UTC. The replica was promoted at 09:31 UTC.</p>
</article></body></html>`;

/** The Northwind page as the ingest pipeline's HTML parser reads it. */
export function northwindPage(): KnowledgeDocument {
  const parsed = parseFile(sourceFile('northwind-failover.html', northwindHtml)).value;
  if (!parsed) throw new Error('fixture: northwind-failover.html did not parse');
  return page({ id: 'f1a0000000000006', title: parsed.title, url: parsed.url, published: parsed.published, author: parsed.author, meta: parsed.meta, text: parsed.text });
}

/** A Cloudflare Blog post (HTML) whose page calls the site "The Cloudflare Blog": the table's name wins. */
export const cloudflareHtml = `<!doctype html>
<html lang="en"><head>
<title>Cloudflare outage on July 2, 2019</title>
<meta property="og:site_name" content="The Cloudflare Blog">
<meta property="og:title" content="Cloudflare outage on July 2, 2019">
<meta property="article:published_time" content="2019-07-02T20:00:00Z">
<meta property="og:url" content="https://blog.cloudflare.com/cloudflare-outage/">
</head><body><article><h1>Cloudflare outage on July 2, 2019</h1>
<p>A single rule in the web application firewall used all the CPU of every machine. Traffic dropped for 27 minutes.</p>
</article></body></html>`;

/** The Cloudflare page as the ingest pipeline's HTML parser reads it. */
export function cloudflarePage(): KnowledgeDocument {
  const parsed = parseFile(sourceFile('cloudflare-outage.html', cloudflareHtml)).value;
  if (!parsed) throw new Error('fixture: cloudflare-outage.html did not parse');
  return page({ id: 'f1a0000000000007', title: parsed.title, url: parsed.url, published: parsed.published, author: parsed.author, meta: parsed.meta, incident: '2019-07-02', text: parsed.text });
}
