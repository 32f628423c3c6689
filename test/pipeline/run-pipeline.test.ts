/**
 * The pipeline as a whole: one document whose analysis throws costs only itself (every other
 * document is written, the failed one named in the manifest on disk and in the summary), and
 * every stage's options reach the stage and key the cache.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IndexMeta } from '../../src/index/index-format.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { IngestManifest } from '../../src/model/manifest.js';
import { readJsonl } from '../../src/store/jsonl.js';

/** The options the incidents stage was last run with. */
const grouping: { options: unknown } = { options: null };
vi.mock('../../src/incidents/group-incidents.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/incidents/group-incidents.js')>();
  return {
    ...actual,
    groupIncidents: (docs: never, options: unknown) => {
      grouping.options = options;
      return actual.groupIncidents(docs, options as never);
    },
  };
});

vi.mock('../../src/ingest/document-analysis.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ingest/document-analysis.js')>();
  return {
    ...actual,
    analyzeDocumentFields: (doc: { text: string }, rulebook?: never) => {
      if (doc.text.includes('POISON')) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return actual.analyzeDocumentFields(doc as never, rulebook);
    },
  };
});

const { runPipeline } = await import('../../src/pipeline/run-pipeline.js');
const { formatIngestError, formatIngestSummary } = await import('../../src/cli/ingest-command.js');

const ARTICLE = (n: number, day: number): string =>
  `---\ntitle: "Outage ${n}"\ndate: 2021-03-${String(day).padStart(2, '0')}\n---\n\nThe storage cluster number ${n} lost power at 10:00 UTC and requests failed for ${n * 10} minutes.\n`;

/** The seed corpus pinned in test/fixtures/seed-corpus/ (copies of corpus/000-003): four files, two of them one article, 25 reader comments. */
const SEEDS = path.resolve('test/fixtures/seed-corpus');

async function corpusOf(files: Record<string, string>): Promise<{ corpus: string; out: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'faultline-pipeline-'));
  const corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(corpus, name), text);
  return { corpus, out: path.join(root, 'data') };
}

describe('runPipeline', () => {
  it("writes every other document when one document's analysis throws, and names the failed one in the manifest and the summary", async () => {
    const { corpus, out } = await corpusOf({ 'a.md': ARTICLE(1, 1), 'b.md': ARTICLE(2, 10), 'poison.md': '# Poison\n\nThis POISON report makes the analysis throw.\n' });
    const report = await runPipeline({ corpus, out, workers: 0 });
    const docs = await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.title).sort()).toEqual(['Outage 1', 'Outage 2']);
    const onDisk = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as IngestManifest;
    const failed = { file: 'poison.md', stage: 'analyze', code: 'analyze-failed', reason: "analysis failed: TypeError: Cannot read properties of undefined (reading 'start')", fatal: true };
    expect(onDisk.errors).toEqual([failed]);
    expect(onDisk.counts).toMatchObject({ files: 3, parsed: 3, documents: 2, errors: 1 });
    expect(Object.keys(onDisk.timings)).toEqual(['list', 'read', 'parse', 'dedupe', 'analyze', 'incidents', 'index']);
    expect(Object.keys(report.manifest.timings)).toEqual(['list', 'read', 'parse', 'dedupe', 'analyze', 'incidents', 'index', 'write']);
    expect(formatIngestSummary(report)).toMatch(/^faultline ingest: 3 files read \(3 parsed, 0 cached\), 2 documents, 0 duplicates merged, 0 comments, 2 incidents, 1 errors in \d+\.\d s$/);
    expect(report.manifest.errors.filter((d) => d.fatal).map(formatIngestError)).toEqual([
      "  error: poison.md: analysis failed: TypeError: Cannot read properties of undefined (reading 'start')",
    ]);
  }, 120_000);

  it("hands every stage its options, and an option changed since the last ingest makes it run again", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'faultline-pipeline-')), 'data');
    const options = { corpus: SEEDS, out, workers: 0, parse: { splitComments: false }, dedupe: { threshold: 0.9 }, incidents: { windowDays: 7 }, index: { shardSize: 1 } };
    const first = await runPipeline(options);
    expect(first.upToDate).toBe(false);
    expect(first.manifest.counts).toMatchObject({ files: 4, parsed: 4, documents: 3, duplicates: 1, comments: 0 });
    expect(first.manifest.dedupe.threshold).toBe(0.9);
    expect(grouping.options).toMatchObject({ windowDays: 7, maxTextComparisons: 300 });
    const meta = JSON.parse(await readFile(path.join(out, 'index', 'meta.json'), 'utf8')) as IndexMeta;
    expect(meta.shards).toHaveLength(3);

    expect((await runPipeline(options)).upToDate).toBe(true);

    const changed = await runPipeline({ corpus: SEEDS, out, workers: 0 });
    expect(changed.upToDate).toBe(false);
    // Parse results are keyed by the parse options: the files are parsed again, the comments split off.
    expect(changed.manifest.counts).toMatchObject({ parsed: 4, cached: 0, documents: 3, comments: 25 });
    expect(changed.manifest.dedupe.threshold).toBe(0.7);
    expect(grouping.options).toMatchObject({ windowDays: 2 });
    const defaultMeta = JSON.parse(await readFile(path.join(out, 'index', 'meta.json'), 'utf8')) as IndexMeta;
    expect(defaultMeta.shards).toHaveLength(1);
  }, 120_000);
});
