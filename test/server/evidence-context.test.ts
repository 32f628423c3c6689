import { describe, expect, it } from 'vitest';
import { evidenceInContext } from '../../src/server/evidence-context.js';

const text = 'One. Two is here. Three! Four?';
const sentences = [
  { start: 0, end: 4 },
  { start: 5, end: 17 },
  { start: 18, end: 24 },
  { start: 25, end: 30 },
];

describe('evidenceInContext', () => {
  it('shows the sentence before and after, with the evidence range', () => {
    const ctx = evidenceInContext(text, { start: 5, end: 17 }, sentences);
    expect(ctx.text).toBe('One. Two is here. Three!');
    expect(ctx.text.slice(ctx.mark.start, ctx.mark.end)).toBe('Two is here.');
  });

  it('stops at the ends of the text', () => {
    const ctx = evidenceInContext(text, { start: 0, end: 4 }, sentences);
    expect(ctx.text).toBe('One. Two is here.');
    expect(ctx.mark).toEqual({ start: 0, end: 4 });
  });

  it('shows the evidence alone without sentences', () => {
    const ctx = evidenceInContext(text, { start: 18, end: 24 }, []);
    expect(ctx.text).toBe('Three!');
    expect(ctx.mark).toEqual({ start: 0, end: 6 });
  });

  it('cuts very long neighbouring sentences with an ellipsis', () => {
    const long = `${'x'.repeat(1000)}. Evidence here. ${'y'.repeat(1000)}.`;
    const ctx = evidenceInContext(long, { start: 1002, end: 1016 }, [
      { start: 0, end: 1001 },
      { start: 1002, end: 1016 },
      { start: 1017, end: 2018 },
    ]);
    expect(ctx.text.startsWith('…')).toBe(true);
    expect(ctx.text.endsWith('…')).toBe(true);
    expect(ctx.text.slice(ctx.mark.start, ctx.mark.end)).toBe('Evidence here.');
    expect(ctx.text.length).toBe(400 + 14 + 400 + 2);
  });
});
