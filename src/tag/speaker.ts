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

/** What the whole text says about who speaks and how firmly. */
export interface DocumentSignals {
  /** The text is the operator's own post-mortem. */
  official: boolean;
  /** The text openly guesses at what happened: third-party claims are `speculated`. */
  speculative: boolean;
  /** The text says the cause was not disclosed: third-party cause claims are `speculated`. */
  causeUndisclosed: boolean;
}

const OFFICIAL_INTRO_RE = new RegExp(`\\b(?:${OFFICIAL_INTRO})`, 'u');
const ATTRIBUTION_RE = new RegExp(OPERATOR_ATTRIBUTION, 'u');
const SPECULATIVE_RE = new RegExp(`\\b(?:${SPECULATIVE_GENRE})`, 'u');
const UNDISCLOSED_RE = new RegExp(`\\b(?:${CAUSE_UNDISCLOSED})`, 'u');

/** Share of a document's own (unquoted body) sentences that must speak as the operator for it to be official. */
export const OFFICIAL_SHARE = 0.12;

/** Reads the document-level signals from the units (quoted statements do not make a document official). */
export function documentSignals(units: readonly TextUnit[], official?: boolean): DocumentSignals {
  let own = 0;
  let firstPerson = 0;
  let speculative = false;
  let undisclosed = false;
  for (const unit of units) {
    if (!unit.quoted && unit.kind !== 'advice' && unit.kind !== 'heading') {
      own += 1;
      if (isFirstPersonOperator(unit.lower)) firstPerson += 1;
      if (SPECULATIVE_RE.test(unit.lower)) speculative = true;
      if (UNDISCLOSED_RE.test(unit.lower)) undisclosed = true;
    }
  }
  const detected = (firstPerson >= 2 && firstPerson >= own * OFFICIAL_SHARE) || (firstPerson >= 1 && own <= 4);
  const isOfficial = official ?? detected;
  return { official: isOfficial, speculative: speculative && !isOfficial, causeUndisclosed: undisclosed && !isOfficial };
}

/** The speaker of every unit, in order (see the module comment). */
export function unitSpeakers(units: readonly TextUnit[], signals: DocumentSignals, isComment: boolean): Speaker[] {
  const speakers: Speaker[] = [];
  let officialBlock = false;
  for (const unit of units) {
    if (isComment) {
      speakers.push('commenter');
      continue;
    }
    const intro = unit.lower.trimEnd().endsWith(':');
    if (unit.quoted) {
      speakers.push(officialBlock || isFirstPersonPlural(unit.lower) ? 'operator' : 'third-party');
    } else if (signals.official) {
      speakers.push('operator');
    } else if (ATTRIBUTION_RE.test(unit.text)) {
      speakers.push('operator');
    } else {
      speakers.push('third-party');
    }
    if (intro) officialBlock = OFFICIAL_INTRO_RE.test(unit.lower);
    else if (!unit.quoted) officialBlock = false;
  }
  return speakers;
}

/** Caps a third party's certainty in a speculative document (or for causes when the cause was not disclosed). */
export function capCertainty(certainty: Certainty, speaker: Speaker, signals: DocumentSignals, axis: 'layers' | 'causes'): Certainty {
  if (speaker === 'operator' || certainty !== 'reported') return certainty;
  if (signals.speculative || (axis === 'causes' && signals.causeUndisclosed)) return 'speculated';
  return certainty;
}
