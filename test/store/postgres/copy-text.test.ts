import { describe, expect, it } from 'vitest';
import { arrayLiteral, copyField, copyRow, jsonText } from '../../../src/store/postgres/copy-text.js';

describe('COPY text format', () => {
  it('escapes backslash, newline, carriage return and tab, and drops NUL', () => {
    expect(copyField('a\\b\nc\rd\te\0f')).toBe('a\\\\b\\nc\\rd\\te' + 'f');
  });

  it('writes array literals with quotes and backslashes escaped and NULL elements bare', () => {
    expect(arrayLiteral(['dns', 'say "hi"', 'back\\slash', null])).toBe('{"dns","say \\"hi\\"","back\\\\slash",NULL}');
    expect(arrayLiteral([])).toBe('{}');
  });

  it('writes a row: NULL as \\N, numbers, booleans, arrays and JSON escaped for COPY', () => {
    expect(copyRow(['x\ty', null, 42, true, ['a b'], { json: { text: 'l1\nl2', nul: 'a\0b' } }])).toBe(
      'x\\ty\t\\N\t42\tt\t{"a b"}\t{"text":"l1\\\\nl2","nul":"ab"}\n',
    );
  });

  it('refuses a number PostgreSQL cannot read', () => {
    expect(() => copyRow([Number.NaN])).toThrow('copy-text: number NaN cannot be copied');
  });

  it('drops NUL characters from every string of a JSON value', () => {
    expect(jsonText({ a: ['x\0'], b: { c: '\0' } })).toBe('{"a":["x"],"b":{"c":""}}');
  });
});
