/**
 * The PostgreSQL benchmark's Markdown (issue 17), shared by `scripts/bench-postgres.ts` and the
 * main bench's RESULTS.md: the summary, start line and one row per kind of search, with the
 * in-memory columns and the p50 ratio when a baseline ran.
 */
import { describe, expect, it } from 'vitest';
import { postgresBenchLines, type PostgresBenchResult } from '../../../scripts/bench-postgres/run-postgres-bench.js';

const RESULT: PostgresBenchResult = {
  documents: 30_000,
  load: { ms: 48_400, documentsPerSecond: 620, copiedMb: 497, withAnalyzeMs: 48_500 },
  databaseMb: 663,
  documentsTableMb: 466,
  postgres: { startMs: 51.6, firstSearchMs: 364, rssMb: 148, kinds: [{ name: 'provider filter', p50: 14.9, p99: 24.8, meanTotal: 1694 }] },
  memory: null,
};

describe('postgresBenchLines', () => {
  it('writes the summary, the start line and a row per kind', () => {
    expect(postgresBenchLines(RESULT)).toEqual([
      'PostgreSQL backend, 30000 synthetic documents: load 620 documents/s (48.4 s, 497 MB copied), database 663 MB (documents 466 MB)',
      'start: postgres open 51.6 ms, first search 364.0 ms, RSS after the searches 148 MB',
      '',
      '| kind | matches (mean) | postgres p50 ms | postgres p99 ms |',
      '|---|---|---|---|',
      '| provider filter | 1694 | 14.9 | 24.8 |',
    ]);
  });

  it('adds the in-memory columns and the ratio with a baseline, and says when the load was skipped', () => {
    const lines = postgresBenchLines({
      ...RESULT,
      load: { ms: 0, documentsPerSecond: 0, copiedMb: 0, withAnalyzeMs: 0 },
      memory: { startMs: 1200, firstSearchMs: 3, rssMb: 586, kinds: [{ name: 'provider filter', p50: 7.45, p99: 9, meanTotal: 1694 }] },
    });
    expect(lines[0]).toBe('PostgreSQL backend, 30000 synthetic documents: load skipped, database 663 MB (documents 466 MB)');
    expect(lines[1]).toBe('start: postgres open 51.6 ms, first search 364.0 ms, RSS after the searches 148 MB; in memory: index build 1200.0 ms, first search 3.0 ms, RSS 586 MB');
    expect(lines[5]).toBe('| provider filter | 1694 | 14.9 | 24.8 | 7.5 | 9.0 | 2.0 |');
  });
});
