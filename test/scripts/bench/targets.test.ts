import { describe, expect, it } from 'vitest';
import type { BenchResults, IngestRun } from '../../../scripts/bench/bench-results.js';
import { evaluateTargets } from '../../../scripts/bench/targets.js';

/** An ingest run of the fixture results: only the figures the targets read. */
function ingestRun(kind: IngestRun['kind'], workers: number, ms: number, tokensPerS: number | null, upToDate = false): IngestRun {
  return {
    kind, workersRequested: workers, workers, ms, wallMs: ms + 900, files: 2000, documents: 2000, docsPerS: 0, mbPerS: 0, tokensPerS,
    timings: {}, counts: {}, upToDate, maxRssMb: 0,
  };
}

/** Bench results at 2,000 and 10,000 documents with the ingest and bare readDoc figures alone (bare readDoc: 200,000 tokens/s). */
function fixtureResults(warm2kMs: number): BenchResults {
  const size = (n: number, cold1: number, cold2: number, warmMs: number) => ({
    n,
    notes: [],
    ingest: { cold: [ingestRun('cold', 1, 50_000, cold1), ingestRun('cold', 2, 40_000, cold2)], warm: ingestRun('warm', 2, warmMs, null, true), changed: { unavailable: 'not run' } },
    nlp: { bare: { tokensPerS: 200_000 }, ratio: 0.5, bytes: 8e6, stage: null },
    dedupe: { stage: { unavailable: 'not run' }, direct: { unavailable: 'not run' }, recall: { unavailable: 'not run' } },
    index: { unavailable: 'not run' },
    kb: { unavailable: 'not run' },
    http: { bare: { unavailable: 'not run' }, search: { unavailable: 'not run' } },
  });
  return {
    options: { large: false },
    sizes: [size(2000, 50_000, 100_000, warm2kMs), size(10000, 80_000, 160_000, 1_000)],
    realCorpora: [],
  } as unknown as BenchResults;
}

describe('evaluateTargets: issue 16', () => {
  it('puts issue 16’s ingest rows first, as ratios to bare readDoc and to the cold ingest', () => {
    // The ingest rows come first; the serving rows (issue16ServeTargets) follow them.
    const rows = evaluateTargets(fixtureResults(250)).filter((r) => r.source === 'issue 16').slice(0, 4);
    expect(rows.map((r) => [r.target, r.n, r.measured, r.status])).toEqual([
      ['Cold ingest of 10,000 docs (1 worker) <= 2x the time of bare readDoc over the same texts (one thread)', 10000, '2.5x', 'fail'],
      ['Cold ingest of 10,000 docs (2 workers) <= 1.2x the time of bare readDoc over the same texts (one thread)', 10000, '1.25x', 'fail'],
      ['Warm re-ingest of an unchanged 2,000-doc corpus <= 0.3 s', 2000, '0.25 s', 'pass'],
      ['Warm re-ingest of an unchanged 10,000-doc corpus <= 3% of the cold time', 10000, '2.5%', 'pass'],
    ]);
    expect(evaluateTargets(fixtureResults(250))[0]?.source).toBe('issue 16');
  });

  it('fails a warm re-ingest over 0.3 s and keeps the issue 7 rows', () => {
    const rows = evaluateTargets(fixtureResults(450));
    expect(rows.find((r) => r.target.startsWith('Warm re-ingest of an unchanged 2,000'))).toMatchObject({ measured: '0.45 s', status: 'fail', margin: '-50%' });
    expect(rows.filter((r) => r.source === 'issue 7').map((r) => r.target)).toContain('Warm re-ingest of an unchanged 10,000-doc corpus < 5% of the cold time');
  });

  it('measures distinct searches with the cache off against bare Express, before the rotating lists', () => {
    const results = fixtureResults(250);
    const httpRun = (label: string, connections: number, rps: number, p99: number) => ({
      label, connections, durationS: 10, requests: rps * 10, rps, latency: { mean: p99 / 2, p50: p99 / 4, p99, max: p99 * 2 }, errors: 0, timeouts: 0, non2xx: 0, bytesPerResponse: 10_000,
    });
    const s10k = results.sizes[1]!;
    s10k.http = {
      bare: [httpRun('bare', 10, 5000, 2)],
      search: { startMs: 900, readyMs: 1000, maxRssMb: 500, documents: 10000, runs: [httpRun('distinct, cache off', 10, 2000, 16), httpRun('single-term, cache off', 10, 1000, 30)] },
    };
    const rows = evaluateTargets(results).filter((r) => r.target.startsWith('/api/search') && r.source === 'issue 16');
    expect(rows.map((r) => [r.target, r.measured, r.status])).toEqual([
      ['/api/search distinct, cache off throughput >= 35% of bare Express (10 conns)', '40%', 'pass'],
      ['/api/search distinct, cache off, 10 conns: p99 <= 20 ms', '16 ms', 'pass'],
      ['/api/search single-term, cache off throughput >= 35% of bare Express (10 conns)', '20%', 'fail'],
      ['/api/search single-term, cache off, 10 conns: p99 <= 20 ms', '30 ms', 'fail'],
      ['/api/search multi-term, cache off throughput >= 35% of bare Express (10 conns)', 'not measured', 'not measured'],
      ['/api/search multi-term, cache off, 10 conns: p99 <= 20 ms', 'not measured', 'not measured'],
    ]);
  });
});
