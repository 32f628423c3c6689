/**
 * The texts the NLP measurements run over: the ingested documents (articles and their comments)
 * read from a data folder's `documents.jsonl`, or, when no ingest output exists, the generator's
 * articles rebuilt in memory from the corpus seed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { IngestedDocument } from '../../src/model/document.js';
import { composeArticle } from './corpus/compose-article.js';

/** Where the NLP measurements take their texts from. */
export interface TextSource {
  /** Data folder of an ingest (documents.jsonl); preferred. */
  dataDir?: string;
  /** Generator seed and size, used when there is no data folder. */
  generated?: { seed: number; n: number };
  /** Stop after this many characters of text (articles + comments). */
  maxChars: number;
}

/** A sample of documents for the NLP measurements. */
export interface TextSample {
  /** `documents.jsonl` or `generator`. */
  from: 'documents.jsonl' | 'generator';
  documents: IngestedDocument[];
  /** Characters of article and comment text in the sample. */
  chars: number;
  /** UTF-8 bytes of article and comment text in the sample. */
  bytes: number;
  /** True when the sample stopped at `maxChars` before the end of the corpus. */
  truncated: boolean;
}

function sizeOf(doc: IngestedDocument): { chars: number; bytes: number } {
  let chars = doc.text.length;
  let bytes = Buffer.byteLength(doc.text);
  for (const c of doc.comments) {
    chars += c.text.length;
    bytes += Buffer.byteLength(c.text);
  }
  return { chars, bytes };
}

/** Reads a sample of documents (whole documents, up to `maxChars`). */
export async function loadTextSample(source: TextSource): Promise<TextSample> {
  const sample: TextSample = { from: 'generator', documents: [], chars: 0, bytes: 0, truncated: false };
  const take = (doc: IngestedDocument): boolean => {
    if (sample.chars >= source.maxChars) {
      sample.truncated = true;
      return false;
    }
    const size = sizeOf(doc);
    sample.documents.push(doc);
    sample.chars += size.chars;
    sample.bytes += size.bytes;
    return true;
  };
  const jsonl = source.dataDir === undefined ? null : join(source.dataDir, 'documents.jsonl');
  if (jsonl !== null && existsSync(jsonl)) {
    sample.from = 'documents.jsonl';
    const lines = createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      if (!take(JSON.parse(line) as IngestedDocument)) break;
    }
    lines.close();
    return sample;
  }
  if (source.generated === undefined) throw new Error('bench texts: no documents.jsonl and no generator settings');
  for (let i = 0; i < source.generated.n; i++) {
    const a = composeArticle(source.generated.seed, i, { minWords: 300, maxWords: 800, withComments: i % 10 < 3 });
    const text = a.blocks.map((b) => (b.kind === 'list' ? b.items.join('\n') : b.text)).join('\n\n');
    const doc: IngestedDocument = {
      id: `gen-${i}`, title: a.title, url: a.url, published: a.published.slice(0, 10), author: a.author, description: null, tags: a.tags,
      company: null, product: null, startTime: null, meta: {}, sources: [], text, textHash: '',
      comments: a.comments.map((c, j) => ({ id: `gen-${i}-c${j}`, author: c.author, text: c.paragraphs.join('\n\n'), published: c.published, url: c.url })),
    };
    if (!take(doc)) break;
  }
  return sample;
}
