/** The soak's Markdown report. */
import type { StreamSummary } from './stream-summary.js';
import type { SoakResults } from './soak-results.js';

function statuses(summary: StreamSummary): string {
  return Object.entries(summary.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ');
}

/** RSS over time as a compact series: one value every `step` samples. */
function rssSeries(results: SoakResults, points = 16): string {
  const samples = results.rss.samples;
  const step = Math.max(1, Math.ceil(samples.length / points));
  return samples
    .filter((_, i) => i % step === 0 || i === samples.length - 1)
    .map((s) => `${Math.round(s.t)}s ${Math.round(s.rssMiB)}`)
    .join(' · ');
}

/** Renders `results` as Markdown. */
export function renderSoakReport(results: SoakResults): string {
  const { good, bad, rss } = results;
  const out: string[] = [];
  out.push(`# Soak (${results.mode}) ${results.pass ? 'PASSED' : 'FAILED'}`, '');
  out.push(
    `${results.startedAt}; node ${results.machine.node}, ${results.machine.cpus} CPUs, load average ${results.machine.loadAverage1m} at start. ` +
      `Corpus: ${results.corpus.files} files -> ${results.corpus.documents} documents, ${results.corpus.incidents} incidents (first ingest ${(results.corpus.firstIngestMs / 1000).toFixed(1)} s). ` +
      `Load: ${results.load.seconds} s, good stream ${results.load.goodRate} req/s on ${results.load.goodConnections} connections, ` +
      `bad stream ${results.load.badRate} req/s on ${results.load.badConnections}, timeout ${results.load.timeoutS} s; 127.0.0.1 only.`,
    '',
  );
  out.push('| stream | requests | req/s | by status | 5xx | failed | p50 ms | p90 ms | p99 ms | max ms |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, s] of [['good (expects 2xx)', good], ['bad (expects its 4xx)', bad]] as const) {
    out.push(`| ${name} | ${s.requests} | ${s.rps} | ${statuses(s)} | ${s.fiveXx} | ${s.failures} | ${s.latency.p50} | ${s.latency.p90} | ${s.latency.p99} | ${s.latency.max} |`);
  }
  out.push('', `Probes by the soak (readyz, stats, searches during reloads): ${results.probes.requests}, ${results.probes.failures} failed, ${results.probes.fiveXx} 5xx.`, '');
  out.push('| reload | ingest ms | swap ms | documents | served during (good/bad/soak searches) | 5xx | failed |', '|---|---|---|---|---|---|---|');
  for (const r of results.reloads) {
    out.push(
      `| ${r.n} (${r.fromS}-${r.toS} s) | ${r.ingestMs} | ${r.swapMs} | ${r.documents}${r.servedNewGeneration ? '' : ' (not served!)'} | ${r.good.served}/${r.bad.served}/${r.probed.served} | ${r.good.fiveXx + r.bad.fiveXx + r.probed.fiveXx} | ${r.good.failures + r.bad.failures + r.probed.failures} |`,
    );
  }
  out.push(
    '',
    `RSS of the server (MiB, every ${rss.intervalMs / 1000} s): first ${rss.verdict.firstMiB}, last ${rss.verdict.lastMiB}, peak ${rss.verdict.peakMiB}; ` +
      `mean of the middle third ${rss.verdict.middleMeanMiB}, of the last third ${rss.verdict.lastMeanMiB} (${(rss.verdict.growth * 100).toFixed(1)} %).`,
    '',
    `RSS over time: ${rssSeries(results)}`,
    '',
    '| criterion | result | detail |',
    '|---|---|---|',
  );
  for (const c of results.criteria) out.push(`| ${c.name} | ${c.pass ? 'pass' : '**FAIL**'} | ${c.detail.replace(/\|/g, '\\|')} |`);
  if (results.server.errorLogLines.length > 0) out.push('', 'Server error log lines:', '', ...results.server.errorLogLines.slice(0, 5).map((l) => `    ${l.slice(0, 400)}`));
  return `${out.join('\n')}\n`;
}
