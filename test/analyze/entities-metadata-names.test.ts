import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analyze/facts.js';

describe('provider names from the metadata', () => {
  it('never splits a company name at a comma or slash inside its parentheses', () => {
    const text = 'The northern grid collapsed twice in two days.';
    const sentences = [{ start: 0, end: text.length }];
    const names = (company: string): string[] => extractFacts(text, sentences, [], { company }).providers.map((f) => f.value);
    expect(names('Power System Operation Corporation (POSOCO, CERC)')).toEqual(['Power System Operation Corporation (POSOCO, CERC)']);
    expect(names('Indian Electricity Grid (POSOCO / CERC)')).toEqual(['Indian Electricity Grid (POSOCO / CERC)']);
    expect(names('FirstEnergy / General Electric')).toEqual(['FirstEnergy', 'General Electric']);
    expect(names('AWS and Fastly')).toEqual(['Amazon Web Services', 'Fastly']);
  });
});
