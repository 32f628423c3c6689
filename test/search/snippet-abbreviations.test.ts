/**
 * A snippet of text without wink's sentences (an incident card's summary, issue 15) is cut at
 * sentence ends found by punctuation: never after the "U." of "U.S." or the "Amazon." of
 * "Amazon.coms" (the first card of the seed corpus read "Amazon.coms U.").
 */
import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/search/snippet.js';

const LEDE = 'Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.';
const SECOND = 'Berman did confirm, however, that neither Amazon Web Services nor international sites were affected.';

describe('a snippet of a summary without sentence spans', () => {
  it('opens with the whole first sentence, not "Amazon.coms U."', () => {
    expect(makeSnippet(`${LEDE} ${SECOND}`, [], [], { width: 120 }).text).toBe(LEDE);
  });

  it('takes the following sentence when both fit', () => {
    expect(makeSnippet(`${LEDE} ${SECOND}`, [], [], { width: 220 }).text).toBe(`${LEDE} ${SECOND}`);
  });
});
