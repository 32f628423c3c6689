/**
 * Which fields of a document may hold a phrase, read from the index alone: a field can hold a
 * phrase only when its postings list the document for every index term of the phrase's words
 * (the index read the same field text with the same tokenizer and pipeline), so a phrase check
 * reads the text of those fields only. Terms a stop word of the text may stand for ("want" for
 * "wants", which the index skips) are not required. Counts are built per phrase, field and shard
 * on first use within one search, in typed arrays over the shard's document ordinals.
 *
 * One case is not covered: a text word over `MAX_TOKEN_LENGTH` characters (never indexed) whose
 * normalised form is a phrase word, which takes dozens of inner apostrophes or combining marks.
 */
import { analyzeTerms } from '../index/lunr-pipeline.js';
import type { IndexFieldName } from '../index/index-fields.js';
import type { LoadedIndex } from '../index/load-index.js';
import { STOP_WORD_KEYS } from '../index/lunr-stop-words.js';
import { termId } from '../index/term-postings.js';

/** Where each row position's document sits in the index: its shard number and its ordinal there (-1: not indexed). */
export interface RowPlaces {
  shard: Int32Array;
  ordinal: Int32Array;
}

/** The row places of an index whose shards' ordinals map to row positions `rowOf[shard][ordinal]`. */
export function rowPlaces(rowOf: readonly Int32Array[], rows: number): RowPlaces {
  const shard = new Int32Array(rows).fill(-1);
  const ordinal = new Int32Array(rows).fill(-1);
  rowOf.forEach((positions, s) => {
    positions.forEach((position, doc) => {
      if (position < 0) return;
      shard[position] = s;
      ordinal[position] = doc;
    });
  });
  return { shard, ordinal };
}

/** For one phrase and one field: per shard, how many of the phrase's terms each document ordinal holds. */
type TermCounts = Uint8Array[];

/** The field filter of one search's phrase checks. */
export class PhraseFields {
  readonly #terms = new Map<string, string[]>();
  readonly #counts = new Map<string, TermCounts>();

  /** Over `index`, with the row places of its documents. */
  constructor(
    private readonly index: LoadedIndex,
    private readonly places: RowPlaces,
  ) {}

  /** Whether field `field` of the document at row `position` holds every index term of the phrase written `text` (true when the phrase has none: only stop words). */
  mayHold(position: number, field: IndexFieldName, text: string): boolean {
    const shard = this.places.shard[position]!;
    if (shard < 0) return true;
    const terms = this.termsOf(text);
    if (terms.length === 0) return true;
    const key = `${field}\u0000${text}`;
    let counts = this.#counts.get(key);
    if (counts === undefined) {
      counts = this.index.shards.map((s) => {
        const held = new Uint8Array(s.refs.length);
        const { offsets, docs } = s.fields[field];
        for (const term of terms) {
          const id = termId(s, term);
          if (id < 0) continue;
          for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) held[docs[k]!]! += 1;
        }
        return held;
      });
      this.#counts.set(key, counts);
    }
    return counts[shard]![this.places.ordinal[position]!] === terms.length;
  }

  /** The distinct index terms of a phrase's words (as the query parser made its clauses) that no stop word stands for. */
  private termsOf(text: string): string[] {
    let terms = this.#terms.get(text);
    if (terms === undefined) {
      // At most 255 terms are counted in a byte; the query's term limit is far below.
      terms = [...new Set(analyzeTerms(text))].filter((term) => !STOP_WORD_KEYS.has(term)).slice(0, 255);
      this.#terms.set(text, terms);
    }
    return terms;
  }
}
