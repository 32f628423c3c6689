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
  it('returns sentences, a part-of-speech reader, and a token count', () => {
    const text = 'Om, great post. S3 will not be up 100% of the time!\nThanks';
    const result = analyzeComment(text);
    expect(Object.keys(result).sort()).toEqual(['pos', 'sentences', 'tokenCount']);
    const tokens = result.pos.read(0, 15);
    expect(tokens.values).toEqual(['Om', ',', 'great', 'post', '.']);
    expect(tokens.pos).toEqual(['PROPN', 'PUNCT', 'ADJ', 'NOUN', 'PUNCT']);
    expect(text.slice(tokens.starts[2], tokens.ends[2])).toBe('great');
    const second = result.pos.read(16, 51);
    expect(second.values.slice(0, 3)).toEqual(['S3', 'will', 'not']);
    expect(text.slice(second.starts[1], second.ends[1])).toBe('will');
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Om, great post.', 'S3 will not be up 100% of the time!', 'Thanks']);
    expect(result.tokenCount).toBe(17);
  });
});
