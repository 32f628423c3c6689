import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/ingest/html-metadata.js';
import { htmlNesting, MAX_HTML_DEPTH, MAX_HTML_STACK_SCAN } from '../../src/ingest/html-nesting.js';
import { parseFile } from '../../src/ingest/parse-file.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { fixture, sourceFile } from './load-source-file.js';

function parsed(name: string): ParsedDocument {
  const result = parseFile(fixture(`html/${name}`));
  expect(result.diagnostics).toEqual([]);
  return result.value!;
}

describe('WordPress page with a threaded comment list', () => {
  const doc = parsed('wordpress-thread.html');

  it('reads the metadata', () => {
    expect(doc).toMatchObject({
      format: 'html',
      hasMetadata: true,
      title: 'Storage Outage Takes Down Photo Sites',
      url: 'https://cloudnotes.example/2008/07/20/storage-outage/',
      published: '2008-07-20T18:05:00Z',
      author: 'Dana Whitfield',
      description: 'A storage service was down for eight hours.',
      tags: ['storage', 'outage', 'S3'],
      meta: { siteName: 'Cloud Notes', language: 'en-US', type: 'article' },
    });
  });

  it('keeps only the article text', () => {
    expect(doc.text).toBe(
      'The storage service went offline this morning & stayed down for more than eight hours.\n\n' +
        'Customers reported that images and avatars vanished.\nStatus pages stayed green.\n\n' +
        'What failed\n\n' +
        'Internal gossip between servers\nRequest routing\n\n' +
        'Update: the provider says service is restored.',
    );
  });

  it('flattens the threaded comments in page order, skipping the pingback', () => {
    expect(doc.comments).toEqual([
      {
        author: 'Andy Seidl',
        text: 'Reliability issues will not be the downfall of cloud computing.\n\nArchitect for failure.',
        published: '2008-07-20T19:10:00Z',
        url: 'http://andy.example/blog',
      },
      { author: 'Will Scott', text: '@Andy, compared to what an average enterprise achieves?', published: '2008-07-20T20:00:00Z', url: null },
      { author: 'Andy Seidl', text: 'Less downtime, I would bet.', published: '2008-07-21', url: null },
      { author: 'Stacey Higginbotham', text: 'The redundancy point is key.\n\nYou can’t rely on one provider.', published: '2008-07-22T09:15:00', url: null },
    ]);
  });
});

describe('schema.org Comment page', () => {
  const doc = parsed('schema-comments.html');

  it('reads JSON-LD metadata from an @graph (skipping invalid JSON-LD)', () => {
    expect(doc).toMatchObject({
      title: 'Post-mortem: DNS failure at Example Corp',
      published: '2021-03-04T09:30:00-08:00',
      author: 'Priya Raman, Jon Bell',
      url: 'https://eng.example.com/posts/dns-failure',
      description: 'How a zone file push broke name resolution.',
      tags: ['dns', 'postmortem'],
    });
    expect(doc.text).toBe('On March 3 a malformed zone file was pushed to every authoritative server.\n\nResolution failed for 47 minutes.');
  });

  it('reads author, link, date and text of each Comment item, nested replies flattened', () => {
    expect(doc.comments).toEqual([
      { author: 'Morgan Lee', text: 'Did you consider staged rollouts for zone files?', published: '2021-03-04T12:00:00Z', url: 'https://mlee.example/' },
      { author: 'Priya Raman', text: 'Yes, that is the main follow-up item.', published: '2021-03-04T13:30:00Z', url: null },
      { author: null, text: 'Anonymous reader here: thanks for the candour.', published: null, url: null },
    ]);
  });
});

