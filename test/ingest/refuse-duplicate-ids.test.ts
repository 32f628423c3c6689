import { describe, expect, it } from 'vitest';
import { refuseDuplicateIds } from '../../src/ingest/refuse-duplicate-ids.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { IngestedDocument } from '../../src/model/document.js';

/** A document with just the fields the guard reads. */
function doc(id: string, file: string): IngestedDocument {
  return { id, sources: [{ path: file }] } as unknown as IngestedDocument;
}

describe('refuseDuplicateIds', () => {
  it('keeps the first document of an id and refuses the later one with a diagnostic naming both files', () => {
    const diagnostics: Diagnostic[] = [];
    const kept = refuseDuplicateIds([doc('d1', 'a.md'), doc('d2', 'b.md'), doc('d1', 'collides.md')], diagnostics);
    expect(kept.map((d) => d.sources[0]!.path)).toEqual(['a.md', 'b.md']);
    expect(diagnostics).toEqual([
      { file: 'collides.md', stage: 'dedupe', code: 'duplicate-id', reason: 'its document id d1 is already the id of a.md (a different text); refused', fatal: true },
    ]);
  });
});
