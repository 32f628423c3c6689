/**
 * The issue's targets (issue 7, plus the analysis bar of issue 3, the index load/build bar of
 * issue 4 and the ingest targets of issue 16, as ratios to bare `readDoc` measured in the same run)
 * evaluated on a bench run: measured value, threshold, margin and pass/fail. A target
 * whose corpus size was not run is evaluated on the largest size that was, marked indicative.
 */
import { isMeasured, type BenchResults, type SizeResults } from './bench-results.js';
import type { LoadTestResult } from './load-test.js';
import { DISTINCT, UNCACHED } from './query-sets.js';

/** Pass/fail of one target. */
export type TargetStatus = 'pass' | 'fail' | 'indicative pass' | 'indicative fail' | 'not measured';

/** One row of the targets table. */
export interface TargetRow {
  /** Where the target comes from. */
  source: 'issue 16' | 'issue 7' | 'issue 3' | 'issue 4' | 'bench check';
  target: string;
  /** Corpus size the value was measured at (null when not measured). */
  n: number | null;
  /** Measured value, formatted; and raw. */
  measured: string;
  value: number | null;
  threshold: number | null;
  /** Relative margin to the threshold, formatted (positive: better than needed). */
  margin: string;
  status: TargetStatus;
  note?: string;
}

type Direction = 'atLeast' | 'atMost';

function marginOf(value: number, threshold: number, direction: Direction): string {
  if (threshold === 0) return value === 0 ? 'exact' : `${value} over`;
  const m = direction === 'atLeast' ? value / threshold - 1 : 1 - value / threshold;
  const pct = Math.round(m * 1000) / 10;
  return `${pct >= 0 ? '+' : ''}${pct}%`;
}

function sizeFor(results: BenchResults, n: number): { size: SizeResults | undefined; indicative: boolean } {
  const exact = results.sizes.find((s) => s.n === n);
  if (exact !== undefined) return { size: exact, indicative: false };
  const smaller = results.sizes.filter((s) => s.n < n).sort((a, b) => b.n - a.n)[0];
  return { size: smaller, indicative: smaller !== undefined };
}

function row(
  source: TargetRow['source'],
  target: string,
  n: number | null,
  value: number | null,
  threshold: number | null,
  direction: Direction,
  format: (v: number) => string,
  indicative: boolean,
  note?: string,
): TargetRow {
  if (value === null || threshold === null || !Number.isFinite(value)) {
    return { source, target, n: null, measured: 'not measured', value: null, threshold, margin: '', status: 'not measured', ...(note === undefined ? {} : { note }) };
  }
  const pass = direction === 'atLeast' ? value >= threshold : value <= threshold;
  const status: TargetStatus = indicative ? (pass ? 'indicative pass' : 'indicative fail') : pass ? 'pass' : 'fail';
  return { source, target, n, measured: format(value), value, threshold, margin: marginOf(value, threshold, direction), status, ...(note === undefined ? {} : { note }) };
}

const ms = (v: number): string => `${Math.round(v * 10) / 10} ms`;
const s = (v: number): string => `${Math.round(v) / 1000} s`;
const pct = (v: number): string => `${Math.round(v * 1000) / 10}%`;
const ratio = (v: number): string => `${Math.round(v * 100) / 100}x`;
const tps = (v: number): string => `${Math.round(v).toLocaleString('en-US')} tok/s`;
const mbf = (v: number): string => `${Math.round(v)} MB`;

function run(size: SizeResults | undefined, label: string, connections: number): LoadTestResult | undefined {
  if (size === undefined || !isMeasured(size.http.search)) return undefined;
  return size.http.search.runs.find((r) => r.label === label && r.connections === connections);
}

/**
 * Issue 16's ingest targets: cold ingest time against bare `readDoc`'s time over the same texts
 * (the NLP task's sample, same run: the ratio of their tokens/s), warm re-ingest of the unchanged
 * corpus in seconds at 2,000 documents and against the cold time at 10,000.
 */
