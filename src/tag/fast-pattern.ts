/**
 * A cue family as a set of prefiltered alternatives: the family's regular-expression source is
 * split at its top-level `|`, each alternative is compiled on its own (inside the same wrapper,
 * e.g. word boundaries) and registered with the literal scanner. A test runs only the
 * alternatives whose required literals occur in the sentence, so a family of seventy hedges costs
 * one or two small regex runs instead of one seventy-way alternation over every sentence.
 */
import { SCANNER } from './literal-scanner.js';
import { requiredLiterals } from './required-literals.js';

/** How each alternative is wrapped and compiled. */
export interface FastPatternOptions {
  /** Text before each alternative (default `\b(?:`). */
  prefix?: string;
  /** Text after each alternative (default `)\b`). */
  suffix?: string;
  /** Regular-expression flags (default none; `g` is added for {@link FastPattern.matches}). */
  flags?: string;
}

/** One compiled alternative. */
interface Alternative {
  regex: RegExp;
  global: RegExp;
  family: number;
}

/** Splits a regular-expression source at its top-level `|` (outside groups and classes). */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** A prefiltered cue family (see the module comment). */
export class FastPattern {
  private readonly alternatives: Alternative[];

  /** Compiles the alternatives of `source`, each wrapped in `prefix`/`suffix`. */
  constructor(source: string, options: FastPatternOptions = {}) {
    const prefix = options.prefix ?? '\\b(?:';
    const suffix = options.suffix ?? ')\\b';
    const flags = (options.flags ?? '').replace('g', '');
    this.alternatives = splitAlternatives(source).map((alternative) => ({
      regex: new RegExp(`${prefix}${alternative}${suffix}`, flags),
      global: new RegExp(`${prefix}${alternative}${suffix}`, `${flags}g`),
      family: SCANNER.register(requiredLiterals(alternative)),
    }));
  }

  /** True when some alternative's literals occur in `scope` (the text, or a sentence containing it). */
  mayMatch(scope: string): boolean {
    const flags = SCANNER.scan(scope);
    return this.alternatives.some((a) => flags[a.family] === 1);
  }

  /** True when the pattern matches `text`; `scope` is a text containing it (for the prefilter). */
  test(text: string, scope: string = text): boolean {
    const flags = SCANNER.scan(scope);
    for (const a of this.alternatives) if (flags[a.family] === 1 && a.regex.test(text)) return true;
    return false;
  }

  /** Every match in `text` as `[start, end]`, in text order (overlaps possible between alternatives). */
  matches(text: string, scope: string = text): Array<[number, number]> {
    const flags = SCANNER.scan(scope);
    const out: Array<[number, number]> = [];
    for (const a of this.alternatives) {
      if (flags[a.family] !== 1) continue;
      const re = a.global;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex += 1;
          continue;
        }
        out.push([m.index, m.index + m[0].length]);
      }
    }
    return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  }
}
