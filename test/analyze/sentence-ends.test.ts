import { describe, expect, it } from 'vitest';
import { dotContinuesSentence, endsSentenceAt } from '../../src/analyze/sentence-ends.js';

/** The pieces of `text` cut after every character where `endsSentenceAt` says a sentence ends. */
function cut(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!endsSentenceAt(text, i)) continue;
    pieces.push(text.slice(from, i + 1).trim());
    from = i + 1;
  }
  if (text.slice(from).trim() !== '') pieces.push(text.slice(from).trim());
  return pieces;
}

describe('dotContinuesSentence', () => {
  it.each([
    ['Amazon.coms U.S. retail site', 'U.S.'],
    ['Amazon.coms U.S. retail site', 'Amazon.'],
    ['Acme Inc. said it would', 'Inc.'],
    ['See Fig. 3 for the graph', 'Fig.'],
    ['Dr. Smith agreed', 'Dr.'],
    ['some hosts, e.g. Bob, were fine', 'e.g.'],
    ['on Jan. 5 at noon', 'Jan.'],
    ['No. 7 failed', 'No.'],
    ['from 9 a.m. 5 days running', 'a.m.'],
    ['version 3.5 shipped', '3.'],
  ])('keeps "%s" going after "%s"', (text, word) => {
    expect(dotContinuesSentence(text, text.indexOf(word) + word.length - 1)).toBe(true);
  });

  it.each([
    ['It was down. The fix shipped.', 'down.'],
    ['Call at 5 p.m. The team met.', 'p.m.'],
    ['It was down.', 'down.'],
    ['He said "it broke." Then it healed.', 'broke.'],
  ])('lets "%s" end after "%s" (wink or the caller decides before a capital)', (text, word) => {
    expect(dotContinuesSentence(text, text.indexOf(word) + word.length - 1)).toBe(false);
  });
});

describe('endsSentenceAt', () => {
  it('splits the seed lede after its first sentence, not after "U." or "Amazon."', () => {
    expect(cut('Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up. Berman did confirm it.')).toEqual([
      'Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.',
      'Berman did confirm it.',
    ]);
  });

  it('keeps the common abbreviations inside their sentence', () => {
    expect(cut('The U.K. regulator fined Acme Inc. on Jan. 5 at 10 a.m. and Beta Corp. too, i.e. both. No. 3 in the U.S. East region paid. Done!')).toEqual([
      'The U.K. regulator fined Acme Inc. on Jan. 5 at 10 a.m. and Beta Corp. too, i.e. both.',
      'No. 3 in the U.S. East region paid.',
      'Done!',
    ]);
  });

  it('ends at a line break, and at "!" or "?" only before white space or the end', () => {
    expect(cut('Yahoo!s homepage failed? Yes\nNext line')).toEqual(['Yahoo!s homepage failed?', 'Yes', 'Next line']);
  });
});
