/** Test helpers: tag a text whose sentences are given by a simple splitter (no wink needed). */
import type { Sentence, TagSet } from '../../src/model/document.js';
import { tagText } from '../../src/tag/tag-text.js';
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

/** Tags `text` with the simple splitter. */
export function tag(text: string, options?: TagOptions): TagSet {
  return tagText(text, simpleSentences(text), options);
}

/** The layer labels of a text. */
export function layersOf(text: string, options?: TagOptions): string[] {
  return tag(text, options).layers.map((t) => t.label).sort();
}

/** The cause labels of a text. */
export function causesOf(text: string, options?: TagOptions): string[] {
  return tag(text, options).causes.map((t) => t.label).sort();
}
