/**
 * The index terms of a field's text, as the index builder needs them: the words of the shared
 * tokenizer (`lunr-pipeline.ts`), each run through the shared pipeline functions
 * (`PIPELINE_FUNCTIONS`: normalise, lunr's stop-word filter, stem), without building a lunr token
 * per word. The pipeline's result for a word depends on the word alone, so it is memoised per
 * distinct word: the terms are exactly those of `pipeline.run(tokenize(text))`.
 *
 * The analysis' wink-nlp tokens are not used here: wink splits words the index keeps whole
 * ("didn't" -> did, n't; "o'clock") and keeps runs the index splits (URLs, e-mail addresses,
 * "us-east-1" in some contexts), so its tokens cannot give the same terms; re-joining them costs
 * what this tokenizer costs.
 */
import lunr from 'lunr';
import { MAX_TOKEN_LENGTH, PIPELINE_FUNCTIONS, WORD_SOURCE } from './lunr-pipeline.js';

const WORD = new RegExp(WORD_SOURCE, 'gu');

/** Distinct words remembered at most (the memo is cleared when full). */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string | null>();

/** The term of one word through the pipeline functions, or null when a function drops it (stop words, empty). */
function termOfWord(word: string): string | null {
  const known = memo.get(word);
  if (known !== undefined) return known;
  let tokens: lunr.Token[] = [new lunr.Token(word, {})];
  for (const fn of PIPELINE_FUNCTIONS) {
    const next: lunr.Token[] = [];
    tokens.forEach((token, i) => {
      const result = fn(token, i, tokens) as lunr.Token | lunr.Token[] | null | undefined | '';
      if (result === null || result === undefined || result === '') return;
      if (Array.isArray(result)) next.push(...result);
      else next.push(result);
    });
    tokens = next;
  }
  // Every pipeline function maps one token to at most one.
  const term = tokens.length === 0 ? null : tokens[0]!.toString();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, term);
  return term;
}

/** One field's terms: its length in terms (lunr's field length) and each distinct term's count, in first-occurrence order. */
export interface FieldTerms {
  /** Terms in the field (stop words excluded), lunr's field length. */
  length: number;
  /** Distinct terms, in order of first occurrence. */
  terms: string[];
  /** `counts[i]`: occurrences of `terms[i]`. */
  counts: number[];
}

/** The index terms of `text` in order (the same as `analyzeTerms`, faster). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    const term = termOfWord(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/** The term counts of one field's text. */
export function fieldTerms(text: string): FieldTerms {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  let length = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    const term = termOfWord(word);
    if (term === null) continue;
    length += 1;
    const i = at.get(term);
    if (i === undefined) {
      at.set(term, terms.length);
      terms.push(term);
      counts.push(1);
    } else counts[i] = counts[i]! + 1;
  }
  return { length, terms, counts };
}
