import { describe, expect, it } from 'vitest';
import { quoteFor } from '../../src/cite/quote-for.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { amazonDocument, hostileDocument, s3Document, spanOf } from '../fixtures/export/records.js';
import { garbledUrlPage } from './webpage-fixtures.js';

describe('quoteFor', () => {
  it('quotes a sentence with author, title, site, date and URL, ready to paste', () => {
    const sentence = 'So my money\'s on an AFE or CDN problem.';
    const quote = quoteFor(amazonDocument, spanOf(amazonDocument.text, sentence));
    expect(quote).toEqual({
      text: sentence,
      span: { start: amazonDocument.text.indexOf(sentence), end: amazonDocument.text.indexOf(sentence) + sentence.length },
      document: '95e2d58907dc20d1',
      source: 'Why Amazon Went Down, and Why It Matters',
      site: 'GigaOM',
      author: 'Alistair Croll',
      date: '2008-06-06',
      url: 'http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/',
      formatted:
        '"So my money\'s on an AFE or CDN problem." — Alistair Croll, Why Amazon Went Down, and Why It Matters, GigaOM, 2008-06-06. http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/',
    });
  });

  it('takes the words from the document text by offsets, collapsing whitespace', () => {
    const start = hostileDocument.text.indexOf('The operator');
    const end = hostileDocument.text.indexOf('else') + 'else'.length;
    const quote = quoteFor(hostileDocument, { start, end });
    expect(quote.text).toBe('The operator wrote, "we\'re, like, looking into it" and nothing else');
    expect(quote.formatted).toBe(
      '"The operator wrote, "we\'re, like, looking into it" and nothing else" — Acme Status Team, =cmd|\' /C calc\'!A0 <script>alert("x")</script>.',
    );
    expect(quote.url).toBeNull();
    expect(quote.date).toBeNull();
  });

  it('leaves out the site when it is the title and the author when unknown', () => {
    const span = s3Document.summary.sentences[0]!;
    expect(quoteFor(s3Document, span).formatted).toBe(
      `"${span.text}" — Summary of the Amazon S3 Service Disruption in the Northern Virginia (US-EAST-1) Region, Amazon Web Services, 2017-03-02. https://aws.amazon.com/message/41926/`,
    );
  });

  it('uses the span\'s own text for a record exported without text', () => {
    const span = amazonDocument.summary.sentences[0]!;
    const quote = quoteFor({ ...amazonDocument, text: '' }, span);
    expect(quote.text).toBe(span.text);
  });

  it('repairs a Markdown-garbled URL and names the site from the table', () => {
    const sentence = 'A database column ran out of integers.';
    const quote = quoteFor(garbledUrlPage, spanOf(garbledUrlPage.text, sentence));
    expect(quote.url).toBe('https://m.signalvnoise.com/postmortem-read-only-outage/');
    expect(quote.site).toBe('Signal v. Noise');
    expect(quote.formatted).toBe(
      '"A database column ran out of integers." — Jane Fielding, Postmortem on the read-only outage of Basecamp on November 9th, 2018, Signal v. Noise, 2018-11-10. https://m.signalvnoise.com/postmortem-read-only-outage/',
    );
  });

  it('rejects spans outside the text, naming the parameter', () => {
    expect(() => quoteFor(amazonDocument, { start: 5, end: 5 })).toThrow(FaultlineError);
    expect(() => quoteFor(amazonDocument, { start: 0, end: amazonDocument.text.length + 1 })).toThrow(/past the end/);
    expect(() => quoteFor({ ...amazonDocument, text: '' }, { start: 0, end: 3 })).toThrow(/no text/);
    expect(() => quoteFor(amazonDocument, { start: -1, end: 3 })).toThrow(expect.objectContaining({ parameter: 'span', status: 400 }));
  });
});
