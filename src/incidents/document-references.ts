/**
 * Finds the document a user names in an overrides file: by id, by a unique id prefix of at least
 * 8 characters, by corpus path (any of its copies), by file name when only one file has it, or by
 * URL (compared by `urlKey`).
 */
import type { AnalyzedDocument } from '../model/document.js';
import { urlKey } from './url-key.js';

/** Shortest id prefix accepted. */
const MIN_PREFIX = 8;

/** Looks documents up by the names users give them. */
export class DocumentReferences {
  private readonly ids = new Set<string>();
  private readonly sortedIds: string[];
  private readonly paths = new Map<string, string>();
  private readonly baseNames = new Map<string, string | null>();
  private readonly urls = new Map<string, string | null>();

  /** Indexes `docs`. */
  constructor(docs: readonly Pick<AnalyzedDocument, 'id' | 'url' | 'sources'>[]) {
    for (const doc of docs) {
      this.ids.add(doc.id);
      for (const source of doc.sources) {
        this.paths.set(source.path, doc.id);
        const base = source.path.slice(source.path.lastIndexOf('/') + 1);
        const known = this.baseNames.get(base);
        this.baseNames.set(base, known === undefined || known === doc.id ? doc.id : null);
      }
      const key = urlKey(doc.url);
      if (key !== null) {
        const known = this.urls.get(key);
        this.urls.set(key, known === undefined || known === doc.id ? doc.id : null);
      }
    }
    this.sortedIds = [...this.ids].sort();
  }

  /** The id of the document `ref` names, or null when it names none or several. */
  resolve(ref: string): string | null {
    const name = ref.trim().replace(/^\.\//u, '');
    if (this.ids.has(name)) return name;
    const byPath = this.paths.get(name);
    if (byPath !== undefined) return byPath;
    const byBase = this.baseNames.get(name);
    if (byBase !== undefined) return byBase;
    if (/^https?:\/\//iu.test(name)) {
      const key = urlKey(name);
      return key === null ? null : (this.urls.get(key) ?? null);
    }
    if (name.length >= MIN_PREFIX) {
      const matches = this.sortedIds.filter((id) => id.startsWith(name));
      if (matches.length === 1) return matches[0]!;
    }
    return null;
  }
}
