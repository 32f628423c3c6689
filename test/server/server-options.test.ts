import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_OPTIONS, resolveServerOptions } from '../../src/server/server-options.js';

describe('resolveServerOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveServerOptions()).toEqual(DEFAULT_SERVER_OPTIONS);
    expect(resolveServerOptions({ rateLimit: false }).rateLimit).toBe(false);
    expect(resolveServerOptions({ maxPage: 5 }).maxPage).toBe(5);
  });

  it('names a bad option and its value', () => {
    expect(() => resolveServerOptions({ maxPageSize: 0 })).toThrow('server: option maxPageSize must be a positive integer, got 0');
    expect(() => resolveServerOptions({ maxBodyBytes: -1 })).toThrow('server: option maxBodyBytes must be a non-negative integer, got -1');
    expect(() => resolveServerOptions({ rateLimit: 1.5 })).toThrow('server: option rateLimit must be a positive integer or false, got 1.5');
  });
});
