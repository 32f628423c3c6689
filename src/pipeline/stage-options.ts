/**
 * What each stage of a run is built from: its options as plain JSON (sent to the worker threads)
 * and, from them, the stages' cache keys. Computing these loads none of the stages' code (no
 * parser, no wink-nlp model), so an up-to-date check stays cheap.
 */
import { userProviderDomains } from '../rulebook/provider-domains.js';
import type { GroupIncidentsOptions } from '../incidents/group-incidents.js';
import { loadGroupingInputs, type LoadedGroupingInputs } from '../incidents/grouping-inputs.js';
import { codeFingerprint } from '../ingest/code-fingerprint.js';
import type { ParseOptions } from '../ingest/parse-options.js';
import type { DedupeStageOptions, IndexStageOptions, ResolvedPipelineOptions, TagOptions } from './pipeline-options.js';
import { stageKey } from './stage.js';

/** Options of the parse stage: the parser's, and the near-duplicate signature's (computed per file). */
export interface ParseStageOptions {
  parse: Required<ParseOptions>;
  signature: Pick<DedupeStageOptions, 'shingle' | 'permutations'>;
}

/** Options of the incidents stage: the grouping's, and the provider table and overrides files' content. */
export interface IncidentsStageOptions {
  group: GroupIncidentsOptions;
  inputs: LoadedGroupingInputs;
}

/** The options of every stage of one run, by stage name. */
export interface StageOptions {
  parse: ParseStageOptions;
  dedupe: DedupeStageOptions;
  analyze: { tag: TagOptions };
  incidents: IncidentsStageOptions;
  index: IndexStageOptions;
}

/** The code fingerprint, the parse stage's key, and every stage's key by name (for the listing digest). */
export interface StageKeys {
  code: string;
  parse: string;
  all: Record<string, string>;
}

/** Every stage's options from the resolved pipeline options (reads the corpus folder's provider table and overrides). */
export function stageOptions(options: ResolvedPipelineOptions): StageOptions {
  // The user's provider table names the tagger's operators' domains too.
  const inputs = loadGroupingInputs(options.incidents, options.corpus === '' ? null : options.corpus);
  return {
    parse: { parse: options.parse, signature: { shingle: options.dedupe.shingle, permutations: options.dedupe.permutations } },
    dedupe: options.dedupe,
    analyze: { tag: { providerDomains: [...options.tag.providerDomains, ...userProviderDomains(inputs.providerTable)] } },
    incidents: { group: options.incidents, inputs },
    index: options.index,
  };
}

/** The option object a stage's key is computed over (the incidents stage's: grouping options and file contents, flat). */
export function keyedOptions(name: keyof StageOptions, options: StageOptions): unknown {
  if (name === 'incidents') return { ...options.incidents.group, ...options.incidents.inputs };
  return options[name];
}

/** Every stage's cache key (the same keys the built stages carry). */
export function stageKeys(options: StageOptions): StageKeys {
  const names = ['parse', 'dedupe', 'analyze', 'incidents', 'index'] as const;
  const all = Object.fromEntries(names.map((name) => [name, stageKey(name, keyedOptions(name, options))]));
  return { code: codeFingerprint(), parse: all.parse!, all };
}
