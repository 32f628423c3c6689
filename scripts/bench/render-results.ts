/**
 * Renders `bench/RESULTS.md` from the results: machine, targets (pass/fail with margins), then
 * one table per area with every figure. Parts that were not available say so with the reason.
 */
import { postgresBenchLines } from '../bench-postgres/run-postgres-bench.js';
import { isMeasured, type BenchResults, type IngestRun, type Measured } from './bench-results.js';
import { DISTINCT, MULTI_TERM, QUERY_KINDS, SINGLE_TERM, UNCACHED } from './query-sets.js';
import { DISTINCT_QUERIES } from './task-knowledge-base.js';

const n0 = (v: number): string => Math.round(v).toLocaleString('en-US');
const n1 = (v: number): string => (Math.round(v * 10) / 10).toLocaleString('en-US');
const n2 = (v: number): string => (Math.round(v * 100) / 100).toLocaleString('en-US');
const sec = (msValue: number | undefined): string => (msValue === undefined || !Number.isFinite(msValue) ? '-' : n2(msValue / 1000));
const STATUS_MARK: Record<string, string> = { pass: 'PASS', fail: '**FAIL**', 'indicative pass': 'pass (indicative)', 'indicative fail': '**fail** (indicative)', 'not measured': 'not measured' };

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function na<T>(value: Measured<T>): string {
  return isMeasured(value) ? '' : `not available: ${value.unavailable.replace(/\|/g, '\\|')}`;
}

