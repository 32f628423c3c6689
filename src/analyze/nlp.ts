/**
 * The one wink-nlp instance of a process (or worker thread): loaded lazily on first use, with
 * Faultline's custom entities (providers, services, infrastructure terms) learned once.
 *
 * The pipe is {@link NLP_PIPE}: sentence boundaries, named entities, custom entities and parts
 * of speech. Negation and sentiment are left out (Faultline does not use them). The reading of a
 * report needs parts of speech for about one sentence in five (tense, imperatives); tagging every
 * token in this one pass costs about as much as a second instance reading those sentences again
 * (tokenising them a second time), and needs no second model (see read-pos.ts and DESIGN.md).
 *
 * The instance reads every document as a fresh instance would (see fresh-documents.ts): what
 * one document adds to wink's lexicon does not change how a later one is tokenised.
 */
import winkNLP from 'wink-nlp';
import type { AsHelpers, CustomEntityExample, ItsHelpers, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { freshDocumentsModel, type WinkModel } from './fresh-documents.js';
import { LEXICON } from './lexicon.js';

/** The configured wink-nlp instance with its helpers. */
export interface Nlp {
  /** wink-nlp methods (`readDoc`, ...), custom entities already learned. */
  readonly nlp: WinkMethods;
  /** wink's `its` helpers (token properties). */
  readonly its: ItsHelpers;
  /** wink's `as` helpers (collection reducers). */
  readonly as: AsHelpers;
}

/** wink annotations run by the shared instance. */
export const NLP_PIPE: readonly string[] = ['sbd', 'ner', 'cer', 'pos'];

let instance: Nlp | null = null;

/** Builds wink's custom-entity examples from the lexicon: one example per entity type. */
export function customEntityExamples(): CustomEntityExample[] {
  const byType = new Map<string, Set<string>>();
  for (const entry of LEXICON) {
    const patterns = byType.get(entry.type) ?? new Set<string>();
    for (const alias of entry.aliases) patterns.add(alias);
    byType.set(entry.type, patterns);
  }
  return [...byType].map(([name, patterns]) => ({ name, patterns: [...patterns] }));
}

/** Returns the process-wide wink-nlp instance, creating and configuring it on first call. */
export function getNlp(): Nlp {
  if (instance === null) {
    const fresh = freshDocumentsModel(model as unknown as WinkModel);
    const nlp = winkNLP(fresh.model as unknown as typeof model, [...NLP_PIPE]);
    // Literal matching only: no POS or entity placeholders, so "Route 53" or "NOUN"-like
    // aliases are matched as written (case-insensitively on wink's normalised token).
    nlp.learnCustomEntities(customEntityExamples(), { matchValue: false, usePOS: false, useEntity: false });
    fresh.isolate(nlp);
    instance = { nlp, its: nlp.its, as: nlp.as };
  }
  return instance;
}
