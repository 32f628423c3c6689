import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.js';
import { isTitleLine } from '../../src/ingest/parse-text.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { fixture, seed, sourceFile } from './load-source-file.js';

function parsed(file: ReturnType<typeof fixture>): ParsedDocument {
  const result = parseFile(file);
  expect(result.diagnostics).toEqual([]);
  expect(result.value).not.toBeNull();
  return result.value!;
}

describe('isTitleLine', () => {
  it('accepts short headline lines and rejects sentences and long lines', () => {
    expect(isTitleLine('S3 Outage Highlights Fragility of Web Services', 200)).toBe(true);
    expect(isTitleLine('Why did S3 go down?', 200)).toBe(true);
    expect(isTitleLine('Amazon Outage: Decoding the E-Commerce Giant’s Disruption', 200)).toBe(true);
    expect(isTitleLine('The site went down this morning.', 200)).toBe(false);
    expect(isTitleLine('Update #3: A reader asked:', 200)).toBe(false);
    expect(isTitleLine('• a bullet', 200)).toBe(false);
    expect(isTitleLine('x'.repeat(201), 200)).toBe(false);
    expect(isTitleLine('1234', 200)).toBe(false);
  });
});

describe('plain-text fixtures', () => {
  it('keeps a repeated title once and removes share widgets', () => {
    const doc = parsed(fixture('text/repeated-title.txt'));
    expect(doc).toMatchObject({ format: 'text', hasMetadata: false, title: 'Cache stampede at Example Corp', comments: [] });
    expect(doc.text).toBe(
      'At 10:05 the cache hit rate fell to two percent.\n\nUpdate: The cache was warmed from a snapshot.\n\nUpdate #2: Service is fully restored.',
    );
  });

  it('has no title for a single-line file', () => {
    const doc = parsed(fixture('text/single-line.txt'));
    expect(doc.title).toBeNull();
    expect(doc.text).toBe(
      'One long paragraph with no blank lines and no title. It goes on describing the outage in detail, sentence after sentence, and ends with a period.',
    );
  });

  it('removes boilerplate lines anywhere and trailing about-the-site paragraphs', () => {
    const doc = parsed(fixture('text/boilerplate.txt'));
    expect(doc.title).toBe('Why the API went down');
    expect(doc.text).toBe(
      'The API returned errors for 30 minutes after a certificate expired.\n\n' +
        'This article was compiled from a mid-article sentence that stays because it is not trailing.\n\n' +
        'Engineers renewed the certificate and restarted the proxies.',
    );
  });

  it('keeps bullet lists as lines, update paragraphs, and joins wrapped prose', () => {
    const doc = parsed(fixture('text/bullets-and-updates.txt'));
    expect(doc.text).toBe(
      'The outage had three causes:\n\n' +
        '• A gossip protocol bug\n• Missing rate limits\n- A manual restart\n* An untested runbook\n1. Detect\n2. Mitigate\n\n' +
        'Update: The provider published a timeline.\n\n' +
        'Update #2: Credits will be issued.\n\n' +
        'Random Thought: the cloud has many points of failure, as this wrapped line shows when it is joined.',
    );
  });

  it('handles CRLF line endings', () => {
    const doc = parsed(fixture('text/crlf.txt'));
    expect(doc).toMatchObject({ title: 'Title with CRLF', text: 'First line wraps here.\n\nSecond paragraph.' });
  });

  it('splits a "says:" comment thread after a responses marker', () => {
    const doc = parsed(fixture('text/says-thread.txt'));
    expect(doc.text).toBe('The primary database failed over at 03:00 and replication lag grew to an hour.\n\nEngineers rebuilt the replica from a snapshot.');
    expect(doc.comments).toEqual([
      { author: 'jbyers', text: 'Were backups verified before the rebuild?', published: '2008-06-06T10:25:00', url: null },
      { author: 'Kim Lee', text: 'Same here, we lost an hour of writes.', published: '2008-06-06T11:00:00', url: null },
      { author: null, text: 'Anonymous coward comment without a name line.', published: null, url: null },
    ]);
  });

  it('does not mistake a name-shaped line inside an article for a thread', () => {
    const doc = parsed(fixture('text/subheading-not-thread.txt'));
    expect(doc.comments).toEqual([]);
    expect(doc.text.endsWith('The on-call engineer, Jane Smith, declared the incident at 14:05.')).toBe(true);
  });

  it('reads a .txt holding an HTML page as HTML', () => {
    const doc = parsed(fixture('text/saved-page.txt'));
    expect(doc).toMatchObject({ format: 'html', title: 'Saved page as txt', text: 'Article saved with a .txt extension.' });
  });
});

