/** Reads documents by id from a backend in the order asked for (a backend returns them sorted by id), leaving out ids it does not hold. */
import type { KnowledgeDocument } from '../model/index.js';
import type { SearchBackend } from '../search/search-backend.js';

/** The documents of `ids` that `backend` holds, in the order of `ids` (an incident's reports: primary first). */
export async function documentsInOrder(backend: SearchBackend, ids: readonly string[]): Promise<KnowledgeDocument[]> {
  const byId = new Map((await backend.documents(ids)).map((doc) => [doc.id, doc]));
  return ids.flatMap((id) => {
    const doc = byId.get(id);
    return doc === undefined ? [] : [doc];
  });
}
