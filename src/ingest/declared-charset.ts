/**
 * The character set a file declares for itself, read from its first bytes as ASCII (the way a
 * browser's prescan does): an HTML `<meta charset=...>` or `<meta http-equiv="Content-Type"
 * content="...; charset=...">`, an XML declaration's `encoding="..."`, or a `charset:` or
 * `encoding:` key in YAML front matter. Used only for files that are not valid UTF-8, so a
 * mislabelled UTF-8 page still reads as UTF-8.
 */

/** A declared character set: the label as written and where it was declared. */
export interface DeclaredCharset {
  label: string;
  /** `meta charset`, `XML declaration` or `front matter`. */
  source: string;
}

/** Bytes of the file looked at (the HTML prescan reads 1024; front matter may be longer). */
const PRESCAN_BYTES = 4096;

const META = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i;
const FRONT_MATTER_KEY = /^(?:charset|encoding)\s*:\s*["']?([A-Za-z0-9_:.+-]+)["']?\s*$/im;

/** The character set `bytes` declare, or null when they declare none. */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) {
    const close = head.search(/\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/);
    const block = close === -1 ? head : head.slice(0, close);
    const key = FRONT_MATTER_KEY.exec(block);
    if (key) return { label: key[1]!, source: 'front matter' };
  }
  const xml = XML.exec(head);
  if (xml) return { label: xml[1]!, source: 'XML declaration' };
  const meta = META.exec(head.slice(0, 1024));
  if (meta) return { label: meta[1]!, source: 'meta charset' };
  return null;
}