function ingestTargets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const { size: s10k, indicative: ind10k } = sizeFor(results, 10000);
  const bare = s10k !== undefined && isMeasured(s10k.nlp) ? s10k.nlp.bare.tokensPerS : null;
  for (const [workers, limit] of [[1, 2], [2, 1.2]] as const) {
    const cold = s10k?.ingest.cold.find((c) => isMeasured(c) && c.workersRequested === workers);
    const measured = isMeasured(cold) && cold.tokensPerS !== null && bare !== null ? cold : null;
    rows.push(row('issue 16', `Cold ingest of 10,000 docs (${workers} worker${workers === 1 ? '' : 's'}) <= ${limit}x the time of bare readDoc over the same texts (one thread)`, at(s10k),
      measured === null ? null : bare! / measured.tokensPerS!, limit, 'atMost', ratio, ind10k,
      measured === null ? undefined : `ingest ${tps(measured.tokensPerS!)} (${s(measured.ms)}) vs bare readDoc ${tps(bare!)}`));
  }
  const { size: s2k, indicative: ind2k } = sizeFor(results, 2000);
  const warm2k = s2k?.ingest.warm;
  rows.push(row('issue 16', 'Warm re-ingest of an unchanged 2,000-doc corpus <= 0.3 s', at(s2k), isMeasured(warm2k) && warm2k.upToDate ? warm2k.ms : null, 300, 'atMost', s, ind2k,
    isMeasured(warm2k) ? `runIngest time; ${s(warm2k.wallMs)} from process spawn${ind2k ? ' (run --sizes 2000,10000 for the exact size)' : ''}` : undefined));
  const warm = s10k?.ingest.warm;
  const cold = s10k?.ingest.cold.filter(isMeasured).at(-1);
  rows.push(row('issue 16', 'Warm re-ingest of an unchanged 10,000-doc corpus <= 3% of the cold time', at(s10k),
    isMeasured(warm) && warm.upToDate && cold !== undefined ? warm.ms / cold.ms : null, 0.03, 'atMost', pct, ind10k,
    isMeasured(warm) && cold !== undefined ? `warm ${s(warm.ms)} vs cold ${s(cold.ms)} (${cold.workers} worker${cold.workers === 1 ? '' : 's'})` : undefined));
  return rows;
}

const at = (size: SizeResults | undefined): number | null => size?.n ?? null;

