import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/index.js';
import { guardQuery } from '../../src/server/query-guard.js';
import { DEFAULT_SERVER_OPTIONS } from '../../src/server/server-options.js';

function refused(query: string): FaultlineError {
  try {
    guardQuery(query, DEFAULT_SERVER_OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(FaultlineError);
    return error as FaultlineError;
  }
  throw new Error(`expected "${query.slice(0, 30)}" to be refused`);
}

describe('guardQuery', () => {
  it('passes ordinary queries through, trimmed', () => {
    expect(guardQuery('  load balancer ', DEFAULT_SERVER_OPTIONS)).toBe('load balancer');
    expect(guardQuery('title:dns +gslb -cdn balanc* fuzzy~1 s3^2', DEFAULT_SERVER_OPTIONS)).toBe('title:dns +gslb -cdn balanc* fuzzy~1 s3^2');
    expect(guardQuery('   ', DEFAULT_SERVER_OPTIONS)).toBe('');
  });

  it('refuses over-long queries and too many terms, naming q', () => {
    const long = refused('a'.repeat(513));
    expect(long.status).toBe(400);
    expect(long.parameter).toBe('q');
    expect(long.message).toContain('too long (513 characters; at most 512)');
    expect(refused(Array.from({ length: 17 }, (_, i) => `t${i}`).join(' ')).message).toContain('too many terms (17; at most 16)');
    expect(guardQuery(Array.from({ length: 16 }, (_, i) => `t${i}`).join(' '), DEFAULT_SERVER_OPTIONS)).toMatch(/^t0 t1 .* t15$/);
  });

  it('passes every operator through: the parser reads one out of its limits as plain words', () => {
    for (const query of ['*a*b*c*', '*', 'title:a*', 'ab* cd~1 ef* gh~2 ij*', 'outage~3', 'storage^1e308', 'rm -rf /tmp/*']) {
      expect(guardQuery(query, DEFAULT_SERVER_OPTIONS)).toBe(query);
    }
  });
});
