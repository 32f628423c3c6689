/**
 * The stages of an ingest, in order, as the runner runs them:
 *
 *   read (I/O) -> parse (file) -> dedupe (corpus) -> analyze (document) -> incidents (corpus)
 *        -> index (corpus, shards in the worker pool) -> write (I/O)
 *
 * The index terms of each analysed document are counted as its analysis arrives (overlapping the
 * analysis of the next ones), so the index stage mostly assembles shards from those counts.
 *
 * Read and write touch the disk and the cache (`run-pipeline.ts`); the others are `Stage`s
 * built here from the resolved options. Per-file and per-document stages are rebuilt in each
 * worker thread from their name and options (`ITEM_STAGES`).
 */
import { dedupeDocuments, type DedupeResult } from '../dedupe/dedupe-documents.js';
import { groupIncidents, type GroupedIncidents } from '../incidents/group-incidents.js';
import { buildIndexConcurrently, type PrecountedTerms } from '../index/build-index.js';
import type { IndexFiles } from '../index/index-format.js';
import { analyzeDocumentFields, type DocumentAnalysis } from '../ingest/document-analysis.js';
import { prepareFile, type PreparedFile } from '../ingest/file-preparation.js';
import { refuseDuplicateIds } from '../ingest/refuse-duplicate-ids.js';
import type { AnalyzedDocument, IngestedDocument, ParsedDocument, SourceFile } from '../model/document.js';
import type { GroupIncidentsOptions } from '../incidents/group-incidents.js';
import type { LoadedGroupingInputs } from '../incidents/grouping-inputs.js';
import { rulebookWithProviders } from '../rulebook/read-provider-domains.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import type { DedupeStageOptions, IndexStageOptions, TagOptions } from './pipeline-options.js';
import { defineStage, type Stage, type StageName, type StageScope } from './stage.js';
import type { ParseStageOptions, StageOptions } from './stage-options.js';
import type { TaskRunner } from './worker-pool.js';

/** The stage list as the runner runs it: name and scope (`io`: reads or writes the disk). */
export const STAGE_LIST: readonly { name: StageName; scope: StageScope | 'io' }[] = [
  { name: 'read', scope: 'io' },
  { name: 'parse', scope: 'file' },
  { name: 'dedupe', scope: 'corpus' },
  { name: 'analyze', scope: 'document' },
  { name: 'incidents', scope: 'corpus' },
  { name: 'index', scope: 'corpus' },
  { name: 'write', scope: 'io' },
];

/** A per-file or per-document stage, run in the worker pool, with the words its failures are reported in. */
export interface ItemStage<I, O> extends Stage<I, O> {
  readonly name: ItemStageName;
  /** Who failed, in a `<stage>-failed` reason ("parser", "analysis"). */
  readonly failing: string;
  /** What ran past the time budget, in a `timed-out` reason ("parsing", "analysis"). */
  readonly working: string;
}

/** parse (file): bytes -> normalised document, signature and diagnostics (never throws on bad input). */
export function parseStage(options: ParseStageOptions): ItemStage<SourceFile, PreparedFile> {
  return defineStage({ name: 'parse', scope: 'file', options, failing: 'parser', working: 'parsing', run: (file: SourceFile) => prepareFile(file, options) });
}

/** analyze (document): one wink-nlp pass, then the report's anatomy, voice, tags and outline, and each comment's tags. */
export function analyzeStage(options: { tag: TagOptions }): ItemStage<IngestedDocument, DocumentAnalysis> {
  const providers = options.tag.providerDomains;
  // The shipped rulebook unless provider domains are added (compiled once per list, on first use).
  const rulebook = (): Rulebook | undefined => (providers.length === 0 ? undefined : rulebookWithProviders(providers));
  return defineStage({ name: 'analyze', scope: 'document', options, failing: 'analysis', working: 'analysis', run: (doc: IngestedDocument) => analyzeDocumentFields(doc, rulebook()) });
}

/** The stages a worker thread can run, by name, built from their options. */
export const ITEM_STAGES = {
  parse: (options: unknown) => parseStage(options as ParseStageOptions),
  analyze: (options: unknown) => analyzeStage(options as { tag: TagOptions }),
} as const;

/** Name of a stage that runs per file or per document in the worker pool. */
export type ItemStageName = 'parse' | 'analyze';

/** The parsed documents of the corpus and their signatures (by the file's sha256). */
export interface ParsedCorpus {
  documents: ParsedDocument[];
  signatures: ReadonlyMap<string, ArrayLike<number>>;
}

/** dedupe (corpus): merges copies into documents; a document whose id is taken is refused (`duplicate-id`). */
export function dedupeStage(options: DedupeStageOptions): Stage<ParsedCorpus, DedupeResult> {
  return defineStage({
    name: 'dedupe',
    scope: 'corpus',
    options,
    run: (input: ParsedCorpus, ctx) => {
      const result = dedupeDocuments(input.documents, { ...options, signatures: input.signatures });
      return { ...result, documents: refuseDuplicateIds(result.documents, ctx.diagnostics) };
    },
  });
}

/** incidents (corpus): groups the analysed documents into incidents; each document names its own. `inputs`: the provider table and overrides files' content (part of the key). */
export function incidentsStage(options: GroupIncidentsOptions, inputs: LoadedGroupingInputs = { providerTable: [], overrides: null }): Stage<AnalyzedDocument[], GroupedIncidents> {
  return defineStage({ name: 'incidents', scope: 'corpus', options: { ...options, ...inputs }, run: (documents: AnalyzedDocument[], ctx) => groupIncidents(documents, options, { ...inputs, diagnostics: ctx.diagnostics }) });
}

/** Input of the index stage: the grouped documents, and the term counts of those counted as their analysis finished (by id). */
export interface IndexStageInput {
  grouped: GroupedIncidents;
  precounted: ReadonlyMap<string, PrecountedTerms>;
}

/**
 * index (corpus): the search index's files; a shard whose documents' terms were all counted as
 * their analyses finished is assembled from those counts, any other is built by one task of
 * `pool()` (so every core builds).
 */
export function indexStage(options: IndexStageOptions, pool: () => TaskRunner): Stage<IndexStageInput, IndexFiles> {
  return defineStage({
    name: 'index',
    scope: 'corpus',
    options,
    run: ({ grouped, precounted }: IndexStageInput) =>
      buildIndexConcurrently(
        grouped.documents,
        grouped.incidents,
        options,
        async (entries) => {
          const result = await pool().run({ kind: 'index-shard', entries });
          if (result.kind !== 'index-shard') throw new Error('index: worker answered the wrong task kind');
          return result.content;
        },
        precounted,
      ),
  });
}

/** The stages of one run, by name. */
export interface Stages {
  parse: ItemStage<SourceFile, PreparedFile>;
  dedupe: Stage<ParsedCorpus, DedupeResult>;
  analyze: ItemStage<IngestedDocument, DocumentAnalysis>;
  incidents: Stage<AnalyzedDocument[], GroupedIncidents>;
  index: Stage<IndexStageInput, IndexFiles>;
}

/** Every stage of a run, built from its options (`stage-options.ts`; shards of the index go to `pool()`, the run's worker pool). */
export function createStages(options: StageOptions, pool: () => TaskRunner): Stages {
  return {
    parse: parseStage(options.parse),
    dedupe: dedupeStage(options.dedupe),
    analyze: analyzeStage(options.analyze),
    incidents: incidentsStage(options.incidents.group, options.incidents.inputs),
    index: indexStage(options.index, pool),
  };
}
