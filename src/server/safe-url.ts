/** Link safety: only absolute http(s) URLs from the corpus ever become links. */

/** Returns the normalised URL when `raw` is an absolute http: or https: URL, else null (javascript:, data:, relative, malformed). */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
