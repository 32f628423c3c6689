import { describe, expect, it } from 'vitest';
import { ingestDay } from '../../src/pipeline/ingest-day.js';

describe('ingestDay', () => {
  it('is the UTC day of now', () => {
    expect(ingestDay(Date.UTC(2026, 11, 6, 23, 59), {})).toBe('2026-12-06');
  });
  it('is the day of SOURCE_DATE_EPOCH when set (reproducible ingests)', () => {
    expect(ingestDay(Date.UTC(2026, 11, 6), { SOURCE_DATE_EPOCH: '1595030400' })).toBe('2020-07-18');
  });
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming it', () => {
    expect(() => ingestDay(0, { SOURCE_DATE_EPOCH: '2020-07-18' })).toThrow('ingest: SOURCE_DATE_EPOCH must be a whole number of seconds, got "2020-07-18"');
  });
});
