/** Plain words for the roles the pages show: layer-role options, cause roles and the parts of a report a sentence comes from. */
import type { CauseRole, LayerRoleFilter, SentenceRole } from '../../model/index.js';

/** Each layer-role option of the search form, with what it reads. */
export const LAYER_ROLE_FILTER_TEXT: Readonly<Record<LayerRoleFilter, string>> = Object.freeze({
  origin: 'origin (where it broke)',
  impacted: 'impacted (also affected)',
  any: 'any (both)',
});

/** Each cause role as shown beside a cause badge (`root` is the default and is not shown). */
export const CAUSE_ROLE_TEXT: Readonly<Record<CauseRole, string>> = Object.freeze({
  root: 'root cause',
  contributing: 'contributing',
  trigger: 'trigger',
});

/** Each sentence role as the part of the report an evidence sentence came from. */
export const SENTENCE_ROLE_TEXT: Readonly<Record<SentenceRole, string>> = Object.freeze({
  summary: 'summary',
  impact: 'impact',
  timeline: 'timeline',
  trigger: 'trigger',
  'root-cause': 'root cause',
  contributing: 'contributing factors',
  detection: 'detection',
  mitigation: 'mitigation',
  'action-item': 'action items',
  background: 'background',
  speculation: 'speculation',
  other: 'other',
});

/** The words for a role read from stored data, or null when the record has none (older data) or an unknown one. */
export function roleText<R extends string>(words: Readonly<Record<R, string>>, role: string | undefined): string | null {
  return role !== undefined && Object.hasOwn(words, role) ? words[role as R] : null;
}
