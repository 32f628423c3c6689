/**
 * A record just parsed from a file or a request, before it is checked: every field may be missing
 * or of any type. Parse untrusted JSON as `Unverified<T>`, check each field, and only then treat it
 * as a `T` (a cast straight to `T` would let the type checker call the checks unnecessary).
 */
export type Unverified<T extends object> = { readonly [K in keyof T]?: unknown };

/** Parses JSON text as an object to check field by field; a value that is not an object reads as `{}`, so every check of it fails. Throws SyntaxError on invalid JSON. */
export function parseJsonObject(text: string): Readonly<Record<string, unknown>> {
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
