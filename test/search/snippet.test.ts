import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/document.js';
import type { Snippet } from '../../src/model/search.js';
import { findTermHits, makeSnippet } from '../../src/search/snippet.js';

const marked = (s: Snippet): string[] => s.highlights.map((h) => s.text.slice(h.start, h.end));

/** Sentence spans of a text split at ". " (for these hand-made texts). */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.' && (i + 1 === text.length || text[i + 1] === ' ')) {
      out.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  return out;
}

describe('findTermHits', () => {
  it('finds the words whose index term matched, with their original spans', () => {
    const text = "Amazon's S3 lost internal communications; the internals were fine.";
    const hits = findTermHits(text, new Set(['intern', 'commun', 's3']));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.term])).toEqual([
      ['S3', 's3'],
      ['internal', 'intern'],
      ['communications', 'commun'],
      ['internals', 'intern'],
    ]);
  });

  it('finds words that fold to the term from non-ASCII letters in a text with other non-ASCII characters', () => {
    const text = '• Über failed — Zoë\'s naïve über-cache; a naive rerun; ÜBER again. Ökonomie.';
    const hits = findTermHits(text, new Set(['uber', 'naiv', 'zoe']));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Über', "Zoë's", 'naïve', 'über', 'naive', 'ÜBER']);
  });

  it('gives the same hits as the whole-text scan on mixed ASCII and non-ASCII texts', () => {
    // A trailing "İ" (whose lower case is longer) sends the text down the whole-text scan.
    const terms = new Set(['uber', 'naiv', 'zoe', 'storag', 'cafe', 'dns']);
    const texts = [
      'Café storage outage: the DNS café. Über-storage, naïve DNS; • bullets • and “quotes”.',
      'zoë zoe ZOË Zoe’s storage—storage…dns',
      'Plain ASCII text about storage and DNS only.',
      'éé é dns ü über',
    ];
    for (const text of texts) {
      expect(findTermHits(text, terms, 1e9)).toEqual(findTermHits(`${text} İ`, terms, 1e9));
    }
  });
});

describe('makeSnippet', () => {
  const filler = 'Nothing relevant happens in this sentence at all.';
  const text = [filler, filler, 'The load balancer stopped sending traffic to the storage tier.', filler, filler].join(' ');
  const spans = sentences(text);

  it('shows the sentences around the best matches and marks the matched words', () => {
    const snippet = makeSnippet(text, spans, findTermHits(text, new Set(['balanc', 'storag'])));
    expect(snippet.text).toBe('The load balancer stopped sending traffic to the storage tier. Nothing relevant happens in this sentence at all.');
    expect(marked(snippet)).toEqual(['balancer', 'storage']);
  });

  it('prefers the window holding the most distinct terms', () => {
    const long = ['storage', filler, filler, filler, filler, 'The storage and the network failed together.', filler].join(' ');
    const snippet = makeSnippet(long, sentences(long), findTermHits(long, new Set(['storag', 'network'])), { width: 120 });
    expect(snippet.text.startsWith('The storage and the network failed together.')).toBe(true);
    expect(marked(snippet)).toEqual(['storage', 'network']);
  });

  it('cuts a long sentence at word boundaries with ellipses and collapses whitespace', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[40] = 'gslb';
    const sentence = `${words.slice(0, 20).join(' ')}\n\n${words.slice(20).join('   ')}.`;
    const snippet = makeSnippet(sentence, [], findTermHits(sentence, new Set(['gslb'])), { width: 100 });
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).not.toMatch(/\s\s/);
    expect(snippet.text.length).toBeLessThanOrEqual(102);
    expect(marked(snippet)).toEqual(['gslb']);
    // Every word in the snippet is whole.
    for (const w of snippet.text.replace(/…/g, '').split(' ')) expect(w).toMatch(/^(word\d+|gslb)$/);
  });

  it('opens with the start of the text when nothing matched', () => {
    const snippet = makeSnippet(text, spans, []);
    expect(snippet).toEqual({ text: `${filler} ${filler}`, highlights: [] });
  });

  it('handles an empty text', () => {
    expect(makeSnippet('', [], [])).toEqual({ text: '', highlights: [] });
  });
});

describe('findTermHits fast path', () => {
  it('finds the same words as a full tokenisation of the text', async () => {
    const fc = (await import('fast-check')).default;
    const { analyzeTerms } = await import('../../src/index/lunr-pipeline.js');
    const words = ['Outage', 'outages', "Amazon's", 'S3', 'e-mail', 'load-balancer', 'ec2', '10:25', 'internals', 'internal', 'x', 'of', "didn't", 'Communication'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), fc.array(fc.constantFrom(' ', '. ', ', ', '\n\n', '-'), { minLength: 40, maxLength: 40 }), (picked, gaps) => {
        const text = picked.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        const terms = new Set(analyzeTerms(picked.slice(0, 3).join(' ')));
        // A non-ASCII character (a dash, not a word) forces the full tokenisation path.
        expect(findTermHits(text, terms)).toEqual(findTermHits(`${text} \u2014`, terms));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
