/**
 * The bench's `--store` options (issue 17): off by default; a PostgreSQL URL runs the backend's
 * benchmark with 100,000 synthetic documents (10,000 with `--quick`), `--store-documents`
 * overrides; anything else is refused naming the option and the value (password hidden).
 */
import { describe, expect, it } from 'vitest';
import { BENCH_DEFAULTS, parseBenchOptions } from '../../../scripts/bench/bench-options.js';

describe('parseBenchOptions, --store', () => {
  it('runs no PostgreSQL benchmark unless asked', () => {
    expect(parseBenchOptions([])).toMatchObject({ store: null, storeDocuments: 100_000, storeQueries: 30 });
    expect(BENCH_DEFAULTS.store).toBeNull();
  });

  it('takes a postgres URL, with 10,000 documents and 10 queries per kind under --quick, and --store-documents', () => {
    const url = 'postgresql:///bench?host=/tmp/sock';
    expect(parseBenchOptions(['--store', url])).toMatchObject({ store: url, storeDocuments: 100_000, storeQueries: 30 });
    expect(parseBenchOptions(['--quick', '--store', url])).toMatchObject({ store: url, storeDocuments: 10_000, storeQueries: 10 });
    expect(parseBenchOptions(['--store', url, '--store-documents', '20000'])).toMatchObject({ storeDocuments: 20_000 });
  });

  it('refuses another URL (its password hidden) and a bad document count', () => {
    expect(() => parseBenchOptions(['--store', 'mysql://me:secret@db/x'])).toThrow('bench: --store must be a postgres:// or postgresql:// URL, got "mysql://me:***@db/x"');
    expect(() => parseBenchOptions(['--store', 'postgres:///x', '--store-documents', '0'])).toThrow('bench: --store-documents must be a whole number from 1, got 0');
    expect(() => parseBenchOptions(['--store', 'postgres:///x', '--store-documents', '1.5'])).toThrow('bench: --store-documents must be a whole number from 1, got 1.5');
  });
});
