import { describe, expect, it } from 'vitest';
import { MAX_UNIT, buildUnits, foldText } from '../../src/anatomy/text-units.js';

/** One sentence span over the whole text. */
const whole = (text: string) => [{ start: 0, end: text.length, text }];

describe('buildUnits', () => {
  it('splits a sentence span at blank lines and list bullets, trimmed', () => {
    const text = 'What happened\n\nThe router failed.\n- first item\n- second item';
    expect(buildUnits(text, whole(text)).map((u) => u.text)).toEqual(['What happened', 'The router failed.', '- first item', '- second item']);
  });

  it('splits an inline section label off the statement after it', () => {
    const text = 'Root cause: a certificate expired.';
    const units = buildUnits(text, whole(text), (label) => label === 'Root cause');
    expect(units.map((u) => [u.text, u.inlineLabel])).toEqual([
      ['Root cause', 'Root cause'],
      ['a certificate expired.', 'Root cause'],
    ]);
  });

  it('reads a piece longer than MAX_UNIT in windows cut at blanks, none longer than MAX_UNIT', () => {
    const word = 'database failed ';
    const text = word.repeat(Math.ceil((3 * MAX_UNIT) / word.length));
    const units = buildUnits(text, whole(text));
    expect(units.map((u) => [u.start, u.end])).toEqual([
      [0, MAX_UNIT - 1],
      [MAX_UNIT, 2 * MAX_UNIT - 1],
      [2 * MAX_UNIT, 3 * MAX_UNIT - 1],
    ]);
    for (const u of units) {
      expect(u.text.length).toBeLessThanOrEqual(MAX_UNIT);
      expect(u.text).toBe(text.slice(u.start, u.end));
      expect(u.text).toMatch(/^database .* failed$/u);
    }
    expect(units.map((u) => u.text).join(' ')).toBe(text.trim());
  });

  it('cuts a window hard when its second half has no blank', () => {
    const text = 'x'.repeat(2 * MAX_UNIT + 10);
    expect(buildUnits(text, whole(text)).map((u) => u.end - u.start)).toEqual([MAX_UNIT, MAX_UNIT, 10]);
  });
});

describe('foldText', () => {
  it('lower-cases and folds typographic quotes, keeping the length', () => {
    expect(foldText('Amazon’s “DNS”')).toBe('amazon\'s "dns"');
  });
});
