/**
 * The compiled rulebook: every rule of the reading of a report (section headings, sentence
 * roles, causal connectives, signal families, layer and cause cues, relations, provider domains)
 * compiled once into prefiltered regular expressions with their own literal scanner, plus the
 * weights. The anatomy reader and the tagger take a `Rulebook` as a parameter; `defaultRulebook()`
 * compiles the shipped rules on first use. A rulebook is immutable after compilation.
 */
import { FaultlineError } from '../model/diagnostic.js';
import type { KnownCause, LayerLabel } from '../model/taxonomy.js';
import { CONNECTIVE_RULES, type ConnectiveRule } from './causal.js';
import { CAUSE_RULES, LAYER_RULES } from './labels.js';
import { compileAxis, type CompiledAxis } from './cue-matcher.js';
import { compileRuleRegex, FastPattern } from './fast-pattern.js';
import { LiteralScanner } from './literal-scanner.js';
import { ACTION_RULES, DETECTION_RULES, MITIGATION_RULES, TRIGGER_RULES, type OutlineRule } from './outline.js';
import { PROVIDER_DOMAINS, STATUS_PAGE_HOSTS } from './provider-domains.js';
import { LABEL_RELATIONS, LAYER_CAUSES } from './relations.js';
import { ROLE_RULES } from './roles.js';
import type { LabelRelation, LabelRules, LayerCause, ProviderDomains, RoleRule, Rule, SectionRule } from './rule.js';
import { SECTION_RULES } from './sections.js';
import { CLAUSE_BOUNDARY, SIGNAL_FAMILIES, type SignalFamily, type SignalName } from './signals.js';
import { WEIGHTS, type Weights } from './weights.js';

/** The rulebook's data, before compilation. */
export interface RulebookData {
  layers: readonly LabelRules<LayerLabel>[];
  causes: readonly LabelRules<KnownCause>[];
  signals: Readonly<Record<SignalName, SignalFamily>>;
  clauseBoundary: string;
  sections: readonly SectionRule[];
  roles: readonly RoleRule[];
  connectives: readonly ConnectiveRule[];
  relations: readonly LabelRelation[];
  layerCauses: readonly LayerCause[];
  providers: readonly ProviderDomains[];
  statusPageHosts: readonly string[];
  weights: Readonly<Weights>;
  /** Cues of the incident outline (trigger, detection, mitigation, action-item kinds). */
  outline: Readonly<OutlineRulesData>;
}

/** The outline's rule families. */
export interface OutlineRulesData {
  triggers: readonly OutlineRule<string>[];
  detection: readonly OutlineRule<string>[];
  mitigation: readonly OutlineRule<string>[];
  actions: readonly OutlineRule<string>[];
}

/** The shipped rules. */
export const RULEBOOK_DATA: Readonly<RulebookData> = Object.freeze({
  layers: LAYER_RULES,
  causes: CAUSE_RULES,
  signals: SIGNAL_FAMILIES,
  clauseBoundary: CLAUSE_BOUNDARY,
  sections: SECTION_RULES,
  roles: ROLE_RULES,
  connectives: CONNECTIVE_RULES,
  relations: LABEL_RELATIONS,
  layerCauses: LAYER_CAUSES,
  providers: PROVIDER_DOMAINS,
  statusPageHosts: STATUS_PAGE_HOSTS,
  weights: WEIGHTS,
  outline: { triggers: TRIGGER_RULES, detection: DETECTION_RULES, mitigation: MITIGATION_RULES, actions: ACTION_RULES },
});

/** A compiled outline rule: its global, word-bounded regular expression. */
export interface CompiledOutlineRule {
  rule: OutlineRule<string>;
  regex: RegExp;
}

/** The compiled outline families, in the order of their data. */
export type CompiledOutline = Readonly<Record<keyof OutlineRulesData, readonly CompiledOutlineRule[]>>;

/** A compiled section rule: the heading must match the whole pattern. */
export interface CompiledSection {
  rule: SectionRule;
  regex: RegExp;
}

/** A compiled role rule. */
export interface CompiledRole {
  rule: RoleRule;
  pattern: FastPattern;
}

