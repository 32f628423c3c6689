/**
 * Comment dedupe across the copies of one article. Comments are taken copy by copy (the kept copy
 * first, in page order, then the other copies in source order) and a comment is dropped as a
 * duplicate of an earlier one when:
 *  - it has the same author and the same (normalised) text, in any copy; or
 *  - it comes from another copy, the authors are compatible (equal ignoring case, or one is
 *    unknown) and the texts are near-identical: the same canonical text (case, punctuation and
 *    whitespace ignored), or the same first or last eight words and a word-set Jaccard >= 0.8
 *    (one copy kept a trailing "Reply" link or a signature line the other lost).
 * A dropped duplicate fills fields the kept comment lacks (author, date, link).
 * Comment ids are `<docId>-c` + the first 10 hex digits of sha256(`author|text`).
 */
import { createHash } from 'node:crypto';
import type { Comment, ParsedDocument } from '../model/document.js';
import { canonicalText } from './canonical-text.js';

/** Words at the start or end of a comment used to find near-identical candidates. */
const EDGE_WORDS = 8;
/** Word-set Jaccard at or above which two comments' texts are near-identical. */
const NEAR_IDENTICAL = 0.8;
/** Candidates checked per lookup key (bounds the work on pathological threads). */
const MAX_CANDIDATES = 32;

/** A kept comment with what near-duplicate checks need. */
interface Entry {
  comment: Omit<Comment, 'id'>;
  copies: Set<number>;
  canonical: string;
  words: Set<string>;
}

/** The stable id of a comment of document `docId`. */
export function commentId(docId: string, author: string | null, text: string): string {
  return `${docId}-c${createHash('sha256').update(`${author ?? ''}|${text}`).digest('hex').slice(0, 10)}`;
}

/** True when two authors may be the same person (equal ignoring case, or one unknown). */
function compatibleAuthors(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.toLowerCase() === b.toLowerCase();
}

/** Jaccard similarity of two word sets. */
function wordJaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) common += 1;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}

/** Appends `value` to the list at `key`. */
function addTo(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (list.length < MAX_CANDIDATES) list.push(value);
}

/** Merges and deduplicates the comments of `copies` (kept copy first) into comments of `docId`. */
export function mergeComments(docId: string, copies: readonly ParsedDocument[]): Comment[] {
  const entries: Entry[] = [];
  const exact = new Map<string, number>();
  const byCanonical = new Map<string, number[]>();
  const byEdge = new Map<string, number[]>();

  copies.forEach((copy, copyIndex) => {
    for (const parsed of copy.comments) {
      const exactKey = `${parsed.author ?? ''}\u0000${parsed.text}`;
      const canonical = canonicalText(parsed.text);
      const wordList = canonical === '' ? [] : canonical.split(' ');
      const head = `h\u0000${wordList.slice(0, EDGE_WORDS).join(' ')}`;
      const tail = `t\u0000${wordList.slice(-EDGE_WORDS).join(' ')}`;
      let match = exact.get(exactKey);
      if (match === undefined) {
        const words = new Set(wordList);
        const candidates = [...(byCanonical.get(canonical) ?? []), ...(byEdge.get(head) ?? []), ...(byEdge.get(tail) ?? [])];
        candidates.sort((a, b) => a - b);
        match = candidates.find((index) => {
          const entry = entries[index]!;
          if (entry.copies.has(copyIndex) || !compatibleAuthors(entry.comment.author, parsed.author)) return false;
          return entry.canonical === canonical || wordJaccard(entry.words, words) >= NEAR_IDENTICAL;
        });
        if (match === undefined) {
          const index = entries.length;
          entries.push({
            comment: { author: parsed.author, text: parsed.text, published: parsed.published, url: parsed.url },
            copies: new Set([copyIndex]),
            canonical,
            words,
          });
          exact.set(exactKey, index);
          addTo(byCanonical, canonical, index);
          if (wordList.length >= EDGE_WORDS) {
            addTo(byEdge, head, index);
            addTo(byEdge, tail, index);
          }
          continue;
        }
      }
      const kept = entries[match]!;
      kept.copies.add(copyIndex);
      kept.comment.author ??= parsed.author;
      kept.comment.published ??= parsed.published;
      kept.comment.url ??= parsed.url;
      exact.set(`${kept.comment.author ?? ''}\u0000${kept.comment.text}`, match);
    }
  });

  const seen = new Set<string>();
  const comments: Comment[] = [];
  for (const { comment } of entries) {
    const id = commentId(docId, comment.author, comment.text);
    if (seen.has(id)) continue; // an author filled in from another copy made two comments identical
    seen.add(id);
    comments.push({ id, ...comment });
  }
  return comments;
}
