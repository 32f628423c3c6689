/**
 * Expands phrase-bank templates: `{slot}` takes a value from the variables (an array value is
 * picked at random), and `[a|b|c]` picks one alternative. Alternatives are expanded after slots,
 * so a slot value may itself contain `[x|y]` alternatives.
 */
import type { SeededRandom } from './seeded-random.js';

/** Values a template's `{slot}` placeholders take: a fixed string or a list to pick from. */
export type TemplateVars = Readonly<Record<string, string | readonly string[]>>;

const SLOT = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
const ALTERNATIVES = /\[([^\][]*\|[^\][]*)\]/g;

/** Expands one template with the given variables; throws when a slot has no variable. */
export function expandTemplate(template: string, rng: SeededRandom, vars: TemplateVars): string {
  let text = template;
  for (let pass = 0; pass < 3 && SLOT.test(text); pass++) {
    SLOT.lastIndex = 0;
    text = text.replace(SLOT, (_m, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`expandTemplate: no value for slot {${name}} in "${template}"`);
      return typeof value === 'string' ? value : rng.pick(value);
    });
  }
  SLOT.lastIndex = 0;
  for (let pass = 0; pass < 3 && ALTERNATIVES.test(text); pass++) {
    ALTERNATIVES.lastIndex = 0;
    text = text.replace(ALTERNATIVES, (_m, body: string) => rng.pick(body.split('|')));
  }
  ALTERNATIVES.lastIndex = 0;
  return capitaliseFirst(text.replace(/ {2,}/g, ' ').trim());
}

/** Upper-cases the first letter of a sentence. */
export function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
