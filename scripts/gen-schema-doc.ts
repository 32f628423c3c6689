/**
 * Generates `docs/schema.md`, the schema of every export, from the code that defines it: the
 * table fields (`src/export/table-fields.ts`), the JSONL and citation fields
 * (`src/export/json-fields.ts`), the formats (`src/export/export-formats.ts`), every type of the
 * document model (`src/model/document.ts`, `src/model/outline.ts`, `src/model/incident.ts`, read with the TypeScript
 * compiler API, doc comments included) and the label and role lists of `src/model/taxonomy.ts`. `test/export/schema-doc.test.ts` fails when the file is
 * out of date.
 *
 * Usage: `npx tsx scripts/gen-schema-doc.ts` (writes docs/schema.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { FORMAT_INFO, exportContentType } from '../src/export/export-formats.js';
import { EXPORT_FORMATS } from '../src/export/export-options.js';
import { CITATION_FIELDS, DOCUMENT_JSON_FIELDS, INCIDENT_JSON_FIELDS, type JsonField } from '../src/export/json-fields.js';
import { PARQUET_TYPE_NAMES } from '../src/export/parquet-table.js';
import { EXPORT_TABLES, LIST_SEPARATOR } from '../src/export/table-fields.js';
import { FORMULA_TRIGGERS } from '../src/export/csv-table.js';
import { LAYER_ROLE_FILTERS } from '../src/model/layer-role-filter.js';
import {
  CAUSE_LABELS,
  CAUSE_ROLE_DEFINITIONS,
  CAUSE_ROLES,
  CERTAINTY_DEFINITIONS,
  CERTAINTY_LEVELS,
  LAYER_LABELS,
  LAYER_ROLE_DEFINITIONS,
  LAYER_ROLES,
  SENTENCE_ROLE_DEFINITIONS,
  SENTENCE_ROLES,
} from '../src/model/taxonomy.js';

/** The model files whose types documents.jsonl and incidents.jsonl hold. */
export const MODEL_FILES = ['src/model/document.ts', 'src/model/outline.ts', 'src/model/incident.ts'] as const;

/** Types of the model files that no record holds (handed between stages, never stored or exported). */
export const UNSTORED_TYPES: ReadonlySet<string> = new Set(['PosTokens']);

/** A property of a model interface. */
export interface ModelProperty {
  name: string;
  type: string;
  optional: boolean;
  description: string;
}

/** An exported interface or type alias of a model file. */
export interface ModelType {
  name: string;
  kind: 'interface' | 'type';
  /** `extends` clause, or the aliased type. */
  heritage: string;
  description: string;
  properties: ModelProperty[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The text of a node's JSDoc comment (first paragraph kept whole), or ''. */
function docComment(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  return last ? (ts.getTextOfJSDocComment(last.comment) ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** Reads the exported interfaces and type aliases of a model file, in source order. */
export function readModelTypes(relativePath: string): ModelType[] {
  const text = readFileSync(`${ROOT}${relativePath}`, 'utf8');
  const source = ts.createSourceFile(relativePath, text, ts.ScriptTarget.Latest, true);
  const types: ModelType[] = [];
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement)) continue;
    if (!(ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export)) continue;
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text + (statement.typeParameters ? `<${statement.typeParameters.map((p) => p.getText(source)).join(', ')}>` : '');
      const heritage = (statement.heritageClauses ?? []).map((h) => h.getText(source)).join(' ');
      const properties = statement.members.filter(ts.isPropertySignature).map((member) => ({
        name: member.name.getText(source),
        type: member.type ? member.type.getText(source).replace(/\s+/g, ' ') : 'unknown',
        optional: member.questionToken !== undefined,
        description: docComment(member),
      }));
      types.push({ name, kind: 'interface', heritage, description: docComment(statement), properties });
    } else {
      types.push({ name: statement.name.text, kind: 'type', heritage: statement.type.getText(source).replace(/\s+/g, ' '), description: docComment(statement), properties: [] });
    }
  }
  return types;
}

