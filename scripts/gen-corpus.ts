/**
 * Generates a deterministic corpus of outage articles for the benchmark:
 * `tsx scripts/gen-corpus.ts --n 1000 --out bench/corpus-1k --seed 42`.
 *
 * Writes `OUT/corpus/<bucket>/<index>-<slug>.<md|txt|html>` (the folder to ingest), plus the ground
 * truth beside it (never inside the ingested folder): `OUT/planted.json` (pairs of planted
 * near-duplicate copies that dedupe must merge) and `OUT/meta.json` (generator version, seed and
 * counts, the bench's cache key). Same seed and options => same bytes.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { SourceFormat } from '../src/model/document.js';
import { FaultlineError } from '../src/model/diagnostic.js';
import { composeArticle } from './bench/corpus/compose-article.js';
import { plantCopy, type CopyVariant } from './bench/corpus/plant-copy.js';
import { FORMAT_EXTENSIONS, renderArticle } from './bench/corpus/render-article.js';
import { SeededRandom } from './bench/corpus/seeded-random.js';

/** Version of the generator's output; bump whenever the bytes for a given seed change. */
export const GENERATOR_VERSION = 2;

/** Options of `generateCorpus` (defaults in `CORPUS_DEFAULTS`). */
export interface GenerateCorpusOptions {
  /** Number of articles (planted copies come on top). */
  n: number;
  /** Seed of the pseudo-random stream. */
  seed?: number;
  /** Output folder (created; an existing one must be empty or an earlier generator output). */
  outDir: string;
  /** Share of articles in each format (normalised to sum 1). */
  formats?: Readonly<Record<SourceFormat, number>>;
  /** Share of all articles that carry a comment thread (only text and HTML pages carry one). */
  commentShare?: number;
  /** Share of articles that get a planted near-duplicate copy. */
  plantedShare?: number;
  /** Body length range in words. */
  minWords?: number;
  maxWords?: number;
}

/** Defaults of every optional `GenerateCorpusOptions` field. */
export const CORPUS_DEFAULTS = {
  seed: 42,
  formats: { markdown: 0.5, text: 0.3, html: 0.2 },
  commentShare: 0.3,
  plantedShare: 0.05,
  minWords: 300,
  maxWords: 800,
} as const;

/** One planted pair: `copy` must end up in the same document as `original` (corpus-relative paths). */
export interface PlantedPair {
  original: string;
  copy: string;
  variants: CopyVariant[];
}

/** `OUT/planted.json`. */
export interface PlantedFile {
  generator: number;
  seed: number;
  n: number;
  pairs: PlantedPair[];
}

/** `OUT/meta.json`: generator version, seed and counts (the bench keys its corpus cache on it). */
export interface CorpusMeta {
  generator: number;
  seed: number;
  n: number;
  /** Files written (articles + planted copies). */
  files: number;
  /** Total bytes of the files. */
  bytes: number;
  /** Articles per format (originals only). */
  formats: Record<SourceFormat, number>;
  /** Articles with a comment thread, and comments in all. */
  commented: number;
  comments: number;
  /** Planted copies. */
  planted: number;
  /** Body word counts of the articles. */
  words: { min: number; max: number; mean: number; total: number };
  /** Milliseconds the generation took. */
  generatedMs: number;
}

/** What `generateCorpus` returns. */
export interface GeneratedCorpus {
  /** The folder to ingest (`OUT/corpus`). */
  corpusDir: string;
  meta: CorpusMeta;
  planted: PlantedFile;
}

