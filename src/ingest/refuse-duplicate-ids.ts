/**
 * The last guard before the index: two documents must never share an id (the index build would
 * abort the whole ingest). Ids are 128-bit content hashes, so this should never fire; if it does,
 * the later document is refused with a diagnostic naming both files.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { IngestedDocument } from '../model/document.js';

/** Keeps the first document of each id; a later one is refused with a `duplicate-id` diagnostic naming both files. */
export function refuseDuplicateIds(documents: IngestedDocument[], diagnostics: Diagnostic[]): IngestedDocument[] {
  const byId = new Map<string, IngestedDocument>();
  const kept: IngestedDocument[] = [];
  for (const doc of documents) {
    const first = byId.get(doc.id);
    if (first === undefined) {
      byId.set(doc.id, doc);
      kept.push(doc);
      continue;
    }
    diagnostics.push({
      file: doc.sources[0]!.path,
      stage: 'dedupe',
      code: 'duplicate-id',
      reason: `its document id ${doc.id} is already the id of ${first.sources[0]!.path} (a different text); refused`,
      fatal: true,
    });
  }
  return kept;
}