/**
 * Types whose undocumented fields mean the same as the same-named fields of another type:
 * `IngestedDocument` carries `ParsedDocument`'s metadata fields unchanged.
 */
export const DESCRIPTION_SOURCES: Readonly<Record<string, string>> = { IngestedDocument: 'ParsedDocument' };

/** The base name of a type (`Tag<L ...>` -> `Tag`). */
function baseName(name: string): string {
  return name.replace(/<.*$/, '');
}

/**
 * Fills a property without a doc comment from the same-named property of the types it extends
 * (its `extends` clause) or mirrors (`DESCRIPTION_SOURCES`), so each description has one source.
 */
export function inheritDescriptions(types: ModelType[]): ModelType[] {
  const byName = new Map(types.map((t) => [baseName(t.name), t]));
  const lookup = (typeName: string, property: string, seen: Set<string>): string => {
    if (seen.has(typeName)) return '';
    seen.add(typeName);
    const type = byName.get(typeName);
    if (!type) return '';
    const own = type.properties.find((p) => p.name === property)?.description;
    if (own) return own;
    const parents = [...(type.heritage.match(/\b[A-Z]\w*\b/g) ?? []), DESCRIPTION_SOURCES[typeName] ?? ''].filter((n) => n !== '');
    for (const parent of parents) {
      const found = lookup(parent, property, seen);
      if (found) return found;
    }
    return '';
  };
  return types.map((type) => ({
    ...type,
    properties: type.properties.map((p) => ({ ...p, description: p.description || lookup(baseName(type.name), p.name, new Set()) })),
  }));
}

/** Escapes a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table. */
function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The table of JSONL fields. */
function jsonFieldTable(fields: readonly JsonField[]): string {
  return table(
    ['field', 'JSON type', 'model type', 'description'],
    fields.map((f) => [`\`${f.name}\``, f.nullable ? `${f.type} or null` : f.type, `\`${f.modelType}\``, f.description]),
  );
}

