/**
 * Whether a `-word` of a query is NOT or part of what the user pasted: `outage -dns` excludes
 * dns, but `rm -rf` and `kill -9` are commands, whose flags the documents write with their dash.
 * A `-word` is searched as a word when some document holding its term writes it so: the dash
 * after a space, an opening bracket or quote, or at a line start, and no letter or digit after the
 * word (`-rf` in "ran rm -rf on"; never "non-rf" or "-rfc"). At most `maxChecks` documents are
 * read for all of a query's `-word`s together.
 */
import type { LoadedIndex } from '../index/load-index.js';
import { termDocuments } from '../index/term-postings.js';
import type { ParsedQuery } from './query-parser.js';

/** Whether `-word` is written as a flag in one of `texts`. */
export function writtenAsFlag(word: string, texts: Iterable<string>): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^|[\\s(\\[{"'\`])-${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  for (const text of texts) if (pattern.test(text)) return true;
  return false;
}

/**
 * `parsed` with each `-word` clause that the documents write as a flag turned into an optional
 * word; `plain` is true when no other operator and no remaining `-word` is left. `textsOf(shard,
 * doc)` gives the texts of a document of the index (title and text).
 */
export function resolveHyphens(parsed: ParsedQuery, index: LoadedIndex, textsOf: (shard: number, doc: number) => Iterable<string>, maxChecks: number): ParsedQuery {
  let excluding = false;
  let left = maxChecks;
  const clauses = parsed.clauses.map((clause) => {
    if (clause.hyphen === undefined || clause.presence !== 'prohibited') return clause;
    const hyphen = clause.hyphen;
    const docs = termDocuments(index, clause.term, left);
    left -= docs.length;
    const texts = (function* () {
      for (const { shard, doc } of docs) yield* textsOf(shard, doc);
    })();
    if (!writtenAsFlag(hyphen, texts)) {
      excluding = true;
      return clause;
    }
    const { hyphen: _hyphen, ...word } = clause;
    return { ...word, presence: 'optional' as const };
  });
  return { ...parsed, clauses, plain: parsed.plain && !excluding };
}