/** The compiled connectives: one prefiltered family, and each rule by id. */
export interface CompiledConnectives {
  pattern: FastPattern;
  rules: ReadonlyMap<string, ConnectiveRule>;
}

/** The compiled rulebook (see the module comment). */
export interface Rulebook {
  /** The data it was compiled from. */
  readonly data: Readonly<RulebookData>;
  /** The literal scanner every pattern of this rulebook registered with. */
  readonly scanner: LiteralScanner;
  readonly layers: CompiledAxis<LayerLabel>;
  readonly causes: CompiledAxis<KnownCause>;
  readonly signals: Readonly<Record<SignalName, FastPattern>>;
  readonly clauseBoundary: RegExp;
  readonly sections: readonly CompiledSection[];
  readonly roles: readonly CompiledRole[];
  readonly connectives: CompiledConnectives;
  readonly weights: Readonly<Weights>;
  readonly outline: CompiledOutline;
  /** Every rule by id (cues, context rules, signals, sections, roles, connectives). */
  readonly rules: ReadonlyMap<string, Rule>;
}

/** Adds a rule to the id index, refusing duplicates (a rulebook bug). */
function index(rules: Map<string, Rule>, rule: Rule): void {
  if (rules.has(rule.id)) throw new FaultlineError(`rulebook: duplicate rule id ${rule.id}`, { parameter: 'id' });
  if (rule.examples.length === 0) {
    throw new FaultlineError(`rulebook: rule ${rule.id} has no example`, { parameter: 'examples' });
  }
  rules.set(rule.id, rule);
}

/** Compiles rulebook data (throws FaultlineError naming the rule on an invalid or duplicate rule). */
export function compileRulebook(data: Readonly<RulebookData> = RULEBOOK_DATA): Rulebook {
  const scanner = new LiteralScanner();
  const rules = new Map<string, Rule>();
  for (const axis of [data.layers, data.causes] as readonly (readonly LabelRules[])[]) {
    for (const label of axis) {
      for (const cue of label.cues) index(rules, cue);
      for (const context of label.context ?? []) index(rules, context);
    }
  }
  const signals = {} as Record<SignalName, FastPattern>;
  for (const [name, family] of Object.entries(data.signals) as [SignalName, SignalFamily][]) {
    for (const rule of family.rules) index(rules, rule);
    const raw = family.wrap === 'raw';
    signals[name] = new FastPattern(family.rules, scanner, raw ? { prefix: '(?:', suffix: ')' } : {});
  }
  for (const rule of data.sections) index(rules, rule);
  for (const rule of data.roles) index(rules, rule);
  for (const rule of data.connectives) index(rules, rule);
  const outlineFamily = (family: readonly OutlineRule<string>[]): CompiledOutlineRule[] =>
    family.map((rule) => {
      index(rules, rule);
      return { rule, regex: compileRuleRegex(rule.id, `\\b(?:${rule.pattern})\\b`, 'gu') };
    });
  const outline: CompiledOutline = {
    triggers: outlineFamily(data.outline.triggers),
    detection: outlineFamily(data.outline.detection),
    mitigation: outlineFamily(data.outline.mitigation),
    actions: outlineFamily(data.outline.actions),
  };
  return {
    data,
    scanner,
    layers: compileAxis(data.layers, true, scanner),
    causes: compileAxis(data.causes, false, scanner),
    signals,
    clauseBoundary: compileRuleRegex('signal.clause-boundary', data.clauseBoundary, 'gu'),
    sections: data.sections.map((rule) => ({ rule, regex: compileRuleRegex(rule.id, `^(?:${rule.pattern})$`, 'u') })),
    roles: data.roles.map((rule) => ({ rule, pattern: new FastPattern([rule], scanner) })),
    connectives: { pattern: new FastPattern(data.connectives, scanner), rules: new Map(data.connectives.map((rule) => [rule.id, rule])) },
    weights: data.weights,
    outline,
    rules,
  };
}

let shipped: Rulebook | null = null;

/** The shipped rulebook, compiled on first use. */
export function defaultRulebook(): Rulebook {
  shipped ??= compileRulebook(RULEBOOK_DATA);
  return shipped;
}
