/**
 * Certainty of one sentence: `speculated` when it hedges ("probably", "could", "my money's on",
 * "if ...", a question), `confirmed` when the operator states it (a first-person operator
 * statement, a quoted official statement, a plain sentence of an official post-mortem), and
 * `reported` otherwise (a third party stating it as fact). Reader comments are never `confirmed`.
 */
import type { Certainty } from '../model/document.js';
import { FIRST_PERSON_OPERATOR, GENERIC, HEDGE } from './cues/signal-cues.js';
import { foldText } from './text-units.js';
import { FastPattern } from './fast-pattern.js';

/** Who speaks a sentence. */
export type Speaker = 'operator' | 'third-party' | 'commenter';

/** What is known about a sentence's speaker and document. */
export interface CertaintyContext {
  /** The sentence sits inside a quotation or a quoted statement. */
  quoted?: boolean;
  /** Who speaks it, when known. */
  speaker?: Speaker;
  /** The document is the operator's own post-mortem (speaks as "we" about "our" systems). */
  documentIsOfficial?: boolean;
}

const HEDGE_RE = new FastPattern(HEDGE);
const GENERIC_RE = new FastPattern(GENERIC);
const FIRST_PERSON_RE = new FastPattern(FIRST_PERSON_OPERATOR);
const FIRST_PERSON_PLURAL_RE = /\b(?:we|our|us)\b/u;

/** True when the (lower-cased, folded) sentence hedges or asks. */
export function isHedged(lower: string): boolean {
  return HEDGE_RE.test(lower) || /\?["'”)\]]*\s*$/u.test(lower);
}

/** True when the (lower-cased, folded) sentence speaks about systems in general, not this incident. */
export function isGeneric(lower: string): boolean {
  return GENERIC_RE.test(lower);
}

/** True when the (lower-cased, folded) sentence is a first-person operator statement ("we identified", "our engineers"). */
export function isFirstPersonOperator(lower: string): boolean {
  return FIRST_PERSON_RE.test(lower);
}

/** True when the (lower-cased, folded) sentence speaks as "we"/"our"/"us". */
export function isFirstPersonPlural(lower: string): boolean {
  return FIRST_PERSON_PLURAL_RE.test(lower);
}

/** Certainty of a sentence from its folded text and whether it hedges (the shared core of {@link sentenceCertainty}). */
export function certaintyOf(lower: string, hedged: boolean, context: CertaintyContext): Certainty {
  if (hedged) return 'speculated';
  if (context.speaker === 'commenter') return 'reported';
  if (context.speaker === 'operator') return 'confirmed';
  if (context.speaker === 'third-party') return 'reported';
  if (context.documentIsOfficial === true) return 'confirmed';
  if (context.quoted === true && isFirstPersonPlural(lower)) return 'confirmed';
  if (isFirstPersonOperator(lower)) return 'confirmed';
  return 'reported';
}

/** Certainty of one sentence given its speaker and document (see the module comment). */
export function sentenceCertainty(sentence: string, context: CertaintyContext = {}): Certainty {
  const lower = foldText(sentence);
  return certaintyOf(lower, isHedged(lower), context);
}
