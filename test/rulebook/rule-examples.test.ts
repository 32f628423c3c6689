/**
 * Every rule of the rulebook shows what it reads: each of its examples must match it and none of
 * its counter-examples may. A cue is checked as the tagger applies it to a one-clause sentence
 * (with its `with` pattern and its label's context); a section rule by the heading matcher; the
 * other rules by their own pattern.
 */
import { describe, expect, it } from 'vitest';
import { matchSection } from '../../src/anatomy/read-anatomy.js';
import { foldText } from '../../src/anatomy/text-units.js';
import { findCueHits } from '../../src/rulebook/cue-matcher.js';
import { compileRuleRegex } from '../../src/rulebook/fast-pattern.js';
import type { Rule } from '../../src/rulebook/rule.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';

const rulebook = defaultRulebook();
const data = rulebook.data;

/** The ids of the cues that fire in a sentence, on both axes. */
function cueIds(sentence: string): string[] {
  const lower = foldText(sentence);
  return [...findCueHits(lower, rulebook.layers), ...findCueHits(lower, rulebook.causes)].flat().map((h) => h.cue.id);
}

/** Every rule with the function that says whether it reads a text. */
function checks(): { rule: Rule; reads: (text: string) => boolean }[] {
  const out: { rule: Rule; reads: (text: string) => boolean }[] = [];
  for (const axis of [data.layers, data.causes]) {
    for (const label of axis) {
      for (const cue of label.cues) out.push({ rule: cue, reads: (text) => cueIds(text).includes(cue.id) });
      for (const context of label.context ?? []) {
        const re = compileRuleRegex(context.id, context.pattern, 'u');
        out.push({ rule: context, reads: (text) => re.test(foldText(text)) });
      }
    }
  }
  for (const family of Object.values(data.signals)) {
    for (const rule of family.rules) {
      const source = family.wrap === 'raw' ? `(?:${rule.pattern})` : `\\b(?:${rule.pattern})\\b`;
      const re = compileRuleRegex(rule.id, source, 'u');
      out.push({ rule, reads: (text) => re.test(family.caseSensitive === true ? text : foldText(text)) });
    }
  }
  for (const rule of data.sections) out.push({ rule, reads: (text) => matchSection(rulebook, text)?.id === rule.id });
  for (const rule of [...data.roles, ...data.connectives]) {
    const re = compileRuleRegex(rule.id, `\\b(?:${rule.pattern})\\b`, 'u');
    out.push({ rule, reads: (text) => re.test(foldText(text)) });
  }
  // The outline's cues, as the outline reader applies them (the compiled word-bounded pattern).
  for (const family of Object.values(rulebook.outline)) {
    for (const { rule, regex } of family) {
      out.push({
        rule,
        reads: (text) => {
          regex.lastIndex = 0;
          return regex.test(foldText(text));
        },
      });
    }
  }
  return out;
}

const all = checks();

describe('the rulebook', () => {
  it('gives every rule at least one example', () => {
    expect(all.filter(({ rule }) => rule.examples.length === 0).map(({ rule }) => rule.id)).toEqual([]);
  });

  it('has unique rule ids', () => {
    const ids = all.map(({ rule }) => rule.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(rulebook.rules.size).toBe(ids.length);
  });
});

describe.each(all.map(({ rule, reads }) => ({ id: rule.id, rule, reads })))('rule $id', ({ rule, reads }) => {
  it('reads its examples and none of its counter-examples', () => {
    for (const example of rule.examples) expect(reads(example), `example ${JSON.stringify(example)}`).toBe(true);
    for (const counter of rule.counterExamples ?? []) expect(reads(counter), `counter-example ${JSON.stringify(counter)}`).toBe(false);
  });
});
