/**
 * Tense of a sentence, read from wink-nlp's tokens and parts of speech: a report narrates the
 * incident in the past ("the release contained a defect", "we have identified") and describes how
 * the system normally works in the present ("the placement service keeps an inventory"). The
 * finite verbs decide: auxiliaries by their form (was/were/had/did against is/are/does), main verbs
 * tagged VERB by their ending (-ed or an irregular past form against -s). Without parts of speech
 * (a caller that has none), only the auxiliaries and the irregular forms are read.
 */
import type { PosTokens } from '../model/document.js';

export type { PosTokens } from '../model/document.js';

/** The tense of a sentence. */
export type Tense = 'past' | 'present' | 'none';

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'wasnt', 'werent', 'didnt']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do', "isn't", "aren't", "doesn't", "don't", 'isnt', 'arent', 'doesnt', 'dont', 'can', 'cannot']);
/** "has/have + participle" narrates what happened (present perfect): read as past. */
const PERFECT_AUX = new Set(['has', 'have', "hasn't", "haven't"]);
const IRREGULAR_PAST = new Set(
  `began ran went came took got made lost broke hit sent saw found left fell grew rose held kept led brought caught cut set put spent told
  thought knew wrote gave felt became chose drove froze stole shook struck swept spun stuck threw tore wore woke won overran rebuilt
  rewrote withdrew undid mistook forgot meant built paid sold bought fought sought taught dealt dug hung lit slid split spread quit
  shut burst cost overflowed overwrote`.split(/\s+/u),
);

/** Words a bare participle follows in a reduced clause ("when activated", "once deployed"): no tense of its own. */
const REDUCED_CLAUSE = new Set(['when', 'whenever', 'once', 'if', 'unless', 'until', 'while', 'as', 'where']);

/** First token index whose start is at or after `offset` (binary search). */
function firstTokenAt(tokens: PosTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tense of the finite verbs of `[start, end)` of the text the tokens were read from. */
export function tenseOf(tokens: PosTokens | undefined, lower: string, start: number, end: number): Tense {
  let past = false;
  let present = false;
  if (tokens === undefined) {
    for (const word of lower.match(/[a-z']+/gu) ?? []) {
      if (PAST_AUX.has(word) || PERFECT_AUX.has(word) || IRREGULAR_PAST.has(word)) past = true;
      else if (PRESENT_AUX.has(word)) present = true;
    }
  } else {
    for (let i = firstTokenAt(tokens, start); i < tokens.starts.length && (tokens.starts[i] ?? end) < end; i += 1) {
      const pos = tokens.pos[i];
      if (pos !== 'AUX' && pos !== 'VERB') continue;
      const word = (tokens.values[i] ?? '').toLowerCase();
      // The word before a verb, over adverbs ("are also protected", "is then cut").
      let back = i - 1;
      while (back > i - 3 && back >= 0 && tokens.pos[back] === 'ADV' && !REDUCED_CLAUSE.has((tokens.values[back] ?? '').toLowerCase())) back -= 1;
      const previous = (tokens.values[back] ?? '').toLowerCase();
      const previousPos = tokens.pos[back];
      // "is cut", "are set": a participle after a present auxiliary is a present passive.
      if (pos === 'VERB' && IRREGULAR_PAST.has(word) && PRESENT_AUX.has(previous)) present = true;
      else if (PAST_AUX.has(word) || PERFECT_AUX.has(word) || IRREGULAR_PAST.has(word)) past = true;
      else if (PRESENT_AUX.has(word)) present = true;
      else if (pos === 'VERB') {
        if (word.endsWith('ed')) {
          // "is designed", "are used": a present passive; "a managed zone": an adjective.
          if (PRESENT_AUX.has(previous)) present = true;
          else if (previous === 'be' || previous === 'been' || previous === 'being' || previous === 'to' || REDUCED_CLAUSE.has(previous)) continue;
          else if (previousPos !== 'DET' && previousPos !== 'ADJ' && previousPos !== 'ADP' && previousPos !== 'NUM') past = true;
        } else if (word.endsWith('s') && !word.endsWith('ss') && tokens.pos[i - 1] !== 'DET') {
          present = true;
        }
      }
    }
  }
  if (past) return 'past';
  return present ? 'present' : 'none';
}
