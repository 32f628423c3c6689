import { describe, expect, it } from 'vitest';
import { analyzeText, type TextAnalysis } from '../../src/analyze/analyze-text.js';
import { fixture } from './fixtures.js';

/**
 * A text that leaves words in wink's lexicon which, before the fix, changed how later documents
 * were tokenised: "today’s." is kept whole, so a later "today’s" stayed one token and lost its
 * DATE entity.
 */
const PRIMER = 'Status: resolved as of today’s. More on today’s, yesterday’s: later. The ops-team’s runbook*s* said so.';

/** Everything the analysis returns but the part-of-speech reader (a function), plus its reading of every sentence. */
function plain(text: string, analysis: TextAnalysis): unknown {
  const { pos, ...rest } = analysis;
  return { ...rest, pos: analysis.sentences.map((s) => pos.read(s.start, s.end)), length: text.length };
}

describe('each document is analysed as by a fresh wink instance', () => {
  it('gives the same analysis of a text alone and after other documents', () => {
    const s3 = fixture('gigaom-s3-outage');
    const alone = plain(s3, analyzeText(s3));
    for (const other of [PRIMER, fixture('gigaom-amazon-down'), fixture('tech-buzz-amazon-outage'), PRIMER]) analyzeText(other);
    const after = plain(s3, analyzeText(s3));
    expect(after).toEqual(alone);
    const analysis = analyzeText(s3);
    expect(analysis.tokenCount).toBe(737);
    const today = analysis.entities.filter((e) => e.type === 'DATE' && s3.slice(e.start, e.end) === 'today');
    expect(today).toHaveLength(1);
  });

  it('tags parts of speech the same way alone and after other documents', () => {
    const sentence = 'I first learned about today’s outage when avatars vanished.';
    const alone = analyzeText(sentence).pos.read(0, sentence.length);
    expect(alone.values).toEqual(['I', 'first', 'learned', 'about', 'today', '’s', 'outage', 'when', 'avatars', 'vanished', '.']);
    analyzeText(PRIMER);
    expect(analyzeText(sentence).pos.read(0, sentence.length)).toEqual(alone);
  });
});
