/**
 * A rule family compiled as a set of prefiltered alternatives: each rule's regular-expression
 * source is split at its top-level `|`, each alternative is compiled on its own (inside the same
 * wrapper, e.g. word boundaries) and registered with the rulebook's literal scanner. A test runs
 * only the alternatives whose required literals occur in the sentence, so a family of seventy
 * hedges costs one or two small regex runs instead of one seventy-way alternation over every
 * sentence. Every match knows the id of the rule it came from.
 */
import { FaultlineError } from '../model/diagnostic.js';
import type { LiteralScanner } from './literal-scanner.js';
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

/** One source of a family: a rule's pattern and the rule's id. */
export interface PatternSource {
  id: string;
  pattern: string;
}

/** One compiled alternative. */
interface Alternative {
  regex: RegExp;
  global: RegExp;
  family: number;
  id: string;
}

/** A match of a family: offsets and the id of the rule that matched. */
export type PatternMatch = [start: number, end: number, id: string];

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

/** Compiles a regular expression, naming the rule when its source is invalid (a rulebook bug). */
export function compileRuleRegex(id: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new FaultlineError(`rulebook: rule ${id} has an invalid pattern: ${error instanceof Error ? error.message : String(error)}`, {
      parameter: 'pattern',
    });
  }
}

/** A prefiltered rule family (see the module comment). */
export class FastPattern {
  private readonly alternatives: Alternative[];

  /** Compiles the alternatives of every source, each wrapped in `prefix`/`suffix`, registered with `scanner`. */
  constructor(
    sources: readonly PatternSource[],
    private readonly scanner: LiteralScanner,
    options: FastPatternOptions = {},
  ) {
    const prefix = options.prefix ?? '\\b(?:';
    const suffix = options.suffix ?? ')\\b';
    const flags = (options.flags ?? '').replace('g', '');
    this.alternatives = sources.flatMap(({ id, pattern }) =>
      splitAlternatives(pattern).map((alternative) => ({
        regex: compileRuleRegex(id, `${prefix}${alternative}${suffix}`, flags),
        global: compileRuleRegex(id, `${prefix}${alternative}${suffix}`, `${flags}g`),
        family: scanner.register(requiredLiterals(alternative)),
        id,
      })),
    );
  }

  /** True when some alternative's literals occur in `scope` (the text, or a sentence containing it). */
  mayMatch(scope: string): boolean {
    const flags = this.scanner.scan(scope);
    return this.alternatives.some((a) => flags[a.family] === 1);
  }

  /** True when the family matches `text`; `scope` is a text containing it (for the prefilter). */
  test(text: string, scope: string = text): boolean {
    return this.firstRule(text, scope) !== null;
  }

  /** The id of the first rule (in rulebook order) that matches `text`, or null. */
  firstRule(text: string, scope: string = text): string | null {
    const flags = this.scanner.scan(scope);
    for (const a of this.alternatives) if (flags[a.family] === 1 && a.regex.test(text)) return a.id;
    return null;
  }

  /** Every match in `text` as `[start, end, ruleId]`, in text order (overlaps possible between alternatives). */
  matches(text: string, scope: string = text): PatternMatch[] {
    const flags = this.scanner.scan(scope);
    const out: PatternMatch[] = [];
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
        out.push([m.index, m.index + m[0].length, a.id]);
      }
    }
    return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  }
}
