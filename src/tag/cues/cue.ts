/**
 * The shape of a cue lexicon entry. Cues are regular-expression sources matched against the
 * lower-cased text of one clause, word-bounded at both ends (`\b(?:source)\b`). Sources must not
 * contain capturing groups (use `(?:...)`); apostrophes are written `'` (typographic quotes are
 * folded before matching).
 */

/** One weighted cue of a label. */
export interface Cue {
  /** Regular-expression source (no capturing groups), matched word-bounded on lower-cased text. */
  pattern: string;
  /** Strength of the cue, 0..1.5: 1 for an unambiguous term, lower for an ambiguous one. */
  weight: number;
  /**
   * True when the cue needs a failure/impact word in the same clause to count (a component
   * named in passing is not a tag). Defaults: true for layer cues, false for cause cues.
   */
  needsFailure?: boolean;
  /** Regular-expression source that must also match somewhere in the same clause. */
  with?: string;
}

/** The cues of one label, with the context that cancels them. */
export interface LabelCues {
  /** The weighted cues. */
  cues: Cue[];
  /**
   * Negative context: regular-expression sources; when one matches in the same clause, this
   * label's cues in that clause do not count (e.g. `edge` cancels `cache`: an edge cache is a CDN).
   */
  context?: string[];
}
