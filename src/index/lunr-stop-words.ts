/**
 * lunr's English stop words (the list behind `lunr.stopWordFilter`, which lunr does not export),
 * and the index terms they would have: a text word that is a stop word is never indexed, yet a
 * phrase check keys it like any word ("wants" -> "want"), so checks that read the index must not
 * require those terms. `test/index/lunr-stop-words.test.ts` holds the list equal to lunr's.
 */
import { stemWord } from './lunr-pipeline.js';

/** lunr 2's stop words, in its order. */
export const LUNR_STOP_WORDS: readonly string[] = [
  'a', 'able', 'about', 'across', 'after', 'all', 'almost', 'also', 'am', 'among', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'but', 'by', 'can', 'cannot', 'could', 'dear', 'did', 'do', 'does', 'either', 'else', 'ever', 'every', 'for',
  'from', 'get', 'got', 'had', 'has', 'have', 'he', 'her', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is',
  'it', 'its', 'just', 'least', 'let', 'like', 'likely', 'may', 'me', 'might', 'most', 'must', 'my', 'neither', 'no', 'nor', 'not',
  'of', 'off', 'often', 'on', 'only', 'or', 'other', 'our', 'own', 'rather', 'said', 'say', 'says', 'she', 'should', 'since', 'so',
  'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'tis', 'to', 'too', 'twas', 'us',
  'wants', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'yet',
  'you', 'your',
];

/** The keys (stemmed as the pipeline stems) of lunr's stop words: terms a stop word of a text may stand for. */
export const STOP_WORD_KEYS: ReadonlySet<string> = new Set(LUNR_STOP_WORDS.map(stemWord));
