/**
 * The totals of some queries over the fixture knowledge base (`test/fixtures/kb/`, 14 documents),
 * read off its texts: what every backend must find.
 */

/** Query → total. */
export const FIXTURE_TOTALS: Readonly<Record<string, number>> = Object.freeze({
  '': 14,
  outage: 8,
  'dns outage': 1,
  '"load balancer"': 5,
  'outage -dns': 7,
  'title:outage': 7,
  'database failover': 1,
  zzzzqqq: 0,
});
