/**
 * Deterministic JSON: object keys in a fixed order (a given order for the top level, code-point
 * order for every nested object, integer-like keys included), no whitespace, values as
 * `JSON.stringify` writes them (undefined members left out, non-finite numbers as null).
 */
import { compareStrings } from '../model/compare-strings.js';

/** Serialises a JSON value with nested object keys sorted by UTF-16 code units. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify returns undefined (not a string, whatever its declared type says) for undefined and functions.
    const scalar = JSON.stringify(value) as string | undefined;
    return scalar ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  return orderedJson(record, Object.keys(record).sort(compareStrings));
}

/** Serialises an object with its keys in `order` (keys not listed follow in code-point order). */
export function orderedJson(record: Record<string, unknown>, order: readonly string[]): string {
  const listed = new Set(order);
  const keys = [...order.filter((key) => Object.hasOwn(record, key)), ...Object.keys(record).filter((key) => !listed.has(key)).sort(compareStrings)];
  const members: string[] = [];
  for (const key of keys) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
