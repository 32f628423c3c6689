/**
 * Document-level speaker signals, and the speaker of each unit:
 *
 * - an official post-mortem speaks as "we" about "our" systems throughout: its plain sentences
 *   are the operator's (`confirmed`);
 * - a news article quoting the operator: the quoted statement block after "Statement from
 *   Amazon:" (and quoted first-person sentences) is the operator's; sentences attributing a claim
 *   to the operator ("the company confirmed") are too; the rest is the journalist's (`reported`);
 * - a speculative piece ("my money's on", "only time will tell", "we can speculate") guesses:
 *   its third-party claims are capped at `speculated`; when the cause was not disclosed, its
 *   third-party cause claims are.
 */
import type { Certainty } from '../model/document.js';
import { isFirstPersonOperator, isFirstPersonPlural, type Speaker } from './certainty.js';
import { CAUSE_UNDISCLOSED, OFFICIAL_INTRO, OPERATOR_ATTRIBUTION, SPECULATIVE_GENRE } from './cues/signal-cues.js';
import type { TextUnit } from './text-units.js';
import { FastPattern } from './fast-pattern.js';

/** What the whole text says about who speaks and how firmly. */
export interface DocumentSignals {
  /** The text is the operator's own post-mortem. */
  official: boolean;
  /** The text openly guesses at what happened: third-party claims are `speculated`. */
  speculative: boolean;
  /** The text says the cause was not disclosed: third-party cause claims are `speculated`. */
  causeUndisclosed: boolean;
}

const OFFICIAL_INTRO_RE = new FastPattern(OFFICIAL_INTRO, { suffix: ')' });
const ATTRIBUTION_RE = new FastPattern(OPERATOR_ATTRIBUTION, { prefix: '(?:', suffix: ')' });
const SPECULATIVE_RE = new FastPattern(SPECULATIVE_GENRE, { suffix: ')' });
const UNDISCLOSED_RE = new FastPattern(CAUSE_UNDISCLOSED, { suffix: ')' });

/** Share of a document's own (unquoted body) sentences that must speak as the operator for it to be official. */
export const OFFICIAL_SHARE = 0.12;

/** What one unit contributes to the document-level signals. */
export interface UnitSignals {
  /** The unit is the document's own text (not quoted, not advice, not a heading). */
  own: boolean;
  firstPerson: boolean;
  speculative: boolean;
  undisclosed: boolean;
}

/** Reads one unit's contribution to the document-level signals. */
export function unitSignals(unit: TextUnit): UnitSignals {
  const own = !unit.quoted && unit.kind !== 'advice' && unit.kind !== 'heading';
  return {
    own,
    firstPerson: own && isFirstPersonOperator(unit.lower),
    speculative: own && SPECULATIVE_RE.test(unit.lower),
    undisclosed: own && UNDISCLOSED_RE.test(unit.lower),
  };
}

/**
 * Reads the document-level signals from the units (quoted statements do not make a document
 * official); `perUnit` are the units' {@link unitSignals} when already read.
 */
export function documentSignals(units: readonly TextUnit[], official?: boolean, perUnit?: readonly UnitSignals[]): DocumentSignals {
  let own = 0;
  let firstPerson = 0;
  let speculative = false;
  let undisclosed = false;
  units.forEach((unit, i) => {
    const signals = perUnit?.[i] ?? unitSignals(unit);
    if (signals.own) own += 1;
    if (signals.firstPerson) firstPerson += 1;
    if (signals.speculative) speculative = true;
    if (signals.undisclosed) undisclosed = true;
  });
  const detected = (firstPerson >= 2 && firstPerson >= own * OFFICIAL_SHARE) || (firstPerson >= 1 && own <= 4);
  const isOfficial = official ?? detected;
  return { official: isOfficial, speculative: speculative && !isOfficial, causeUndisclosed: undisclosed && !isOfficial };
}

/**
 * The speakers of the units (see the module comment), as a function of the unit index: statement
 * blocks are found in one pass, attributions are read only for the units asked about.
 */
export function unitSpeakers(units: readonly TextUnit[], signals: DocumentSignals, isComment: boolean): (index: number) => Speaker {
  if (isComment) return () => 'commenter';
  const inOfficialBlock: boolean[] = [];
  let officialBlock = false;
  for (const unit of units) {
    inOfficialBlock.push(officialBlock);
    if (unit.lower.trimEnd().endsWith(':')) officialBlock = OFFICIAL_INTRO_RE.test(unit.lower);
    else if (!unit.quoted) officialBlock = false;
  }
  return (index: number): Speaker => {
    const unit = units[index];
    if (unit === undefined) return 'third-party';
    if (unit.quoted) return inOfficialBlock[index] === true || isFirstPersonPlural(unit.lower) ? 'operator' : 'third-party';
    if (signals.official) return 'operator';
    // The literals of the attribution patterns are lower-case: the folded text is a valid scope.
    return ATTRIBUTION_RE.test(unit.text, unit.lower) ? 'operator' : 'third-party';
  };
}

/** Caps a third party's certainty in a speculative document (or for causes when the cause was not disclosed). */
export function capCertainty(certainty: Certainty, speaker: Speaker, signals: DocumentSignals, axis: 'layers' | 'causes'): Certainty {
  if (speaker === 'operator' || certainty !== 'reported') return certainty;
  if (signals.speculative || (axis === 'causes' && signals.causeUndisclosed)) return 'speculated';
  return certainty;
}
