import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyze/sentences.js';
import { fixture } from './fixtures.js';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('returns trimmed, non-empty, ordered, non-overlapping spans that are whole sentences', () => {
    const text = fixture('gigaom-amazon-down');
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(26);
    let previousEnd = 0;
    for (const s of sentences) {
      const body = text.slice(s.start, s.end);
      expect(body).toBe(body.trim());
      expect(body.length).toBeGreaterThan(0);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      // Only whitespace lies between two sentences.
      expect(text.slice(previousEnd, s.start).trim()).toBe('');
      previousEnd = s.end;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
  });

  it('does not split "Amazon.coms" or "Amazon.com’s" after "Amazon."', () => {
    expect(texts('Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up. So what happened?')).toEqual([
      'Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.',
      'So what happened?',
    ]);
    expect(texts('…if AWS is using Amazon.com’s excess capacity, why has S3 been down? I can’t find a 404 on Amazon.com? Wouldn’t they?')).toEqual([
      '…if AWS is using Amazon.com’s excess capacity, why has S3 been down?',
      'I can’t find a 404 on Amazon.com?',
      'Wouldn’t they?',
    ]);
  });

  it('does not split after an abbreviation: U.S., U.K., Inc., Corp., e.g., i.e., a.m., p.m., Jan., No., Fig.', () => {
    expect(texts('The U.K. regulator fined Acme Inc. on Jan. 5, i.e. after the outage. Beta Corp. said traffic rose approx. 5 times, e.g. at 9 a.m. and 3 p.m. when users woke. Fig. 3 shows No. 7 in the U.S. region.')).toEqual([
      'The U.K. regulator fined Acme Inc. on Jan. 5, i.e. after the outage.',
      'Beta Corp. said traffic rose approx. 5 times, e.g. at 9 a.m. and 3 p.m. when users woke.',
      'Fig. 3 shows No. 7 in the U.S. region.',
    ]);
  });

  it('still ends a sentence at "p.m." or "U.S." before a new sentence', () => {
    expect(texts('The outage ended at 5 p.m. The next day was calm.')).toEqual(['The outage ended at 5 p.m.', 'The next day was calm.']);
    expect(texts('Services were down in the U.S. The fix shipped.')).toEqual(['Services were down in the U.S.', 'The fix shipped.']);
  });

  it('ends a sentence at a blank line (titles, headings) and keeps paragraphs apart', () => {
    const text = 'S3 Outage Highlights Fragility of Web Services\n\n\nUpdated with Statement from Amazon: S3 went offline.\n\nPotential Causes\n\nOne likely candidate is the network.';
    expect(texts(text)).toEqual([
      'S3 Outage Highlights Fragility of Web Services',
      'Updated with Statement from Amazon: S3 went offline.',
      'Potential Causes',
      'One likely candidate is the network.',
    ]);
  });

  it('makes list items their own sentences but joins hard-wrapped lines', () => {
    const text =
      'Key Takeaways\n\n  • Robust Monitoring is Critical: Implement monitoring\n  • Embrace Fault Tolerance: Design for failure\nThis is no place for an ad,\nbut we know you will like it.';
    expect(texts(text)).toEqual([
      'Key Takeaways',
      '• Robust Monitoring is Critical: Implement monitoring',
      '• Embrace Fault Tolerance: Design for failure',
      'This is no place for an ad,\nbut we know you will like it.',
    ]);
  });

  it('returns no sentence for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });

  it('marks sentences inside double quotes as quoted', () => {
    const text = 'The company said little. "We found the bug. It is fixed now." Customers were unhappy.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.quoted === true])).toEqual([
      ['The company said little.', false],
      ['"We found the bug.', true],
      ['It is fixed now."', true],
      ['Customers were unhappy.', false],
    ]);
  });

  it('marks the paragraphs of an official statement as quoted, up to the next name line', () => {
    const text = fixture('gigaom-s3-outage') + '\n\nF. Andy Seidl\n\nDespite what many pundits say, reliability issues will not be the downfall of cloud computing.\n';
    const sentences = splitSentences(text);
    const quoted = sentences.filter((s) => s.quoted === true).map((s) => text.slice(s.start, s.end));
    expect(quoted).toContain('We experienced a problem with those internal system communications, leaving the components unable to interact properly, and customers unable to successfully process requests.');
    expect(quoted).toContain('Those services were impacted, but the retail website did not show noticeable problems because it mostly uses cached data.');
    // The intro line, the journalist's own text and the comment after the name line are not quoted.
    const unquoted = sentences.filter((s) => s.quoted !== true).map((s) => text.slice(s.start, s.end));
    expect(unquoted).toContain('Update/Statement from Amazon in response to our questions:');
    expect(unquoted).toContain('In February, Amazon suffered a major outage that knocked many of its customers offline.');
    expect(unquoted).toContain('Despite what many pundits say, reliability issues will not be the downfall of cloud computing.');
    // 9 statement sentences, 2 after "points out:", 2 after "asks ... question:".
    expect(quoted).toHaveLength(13);
  });

  it('quotes only the next paragraph after a speaking-verb intro', () => {
    const text = 'As our sister blog points out:\n\nCloud rates are hard to beat.\n\nThat said, the outage shows fragility.';
    expect(splitSentences(text).map((s) => s.quoted === true)).toEqual([false, true, false]);
  });
});
