/**
 * The single wink-nlp pass of the analysis: one `readDoc` per text, its results copied into
 * plain arrays (token values, offsets, parts of speech and feature bits, sentence and entity token
 * ranges) that every later step post-processes without calling wink again.
 */
import type { Sentence } from '../model/document.js';
import { boundRuns } from './bound-runs.js';
import { getNlp } from './nlp.js';
import { isBlankToken, tokenSentences } from './sentences.js';
import { tokenFeatures } from './token-features.js';
import { layoutTokens, type TokenLayout } from './token-layout.js';

/** An entity as wink found it: token range `[first, last]` (inclusive) and type. */
export interface WinkEntity {
  first: number;
  last: number;
  type: string;
}

/** Everything the analysis needs from one wink pass over a text. */
export interface TextReading {
  /** The analysed text. */
  text: string;
  /** Token values and character offsets. */
  layout: TokenLayout;
  /** Feature bits of each token (see token-features.ts); empty when not requested. */
  features: Uint8Array;
  /** Sentences (corrected, with quotation marks). */
  sentences: Sentence[];
  /** First token of each sentence. */
  sentenceFirstToken: Int32Array;
  /** Last token of each sentence. */
  sentenceLastToken: Int32Array;
  /** wink's built-in entities. */
  entities: WinkEntity[];
  /** Custom entities (types of the lexicon). */
  customEntities: WinkEntity[];
  /** Number of tokens, not counting line-break tokens. */
  tokenCount: number;
  /** Universal part-of-speech tag of each token (the reading of the report asks for a few sentences' tags, see read-pos.ts). */
  pos: string[];
}

/** What to read besides tokens and sentences. */
export interface ReadOptions {
  /** Read token features, entities and custom entities too (default true). */
  full?: boolean;
}

const READ_DEFAULTS: Required<ReadOptions> = { full: true };

function entityRanges(spans: unknown[], types: unknown[]): WinkEntity[] {
  const out: WinkEntity[] = [];
  for (let i = 0; i < spans.length; i += 1) {
    const span = spans[i] as number[] | undefined;
    const first = span?.[0];
    const last = span?.[1];
    if (first === undefined || last === undefined) continue;
    const type = types[i];
    out.push({ first, last, type: typeof type === 'string' ? type : '' });
  }
  return out;
}

/** Runs wink once over `text` and collects the arrays the analysis uses. */
export function readText(text: string, options: ReadOptions = {}): TextReading {
  const { full } = { ...READ_DEFAULTS, ...options };
  const { nlp, its } = getNlp();
  // wink reads the text with over-long runs broken (same length, so offsets hold); tokens are
  // laid out on the original text.
  const doc = nlp.readDoc(boundRuns(text));
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const layout = layoutTokens(text, values);
  const split = tokenSentences(text, layout, doc.sentences().out(its.span) as unknown as number[][]);
  let tokenCount = 0;
  for (const value of values) if (!isBlankToken(value)) tokenCount += 1;
  const reading: TextReading = {
    text,
    layout,
    features: new Uint8Array(0),
    sentences: split.sentences,
    sentenceFirstToken: split.firstToken,
    sentenceLastToken: split.lastToken,
    entities: [],
    customEntities: [],
    tokenCount,
    pos: tokens.out(its.pos),
  };
  if (!full) return reading;
  const entities = doc.entities();
  const custom = doc.customEntities();
  reading.features = tokenFeatures(tokens.out(its.uniqueId) as unknown as number[], values);
  reading.entities = entityRanges(entities.out(its.span), entities.out(its.type));
  reading.customEntities = entityRanges(custom.out(its.span), custom.out(its.type));
  return reading;
}