describe('article.comment page', () => {
  const doc = parsed('article-comment.html');

  it('reads og metadata and keeps comments out of the article', () => {
    expect(doc).toMatchObject({
      title: 'Power loss in the Dublin data center',
      url: 'https://status.example.net/incidents/2019-dublin-power',
      published: '2019-08-09',
      author: null,
    });
    expect(doc.text).toBe('A utility power failure hit the Dublin facility at 14:02 UTC.\n\nGenerators failed to start on two of four feeds.');
  });

  it('reads nested article.comment elements once each and drops empty ones', () => {
    expect(doc.comments).toEqual([
      { author: 'Alex Kim', text: 'Were the generators tested recently?', published: '2019-08-09T16:00:00Z', url: null },
      { author: 'Ops Team', text: 'Monthly, but not under full load.', published: '2019-08-09T17:00:00Z', url: null },
      { author: null, text: 'Same thing happened to us in 2017.', published: null, url: null },
    ]);
  });
});

describe('page with heavy navigation, scripts and footer', () => {
  const doc = parsed('heavy-chrome.html');

  it('prefers og:title (site suffix removed), resolves a relative canonical URL, skips a URL author', () => {
    expect(doc).toMatchObject({
      title: 'Load balancer misconfiguration causes outage',
      url: 'https://techwire.example/news/lb-outage',
      published: null,
      author: 'Sam O\'Neil',
      description: 'A config push removed every backend.',
      tags: ['load balancer', 'misconfiguration'],
      comments: [],
    });
  });

  it('keeps the story text only', () => {
    expect(doc.text).toBe(
      'A configuration push on Tuesday removed every backend from the pool.\n\n' +
        'Traffic returned HTTP\u00a0503 for 42 minutes.\n\n' +
        'Push at 10:00\nRollback at 10:42\n\n' +
        'Region Impact\nEU Full\n\n' +
        'backend pool: []\nhealth: n/a',
    );
    expect(doc.text).not.toMatch(/tracking|injected|Hidden promo|cookies|Trending|Home|Privacy|Subscribe|enable JavaScript|TechWire/);
  });
});

describe('page without article text', () => {
  it('is a fatal no-article-text diagnostic', () => {
    expect(parseFile(fixture('html/no-article.html'))).toEqual({
      value: null,
      diagnostics: [
        {
          file: 'html/no-article.html',
          stage: 'parse',
          code: 'no-article-text',
          reason: 'HTML page has no article text (after removing navigation, scripts, page chrome and comments)',
          fatal: true,
        },
      ],
    });
  });
});

describe('HTML details', () => {
  it('falls back from og:title to the article h1 and then <title>, and drops the repeated h1 from the text', () => {
    const withH1 = parseFile(sourceFile('a.html', '<title>Ignored | Site</title><header><h1>Site logo</h1></header><article><h1>Real title</h1><p>Body.</p></article>'));
    expect(withH1.value).toMatchObject({ title: 'Real title', text: 'Body.', hasMetadata: true });
    const withTitle = parseFile(sourceFile('b.htm', '<title>Disk failure report | Ops Blog</title><p>Body.</p>'));
    expect(withTitle.value).toMatchObject({ title: 'Disk failure report', text: 'Body.' });
  });

  it('takes the date from time[datetime] outside comments and JSON-LD datePublished in an array', () => {
    const html =
      '<script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2015-09-20"}]</script>' +
      '<article><p>Text.</p></article>';
    expect(parseFile(sourceFile('c.html', html)).value?.published).toBe('2015-09-20');
    const timed = '<div class="comment"><p>c</p><time datetime="2001-01-01">x</time></div><article><time datetime="2015-09-20T10:00:00Z">Sep</time><p>Text.</p></article>';
    expect(parseFile(sourceFile('d.html', timed)).value?.published).toBe('2015-09-20T10:00:00Z');
  });

  it('does not take highlighted code comments for reader comments', () => {
    const html = '<article><p>The fix:</p><pre><code><span class="token comment">// retry with backoff</span>\nretry()</code></pre><div class="highlight"><div class="comment">not inside code: a comment</div></div></article>';
    const doc = parseFile(sourceFile('code.html', html)).value!;
    expect(doc.text).toBe('The fix:\n\n// retry with backoff\nretry()');
    expect(doc.comments).toEqual([{ author: null, text: 'not inside code: a comment', published: null, url: null }]);
  });

  it('chooses the <article> with the most text', () => {
    const html = '<article><p>Teaser.</p></article><article><p>The real article text is longer than the teaser.</p></article>';
    expect(parseFile(sourceFile('e.html', html)).value?.text).toBe('The real article text is longer than the teaser.');
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Storage outage | Cloud Notes', null, null, 'Storage outage'],
    ['Storage outage | Section | Cloud Notes', null, null, 'Storage outage'],
    ['Why Amazon Went Down - GigaOM', 'GigaOM', null, 'Why Amazon Went Down'],
    ['Why Amazon Went Down - gigaom.com', null, null, 'Why Amazon Went Down'],
    ['AWS outage - what happened', null, null, 'AWS outage - what happened'],
    ['Cloud Notes | Storage outage today', 'Cloud Notes', null, 'Storage outage today'],
    ['Post - Example Blog', null, 'https://example.com/x', 'Post - Example Blog'],
  ])('%j (site %j, url %j) -> %j', (raw, site, url, expected) => {
    expect(cleanTitle(raw, site, url)).toBe(expected);
  });
});

