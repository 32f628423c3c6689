/**
 * Checks, for one search, whether documents contain the query's phrases: each document's
 * indexed fields are read once (as the index read them, within its text limits), and the
 * characters of the fields considered are counted against `maxPhraseScanChars`; past it, a
 * document counts as containing the phrase (kept unverified) so that a search over a very large
 * corpus stays bounded. A field whose postings lack one of the phrase's terms for the document
 * (`mayHold`, from the index) is counted but not read.
 */
import { INDEX_FIELDS, type IndexedFields, type IndexFieldName } from '../index/index-fields.js';
import { containsPhrase } from './phrase-match.js';
import type { ParsedPhrase } from './query-parser.js';

const ALL_FIELDS: readonly IndexFieldName[] = INDEX_FIELDS.map((f) => f.name);

/** Phrase checks of one search. */
export class PhraseChecker {
  private readonly fields = new Map<number, IndexedFields>();
  /**
   * What the checks found, per phrase and row position: the slot in the phrase's field list of the
   * field that holds it, or -1 when none does. A plain query's later passes (up to three) check
   * the same documents again: a verdict is replayed, charging the budget the same characters as a
   * reading, so the answers are those the reading would give.
   */
  private readonly verdicts = new Map<ParsedPhrase, Map<number, number>>();
  private remaining: number;

  /**
   * `fieldsAt(position)` gives the indexed fields of a row position's document (as the index read
   * them, within its limits); `mayHold(position, field, phrase text)` is false when that field
   * cannot hold the phrase (default: every field may).
   */
  constructor(
    private readonly fieldsAt: (position: number) => IndexedFields,
    maxScanChars: number,
    private readonly mayHold: (position: number, field: IndexFieldName, text: string) => boolean = () => true,
  ) {
    this.remaining = maxScanChars;
  }

  /** Whether the document at row `position` contains `phrase` in one of the phrase's fields. */
  contains(position: number, phrase: ParsedPhrase): boolean {
    let fields = this.fields.get(position);
    if (fields === undefined) {
      fields = this.fieldsAt(position);
      this.fields.set(position, fields);
    }
    let known = this.verdicts.get(phrase);
    if (known === undefined) this.verdicts.set(phrase, (known = new Map<number, number>()));
    const verdict = known.get(position);
    const names = phrase.fields ?? ALL_FIELDS;
    for (let slot = 0; slot < names.length; slot++) {
      const name = names[slot]!;
      const text = fields[name];
      if (text === '') continue;
      // Past the budget the document is kept unverified (and no verdict is recorded).
      if (this.remaining < text.length) return true;
      this.remaining -= text.length;
      const found = verdict === undefined ? this.mayHold(position, name, phrase.text) && containsPhrase(text, phrase.keys) : verdict === slot;
      if (found) {
        known.set(position, slot);
        return true;
      }
    }
    known.set(position, -1);
    return false;
  }
}
