/**
 * Builds normalised `ParsedDocument` records by hand for dedupe tests (no parser involved): the
 * body of a fixture file (after its front matter, or after its first line when that line is the
 * title) plus the metadata the test names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ParsedDocument } from '../../src/model/document.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const FIXTURES = new URL('../fixtures/dedupe/', import.meta.url);
const CORPUS = new URL('../fixtures/seed-corpus/', import.meta.url);

/** Reads a dedupe fixture file. */
export function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Reads a seed corpus file. */
export function readSeed(name: string): string {
  return readFileSync(new URL(name, CORPUS), 'utf8');
}

/** The text after a `---` front matter block (the whole text when there is none). */
export function afterFrontMatter(raw: string): string {
  if (!raw.startsWith('---\n')) return raw;
  const end = raw.indexOf('\n---\n', 4);
  return raw.slice(end + 5);
}

/** The text after its first line. */
export function afterFirstLine(raw: string): string {
  return raw.slice(raw.indexOf('\n') + 1);
}

/** A normalised parsed document with the given path, text and fields (the rest empty). */
export function parsedDocument(path: string, text: string, fields: Partial<ParsedDocument> = {}): ParsedDocument {
  const bytes = Buffer.from(`${path}\n${text}`);
  return normalizeDocument({
    path,
    format: path.endsWith('.md') ? 'markdown' : path.endsWith('.html') ? 'html' : 'text',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    hasMetadata: false,
    title: null,
    url: null,
    published: null,
    author: null,
    description: null,
    tags: [],
    company: null,
    product: null,
    startTime: null,
    meta: {},
    comments: [],
    ...fields,
    text,
  });
}