/** Folder of the files to ingest inside an output folder. */
export function corpusFolder(outDir: string): string {
  return join(outDir, 'corpus');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Decides an article's format, comment thread and planted copy (independent of its text). */
function layoutOf(seed: number, index: number, formats: Readonly<Record<SourceFormat, number>>, commentGivenPage: number, plantedShare: number) {
  const rng = new SeededRandom(`${seed}:layout:${index}`);
  const format = rng.weighted<SourceFormat>(formats);
  const withComments = format !== 'markdown' && rng.chance(commentGivenPage);
  const planted = rng.chance(plantedShare);
  return { format, withComments, planted };
}

/** Generates the corpus into `options.outDir` (replacing an earlier generator output there). */
export function generateCorpus(options: GenerateCorpusOptions): GeneratedCorpus {
  const started = performance.now();
  const o = { ...CORPUS_DEFAULTS, ...options };
  if (!Number.isInteger(o.n) || o.n < 1) throw new FaultlineError(`gen-corpus: n must be a positive integer, got ${String(o.n)}`, { parameter: 'n' });
  if (!Number.isInteger(o.seed)) throw new FaultlineError(`gen-corpus: seed must be an integer, got ${String(o.seed)}`, { parameter: 'seed' });
  if (!(o.minWords > 0 && o.maxWords >= o.minWords)) throw new FaultlineError(`gen-corpus: bad word range ${o.minWords}..${o.maxWords}`, { parameter: 'minWords' });
  if (existsSync(o.outDir)) {
    const entries = readdirSync(o.outDir);
    if (entries.length > 0 && !entries.includes('meta.json')) {
      throw new FaultlineError(`gen-corpus: output folder ${o.outDir} is not empty and is not a generated corpus`, { parameter: 'outDir' });
    }
    rmSync(o.outDir, { recursive: true, force: true });
  }
  const corpusDir = corpusFolder(o.outDir);
  mkdirSync(corpusDir, { recursive: true });
  const pageShare = o.formats.text + o.formats.html;
  const total = o.formats.markdown + pageShare;
  const commentGivenPage = pageShare === 0 ? 0 : Math.min(1, (o.commentShare * total) / pageShare);

  const meta: CorpusMeta = {
    generator: GENERATOR_VERSION, seed: o.seed, n: o.n, files: 0, bytes: 0,
    formats: { markdown: 0, text: 0, html: 0 }, commented: 0, comments: 0, planted: 0,
    words: { min: Number.POSITIVE_INFINITY, max: 0, mean: 0, total: 0 }, generatedMs: 0,
  };
  const planted: PlantedFile = { generator: GENERATOR_VERSION, seed: o.seed, n: o.n, pairs: [] };
  const madeDirs = new Set<string>();
  const write = (relPath: string, content: string): void => {
    const dir = relPath.slice(0, relPath.lastIndexOf('/'));
    if (!madeDirs.has(dir)) {
      mkdirSync(join(corpusDir, dir), { recursive: true });
      madeDirs.add(dir);
    }
    const bytes = Buffer.from(content, 'utf8');
    writeFileSync(join(corpusDir, relPath), bytes);
    meta.files++;
    meta.bytes += bytes.length;
  };

  for (let i = 0; i < o.n; i++) {
    const layout = layoutOf(o.seed, i, o.formats, commentGivenPage, o.plantedShare);
    const article = composeArticle(o.seed, i, { minWords: o.minWords, maxWords: o.maxWords, withComments: layout.withComments });
    const bucket = pad(Math.floor(i / 1000), 3);
    const base = `${bucket}/${pad(i, 6)}-${article.slug}`;
    const path = `${base}.${FORMAT_EXTENSIONS[layout.format]}`;
    write(path, renderArticle(article, layout.format, new SeededRandom(`${o.seed}:render:${i}`)));
    meta.formats[layout.format]++;
    if (article.comments.length > 0) {
      meta.commented++;
      meta.comments += article.comments.length;
    }
    meta.words.min = Math.min(meta.words.min, article.words);
    meta.words.max = Math.max(meta.words.max, article.words);
    meta.words.total += article.words;
    if (layout.planted) {
      const copy = plantCopy(article, layout.format, new SeededRandom(`${o.seed}:copy:${i}`));
      const copyPath = `${base}-2.${FORMAT_EXTENSIONS[copy.format]}`;
      write(copyPath, copy.content);
      planted.pairs.push({ original: path, copy: copyPath, variants: copy.variants });
      meta.planted++;
    }
  }
  meta.words.mean = Math.round(meta.words.total / o.n);
  meta.generatedMs = Math.round(performance.now() - started);
  writeFileSync(join(o.outDir, 'planted.json'), `${JSON.stringify(planted, null, 1)}\n`);
  writeFileSync(join(o.outDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return { corpusDir, meta, planted };
}

/** Parses the CLI arguments and generates the corpus. */
function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(CORPUS_DEFAULTS.seed) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || values.out === undefined) {
    process.stdout.write('usage: tsx scripts/gen-corpus.ts --n 1000 --out bench/corpus-1k [--seed 42]\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const result = generateCorpus({ n: Number(values.n), seed: Number(values.seed), outDir: values.out });
  const m = result.meta;
  process.stdout.write(
    `generated ${m.n} articles (${m.files} files, ${(m.bytes / 1e6).toFixed(1)} MB) in ${(m.generatedMs / 1000).toFixed(1)} s: ` +
      `${m.formats.markdown} markdown, ${m.formats.text} text, ${m.formats.html} html; ${m.commented} with comments (${m.comments} comments); ` +
      `${m.planted} planted copies; words ${m.words.min}-${m.words.max} (mean ${m.words.mean}) -> ${result.corpusDir}\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
