import { describe, expect, it } from 'vitest';
import { splitNames } from '../../src/providers/split-names.js';

describe('splitNames', () => {
  it('never splits inside parentheses (one name with its abbreviations)', () => {
    expect(splitNames('Power System Operation Corporation (POSOCO, CERC)')).toEqual(['Power System Operation Corporation (POSOCO, CERC)']);
    expect(splitNames('Indian Electricity Grid (POSOCO / CERC)')).toEqual(['Indian Electricity Grid (POSOCO / CERC)']);
    expect(splitNames('Broadcom (CA Technologies)')).toEqual(['Broadcom (CA Technologies)']);
  });

  it('splits a list at commas, semicolons, slashes and "and" outside brackets', () => {
    expect(splitNames('FirstEnergy / General Electric')).toEqual(['FirstEnergy', 'General Electric']);
    expect(splitNames('AWS, Google and Fastly')).toEqual(['AWS', 'Google', 'Fastly']);
    expect(splitNames('Acme (East; West); Bolt')).toEqual(['Acme (East; West)', 'Bolt']);
  });

  it('keeps a legal suffix and a lower-case "and" inside a name; an unbalanced bracket keeps the rest whole', () => {
    expect(splitNames('Amazon.com, Inc.')).toEqual(['Amazon.com, Inc.']);
    expect(splitNames('Centers for Medicare and the uninsured')).toEqual(['Centers for Medicare and the uninsured']);
    expect(splitNames('Grid Operator (North, South')).toEqual(['Grid Operator (North, South']);
    expect(splitNames(null)).toEqual([]);
    expect(splitNames('  ')).toEqual([]);
  });
});
