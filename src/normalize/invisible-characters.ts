/**
 * Characters that carry no visible text and are removed before anything else: C0/C1 control
 * characters (except tab, line feed, carriage return, vertical tab, form feed and NEL, which are
 * whitespace), soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner,
 * directional marks and embeddings/isolates (also a "Trojan source" vector), word joiner and
 * invisible operators, and the byte-order mark / zero-width no-break space.
 */
export const INVISIBLE_CHARACTERS =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes the invisible characters from a plain string. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}
