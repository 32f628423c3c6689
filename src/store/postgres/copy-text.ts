/**
 * PostgreSQL's COPY text format (issue 17): one row per line, columns separated by tabs, `\N` for
 * NULL, backslash escapes for backslash, newline, carriage return and tab; arrays as array
 * literals; JSON as its text. NUL characters, which PostgreSQL text cannot hold, are dropped.
 */

/** A value of one column. */
export type CopyValue = string | number | boolean | null | readonly (string | null)[] | { json: unknown };

/** `value` with NUL characters removed (every string of a JSON value too). */
function withoutNul(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

/** Escapes one field for the COPY text format. */
export function copyField(text: string): string {
  return withoutNul(text).replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** The array literal of `values` (`{"a","b"}`, NULL elements unquoted). */
export function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${withoutNul(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** The JSON text of `value`, NUL characters dropped from its strings. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? withoutNul(v) : v));
}

/** One row (columns in order) as a line of COPY text, newline included. */
export function copyRow(values: readonly CopyValue[]): string {
  return `${values
    .map((v) => {
      if (v === null) return '\\N';
      if (typeof v === 'string') return copyField(v);
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`copy-text: number ${v} cannot be copied`);
        return String(v);
      }
      if (typeof v === 'boolean') return v ? 't' : 'f';
      if (Array.isArray(v)) return copyField(arrayLiteral(v as readonly (string | null)[]));
      return copyField(jsonText((v as { json: unknown }).json));
    })
    .join('\t')}\n`;
}
