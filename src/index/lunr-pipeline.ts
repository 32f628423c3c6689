/**
 * The one text pipeline of the search index, shared by the index builder, the index reader, the
 * query parser and the snippet maker, so that index and query tokenise and stem alike.
 *
 * - tokenizer: runs of letters/digits (apostrophes inside a word kept, so "didn't" stays one
 *   word); hyphens, dots, slashes and other punctuation split ("load-balancer" -> load, balancer;
 *   "us-east-1" -> us, east, 1); each token records its `[start, length]` in the original string.
 * - `faultline-normalise`: lower case, ASCII folding of accented letters, possessive "'s" removed,
 *   inner apostrophes dropped ("didn't" -> didnt).
 * - lunr's stop-word filter.
 * - `faultline-stem`: lunr's Porter stemmer with a memo, except for short tokens (<= 3 characters:
 *   "aws", "dns", "cdn") and tokens with digits ("s3", "ec2"), which are kept as written.
 *
 * The two custom functions are registered with lunr here, once, when this module is imported;
 * `lunr.Index.load` needs them registered to load a serialized index.
 */
import lunr from 'lunr';

/** Longest token indexed (longer runs are base64, hashes or garbage, not words). */
export const MAX_TOKEN_LENGTH = 40;

/** Label under which the normaliser is registered with lunr (the string stays as written in existing indexes). */
export const NORMALIZE_LABEL = 'faultline-normalise';
/** Label under which the stemmer is registered with lunr. */
export const STEM_LABEL = 'faultline-stem';

/** A word of the tokenizer: a run of letters/digits, apostrophes inside kept (source of a `gu` regex). */
export const WORD_SOURCE = "[\\p{L}\\p{N}]+(?:['\\u2019][\\p{L}\\p{N}]+)*";
const WORD = new RegExp(WORD_SOURCE, 'gu');
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019]/g;
const POSSESSIVE = /['\u2019]s$/;
const HAS_DIGIT = /\d/;

/** Normalises one word: lower case, ASCII-folded, possessive and inner apostrophes removed. */
export function normalizeWord(word: string): string {
  let s = word.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(COMBINING_MARKS, '');
  s = s.replace(POSSESSIVE, '');
  return s.replace(APOSTROPHES, '');
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Stems one normalised word (memoised; short words and words with digits are kept). */
export function stemWord(word: string): string {
  if (word.length <= 3 || HAS_DIGIT.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = lunr.stemmer(new lunr.Token(word, {})).toString();
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

const normalizeToken: lunr.PipelineFunction = (token) => {
  const s = normalizeWord(token.toString());
  return s === '' ? (undefined as unknown as lunr.Token) : token.update(() => s);
};

const stemToken: lunr.PipelineFunction = (token) => token.update((s) => stemWord(s));

/** lunr's global registry of pipeline functions (not in its type declarations). */
const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction | undefined> })
  .registeredFunctions;

/** Registers a custom function once (lunr keeps one global registry keyed by label) and returns the registered one. */
function register(fn: lunr.PipelineFunction, label: string): lunr.PipelineFunction {
  const existing = registry[label];
  if (existing !== undefined) return existing;
  lunr.Pipeline.registerFunction(fn, label);
  return fn;
}

/** The registered pipeline functions in order, for a builder's `pipeline` and `searchPipeline`. */
export const PIPELINE_FUNCTIONS: readonly lunr.PipelineFunction[] = [
  register(normalizeToken, NORMALIZE_LABEL),
  lunr.stopWordFilter,
  register(stemToken, STEM_LABEL),
];

/** Splits a string into lunr tokens with `position: [start, length]` metadata (lunr's tokenizer contract; other metadata is not kept). */
export function tokenize(value: unknown): lunr.Token[] {
  if (value === null || value === undefined) return [];
  const str = Array.isArray(value) ? value.map((item) => String(item)).join(' ; ') : typeof value === 'string' ? value : JSON.stringify(value);
  const tokens: lunr.Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(str); m !== null; m = WORD.exec(str)) {
    const word = m[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    tokens.push(new lunr.Token(word, { position: [m.index, word.length] }));
  }
  return tokens;
}

const pipeline = new lunr.Pipeline();
pipeline.add(...PIPELINE_FUNCTIONS);

/** One analysed word: the index term and where its original word sits in the input. */
export interface AnalyzedToken {
  /** The term as stored in the index (normalised, stemmed). */
  term: string;
  /** Start of the original word in the input. */
  start: number;
  /** One past its end. */
  end: number;
}

/** Tokenises and runs the pipeline over `text`, keeping each surviving term's original span. */
export function analyzeText(text: string): AnalyzedToken[] {
  return pipeline.run(tokenize(text)).map((token) => {
    const [start, length] = (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
    return { term: token.toString(), start, end: start + length };
  });
}

/** The index terms of `text`, in order (stop words dropped). */
export function analyzeTerms(text: string): string[] {
  return analyzeText(text).map((t) => t.term);
}