/** The Markdown report. */
export function renderResults(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [];
  out.push('# Faultline benchmark results', '');
  out.push(`Written by \`npm run bench\` (scripts/bench.ts) on ${results.finishedAt.slice(0, 10)}; the run took ${n0(results.durationS)} s.`, '');
  out.push(`Machine: ${m.cpus} CPUs (${m.cpuModel}), ${n0(m.totalMemMb)} MB RAM, Node ${m.node} on ${m.platform}/${m.arch}. ` +
    `Load average (1 min) at start ${m.loadAvg1}, at end ${m.loadAvg1End} (the cores are shared with other processes, so figures are noisy).`, '');
  const o = results.options;
  out.push(`Options: sizes ${o.sizes.map(n0).join(', ')}; seed ${o.seed}; ${o.quick ? 'quick; ' : ''}${o.large ? 'large; ' : ''}HTTP ${o.httpDurationS} s per run at ${o.connections.join(' and ')} connections; cold ingest with ${o.workers.join(' and ')} worker(s); ${o.queriesPerKind} queries per kind.`, '');

  const c = results.code;
  out.push(`Code: ${c.snapshot ? `a snapshot of src/ taken at the start of the run${c.compiled ? ', compiled with tsc (the JavaScript the faultline command runs)' : ''}` : 'the live working tree (through tsx)'} at commit ${c.commit ?? 'unknown'}${c.dirty === true ? ' plus uncommitted changes' : ''}.`, '');

  out.push('## Targets', '');
  out.push(table(['Source', 'Target', 'N', 'Measured', 'Margin', 'Status', 'Note'],
    results.targets.map((t) => [t.source, t.target, t.n === null ? '-' : n0(t.n), t.measured, t.margin, STATUS_MARK[t.status] ?? t.status, t.note ?? ''])), '');
  out.push('Margin: how far the measured value is on the good side of the threshold (negative: missed by that much).', '');

  out.push('## Corpus', '');
  out.push(table(['N', 'files', 'MB', 'markdown / text / html', 'with comments (comments)', 'planted copies', 'words min-max (mean)', 'generation'],
    results.sizes.map((s) => [n0(s.n), n0(s.corpus.files), n1(s.corpus.mb), `${s.corpus.formats.markdown} / ${s.corpus.formats.text} / ${s.corpus.formats.html}`,
      `${n0(s.corpus.commented)} (${n0(s.corpus.comments)})`, n0(s.corpus.planted), `${s.corpus.words.min}-${s.corpus.words.max} (${s.corpus.words.mean})`,
      s.corpus.cached ? `cached (${sec(s.corpus.generatedMs)} s when generated)` : `${sec(s.corpus.generatedMs)} s`])), '');

  out.push('## Ingest', '');
  const stages = ['list', 'read', 'parse', 'dedupe', 'analyze', 'incidents', 'index', 'write'];
  const ingestRows: string[][] = [];
  for (const s of results.sizes) {
    const runs: Measured<IngestRun>[] = [...s.ingest.cold, s.ingest.warm, s.ingest.changed];
    const labels = [...s.ingest.cold.map((c, i) => `cold, ${isMeasured(c) ? c.workersRequested : (o.workers[i] ?? '?')} worker(s)`), 'warm, unchanged', 'warm, 1% changed'];
    runs.forEach((r, i) => {
      if (!isMeasured(r)) {
        ingestRows.push([n0(s.n), labels[i]!, na(r), ...Array<string>(6 + stages.length).fill('')]);
        return;
      }
      if (r.upToDate) {
        ingestRows.push([n0(s.n), `${labels[i]} (up to date: nothing re-read or rewritten)`, String(r.workers), sec(r.ms), '', '', '', n0(r.maxRssMb), '', ...stages.map(() => '')]);
        return;
      }
      ingestRows.push([n0(s.n), `${labels[i]}${r.changedFiles === undefined ? '' : ` (${r.changedFiles} files)`}`, String(r.workers),
        sec(r.ms), n1(r.docsPerS), n2(r.mbPerS), r.tokensPerS === null ? '-' : n0(r.tokensPerS), n0(r.maxRssMb), `${n0(r.counts.parsed ?? 0)}/${n0(r.counts.cached ?? 0)}`,
        ...stages.map((st) => sec(r.timings[st]))]);
    });
    const c = s.ingest.cold.filter(isMeasured);
    if (c.length >= 2) ingestRows.push([n0(s.n), `speed-up ${c[c.length - 1]!.workersRequested} vs ${c[0]!.workersRequested} worker(s)`, '', `${n2(c[0]!.ms / c[c.length - 1]!.ms)}x`, ...Array<string>(5 + stages.length).fill('')]);
  }
  out.push(table(['N', 'run', 'threads', 'time s', 'docs/s', 'MB/s', 'tokens/s', 'peak RSS MB', 'parsed/cached files', ...stages.map((st) => `${st} s`)], ingestRows), '');
  out.push('tokens/s: article and comment tokens (as counted by bare readDoc on the NLP sample, per document) times documents, over the ingest time. Stage times are wall times inside `runIngest` (parse and analyse run in the worker threads).', '');

  out.push('## Analysis vs bare wink-nlp (one core, same texts, same process)', '');
  out.push(table(['N', 'texts from', 'docs (comments)', 'MB', 'tokens', 'bare readDoc tok/s', 'bare MB/s', 'analyse+tag tok/s', 'ratio', 'articles-only ratio'],
    results.sizes.map((s) => {
      const r = s.nlp;
      if (!isMeasured(r)) return [n0(s.n), na(r), '', '', '', '', '', '', '', ''];
      return [n0(s.n), `${r.from}${r.truncated ? ' (sample)' : ''}`, `${n0(r.documents)} (${n0(r.comments)})`, n1(r.bytes / 1e6), n0(r.tokens.total), n0(r.bare.tokensPerS), n2(r.bare.mbPerS),
        r.stage === null ? `n/a: ${r.stageError ?? ''}` : n0(r.stage.tokensPerS), r.ratio === null ? '-' : n2(r.ratio), r.articleRatio === null ? '-' : n2(r.articleRatio)];
    })), '');
  out.push('Bare: a fresh `winkNLP(model)` with its default full pipeline, `readDoc` per article and per comment. Analyse+tag: `analyzeText` + `tagText` per article, `analyzeComment` + `tagText` per comment (what the ingest\'s analyse stage runs). Batches alternate between the two.', '');

  out.push('## Near-duplicate detection', '');
  out.push(table(['N', 'ingest dedupe stage s', 'µs/file', 'direct: signatures s', 'direct: dedupe s', 'direct µs/doc', 'planted recall', 'false merges', 'recall by variant'],
    results.sizes.map((s) => {
      const st = s.dedupe.stage;
      const d = s.dedupe.direct;
      const r = s.dedupe.recall;
      return [n0(s.n), isMeasured(st) ? sec(st.ms) : na(st), isMeasured(st) ? n2(st.usPerDoc) : '', isMeasured(d) ? sec(d.signatureMs) : na(d), isMeasured(d) ? sec(d.dedupeMs) : '', isMeasured(d) ? n2(d.usPerDoc) : '',
        isMeasured(r) ? `${r.found}/${r.planted} (${n1(r.recall * 100)}%)` : na(r), isMeasured(r) ? String(r.falseMerges) : '',
        isMeasured(r) ? Object.entries(r.byVariant).map(([k, v]) => `${k} ${v.found}/${v.planted}`).join(', ') : ''];
    })), '');
  for (const s of results.sizes) {
    const r = s.dedupe.recall;
    if (isMeasured(r) && r.missed.length > 0) out.push(`Missed at ${n0(s.n)}: ${r.missed.slice(0, 5).map((p) => `\`${p.copy}\` (${p.variants.join('+')})`).join(', ')}`, '');
  }

  out.push('## Index and in-process queries', '');
  out.push(table(['N', 'build s', 'saved size MB', 'files', 'load s (loadKnowledgeBase)', 'RSS after load MB', ...QUERY_KINDS.map((k) => `${k} p50 / p99 / max ms`)],
    results.sizes.map((s) => {
      const idx = s.index;
      const kb = s.kb;
      return [n0(s.n), isMeasured(idx) ? sec(idx.buildMs) : na(idx), isMeasured(idx) ? n1(idx.sizeBytes / 1e6) : '', isMeasured(idx) ? String(idx.files) : '',
        isMeasured(kb) ? sec(kb.loadMs) : na(kb), isMeasured(kb) ? n0(kb.rssAfterLoadMb) : '',
        ...QUERY_KINDS.map((k) => {
          if (!isMeasured(kb)) return '';
          const q = kb.queries[k];
          return `${n2(q.p50)} / ${n2(q.p99)} / ${n2(q.max)}${q.errors > 0 ? ` (${q.errors} errors: ${q.firstError ?? ''})` : ''} (n=${q.count}, ~${n0(q.meanTotal)} hits)`;
        })];
    })), '');

  if (results.realCorpora.length > 0) {
    out.push('## Real corpus (read in place)', '');
    out.push(table(['corpus', 'files', 'MB', 'ingest s', 'documents', 'duplicates', 'errors', 'index build s', 'saved index MB', 'load s', ...QUERY_KINDS.map((k) => `${k} p50 / p99 ms`)],
      results.realCorpora.map((r) => {
        const i = r.ingest;
        const idx = r.index;
        const kb = r.kb;
        return [r.name, n0(r.files), n2(r.bytes / 1e6), isMeasured(i) ? sec(i.ms) : na(i), isMeasured(i) ? n0(i.documents) : '', isMeasured(i) ? n0(i.counts.duplicates ?? 0) : '', isMeasured(i) ? n0(i.counts.errors ?? 0) : '',
          isMeasured(idx) ? sec(idx.buildMs) : na(idx), isMeasured(idx) ? n2(idx.sizeBytes / 1e6) : '', isMeasured(kb) ? sec(kb.loadMs) : na(kb),
          ...QUERY_KINDS.map((k) => (isMeasured(kb) ? `${n2(kb.queries[k].p50)} / ${n2(kb.queries[k].p99)}${kb.queries[k].errors > 0 ? ` (${kb.queries[k].errors} errors)` : ''}` : ''))];
      })), '');
  }

  if (results.postgres !== null) {
    out.push('## PostgreSQL backend (`--store`)', '');
    if (isMeasured(results.postgres)) out.push(...postgresBenchLines(results.postgres), '');
    else out.push(na(results.postgres), '');
    out.push('The same measurement as `npx tsx scripts/bench-postgres.ts` (docs/postgres.md, "Benchmark"): synthetic documents with their ground-truth labels loaded as one snapshot (no NLP pipeline), then each kind of search in a fresh process.', '');
  }

  out.push('## HTTP (autocannon on 127.0.0.1, same machine)', '');
  const httpRows: string[][] = [];
  for (const s of results.sizes) {
    const bare = s.http.bare;
    const search = s.http.search;
    if (!isMeasured(bare)) httpRows.push([n0(s.n), 'bare Express', '', na(bare), '', '', '', '', '']);
    else for (const r of bare) httpRows.push([n0(s.n), 'bare Express (fixed JSON)', String(r.connections), n0(r.rps), n2(r.latency.p50), n2(r.latency.p99), n2(r.latency.max), String(r.errors + r.timeouts + r.non2xx), '1.00']);
    if (!isMeasured(search)) httpRows.push([n0(s.n), '/api/search', '', na(search), '', '', '', '', '']);
    else for (const r of search.runs) {
      const b = isMeasured(bare) ? bare.find((x) => x.connections === r.connections) : undefined;
      httpRows.push([n0(s.n), `/api/search ${r.label}`, String(r.connections), n0(r.rps), n2(r.latency.p50), n2(r.latency.p99), n2(r.latency.max), String(r.errors + r.timeouts + r.non2xx), b === undefined ? '-' : n2(r.rps / b.rps)]);
    }
  }
  out.push(table(['N', 'endpoint', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'req/s vs bare'], httpRows), '');
  out.push(`Queries rotate through ${SINGLE_TERM.length} single-term and ${MULTI_TERM.length} three-term lists. Rows without a suffix are the server as it ships: its per-knowledge-base response cache answers repeated requests (after the warm-up, every request repeats one). Rows marked "${UNCACHED.slice(2)}" are the same load against a server started with \`--search-cache 0\`: every request runs its search; the "${DISTINCT}" rows cycle through ${DISTINCT_QUERIES} distinct searches (some quoted, filtered, date-ordered or on page 2) with the cache off.`, '');

  out.push('## Memory and start-up', '');
  out.push(table(['N', 'peak RSS cold ingest MB (per run)', 'peak RSS loadKnowledgeBase+queries MB', 'server start (load+prepare) s', 'server spawn to ready s', 'peak RSS server under load MB'],
    results.sizes.map((s) => {
      const search = s.http.search;
      return [n0(s.n), s.ingest.cold.map((c) => (isMeasured(c) ? `${n0(c.maxRssMb)} (${c.workersRequested}w)` : '-')).join(', '), isMeasured(s.kb) ? n0(s.kb.maxRssMb) : '-',
        isMeasured(search) ? sec(search.startMs) : na(search), isMeasured(search) ? sec(search.readyMs) : '', isMeasured(search) ? n0(search.maxRssMb) : ''];
    })), '');

  const notes = results.sizes.flatMap((size) => size.notes.map((note) => `N=${n0(size.n)}: ${note}`));
  if (notes.length > 0) {
    out.push('## Notes', '');
    for (const note of notes) out.push(`- ${note}`);
    out.push('');
  }

  if (results.unavailable.length > 0) {
    out.push('## Not available in this run', '');
    for (const u of results.unavailable) out.push(`- ${u}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
