import { describe, expect, it } from 'vitest';
import { indexedFields } from '../../src/index/index-fields.js';
import type { AnalyzedDocument } from '../../src/model/document.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

const LIMITS = { maxTextChars: 1000, maxCommentChars: 1000 };

describe('indexedFields', () => {
  it("puts the extractive summary, the author's summary and the keywords in the summary field", () => {
    const base = fixtureDocuments()[0]!;
    const doc: AnalyzedDocument = {
      ...base,
      summary: { ...base.summary, text: 'S3 in US-EAST-1 was unavailable.' },
      description: 'An engineer mistyped a command: a typo took down S3.',
      tags: ['BGP', 'post-mortem'],
    };
    expect(indexedFields(doc, LIMITS).summary).toBe('S3 in US-EAST-1 was unavailable.\n\nAn engineer mistyped a command: a typo took down S3.\n\nBGP ; post-mortem');
    expect(indexedFields({ ...doc, summary: { ...base.summary, text: '' }, description: null, tags: [] }, LIMITS).summary).toBe('');
  });
});
