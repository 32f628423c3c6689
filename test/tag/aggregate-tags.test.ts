import { describe, expect, it } from 'vitest';
import { pickEvidence, type EvidenceItem } from '../../src/tag/aggregate-tags.js';

/** An evidence item of `text` at `start` scoring `score`. */
function item(text: string, start: number, score: number, certainty: EvidenceItem['certainty'] = 'confirmed'): EvidenceItem {
  return { span: { text, start, end: start + text.length, role: 'root-cause' }, score, certainty, rules: [] };
}

describe('pickEvidence', () => {
  it('puts a line that only introduces a list after the sentences that state something, whatever its score', () => {
    const intro = item('Two defects, released together:', 0, 1.4);
    const first = item('- The content interpreter read past the end of its 20-entry input array.', 40, 0.9);
    expect(pickEvidence([intro, first], 3).map((i) => i.span.start)).toEqual([40, 0]);
  });

  it('keeps the strongest first and always includes the most certain item', () => {
    const items = [item('A', 0, 0.9, 'reported'), item('B', 10, 0.8, 'reported'), item('C', 20, 0.2, 'confirmed')];
    expect(pickEvidence(items, 2).map((i) => i.span.text)).toEqual(['A', 'C']);
  });
});