/** Renders docs/schema.md. */
export function renderSchemaDoc(): string {
  const modelTypes = inheritDescriptions(MODEL_FILES.flatMap((file) => readModelTypes(file).map((t) => ({ ...t, file })))).filter(
    (t) => !UNSTORED_TYPES.has(baseName(t.name)),
  );
  const out: string[] = [];
  out.push('# Export schema');
  out.push('');
  out.push('<!-- Generated by scripts/gen-schema-doc.ts from src/export/ and src/model/: do not edit; run `npx tsx scripts/gen-schema-doc.ts`. -->');
  out.push('');
  out.push('`faultline export --format F [--out FILE|DIR] [filters] [--no-text]` and `/api/export` write the');
  out.push('knowledge base, or a filtered slice of it, in these formats. With `--out` naming a folder (an');
  out.push('existing folder, or a path without an extension) the export is a folder of files described by a');
  out.push('Frictionless Data `datapackage.json`.');
  out.push('');
  out.push('## Formats');
  out.push('');
  out.push(
    table(
      ['format', 'single file (stdout, `--out FILE`, HTTP)', 'folder (`--out DIR`)', 'content type'],
      EXPORT_FORMATS.map((format) => {
        const info = FORMAT_INFO[format];
        const folder =
          format === 'csv' || format === 'parquet'
            ? EXPORT_TABLES.map((t) => `\`${t.name}.${info.extension}\``).join(', ')
            : format === 'jsonl'
              ? '`documents.jsonl`, `incidents.jsonl`'
              : `\`citations.${info.extension}\``;
        const single = info.singleName === 'documents' ? `the documents (\`documents.${info.extension}\`)` : `one citation per document (\`citations.${info.extension}\`)`;
        return [`\`${format}\``, single, `${folder}, \`datapackage.json\``, `\`${exportContentType(format)}\``];
      }),
    ),
  );
  out.push('');
  out.push('## Conventions');
  out.push('');
  out.push('- **Determinism.** The same data exported with the same options gives byte-identical data files:');
  out.push('  documents and incidents are sorted by id (UTF-16 code unit order), tags and comments follow');
  out.push('  their document, and no data file holds a timestamp. Only `created` in `datapackage.json`');
  out.push('  (the build time) changes between two exports; the checksums cover the data files only.');
  out.push('- **Filters** (`--layer`, `--layer-role`, `--cause`, `--certainty`, `--provider`, `--from`, `--to`, `--query`)');
  out.push('  select documents exactly as the search does (any of the listed values; years of the incident');
  out.push('  date); the incidents exported are those of the selected documents, with all their reports listed.');
  out.push(`  \`--layer\` reads origin layers unless \`--layer-role\` (HTTP \`layerRole\`: ${LAYER_ROLE_FILTERS.map((r) => `\`${r}\``).join(', ')}) says otherwise.`);
  out.push('- **Origin and impacted layers.** A layer tag is the `origin` (where it broke) or `impacted` (failed as a');
  out.push('  consequence). The `layers` columns of the documents, comments and incidents tables hold origin layers');
  out.push('  only and `impacted_layers` the impacted ones; the tags table has one row per tag with its `role`.');
  out.push('  JSON records carry every tag with its `role` (origin layers first).');
  out.push(`- **Lists** in CSV and Parquet cells are joined by \`${LIST_SEPARATOR}\`; a tag is written \`label:certainty\`;`);
  out.push('  evidence sentences are one a line, with offsets `start-end` (`[start, end)` into the text).');
  out.push('- **Missing values** are empty cells in CSV and nulls in Parquet and JSON.');
  out.push(`- **CSV** follows RFC 4180: UTF-8, a header row, CRLF record ends, fields with commas, quotes or line breaks quoted, quotes doubled. A text cell beginning with ${FORMULA_TRIGGERS.map((c) => `\`${JSON.stringify(c).slice(1, -1)}\``).join(', ')} is written with a leading \`'\` so that a spreadsheet shows it instead of running it as a formula (numbers are left alone); remove one leading \`'\` from such cells to get the original text.`);
  out.push('- **Parquet** columns are typed: ' + Object.entries(PARQUET_TYPE_NAMES).map(([type, parquet]) => `${type} as ${parquet}`).join(', ') + '; every column is optional (nullable).');
  out.push('- **`--no-text`** drops the full article text (`text`) and every comment\'s text, and keeps summaries,');
  out.push('  tag evidence, quotes in facts and links, for sharing a dataset without redistributing articles.');
  out.push('');
  out.push('## documents.jsonl');
  out.push('');
  out.push('One `KnowledgeDocument` a line, top-level keys in this order, nested object keys sorted by code point.');
  out.push('');
  out.push(jsonFieldTable(DOCUMENT_JSON_FIELDS));
  out.push('');
  out.push('## incidents.jsonl');
  out.push('');
  out.push('One `Incident` a line (folder exports), top-level keys in this order.');
  out.push('');
  out.push(jsonFieldTable(INCIDENT_JSON_FIELDS));
  out.push('');
  out.push('## Labels and roles');
  out.push('');
  out.push('The values of the label and role fields (from `src/model/taxonomy.ts`; the label definitions are in');
  out.push('`docs/taxonomy.md` and in `datapackage.json`).');
  out.push('');
  out.push(
    table(
      ['type', 'values'],
      [
        ['`LayerLabel`', LAYER_LABELS.map((l) => `\`${l}\``).join(', ')],
        ['`CauseLabel`', CAUSE_LABELS.map((l) => `\`${l}\``).join(', ')],
        ['`Certainty`', CERTAINTY_LEVELS.map((l) => `\`${l}\`: ${CERTAINTY_DEFINITIONS[l]}`).join('; ')],
      ],
    ),
  );
  out.push('');
  out.push('### Roles');
  out.push('');
  out.push('A tag\'s `role` is the part its label plays; an evidence sentence\'s `role` (and a sentence\'s in');
  out.push('`sentences[]`) is the part of the report it belongs to.');
  out.push('');
  out.push(
    table(
      ['type', 'value', 'meaning'],
      [
        ...LAYER_ROLES.map((r) => ['`LayerRole` (layer tags)', `\`${r}\``, LAYER_ROLE_DEFINITIONS[r]]),
        ...CAUSE_ROLES.map((r) => ['`CauseRole` (cause tags)', `\`${r}\``, CAUSE_ROLE_DEFINITIONS[r]]),
        ...SENTENCE_ROLES.map((r) => ['`SentenceRole` (sentences, evidence)', `\`${r}\``, SENTENCE_ROLE_DEFINITIONS[r]]),
      ],
    ),
  );
  out.push('');
  out.push('## Model types');
  out.push('');
  out.push('Every type of the records above, as declared in `src/model/` (all character offsets index the');
  out.push("document's normalised `text`, or a comment's `text`, in UTF-16 code units, `end` exclusive).");
  for (const type of modelTypes) {
    out.push('');
    out.push(`### \`${type.name}\``);
    out.push('');
    if (type.description) out.push(type.description, '');
    if (type.kind === 'type') {
      out.push(`\`type ${type.name.replace(/<.*$/, '')} = ${cell(type.heritage)}\``);
      continue;
    }
    if (type.heritage) out.push(`\`${type.heritage}\``, '');
    if (type.properties.length === 0) {
      out.push('(no fields of its own)');
      continue;
    }
    out.push(table(['field', 'type', 'description'], type.properties.map((p) => [`\`${p.name}\`${p.optional ? ' (optional)' : ''}`, `\`${p.type}\``, p.description])));
  }
  for (const spec of EXPORT_TABLES) {
    out.push('');
    out.push(`## Table \`${spec.name}\` (CSV, Parquet)`);
    out.push('');
    out.push(`${spec.description} Primary key: ${spec.primaryKey.map((k) => `\`${k}\``).join(', ')}.`);
    out.push('');
    out.push(
      table(
        ['column', 'type', 'Parquet', 'description'],
        spec.fields.map((f) => [`\`${f.name}\``, f.type, PARQUET_TYPE_NAMES[f.type], f.description]),
      ),
    );
  }
  out.push('');
  out.push('## Citation files (`bibtex`, `csl-json`, `ris`)');
  out.push('');
  out.push('One entry per document: biblatex `@online` entries, CSL-JSON records (the array below), or RIS');
  out.push('`ELEC` records, written by citation-js. Fields of a CSL-JSON record:');
  out.push('');
  out.push(jsonFieldTable(CITATION_FIELDS));
  out.push('');
  out.push('## datapackage.json');
  out.push('');
  out.push('A Frictionless Data Package (profile `tabular-data-package` for CSV and Parquet, `data-package`');
  out.push('otherwise) with:');
  out.push('');
  out.push('- `resources`: one per file, with `path`, `format`, `mediatype`, `encoding` (text formats), `bytes`,');
  out.push('  `hash` (`sha256:<hex>`), `records` (rows, lines or entries), `schema.fields` (name, type,');
  out.push('  description, as above; without the columns `--no-text` dropped) and `schema.primaryKey`;');
  out.push('  CSV resources also carry their `dialect`.');
  out.push('- `taxonomy`: every failure layer and root-cause label with its definition (and the SoCC\'16');
  out.push('  categories of each cause), and the certainty levels with theirs.');
  out.push('- `faultline`: the Faultline `version`, the `format`, `noText`, the `filters` used, the exported');
  out.push('  knowledge base (its ingest time and totals) and the `counts` of exported documents and incidents.');
  out.push('- `created`: the build time of the export, the only field that differs between identical exports.');
  out.push('');
  return out.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  writeFileSync(`${ROOT}docs/schema.md`, renderSchemaDoc());
  process.stdout.write('wrote docs/schema.md\n');
}