/** Evaluates every target on the results (issue 16's ingest rows first, then its serving rows). */
export function evaluateTargets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [...ingestTargets(results), ...issue16ServeTargets(results)];
  const { size: s10k, indicative: ind10k } = sizeFor(results, 10000);

  // Cold ingest throughput vs bare readDoc x workers.
  if (s10k !== undefined) {
    for (const cold of s10k.ingest.cold) {
      const label = isMeasured(cold) ? `${cold.workersRequested} worker${cold.workersRequested === 1 ? '' : 's'}` : 'ingest';
      const bare = isMeasured(s10k.nlp) ? s10k.nlp.bare.tokensPerS : null;
      const workers = isMeasured(cold) ? Math.max(1, cold.workers) : 1;
      rows.push(row('issue 7', `Cold ingest of 10,000 docs (${label}) >= 60% of bare readDoc tokens/s x workers`, at(s10k),
        isMeasured(cold) ? cold.tokensPerS : null, bare === null ? null : 0.6 * bare * workers, 'atLeast', tps, ind10k,
        bare === null ? undefined : `bare readDoc ${tps(bare)} on one core`));
    }
  }
  const lastCold = s10k?.ingest.cold.filter(isMeasured).at(-1);
  const warm = s10k?.ingest.warm;
  rows.push(row('issue 7', 'Warm re-ingest of an unchanged 10,000-doc corpus < 5% of the cold time', at(s10k),
    isMeasured(warm) && lastCold !== undefined ? warm.ms / lastCold.ms : null, 0.05, 'atMost', pct, ind10k,
    isMeasured(warm) && lastCold !== undefined ? `warm ${s(warm.ms)} vs cold ${s(lastCold.ms)}` : undefined));

  for (const [n, limit] of [[10000, 1500], [50000, 5000]] as const) {
    const { size, indicative } = sizeFor(results, n);
    if (n === 50000 && !results.options.large) {
      rows.push(row('issue 7', `Server start (index load) with 50,000 docs < 5 s`, null, null, limit, 'atMost', s, false, 'run with --large'));
      continue;
    }
    const search = size?.http.search;
    const kb = size?.kb;
    rows.push(row('issue 7', `Server start (index load) with ${n.toLocaleString('en-US')} docs < ${limit / 1000} s`, at(size),
      isMeasured(search) ? search.startMs : isMeasured(kb) ? kb.loadMs : null, limit, 'atMost', s, indicative,
      isMeasured(kb) ? `loadKnowledgeBase alone: ${s(kb.loadMs)}` : undefined));
  }

  // Each HTTP target twice: with the server's default response cache (repeated queries) and with
  // the cache off (every request runs its search).
  const httpLabels = ['single-term', 'multi-term'].flatMap((label) => [label, `${label}${UNCACHED}`]);
  const described = (label: string): string => (label.endsWith(UNCACHED) ? label : `${label}, cached repeats`);
  for (const label of httpLabels) {
    const r = run(s10k, label, 10);
    rows.push(row('issue 7', `/api/search 10,000 docs, ${described(label)}, 10 conns: p50 < 5 ms`, at(s10k), r?.latency.p50 ?? null, 5, 'atMost', ms, ind10k));
    rows.push(row('issue 7', `/api/search 10,000 docs, ${described(label)}, 10 conns: p99 < 50 ms`, at(s10k), r?.latency.p99 ?? null, 50, 'atMost', ms, ind10k));
    rows.push(row('issue 7', `/api/search 10,000 docs, ${described(label)}, 10 conns: no errors`, at(s10k), r === undefined ? null : r.errors + r.timeouts + r.non2xx, 0, 'atMost', (v) => `${v} errors`, ind10k));
  }
  if (results.options.large) {
    const { size, indicative } = sizeFor(results, 50000);
    for (const label of httpLabels) {
      const r = run(size, label, 10);
      rows.push(row('issue 7', `/api/search 50,000 docs, ${described(label)}, 10 conns: p99 < 150 ms`, at(size), r?.latency.p99 ?? null, 150, 'atMost', ms, indicative));
    }
  } else {
    rows.push(row('issue 7', '/api/search 50,000 docs: p99 < 150 ms', null, null, 150, 'atMost', ms, false, 'run with --large'));
  }

  const bare = s10k !== undefined && isMeasured(s10k.http.bare) ? s10k.http.bare.find((r) => r.connections === 10) : undefined;
  for (const label of ['single-term', `single-term${UNCACHED}`]) {
    const single = run(s10k, label, 10);
    rows.push(row('issue 7', `/api/search ${described(label)} throughput >= 30% of bare Express (10 conns)`, at(s10k),
      single !== undefined && bare !== undefined ? single.rps / bare.rps : null, 0.3, 'atLeast', pct, ind10k,
      single !== undefined && bare !== undefined ? `${single.rps} vs ${bare.rps} req/s` : undefined));
  }

  const search10k = s10k?.http.search;
  rows.push(row('issue 7', 'Peak server RSS at 10,000 docs < 600 MB', at(s10k), isMeasured(search10k) ? search10k.maxRssMb : null, 600, 'atMost', mbf, ind10k));

  // Issue 3: analyse+tag at >= half the bare readDoc token throughput, sample >= 5 MB.
  const largest = [...results.sizes].sort((a, b) => b.n - a.n)[0];
  const nlp = largest?.nlp;
  rows.push(row('issue 3', 'Analyse+tag >= 50% of bare readDoc tokens/s (same texts, one core)', largest?.n ?? null,
    isMeasured(nlp) ? nlp.ratio : null, 0.5, 'atLeast', ratio, isMeasured(nlp) && nlp.bytes < 5e6,
    isMeasured(nlp) ? `${(nlp.bytes / 1e6).toFixed(1)} MB of text; stage ${nlp.stage === null ? 'n/a' : tps(nlp.stage.tokensPerS)} vs bare ${tps(nlp.bare.tokensPerS)}` : undefined));
  const cold1 = largest?.ingest.cold.find((c) => isMeasured(c) && c.workersRequested === 1);
  if (isMeasured(cold1) && isMeasured(nlp) && cold1.timings.analyze !== undefined && cold1.tokensPerS !== null) {
    const stageTps = (cold1.tokensPerS * cold1.ms) / cold1.timings.analyze;
    rows.push(row('issue 3', 'Ingest analyse stage (1 worker) >= 50% of bare readDoc tokens/s', largest!.n, stageTps / nlp.bare.tokensPerS, 0.5, 'atLeast', ratio, false,
      `${tps(stageTps)} over ${s(cold1.timings.analyze)}`));
  }

  // Issue 4: loading a saved index is much cheaper than building it.
  for (const size of results.sizes) {
    if (isMeasured(size.index) && isMeasured(size.kb)) {
      rows.push(row('issue 4', `Index load much cheaper than build (${size.n.toLocaleString('en-US')} docs): load/build <= 25%`, size.n,
        size.kb.loadMs / size.index.buildMs, 0.25, 'atMost', pct, false, `load ${s(size.kb.loadMs)} vs build ${s(size.index.buildMs)}`));
    }
  }

  for (const real of results.realCorpora) {
    if (isMeasured(real.index) && isMeasured(real.kb)) {
      rows.push(row('issue 4', `Index load much cheaper than build (${real.name}): load/build <= 25%`, null,
        real.kb.loadMs / real.index.buildMs, 0.25, 'atMost', pct, false, `load ${s(real.kb.loadMs)} vs build ${s(real.index.buildMs)}`));
    }
  }

  // Bench checks on dedupe.
  for (const size of results.sizes) {
    const recall = size.dedupe.recall;
    rows.push(row('bench check', `Dedupe recall on planted copies (${size.n.toLocaleString('en-US')}) >= 95%`, size.n, isMeasured(recall) ? recall.recall : null, 0.95, 'atLeast', pct, false,
      isMeasured(recall) ? `${recall.found}/${recall.planted}` : undefined));
    rows.push(row('bench check', `Dedupe false merges (${size.n.toLocaleString('en-US')}) = 0`, size.n, isMeasured(recall) ? recall.falseMerges : null, 0, 'atMost', (v) => String(v), false));
  }
  const perDoc = results.sizes
    .map((size) => ({ n: size.n, us: isMeasured(size.dedupe.stage) ? size.dedupe.stage.usPerDoc : null }))
    .filter((x): x is { n: number; us: number } => x.us !== null)
    .sort((a, b) => a.n - b.n);
  if (perDoc.length >= 2) {
    const first = perDoc[0]!;
    const last = perDoc[perDoc.length - 1]!;
    rows.push(row('bench check', `Ingest dedupe stage close to linear: time/file at ${last.n.toLocaleString('en-US')} <= 2x time/doc at ${first.n.toLocaleString('en-US')}`, last.n,
      last.us / first.us, 2, 'atMost', ratio, false, `${first.us} vs ${last.us} µs/file`));
  }
  return rows;
}

