/**
 * The shape of the rulebook's data. Every rule is a regular-expression source with an id, the
 * examples it must match and the counter-examples it must not; the test suite runs them all.
 *
 * Patterns are matched against lower-cased text with typographic apostrophes and quotes folded
 * (`'` and `"`), word-bounded at both ends unless a family says otherwise. Sources must not
 * contain capturing groups (use `(?:...)`).
 */
import type { KnownCause, LayerLabel, SentenceRole } from '../model/taxonomy.js';

/** One rule: a pattern with an id and the sentences that show what it reads. */
export interface Rule {
  /** Stable id, `<family>.<name>` (e.g. `cause.software-bug.race-condition`). */
  id: string;
  /** Regular-expression source (no capturing groups). */
  pattern: string;
  /** Texts the rule must match (lower-cased before matching). At least one. */
  examples: string[];
  /** Texts the rule must not match (or, for a cue, where it must not count). */
  counterExamples?: string[];
}

/** One weighted cue of a label. */
export interface CueRule extends Rule {
  /** Strength of the cue, 0..1.5: 1 for an unambiguous term, lower for an ambiguous one. */
  weight: number;
  /**
   * True when the cue needs a failure/impact word in the same clause to count (a component
   * named in passing is not a tag). Defaults: true for layer cues, false for cause cues.
   */
  needsFailure?: boolean;
  /** Regular-expression source that must also match somewhere in the same clause (or sentence, see `withScope`). */
  with?: string;
  /** Where `with` must match: the cue's clause (default) or its whole sentence. */
  withScope?: 'clause' | 'sentence';
  /**
   * True for a layer cue naming a generic part any system has (instances, hosts, memory, code,
   * modules, queries): as the origin it stands for the report's subject component when the report
   * has one ("the instances" of a load balancer are the load balancer's).
   */
  part?: boolean;
}

/** A negative context of a label's cues. */
export interface ContextRule extends Rule {
  /** Where it cancels: the clause it matches in (default) or the whole sentence. */
  scope?: 'clause' | 'sentence';
}

/** The cues of one label, with the context that cancels them. */
export interface LabelRules<L extends string = string> {
  /** The label the cues support. */
  label: L;
  /** The weighted cues. */
  cues: CueRule[];
  /**
   * Negative context: when one matches in the same clause (or sentence, see `ContextRule.scope`),
   * this label's cues there do not count (e.g. "edge" cancels `cache`: an edge cache is a CDN).
   */
  context?: ContextRule[];
}

/** The kinds of section a report is made of (each gives its sentences a prior role). */
export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'trigger'
  | 'root-cause'
  | 'contributing'
  | 'detection'
  | 'mitigation'
  | 'remediation'
  | 'action-item'
  | 'background'
  | 'speculation'
  | 'lessons'
  | 'advice'
  | 'comments'
  | 'status-investigating'
  | 'status-identified'
  | 'status-monitoring'
  | 'status-resolved'
  | 'narrative';

/** A section heading (or inline label, "Root cause:") and the kind of section it opens. */
export interface SectionRule extends Rule {
  /** The kind of section. The pattern must match the whole heading (anchored). */
  kind: SectionKind;
}

/** A sentence-level cue of a role: the sentence itself says what part of the report it is. */
export interface RoleRule extends Rule {
  /** The role the cue gives. */
  role: SentenceRole;
  /**
   * Roles of the section prior this cue may override; omitted: any. (A future statement is an
   * action item in any section; a detection cue does not override a root-cause section.)
   */
  overrides?: SentenceRole[];
  /**
   * When `present`, the cue decides only for a sentence whose finite verbs are all in the present
   * tense, and then whatever failure the sentence names: a habit of the system or its world ("new
   * attacks appear constantly"), not an event of the incident.
   */
  tense?: 'present';
}

/** Cross-label relations: how a label's score changes when another label is also supported. */
export interface LabelRelation {
  /** Stable id, `relation.<name>`. */
  id: string;
  /** What the relation says, in prose. */
  description: string;
  /** The relation's kind: `explains` scales `cause` down when `by` is supported. */
  kind: 'explains';
  /** The cause whose score is scaled. */
  cause: KnownCause;
  /** The stronger cause that explains it. */
  by: KnownCause;
  /** When given, `by` explains `cause` only when one of these cue ids supports it (a leak explains the exhaustion; any bug does not). */
  byRules?: readonly string[];
  /** The factor applied to `cause`'s score. */
  scale: number;
}

/** A layer that an outside provider's failure stands for (see the `third-party` layer). */
export interface LayerCause {
  /** Stable id, `relation.<name>`. */
  id: string;
  /** What the relation says, in prose. */
  description: string;
  /** The layer whose origin evidence also supports the cause. */
  layer: LayerLabel;
  /** The cause it supports. */
  cause: KnownCause;
  /** Share of the layer evidence's score the cause receives. */
  share: number;
}

/** A provider's web domains: a document on one of them is the provider's own (official) report. */
export interface ProviderDomains {
  /** Canonical provider name. */
  provider: string;
  /** Other names of the provider, as written in text (matched case-insensitively, word-bounded). */
  aliases: string[];
  /** Registrable domains (`aws.amazon.com` matches `amazon.com`; subdomains match). */
  domains: string[];
}
