/**
 * Options of the tagger, with their defaults in one place. The weights and thresholds of the
 * reading itself live in the rulebook (`src/rulebook/weights.ts`); a caller that wants other
 * rules or weights compiles its own rulebook and passes it here.
 */
import { FaultlineError } from '../model/diagnostic.js';
import { defaultRulebook, type Rulebook } from '../rulebook/rulebook.js';

/** Options of {@link readReport} and {@link tagText}. */
export interface TagOptions {
  /** The compiled rulebook to read with. Default: the shipped rules (`defaultRulebook()`). */
  rulebook?: Rulebook;
  /** The text is a reader comment: its speaker is a commenter, never the operator. Default false. */
  isComment?: boolean;
  /** Whether the text is the operator's own report; default: read from its domain and voice. */
  official?: boolean;
  /** Most evidence sentences kept per tag, strongest first. Default: the rulebook's (3). */
  maxEvidence?: number;
}

/** Resolved options (every field set; `official` stays undefined when it is to be read). */
export interface ResolvedTagOptions {
  rulebook: Rulebook;
  isComment: boolean;
  official: boolean | undefined;
  maxEvidence: number;
}

/** Merges options with the defaults, throwing FaultlineError on an out-of-range value. */
export function resolveTagOptions(options: TagOptions = {}): ResolvedTagOptions {
  const rulebook = options.rulebook ?? defaultRulebook();
  const maxEvidence = options.maxEvidence ?? rulebook.weights.aggregate.maxEvidence;
  if (!Number.isInteger(maxEvidence) || maxEvidence < 1) {
    throw new FaultlineError(`tagText: option maxEvidence must be a positive integer, got ${String(maxEvidence)}`, {
      parameter: 'maxEvidence',
    });
  }
  return { rulebook, isComment: options.isComment ?? false, official: options.official, maxEvidence };
}
