/**
 * The Frictionless Data `datapackage.json` of a folder export: every file as a resource with its
 * path, format, media type, encoding, size, SHA-256 hash, record count and schema (field names,
 * types, descriptions); the taxonomy with its definitions; the Faultline version; the filters
 * used. The build time (`created`) is the only value that changes between two exports of the same
 * data: it is kept apart from the data files and their checksums.
 */
import type { IngestManifest } from '../model/manifest.js';
import { FAULTLINE_VERSION } from '../version.js';
import { FORMAT_INFO } from './export-formats.js';
import type { ExportFormat, ResolvedExportOptions } from './export-options.js';
import type { JsonField } from './json-fields.js';
import type { FieldType } from './table-fields.js';
import { exportTaxonomy, type ExportTaxonomy } from './taxonomy-source.js';

/** A Table Schema field descriptor. */
export interface SchemaField {
  name: string;
  type: FieldType | 'object' | 'array';
  description: string;
}

/** One file written by a folder export. */
export interface WrittenFile {
  /** Resource name (`documents`, `tags`, `comments`, `incidents`, `citations`). */
  name: string;
  /** File name inside the export folder. */
  path: string;
  /** One-line description. */
  description: string;
  /** Size in bytes. */
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Number of records (rows, lines or citation entries). */
  records: number;
  /** Field descriptors. */
  fields: SchemaField[];
  /** Primary key columns, for tables. */
  primaryKey?: string[];
  /** Foreign keys, for tables that refer to another. */
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** A data package resource as written to `datapackage.json`. */
export interface DataPackageResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource' | 'data-resource';
  description: string;
  format: string;
  mediatype: string;
  encoding?: 'utf-8';
  bytes: number;
  hash: string;
  /** Number of records in the file (rows of a table, lines of JSONL, citation entries). */
  records: number;
  dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: { fields: SchemaField[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

/** The whole `datapackage.json`. */
export interface DataPackage {
  profile: 'tabular-data-package' | 'data-package';
  name: string;
  title: string;
  description: string;
  /** Build time of the export (ISO date-time): the only field that differs between identical exports. */
  created: string;
  resources: DataPackageResource[];
  taxonomy: ExportTaxonomy;
  faultline: {
    /** Faultline version that wrote the export. */
    version: string;
    format: ExportFormat;
    noText: boolean;
    /** The filters used (empty lists and nulls: no filter). */
    filters: Pick<ResolvedExportOptions, 'query' | 'layers' | 'layerRole' | 'causes' | 'certainty' | 'providers' | 'from' | 'to' | 'undated' | 'ids'>;
    /** The knowledge base exported: its ingest time and totals. */
    knowledgeBase: { createdAt: string; faultline: string; documents: number; incidents: number };
    /** Records in this export. */
    counts: { documents: number; incidents: number };
  };
}

/** Table Schema fields of JSONL records (top level; nested types in docs/schema.md). */
export function jsonSchemaFields(fields: readonly JsonField[], noText: boolean): SchemaField[] {
  return fields
    .filter((field) => !(noText && field.fullText && field.type === 'string'))
    .map((field) => ({ name: field.name, type: field.type, description: field.description }));
}

/** Inputs of `buildDataPackage`. */
export interface DataPackageInput {
  options: ResolvedExportOptions;
  files: WrittenFile[];
  manifest: IngestManifest;
  totals: { documents: number; incidents: number };
  counts: { documents: number; incidents: number };
  /** Build time, ISO date-time. */
  created: string;
}

/** Builds the data package descriptor of a folder export. */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const { options } = input;
  const info = FORMAT_INFO[options.format];
  const resources = input.files.map((file): DataPackageResource => {
    const resource: DataPackageResource = {
      name: file.name,
      path: file.path,
      profile: info.tabular ? 'tabular-data-resource' : 'data-resource',
      description: file.description,
      format: info.resourceFormat,
      mediatype: info.mediatype,
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      records: file.records,
      schema: {
        fields: file.fields,
        ...(file.primaryKey === undefined ? {} : { primaryKey: file.primaryKey }),
        ...(file.foreignKeys === undefined ? {} : { foreignKeys: file.foreignKeys }),
      },
    };
    if (info.text) resource.encoding = 'utf-8';
    if (options.format === 'csv') resource.dialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
    return resource;
  });
  return {
    profile: info.tabular ? 'tabular-data-package' : 'data-package',
    name: 'faultline-export',
    title: 'Faultline outage knowledge base export',
    description:
      'Outage post-mortems and reports with failure-layer and root-cause tags (certainty, confidence, evidence) and incidents, exported by Faultline. Field meanings: docs/schema.md.',
    created: input.created,
    resources,
    taxonomy: exportTaxonomy(),
    faultline: {
      version: FAULTLINE_VERSION,
      format: options.format,
      noText: options.noText,
      filters: {
        query: options.query,
        layers: options.layers,
        layerRole: options.layerRole,
        causes: options.causes,
        certainty: options.certainty,
        providers: options.providers,
        from: options.from,
        to: options.to,
        undated: options.undated,
        ids: options.ids,
      },
      knowledgeBase: {
        createdAt: input.manifest.createdAt,
        faultline: input.manifest.faultline,
        documents: input.totals.documents,
        incidents: input.totals.incidents,
      },
      counts: input.counts,
    },
  };
}

/** `datapackage.json` text: two-space indented JSON with a final newline. */
export function dataPackageText(pkg: DataPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
