/**
 * Writes docs/taxonomy.md from the taxonomy module and the rulebook (`npx tsx scripts/gen-taxonomy-doc.ts`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTaxonomyDoc } from '../src/rulebook/taxonomy-doc.js';

const target = fileURLToPath(new URL('../docs/taxonomy.md', import.meta.url));
writeFileSync(target, renderTaxonomyDoc());
process.stdout.write(`wrote ${target}\n`);
