/**
 * The worker-thread entry of the ingest pool (piscina): runs the per-file and per-document
 * stages on plain records (prepare, analyse, and building one index shard). wink-nlp's model is
 * loaded once per worker, on first use.
 */
import { buildShard, type ShardEntry } from '../index/build-index.js';
import type { IngestedDocument, SourceFile } from '../model/document.js';
import type { ProviderDomains } from '../rulebook/rule.js';
import { rulebookWithProviders } from '../rulebook/read-provider-domains.js';
import { analyzeDocumentFields, type DocumentAnalysis } from './document-analysis.js';
import { prepareFile, type PreparedFile } from './file-preparation.js';

/** A unit of work for a pipeline worker. */
export type WorkerTask =
  | { kind: 'prepare'; files: SourceFile[] }
  | { kind: 'analyze'; documents: IngestedDocument[]; providers: ProviderDomains[] }
  | { kind: 'index-shard'; entries: ShardEntry[] };

/** One document's analysis, or the message of the exception that stopped it. */
export type AnalysisOutcome = { analysis: DocumentAnalysis; error?: undefined } | { analysis?: undefined; error: string };

/** A worker's answer, matching the task's kind. */
export type WorkerResult =
  | { kind: 'prepare'; prepared: PreparedFile[] }
  | { kind: 'analyze'; analyses: AnalysisOutcome[] }
  | { kind: 'index-shard'; content: string };

/** Runs one batch of work; one document whose analysis throws fails alone (its outcome names the error). */
export default function runTask(task: WorkerTask): WorkerResult {
  if (task.kind === 'prepare') return { kind: 'prepare', prepared: task.files.map(prepareFile) };
  if (task.kind === 'index-shard') return { kind: 'index-shard', content: buildShard(task.entries) };
  const rulebook = task.providers.length === 0 ? undefined : rulebookWithProviders(task.providers);
  return {
    kind: 'analyze',
    analyses: task.documents.map((doc): AnalysisOutcome => {
      try {
        return { analysis: analyzeDocumentFields(doc, rulebook) };
      } catch (error) {
        return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
    }),
  };
}
