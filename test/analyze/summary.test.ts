import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { readText } from '../../src/analyze/read-text.js';
import { summarize } from '../../src/analyze/summary.js';
import { fixture } from './fixtures.js';

describe('summary', () => {
  it('copies 2-3 whole sentences verbatim, in document order, joined by a space', () => {
    for (const name of ['gigaom-amazon-down', 'gigaom-s3-outage', 'tech-buzz-amazon-outage'] as const) {
      const text = fixture(name);
      const { summary, sentences } = analyzeText(text);
      expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
      expect(summary.sentences.length).toBeLessThanOrEqual(3);
      for (const s of summary.sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(sentences.some((t) => t.start === s.start && t.end === s.end)).toBe(true);
      }
      const starts = summary.sentences.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(summary.text).toBe(summary.sentences.map((s) => s.text).join(' '));
    }
  });

  it('picks the outage sentences of the GigaOM Amazon article', () => {
    const text = fixture('gigaom-amazon-down');
    const { summary } = analyzeText(text, { title: 'Why Amazon Went Down, and Why It Matters' });
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.',
      'Berman did confirm, however, that neither Amazon Web Services nor international sites were affected.',
      'Either GSLB didnt detect that the main data center was down, or there was no spare to which it could send visitors.',
    ]);
  });

  it('prefers a statement over a question, chit-chat and a heading', () => {
    const text = [
      'Outage Report',
      'So what happened to the site today?',
      'I love my coffee in the morning, and I was drinking it.',
      'The database cluster failed because a misconfigured replica rejected writes from customers.',
      'Service was restored after engineers rolled back the configuration change.',
    ].join('\n\n');
    const summary = summarize(readText(text), 'Database outage', ['database cluster']);
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'The database cluster failed because a misconfigured replica rejected writes from customers.',
      'Service was restored after engineers rolled back the configuration change.',
    ]);
  });

  it('is empty for a text without sentences', () => {
    expect(summarize(readText(''), null, [])).toEqual({ text: '', sentences: [] });
    expect(summarize(readText('Outage Report\n\nWhat happened?'), null, [])).toEqual({ text: '', sentences: [] });
  });
});
