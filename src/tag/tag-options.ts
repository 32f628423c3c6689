/**
 * Options of the tagger, with their defaults in one place.
 */
import { FaultlineError } from '../model/diagnostic.js';

/** Options of {@link tagText}. */
export interface TagOptions {
  /** The text is a reader comment: its speaker is a commenter, never the operator. Default false. */
  isComment?: boolean;
  /** Tags below this confidence are dropped. Default 0.35. */
  minConfidence?: number;
  /**
   * A label is kept only when its score is at least this share of the best label's score on the
   * same axis (secondary mentions yield to the components that actually failed). Default 0.5.
   */
  relativeThreshold?: number;
  /** Most evidence sentences kept per tag, strongest first. Default 3. */
  maxEvidence?: number;
  /** Whether the text is the operator's own post-mortem; default: detected from the text. */
  official?: boolean;
}

/** Resolved options (every field set; `official` stays undefined when it is to be detected). */
export interface ResolvedTagOptions {
  isComment: boolean;
  minConfidence: number;
  relativeThreshold: number;
  maxEvidence: number;
  official: boolean | undefined;
}

/** The defaults of {@link TagOptions}. */
export const DEFAULT_TAG_OPTIONS: Readonly<ResolvedTagOptions> = Object.freeze({
  isComment: false,
  minConfidence: 0.35,
  relativeThreshold: 0.5,
  maxEvidence: 3,
  official: undefined,
});

/** Checks a ratio option lies in [0, 1]. */
function ratio(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new FaultlineError(`tagText: option ${name} must be a number in [0, 1], got ${String(value)}`, { parameter: name });
  }
  return value;
}

/** Merges options with the defaults, throwing FaultlineError on an out-of-range value. */
export function resolveTagOptions(options: TagOptions = {}): ResolvedTagOptions {
  const maxEvidence = options.maxEvidence ?? DEFAULT_TAG_OPTIONS.maxEvidence;
  if (!Number.isInteger(maxEvidence) || maxEvidence < 1) {
    throw new FaultlineError(`tagText: option maxEvidence must be a positive integer, got ${String(maxEvidence)}`, {
      parameter: 'maxEvidence',
    });
  }
  return {
    isComment: options.isComment ?? DEFAULT_TAG_OPTIONS.isComment,
    minConfidence: ratio('minConfidence', options.minConfidence ?? DEFAULT_TAG_OPTIONS.minConfidence),
    relativeThreshold: ratio('relativeThreshold', options.relativeThreshold ?? DEFAULT_TAG_OPTIONS.relativeThreshold),
    maxEvidence,
    official: options.official,
  };
}
