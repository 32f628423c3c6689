/**
 * A prefilter over many labels' required literals (see required-literals.ts): one pass over a
 * text's characters tells which labels may match in it, by looking up every 2- and 3-character
 * window in a table of the literals' first characters. Labels it rules out need no regex scan.
 */
import { FaultlineError } from '../model/diagnostic.js';

/** Most labels one prefilter can track (bit positions of a 32-bit mask). */
export const MAX_PREFILTER_LABELS = 31;

/** Size of the window tables (a power of two); hash collisions only let extra labels through. */
const TABLE_SIZE = 1 << 16;
const MASK = TABLE_SIZE - 1;

/** Hash of a 2-character window. */
function hash2(a: number, b: number): number {
  return (a * 31 + b) & MASK;
}

/** Hash of a 3-character window. */
function hash3(a: number, b: number, c: number): number {
  return (((a * 31 + b) * 31) ^ (c * 0x9e5)) & MASK;
}

/** The prefilter of one axis's labels. */
export class LiteralPrefilter {
  private readonly two = new Uint32Array(TABLE_SIZE);
  private readonly three = new Uint32Array(TABLE_SIZE);
  private readonly always: number;
  private readonly hasTwo: boolean;

  /** Builds the tables; `literals[i]` are label i's required literals (null: the label is always a candidate). */
  constructor(literals: readonly (readonly string[] | null)[]) {
    if (literals.length > MAX_PREFILTER_LABELS) {
      throw new FaultlineError(`LiteralPrefilter: at most ${MAX_PREFILTER_LABELS} labels, got ${literals.length}`, { parameter: 'literals' });
    }
    let always = 0;
    let hasTwo = false;
    literals.forEach((set, index) => {
      const bit = 1 << index;
      if (set === null || set.some((s) => s.length < 2)) {
        always |= bit;
        return;
      }
      for (const literal of set) {
        const a = literal.charCodeAt(0);
        const b = literal.charCodeAt(1);
        if (literal.length === 2) {
          const h = hash2(a, b);
          this.two[h] = (this.two[h] ?? 0) | bit;
          hasTwo = true;
        } else {
          const h = hash3(a, b, literal.charCodeAt(2));
          this.three[h] = (this.three[h] ?? 0) | bit;
        }
      }
    });
    this.always = always;
    this.hasTwo = hasTwo;
  }

  /** Bit mask of the labels that may match somewhere in `text` (bit i: label i). */
  candidates(text: string): number {
    let mask = this.always;
    const n = text.length;
    if (n < 2) return mask;
    const { two, three, hasTwo } = this;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i <= n; i += 1) {
      if (hasTwo) mask |= two[hash2(a, b)] ?? 0;
      if (i < n) {
        const c = text.charCodeAt(i);
        mask |= three[hash3(a, b, c)] ?? 0;
        a = b;
        b = c;
      }
    }
    return mask;
  }
}
