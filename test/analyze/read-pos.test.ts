import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { boundRuns } from '../../src/analyze/bound-runs.js';
import { getNlp } from '../../src/analyze/nlp.js';
import { posReader } from '../../src/analyze/read-pos.js';
import { readText } from '../../src/analyze/read-text.js';
import { layoutTokens } from '../../src/analyze/token-layout.js';

/** The bundled corpus's Markdown and plain-text reports (their text after the front matter). */
function corpusTexts(): { name: string; text: string }[] {
  const dir = fileURLToPath(new URL('../../corpus/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => /^\d{3}_.*\.(?:md|txt)$/u.test(name))
    .sort()
    .map((name) => ({ name, text: matter(readFileSync(`${dir}${name}`, 'utf8')).content }));
}

/** A span's tokens and tags as wink reads the span alone, offsets into the whole text. */
function readAlone(text: string, start: number, end: number): { values: string[]; starts: number[]; ends: number[]; pos: string[] } {
  const { nlp, its } = getNlp();
  const span = text.slice(start, end);
  const tokens = nlp.readDoc(boundRuns(span)).tokens();
  const layout = layoutTokens(span, tokens.out(its.value));
  return { values: layout.values, starts: [...layout.starts].map((s) => s + start), ends: [...layout.ends].map((e) => e + start), pos: tokens.out(its.pos) };
}

describe('posReader', () => {
  it('gives the tokens starting in a span with their tags and offsets into the text', () => {
    const text = 'The disk filled up. We add alerts.';
    const pos = posReader(readText(text));
    const second = pos.read(20, text.length);
    expect(second.values).toEqual(['We', 'add', 'alerts', '.']);
    expect([...second.starts]).toEqual([20, 23, 27, 33]);
    expect([...second.ends]).toEqual([22, 26, 33, 34]);
    expect(second.pos).toEqual(['PRON', 'VERB', 'VERB', 'PUNCT']);
    expect(pos.read(0, 0).values).toEqual([]);
    expect(() => pos.read(5, text.length + 1)).toThrow('posReader: span [5, 35) is outside the text (length 34)');
    expect(() => pos.read(9, 4)).toThrow('posReader: span [9, 4) is outside the text (length 34)');
  });

  it('tags every sentence of the bundled corpus as when the sentence is read alone', () => {
    const texts = corpusTexts();
    expect(texts.length).toBe(30);
    let sentences = 0;
    for (const { name, text } of texts) {
      const reading = readText(text);
      const pos = posReader(reading);
      for (const sentence of reading.sentences) {
        const inDocument = pos.read(sentence.start, sentence.end);
        const alone = readAlone(text, sentence.start, sentence.end);
        expect({ values: [...inDocument.values], starts: [...inDocument.starts], ends: [...inDocument.ends], pos: [...inDocument.pos] }, `${name} at ${sentence.start}`).toEqual(alone);
        sentences += 1;
      }
    }
    expect(sentences).toBe(889);
  });
});
