/**
 * The planner's estimate of how many documents a search matches (issue 17): `EXPLAIN` of the
 * match, which reads no row (a fraction of a millisecond, from the statistics `ANALYZE` keeps),
 * so that a broad search is told from a selective one before anything is counted.
 */

/** A read query of the backend (its deadline and errors handled by the caller). */
export type ReadQuery = <R extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

interface ExplainRow extends Record<string, unknown> {
  'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
}

/** The planner's estimate of the rows of `documents` matching `where` (its placeholders bound to `values`). */
export async function estimatedMatches(query: ReadQuery, where: string, values: readonly unknown[]): Promise<number> {
  const rows = await query<ExplainRow>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM documents WHERE ${where}`, [...values]);
  const estimate = rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'];
  if (typeof estimate !== 'number' || !Number.isFinite(estimate)) throw new Error(`postgres: EXPLAIN gave no row estimate for the match ${where}`);
  return Math.round(estimate);
}
