import { describe, expect, it } from 'vitest';
import { isCaseable, noCase, protectTitleCase, titleCaseCompound } from '../../src/cite/case-protection.js';

describe('protectTitleCase', () => {
  it('leaves plain lower-case words to the style and protects names, identifiers and product names', () => {
    expect(protectTitleCase('incident.io degraded during the AWS us-east-1 outage')).toBe(
      `${noCase('incident.io')} degraded during the ${noCase('AWS')} ${noCase('us-east-1')} outage`,
    );
    expect(protectTitleCase('GitHub, iOS and S3: `anetd` CPU saturation')).toBe(
      `${noCase('GitHub')}, ${noCase('iOS')} and ${noCase('S3')}: ${noCase('`anetd`')} ${noCase('CPU')} saturation`,
    );
  });

  it('keeps quotes, brackets and sentence marks outside the protection', () => {
    expect(protectTitleCase('the (US-EAST-1) region, “Node.js” edition.')).toBe(`the (${noCase('US-EAST-1')}) region, “${noCase('Node.js')}” edition.`);
  });

  it('cases plain hyphenated compounds itself only for a title-casing style', () => {
    expect(protectTitleCase('what our on-call saw')).toBe('what our on-call saw');
    expect(protectTitleCase('what our on-call saw', true)).toBe(`what our ${noCase('On-Call')} saw`);
    expect(titleCaseCompound('read-only')).toBe('Read-Only');
    expect(titleCaseCompound('state-of-the-art')).toBe('State-of-the-Art');
  });

  it('tells caseable words from the rest', () => {
    expect(['outage', 'read-only', "don't", '“why”', 'café'].map(isCaseable)).toEqual([true, true, true, true, true]);
    expect(['Outage', 'AWS', 'us-east-1', 'incident.io', '2017', 'x86'].map(isCaseable)).toEqual([false, false, false, false, false, false]);
  });
});
