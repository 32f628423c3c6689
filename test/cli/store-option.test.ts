import { describe, expect, it } from 'vitest';
import { STORE_ENV, storeUrl } from '../../src/cli/store-option.js';

describe('--store', () => {
  it('is the data folder when neither the flag nor FAULTLINE_STORE is set (or the variable is empty)', () => {
    expect(storeUrl(undefined, {})).toBeNull();
    expect(storeUrl(undefined, { [STORE_ENV]: '' })).toBeNull();
  });

  it('takes the flag over the variable', () => {
    expect(storeUrl('postgres://a@h/db', { [STORE_ENV]: 'postgresql:///other' })).toBe('postgres://a@h/db');
    expect(storeUrl(undefined, { [STORE_ENV]: 'postgresql:///other?host=/tmp/s' })).toBe('postgresql:///other?host=/tmp/s');
  });

  it('refuses anything but a PostgreSQL URL, naming the source and hiding the password', () => {
    expect(() => storeUrl('http://example.com', {})).toThrow('--store: "http://example.com" is not a postgres:// or postgresql:// URL');
    expect(() => storeUrl(undefined, { [STORE_ENV]: 'mysql://u:secret@h/db' })).toThrow('FAULTLINE_STORE: "mysql://u:***@h/db" is not');
    expect(() => storeUrl('data', {})).toThrow('--store: "data" is not a postgres');
  });
});
