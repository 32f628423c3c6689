/** The soak's pass/fail criteria, judged from its results. */
import type { Criterion, SoakResults } from './soak-results.js';

/** Judges `results` (without `criteria` and `pass`) against the soak's criteria. */
export function judgeSoak(results: Omit<SoakResults, 'criteria' | 'pass'>, expectedReloads: number): Criterion[] {
  const { good, bad, probes, reloads, rss, server } = results;
  const served = reloads.filter((r) => r.good.served + r.probed.served > 0 && r.probed.fiveXx + r.probed.failures === 0 && r.servedNewGeneration);
  const unexpected = (list: typeof good.unexpected): string =>
    list.length === 0 ? 'none' : list.slice(0, 5).map((u) => `${u.name} expected ${u.expected} got ${JSON.stringify(u.got)}`).join('; ');
  return [
    { name: 'zero 5xx', pass: good.fiveXx + bad.fiveXx + probes.fiveXx === 0, detail: `good ${good.fiveXx}, bad ${bad.fiveXx}, probes ${probes.fiveXx}` },
    {
      name: 'zero failed requests (socket errors, timeouts)',
      pass: good.failures + bad.failures + probes.failures === 0,
      detail: `good ${good.failures}, bad ${bad.failures}, probes ${probes.failures}${good.failureMessages.length + bad.failureMessages.length > 0 ? `: ${[...good.failureMessages, ...bad.failureMessages].join('; ')}` : ''}`,
    },
    { name: 'every good request got a 2xx', pass: good.unexpected.length === 0 && good.requests > 0, detail: `${good.requests} answered; unexpected: ${unexpected(good.unexpected)}` },
    { name: 'every bad request got its expected 4xx', pass: bad.unexpected.length === 0 && bad.requests > 0, detail: `${bad.requests} answered; unexpected: ${unexpected(bad.unexpected)}` },
    {
      name: `${expectedReloads} reloads, each served while it happened and then serving the new generation`,
      pass: reloads.length === expectedReloads && served.length === expectedReloads,
      detail: `${reloads.length} reloads; ${served.length} with requests served during the swap and the new generation served after; ${reloads.reduce((s, r) => s + r.good.served + r.bad.served + r.probed.served, 0)} requests answered during reloads (streams and the soak's own searches), ${reloads.reduce((s, r) => s + r.good.fiveXx + r.good.failures + r.bad.fiveXx + r.bad.failures + r.probed.fiveXx + r.probed.failures, 0)} of them 5xx or failed`,
    },
    {
      name: `memory flat after warm-up (last third within +${Math.round(rss.verdict.limit * 100)} % of the middle third)`,
      pass: rss.verdict.flat,
      detail: `middle ${rss.verdict.middleMeanMiB} MiB, last ${rss.verdict.lastMeanMiB} MiB (${(rss.verdict.growth * 100).toFixed(1)} %), ${rss.verdict.samples} samples`,
    },
    { name: 'no errors in the server log', pass: server.errorLogLines.length === 0, detail: `${server.errorLogLines.length} error lines` },
    { name: 'no reload refused', pass: server.refusedReloads === 0, detail: `${server.refusedReloads} refused` },
    {
      name: 'the server ran throughout and stopped gracefully on SIGTERM',
      pass: server.aliveAtEnd && server.exit.code === 0 && !server.exit.killed,
      detail: `alive at end: ${server.aliveAtEnd}; exit code ${server.exit.code} after ${server.exit.ms} ms${server.exit.killed ? ' (killed)' : ''}`,
    },
  ];
}