describe('HTML nested past the bounds', () => {
  it('refuses 20,000 nested <div>s and 10,000 unclosed <div><b>s before parsing, naming the line', () => {
    const nested = `<html><body>\n${'<div>'.repeat(20_000)}hello${'</div>'.repeat(20_000)}</body></html>`;
    expect(parseFile(sourceFile('nested.html', nested))).toEqual({
      value: null,
      diagnostics: [
        {
          file: 'nested.html',
          stage: 'parse',
          code: 'too-complex',
          reason: `HTML nests elements more than ${MAX_HTML_DEPTH} deep (unclosed or nested tags); refused before parsing`,
          line: 2,
          fatal: true,
        },
      ],
    });
    const unclosed = `<body>${'<div><b>'.repeat(10_000)}hello${'</i>'.repeat(20_000)}`;
    expect(parseFile(sourceFile('unclosed.html', unclosed)).diagnostics.map((d) => d.code)).toEqual(['too-complex']);
  });

  it('refuses closing tags that match nothing under a deep stack (each scans the whole stack in htmlparser2)', () => {
    const html = `<body>${'<div>'.repeat(5_000)}hello\n${'</i>'.repeat(20_000)}`;
    expect(parseFile(sourceFile('unmatched.html', html)).diagnostics).toEqual([
      {
        file: 'unmatched.html',
        stage: 'parse',
        code: 'too-complex',
        reason: `HTML closing tags scan more than ${MAX_HTML_STACK_SCAN} open elements in all (unclosed or unmatched tags); refused before parsing`,
        line: 2,
        fatal: true,
      },
    ]);
  });

  it('does not count self-closing, void, raw-text and commented-out tags', () => {
    const p = '<p>para'.repeat(2_000);
    const voids = '<br><img src="x.png"><hr/>'.repeat(2_000);
    const script = `<script>${'<div>'.repeat(2_000)}</script><!-- ${'<div>'.repeat(2_000)} -->`;
    const doc = parseFile(sourceFile('flat.html', `<html><body><ul>${'<li>item'.repeat(2_000)}</ul>${p}${voids}${script}<div><span>end</span></div></body></html>`));
    expect(doc.diagnostics).toEqual([]);
    expect(htmlNesting('<div><div><span></span></div><b></div>')).toEqual({ depth: 3, problem: null });
    expect(htmlNesting('<div>\n<div>\n<div>', 2).problem?.line).toBe(3);
    expect(htmlNesting('<div><div></i></i>', 10, 3).problem?.reason).toMatch(/^HTML closing tags scan more than 3 open elements/);
  });
});
