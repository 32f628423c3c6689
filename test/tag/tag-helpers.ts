/** Test helpers: tag a text whose sentences are given by a simple splitter (no wink needed), or read by wink as ingest does. */
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import type { Sentence, TagSet } from '../../src/model/document.js';
import { readReport, type ReportInput, type ReportReading } from '../../src/tag/tag-document.js';
import type { TagOptions } from '../../src/tag/tag-options.js';

/** Sentence spans at `.`, `!` or `?` followed by a space or the end, and at blank lines. */
export function simpleSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’)]?|(?=\n)|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Tags `text` with the simple splitter (no parts of speech). */
export function tag(text: string, options?: TagOptions): TagSet {
  return readReport({ text, sentences: simpleSentences(text) }, options).tags;
}

/** Reads `text` as ingest does: wink's sentences and parts of speech, then the reading of the report. */
export function read(text: string, source: Omit<ReportInput, 'text' | 'sentences' | 'pos'> = {}, options?: TagOptions): ReportReading {
  const { sentences, pos } = analyzeComment(text);
  return readReport({ ...source, text, sentences, pos }, options);
}

/** The layer labels of a text (origin and impacted). */
export function layersOf(text: string, options?: TagOptions): string[] {
  return tag(text, options).layers.map((t) => t.label).sort();
}

/** The origin layer labels of a text read as ingest does. */
export function originsOf(text: string, source?: Omit<ReportInput, 'text' | 'sentences' | 'pos'>): string[] {
  return read(text, source).tags.layers.filter((t) => t.role === 'origin').map((t) => t.label);
}

/** The cause labels of a text. */
export function causesOf(text: string, options?: TagOptions): string[] {
  return tag(text, options).causes.map((t) => t.label).sort();
}
