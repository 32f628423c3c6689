/**
 * A tiny HTML template helper: every interpolated value is escaped unless it is already
 * `SafeHtml` (the output of another `html` template or of a trusted renderer). Templates quote
 * every attribute value, so escaping `&<>"'` is enough for text and attribute positions alike.
 */

/** A string of HTML that is safe to emit as is (built only by `html`, `joinHtml` or `trustedHtml`). */
export class SafeHtml {
  /** The HTML text. */
  readonly value: string;

  /** Wraps already-safe HTML (use `html` to build one; the constructor does not escape). */
  constructor(value: string) {
    this.value = value;
  }

  /** The HTML text. */
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const ESCAPE_PATTERN = /[&<>"']/g;
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_PATTERN, (ch) => ESCAPES[ch] ?? ch) : text;
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // Like a template literal: strings, numbers and objects with their own toString (Date, URL).
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return escapeHtml(String(value));
}

/** Tagged template: escapes every interpolation (arrays are rendered item by item; null, undefined and false render nothing). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Joins fragments (each escaped unless already SafeHtml) with an optional separator. */
export function joinHtml(parts: readonly unknown[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(escapeHtml(separator)));
}

/** Marks a constant string written in this code base (never corpus text) as HTML. */
export function trustedHtml(constant: string): SafeHtml {
  return new SafeHtml(constant);
}
