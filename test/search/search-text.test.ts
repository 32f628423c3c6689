import { describe, expect, it } from 'vitest';
import { indexedFields } from '../../src/index/index-fields.js';
import { limitFields, searchTextOf, sentenceSpans } from '../../src/search/search-text.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

describe('search texts', () => {
  const { documents } = fixtureRecords();

  it('give the indexed fields the index reads, once cut at its limits', () => {
    for (const limits of [
      { maxTextChars: 60_000, maxCommentChars: 4_000 },
      { maxTextChars: 120, maxCommentChars: 7 },
      { maxTextChars: 0, maxCommentChars: 0 },
    ]) {
      for (const doc of documents) expect(limitFields(searchTextOf(doc).fields, limits)).toEqual(indexedFields(doc, limits));
    }
  });

  it('keep the whole text, the summary, the sentence spans, description and keywords', () => {
    const doc = documents.find((d) => d.sentences.length > 1 && d.comments.length > 0)!;
    expect(searchTextOf(doc).fields.comments).toBe(indexedFields(doc, { maxTextChars: 1, maxCommentChars: Number.MAX_SAFE_INTEGER }).comments);
    const text = searchTextOf(doc);
    expect(text.fields.text).toBe(doc.text);
    expect(text.summary).toBe(doc.summary.text);
    expect(sentenceSpans(text)).toEqual(doc.sentences.map((s) => ({ start: s.start, end: s.end })));
    expect(text.description).toBe(doc.description);
    expect(text.tags).toEqual(doc.tags);
  });
});
