/**
 * A bound on HTML nesting, checked before the page reaches htmlparser2. htmlparser2 keeps a stack
 * of open elements and scans it for every closing tag, and the page walks cost more per level, so
 * tens of thousands of nested `<div>`s or unclosed `<b>`s are superlinear (about x5 per doubling),
 * and closing tags that match nothing under a deep stack cost the stack's depth each, before
 * Faultline sees anything. This scan follows the same stack cheaply and in one pass: elements
 * that close themselves (`<p>`, `<li>`, table cells, ...) or have no content (`<br>`, `<img>`, ...)
 * do not count, text inside `<script>`, `<style>`, `<textarea>`, `<title>` and comments is skipped,
 * and a closing tag pops back to its opening tag, as a browser would. A page deeper than
 * `MAX_HTML_DEPTH`, or whose closing tags scan more than `MAX_HTML_STACK_SCAN` stack entries in
 * all, is refused.
 */

/** Deepest element nesting a page may have (real pages stay under 100). */
export const MAX_HTML_DEPTH = 8192;

/** Most stack entries the closing tags of a page may scan in all (a real page scans a few per tag). */
export const MAX_HTML_STACK_SCAN = 50_000_000;

/** Elements without content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'menuitem']);

/** Elements whose end tag may be left out (the parser closes them itself), and the page skeleton. */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body']);

/** Elements whose content is raw text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** What `htmlNesting` found: the deepest nesting, and why and where the page is past the bounds. */
export interface HtmlNesting {
  depth: number;
  /** Why the page is refused, with the 1-based line where it went past a bound; null when within them. */
  problem: { reason: string; line: number } | null;
}

/** Measures the element nesting of `html` in one pass, linear up to the bounds (stops at the first excess). */
export function htmlNesting(html: string, maxDepth = MAX_HTML_DEPTH, maxScan = MAX_HTML_STACK_SCAN): HtmlNesting {
  const tag = /<(\/?)([A-Za-z][^\s/<>]*)[^<>]*?(\/?)>|<!--/g;
  const stack: string[] = [];
  let deepest = 0;
  let scanned = 0;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html)) !== null) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end === -1) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (match[1] === '/') {
      const at = stack.lastIndexOf(name); // stack is at most maxDepth long
      scanned += stack.length - Math.max(at, 0);
      if (scanned > maxScan) {
        const reason = `HTML closing tags scan more than ${maxScan} open elements in all (unclosed or unmatched tags); refused before parsing`;
        return { depth: deepest, problem: { reason, line: lineOf(html, match.index) } };
      }
      if (at !== -1) stack.length = at;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      if (close.exec(html) === null) break;
      tag.lastIndex = close.lastIndex;
      continue;
    }
    if (match[3] === '/' || VOID.has(name) || SELF_CLOSING.has(name)) continue;
    stack.push(name);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > maxDepth) {
      const reason = `HTML nests elements more than ${maxDepth} deep (unclosed or nested tags); refused before parsing`;
      return { depth: deepest, problem: { reason, line: lineOf(html, match.index) } };
    }
  }
  return { depth: deepest, problem: null };
}

/** 1-based line of offset `at`. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
