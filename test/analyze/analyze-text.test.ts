import { describe, expect, it } from 'vitest';
import { analyzeComment, analyzeText } from '../../src/analyze/analyze-text.js';
import { splitSentences } from '../../src/analyze/sentences.js';
import { fixture } from './fixtures.js';

describe('analyzeText', () => {
  it('returns the same sentences as splitSentences and counts tokens without line breaks', () => {
    const text = fixture('gigaom-s3-outage');
    const analysis = analyzeText(text);
    expect(analysis.sentences).toEqual(splitSentences(text));
    expect(analysis.tokenCount).toBe(737);
    expect(analyzeText('S3 went down.\n\nIt came back.').tokenCount).toBe(8);
  });

  it('handles an empty text', () => {
    const analysis = analyzeText('');
    expect(analysis.sentences).toEqual([]);
    expect(analysis.entities).toEqual([]);
    expect(analysis.tokenCount).toBe(0);
    expect(analysis.summary).toEqual({ text: '', sentences: [] });
    expect(analysis.keyphrases).toEqual([]);
    expect(analysis.facts.providers).toEqual([]);
    expect(analysis.facts.incidentDate).toBeNull();
  });

  it('gives every entity and evidence offsets into the analysed text', () => {
    const text = fixture('tech-buzz-amazon-outage');
    const analysis = analyzeText(text);
    for (const e of analysis.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const f of analysis.facts.impact) expect(text.slice(f.evidence?.start, f.evidence?.end)).toBe(f.evidence?.text);
  });
});

describe('analyzeComment', () => {
  it('returns sentences, tokens with parts of speech, and a token count', () => {
    const text = 'Om, great post. S3 will not be up 100% of the time!\nThanks';
    const result = analyzeComment(text);
    expect(Object.keys(result).sort()).toEqual(['sentences', 'tokenCount', 'tokens']);
    expect(result.tokens.values.slice(0, 4)).toEqual(['Om', ',', 'great', 'post']);
    expect(result.tokens.pos.slice(0, 4)).toEqual(['PROPN', 'PUNCT', 'ADJ', 'NOUN']);
    expect(text.slice(result.tokens.starts[2], result.tokens.ends[2])).toBe('great');
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Om, great post.', 'S3 will not be up 100% of the time!', 'Thanks']);
    expect(result.tokenCount).toBe(17);
  });
});
