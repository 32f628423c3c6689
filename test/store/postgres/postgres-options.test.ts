import { describe, expect, it } from 'vitest';
import { POSTGRES_DEFAULTS, redactUrl, resolvePostgresOptions } from '../../../src/store/postgres/postgres-options.js';

describe('PostgreSQL options', () => {
  it('fills in the defaults', () => {
    expect(resolvePostgresOptions('postgres://u@h/db')).toEqual({ url: 'postgres://u@h/db', ...POSTGRES_DEFAULTS });
  });

  it('names the option and the value of a bad one', () => {
    expect(() => resolvePostgresOptions('postgres://u@h/db', { statementTimeoutMs: 0 })).toThrow('postgres: option statementTimeoutMs must be a whole number of at least 1, got 0');
    expect(() => resolvePostgresOptions('postgres://u@h/db', { copyBatchBytes: 10 })).toThrow('option copyBatchBytes must be a whole number of at least 1024, got 10');
    expect(() => resolvePostgresOptions('postgres://u@h/db', { loadTimeoutMs: -1 })).toThrow('option loadTimeoutMs must be a whole number of at least 0, got -1');
    expect(() => resolvePostgresOptions('mysql://u:pw@h/db')).toThrow('postgres: store "mysql://u:***@h/db" is not a postgres:// or postgresql:// URL');
  });

  it('hides the password of a URL', () => {
    expect(redactUrl('postgresql://faultline:s3cret@db.example:5432/kb')).toBe('postgresql://faultline:***@db.example:5432/kb');
    expect(redactUrl('postgresql:///kb?host=/tmp/sock')).toBe('postgresql:///kb?host=/tmp/sock');
  });
});
