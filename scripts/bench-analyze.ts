/**
 * Micro benchmark of the analysis stage (not a test): bare wink `readDoc` versus `analyzeText`
 * and versus analyse+tag (`analyzeText`, then `readReport` as the ingest calls it: the figure of
 * issue 3's bar) over the texts of ../shared/corpora/icco-postmortems (read in place), the set
 * repeated to at least 5 MB. Prints tokens per CPU second of each and their ratios.
 *
 * Usage: npx tsx scripts/bench-analyze.ts [corpusDir] [minMegabytes] [rounds]
 * Each variant's fastest of `rounds` interleaved rounds is reported (the machine may be shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText, type AnalysisContext } from '../src/analyze/analyze-text.js';
import { getNlp } from '../src/analyze/nlp.js';
import { readReport } from '../src/tag/tag-document.js';

interface BenchText {
  text: string;
  context: AnalysisContext;
}

/** Analyses and tags one text as the ingest does (the report reading with the analysis's providers). */
function analyseAndTag(t: BenchText): void {
  const analysis = analyzeText(t.text, t.context);
  readReport({
    text: t.text,
    sentences: analysis.sentences,
    pos: analysis.pos,
    title: t.context.title,
    company: t.context.company,
    providers: analysis.facts.providers.map((p) => p.value),
  });
}

function asString(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
}

function loadTexts(dir: string): BenchText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = matter(readFileSync(join(dir, name), 'utf8'));
      const data = parsed.data as Record<string, unknown>;
      return {
        text: parsed.content.trim(),
        context: {
          title: asString(data.title),
          company: asString(data.company),
          product: asString(data.product),
          startTime: asString(data.start_time),
        },
      };
    })
    .filter((t) => t.text !== '');
}

/**
 * CPU milliseconds (user + system) and wall milliseconds `run` takes. The machine may be shared
 * by other jobs, so CPU time measures the work far more steadily than wall time, which counts
 * waiting too; both are reported.
 */
function time(run: () => void): { cpu: number; wall: number } {
  const started = process.cpuUsage();
  const wallStarted = process.hrtime.bigint();
  run();
  const used = process.cpuUsage(started);
  return { cpu: (used.user + used.system) / 1000, wall: Number(process.hrtime.bigint() - wallStarted) / 1e6 };
}

const dir = resolve(process.argv[2] ?? '../shared/corpora/icco-postmortems');
const minBytes = Number(process.argv[3] ?? 5) * 1024 * 1024;
const rounds = Number(process.argv[4] ?? 3);
const base = loadTexts(dir);
if (base.length === 0) throw new Error(`bench-analyze: no Markdown texts in ${dir}`);
if (!(minBytes > 0) || !(rounds >= 1)) throw new Error('bench-analyze: minMegabytes and rounds must be positive numbers');
const texts: BenchText[] = [];
let bytes = 0;
while (bytes < minBytes) {
  for (const t of base) {
    texts.push(t);
    bytes += Buffer.byteLength(t.text);
  }
}

const bare = winkNLP(model);
const configured = getNlp().nlp;
// Warm up both paths (JIT, lazy model set-up) on the base set.
for (const t of base) {
  bare.readDoc(t.text);
  analyseAndTag(t);
}

let tokens = 0;
for (const t of texts) tokens += bare.readDoc(t.text).tokens().length();

// The machine may be shared: the variants run interleaved on small chunks of the set (order
// rotating per chunk) so that load changes hit all of them alike; each round sums the chunk
// times per variant. The best round's throughput and the median round's ratio are reported.
const variants: [string, (t: BenchText) => void][] = [
  ['bare readDoc', (t) => bare.readDoc(t.text)],
  ['shared-instance readDoc', (t) => configured.readDoc(t.text)],
  ['analyzeText', (t) => analyzeText(t.text, t.context)],
  ['analyse+tag', analyseAndTag],
];
const CHUNK = 40;
const best = new Map<string, number>();
const ratios: number[] = [];
const tagRatios: number[] = [];
const wallTotals = new Map<string, number>();
for (let round = 1; round <= rounds; round += 1) {
  const sums = new Map<string, number>(variants.map(([label]) => [label, 0]));
  for (let from = 0, chunk = 0; from < texts.length; from += CHUNK, chunk += 1) {
    const slice = texts.slice(from, from + CHUNK);
    for (let k = 0; k < variants.length; k += 1) {
      const [label, run] = variants[(chunk + k) % variants.length] as [string, (t: BenchText) => void];
      const spent = time(() => slice.forEach(run));
      sums.set(label, (sums.get(label) ?? 0) + spent.cpu);
      wallTotals.set(label, (wallTotals.get(label) ?? 0) + spent.wall);
    }
  }
  for (const [label, ms] of sums) best.set(label, Math.min(best.get(label) ?? Number.POSITIVE_INFINITY, ms));
  ratios.push((sums.get('bare readDoc') ?? 0) / (sums.get('analyzeText') ?? 1));
  tagRatios.push((sums.get('bare readDoc') ?? 0) / (sums.get('analyse+tag') ?? 1));
  console.log(`round ${round}: ${[...sums].map(([label, ms]) => `${label} ${ms.toFixed(0)} ms CPU`).join(', ')}`);
}

const rate = (label: string): number => tokens / ((best.get(label) ?? Number.NaN) / 1000);
const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`texts ${texts.length} (${base.length} distinct), ${(bytes / 1024 / 1024).toFixed(1)} MB, ${tokens} tokens`);
for (const [label] of variants) console.log(`${label.padEnd(30)} ${Math.round(rate(label)).toString().padStart(8)} tokens per CPU second (best round)`);
const wall = (label: string): number => (tokens * rounds) / ((wallTotals.get(label) ?? Number.NaN) / 1000);
console.log(`wall clock, all rounds: bare readDoc ${Math.round(wall('bare readDoc'))} tokens/s, analyzeText ${Math.round(wall('analyzeText'))} tokens/s, ratio ${(wall('analyzeText') / wall('bare readDoc')).toFixed(2)}`);
console.log(`ratio analyzeText / bare readDoc (CPU): best rounds ${(rate('analyzeText') / rate('bare readDoc')).toFixed(2)}, median round ${medianOf(ratios).toFixed(2)}`);
console.log(`ratio analyse+tag / bare readDoc (CPU): best rounds ${(rate('analyse+tag') / rate('bare readDoc')).toFixed(2)}, median round ${medianOf(tagRatios).toFixed(2)}`);
