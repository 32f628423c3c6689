/**
 * The analysis of one text: a single wink-nlp pass, then cheap post-processing into sentences,
 * entities, facts, an extractive summary and key phrases.
 */
import type { Entity, Facts, PosReader, Sentence, Summary } from '../model/document.js';
import { buildEntities } from './entities.js';
import { extractFacts } from './facts.js';
import { extractKeyphrases } from './keyphrases.js';
import { posReader } from './read-pos.js';
import { readText } from './read-text.js';
import { summarize } from './summary.js';

/** Document metadata the analysis uses (all optional). */
export interface AnalysisContext {
  /** Article title (summary overlap, provider ranking). */
  title?: string | null;
  /** Publication date, ISO (resolves relative dates). */
  published?: string | null;
  /** Company named by the metadata (first provider). */
  company?: string | null;
  /** Product named by the metadata (first service). */
  product?: string | null;
  /** Incident start time from the metadata, ISO (incident date and start time). */
  startTime?: string | null;
}

/** What the analysis finds in one text; offsets index that text. */
export interface TextAnalysis {
  sentences: Sentence[];
  entities: Entity[];
  /** Tokens wink found, line breaks not counted. */
  tokenCount: number;
  facts: Facts;
  summary: Summary;
  keyphrases: string[];
  /** Parts of speech of the text's spans, read on demand (for the reading of the report; not stored). */
  pos: PosReader;
}

/** Analyses an article's text (one wink pass). */
export function analyzeText(text: string, context: AnalysisContext = {}): TextAnalysis {
  const reading = readText(text);
  const entities = buildEntities(reading);
  const keyphrases = extractKeyphrases(reading);
  const facts = extractFacts(text, reading.sentences, entities, context);
  const summary = summarize(reading, context.title, keyphrases);
  return { sentences: reading.sentences, entities, tokenCount: reading.tokenCount, facts, summary, keyphrases, pos: posReader(reading) };
}

/** Analyses a reader comment (or a text to tag) cheaply: sentences, token count and the part-of-speech reader only. */
export function analyzeComment(text: string): { sentences: Sentence[]; tokenCount: number; pos: PosReader } {
  const reading = readText(text, { full: false });
  return { sentences: reading.sentences, tokenCount: reading.tokenCount, pos: posReader(reading) };
}