describe('seed corpus, plain text', () => {
  it('001: one long line, no title', () => {
    const doc = parsed(seed('001_c4b483a6c527ed12.txt'));
    expect(doc).toMatchObject({ format: 'text', title: null, hasMetadata: false, comments: [] });
    expect(doc.text.startsWith('Amazon.coms U.S. retail site became unavailable around 10:25 AM PST')).toBe(true);
    expect(doc.text.endsWith('Its another sign we cant take operations for granted, even in the cloud.')).toBe(true);
  });

  it('002: title once, bullets kept, no trailing boilerplate', () => {
    const doc = parsed(seed('002_edc960f0af580891.txt'));
    expect(doc.title).toBe('Amazon Outage: Decoding the E-Commerce Giant’s Disruption');
    expect(doc.text.includes('Amazon Outage: Decoding the E-Commerce Giant’s Disruption')).toBe(false);
    expect(doc.text.startsWith('The internet shuddered today as reports flooded in')).toBe(true);
    expect(doc.text.endsWith('• Diversification is Key: Businesses reliant on Amazon should diversify their sales channels to mitigate the impact of future outages.')).toBe(true);
    expect(doc.text).not.toMatch(/Scroll to Top|This article was compiled|Tech Buzz provides/);
    expect(doc.text).toContain('\n\nKey Takeaways\n\n• Robust Monitoring is Critical:');
    expect(doc.comments).toEqual([]);
  });

  describe('003: article and reader comments', () => {
    const doc = parsed(seed('003_d034e96823ecc3f3.txt'));

    it('title and article body ending at Amazon’s statement', () => {
      expect(doc.title).toBe('S3 Outage Highlights Fragility of Web Services');
      expect(doc.text.startsWith('Updated with Statement from Amazon: Amazon’s S3 cloud storage service went offline this morning')).toBe(true);
      expect(doc.text.endsWith('but the retail website did not show noticeable problems because it mostly uses cached data.')).toBe(true);
      expect(doc.text).toContain('\n\nUpdate #2:\u00a0Building an offline redundancy for Amazon S3 could be big opportunity');
      expect(doc.text).toContain('Update #3: A reader sent me an email and asked these two questions\n\n• Is the system designed to be fault tolerant?');
    });

    it('comment authors in order, null where the author line was lost', () => {
      expect(doc.comments.map((c) => c.author)).toEqual([
        'F. Andy Seidl',
        'Will Scott',
        'Ken Godskind',
        'Michael Sheehan',
        'Seth Caldwell',
        null,
        null,
        null,
        null,
        null,
        'Stacey Higginbotham',
        'Pran Kurup',
        null,
        'Robert Accettura',
        null,
        'Mark Roddis',
        'Om Malik',
        null,
        'Lonnie Wills',
        'Ohad Eder Pressman',
        null,
        'Om Malik',
        null,
        'Alan Wilensky',
        null,
      ]);
    });

    it('comment texts without signatures, locations or closing widgets', () => {
      const texts = doc.comments.map((c) => c.text);
      expect(texts[0]).toBe(
        'Despite what many pundits have to say, reliability issues will not be the downfall of cloud computing. Using cloud computing does not mean neglecting to architect solutions that meet their business requirements, including reliability requirements.\n\nI wrote more about this idea here:\n\nCloud Computing and Reliability',
      );
      expect(texts[1]).toBe('Do you think that the Amazon services has had less or more downtime over the year when compared to an average enterprise solution ?');
      expect(texts[2]!.endsWith('using a service like AlertSite.')).toBe(true);
      expect(texts[3]!.endsWith('keeping this discussion open to the community.')).toBe(true);
      expect(texts[5]).toBe(
        'For full disclosure, I am with Nirvanix. This is no place for an ad, but we know you will be pleased with our Storage Delivery Network. To make the process of file and folder migration easier, we have made a software tool you may download on our website and begin the automated',
      );
      expect(texts[8]!.startsWith('Two points about outage (continuing on the point made by jbyers)\na) Companies should reflect')).toBe(true);
      expect(texts[8]!.endsWith('b) Always have a plan B). This may not be always cost-effective but decide on what are your primary gold services that need to be always working and device appropriate safeguards to protect your business.')).toBe(true);
      expect(texts[22]).toBe(
        'The industry needs not only off-line mirroring of S3 type services, but third party certification and a pool of insurers for business continuity ratings and policies.\n\nDid you just give away a business idea :-)',
      );
      expect(texts[24]!.startsWith('Good report Om.')).toBe(true);
      expect(texts[24]!.endsWith('we now we will keep paying more.')).toBe(true);
      for (const text of texts) {
        expect(text).not.toMatch(/Sao Paulo|Comments are closed|Technology Evangelist|Blog: http|^(Ken Godskind|Om Malik)$/m);
      }
      expect(doc.comments[18]).toMatchObject({ author: 'Lonnie Wills', url: 'http://saasevolution.blogspot.com/' });
    });

    it('no comment text left in the article body', () => {
      for (const comment of doc.comments) {
        const firstParagraph = comment.text.split('\n\n')[0]!;
        expect(doc.text.includes(firstParagraph)).toBe(false);
      }
      expect(doc.text).not.toMatch(/F\. Andy Seidl|Comments are closed|Sao Paulo/);
    });
  });
});

describe('a headline repeated many times', () => {
  it('keeps the title once and reads 60,000 repeats in linear time (slicing once per repeat took minutes)', () => {
    const text = `Title line\n\n${'Title line\n\n'.repeat(60_000)}Body text here.\n`;
    const start = performance.now();
    const result = parseFile(sourceFile('repeated.txt', text));
    const elapsed = performance.now() - start;
    expect(result.value).toMatchObject({ title: 'Title line', text: 'Body text here.' });
    expect(elapsed).toBeLessThan(5_000);
    const markdown = parseFile(sourceFile('repeated.md', `# Title line\n\n${'# Title line\n\n'.repeat(60_000)}Body text here.\n`));
    expect(markdown.value).toMatchObject({ title: 'Title line', text: 'Body text here.' });
  });
});
