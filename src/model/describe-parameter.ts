/**
 * The documentation of a declared request parameter (`search-request.ts`) as help and the
 * OpenAPI document show it: its text, then what it takes (values or bounds, how a list is given)
 * and its default, all read from the declaration.
 */
import type { ParameterSpec } from './search-request.js';

/** Where the text is shown: command-line help (flags) or the HTTP API (URL parameters). */
export type DocumentationTarget = 'cli' | 'http';

/** What the value takes, read from its type: "one of: a, b", "1 to 100", "at most 100 characters", "". */
export function valueText(param: ParameterSpec): string {
  const { type } = param;
  if (type.kind === 'enum') return `one of: ${type.values.join(', ')}`;
  if (type.kind === 'integer') return `${type.min} to ${type.max}`;
  if (type.kind === 'text') return `at most ${type.maxLength} characters`;
  return '';
}

/** How a list takes several values (empty for a scalar). */
export function listText(param: ParameterSpec, target: DocumentationTarget): string {
  if (param.list === undefined) return '';
  const repeat = target === 'cli' ? 'repeat the option' : 'repeat the parameter';
  const how = param.list.commas ? `${repeat} or separate values with commas` : `${repeat} for each value (values are never split at commas)`;
  return `${how}; at most ${param.list.maxValues} values, any of them matches`;
}

/** The whole description: the declaration's text, what it takes, how a list is given, the default. */
export function describeParameter(param: ParameterSpec, target: DocumentationTarget): string {
  const takes = [param.list === undefined ? valueText(param) : `each ${valueText(param)}`, listText(param, target)].filter((t) => t !== '' && t !== 'each ');
  const shownDefault = param.default === undefined || param.default === '' || param.type.kind === 'boolean' ? '' : ` Default: ${String(param.default)}.`;
  return `${param.doc}${takes.length > 0 ? ` (${takes.join('; ')})` : ''}${shownDefault}`;
}
