/**
 * The worker-thread entry of the ingest pool (piscina): runs the per-file and per-document
 * stages on plain records. wink-nlp's model is loaded once per worker, on first use.
 */
import type { IngestedDocument, SourceFile } from '../model/document.js';
import { analyzeDocumentFields, type DocumentAnalysis } from './document-analysis.js';
import { prepareFile, type PreparedFile } from './file-preparation.js';

/** A unit of work for a pipeline worker. */
export type WorkerTask =
  | { kind: 'prepare'; files: SourceFile[] }
  | { kind: 'analyze'; documents: IngestedDocument[] };

/** A worker's answer, matching the task's kind. */
export type WorkerResult =
  | { kind: 'prepare'; prepared: PreparedFile[] }
  | { kind: 'analyze'; analyses: DocumentAnalysis[] };

/** Runs one batch of work. */
export default function runTask(task: WorkerTask): WorkerResult {
  if (task.kind === 'prepare') return { kind: 'prepare', prepared: task.files.map(prepareFile) };
  return { kind: 'analyze', analyses: task.documents.map(analyzeDocumentFields) };
}