/**
 * Issue 16's serving targets, the cache-off rows first: distinct searches in process (snippets,
 * facets and JSON encoding included), `/api/search` with the response cache off against bare
 * Express, then memory and start at 10,000 (and 50,000) documents.
 */
export function issue16ServeTargets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const { size: s10k, indicative } = sizeFor(results, 10000);
  const n = s10k?.n ?? null;
  const kb = s10k?.kb;
  const distinct = isMeasured(kb) ? kb.distinct : undefined;
  const distinctNote = distinct === undefined ? undefined : `${distinct.count} distinct searches, ~${distinct.meanTotal.toLocaleString('en-US')} hits, ${distinct.errors} errors`;
  rows.push(row('issue 16', 'Cache off, 10,000 docs, distinct searches in process: p50 <= 2 ms', n, distinct?.p50 ?? null, 2, 'atMost', ms, indicative, distinctNote));
  rows.push(row('issue 16', 'Cache off, 10,000 docs, distinct searches in process: p99 <= 15 ms', n, distinct?.p99 ?? null, 15, 'atMost', ms, indicative, distinctNote));
  const bare = s10k !== undefined && isMeasured(s10k.http.bare) ? s10k.http.bare.find((r) => r.connections === 10) : undefined;
  // Distinct searches first (what users send), then the rotating single- and three-term lists.
  for (const label of [`${DISTINCT}${UNCACHED}`, `single-term${UNCACHED}`, `multi-term${UNCACHED}`]) {
    const r = run(s10k, label, 10);
    rows.push(row('issue 16', `/api/search ${label} throughput >= 35% of bare Express (10 conns)`, n,
      r !== undefined && bare !== undefined ? r.rps / bare.rps : null, 0.35, 'atLeast', pct, indicative,
      r !== undefined && bare !== undefined ? `${r.rps} vs ${bare.rps} req/s` : undefined));
    rows.push(row('issue 16', `/api/search ${label}, 10 conns: p99 <= 20 ms`, n, r?.latency.p99 ?? null, 20, 'atMost', ms, indicative));
  }
  rows.push(row('issue 16', 'RSS after loading 10,000 docs <= 400 MB (in-process load)', n, isMeasured(kb) ? kb.rssAfterLoadMb : null, 400, 'atMost', mbf, indicative));
  const search = s10k?.http.search;
  rows.push(row('issue 16', 'Peak server RSS under load at 10,000 docs <= 600 MB', n, isMeasured(search) ? search.maxRssMb : null, 600, 'atMost', mbf, indicative));
  for (const [docs, limit] of [[10000, 1000], [50000, 3000]] as const) {
    const { size, indicative: ind } = sizeFor(results, docs);
    if (docs === 50000 && !results.options.large) {
      rows.push(row('issue 16', 'Server start with 50,000 docs <= 3 s', null, null, limit, 'atMost', s, false, 'run with --large'));
      continue;
    }
    const served = size?.http.search;
    const loaded = size?.kb;
    rows.push(row('issue 16', `Server start with ${docs.toLocaleString('en-US')} docs <= ${limit / 1000} s`, size?.n ?? null,
      isMeasured(served) ? served.startMs : isMeasured(loaded) ? loaded.loadMs : null, limit, 'atMost', s, ind,
      isMeasured(loaded) ? `loadKnowledgeBase alone: ${s(loaded.loadMs)}` : undefined));
  }
  return rows;
}
