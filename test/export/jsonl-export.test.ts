import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/export/canonical-json.js';
import { DOCUMENT_JSON_FIELDS, INCIDENT_JSON_FIELDS, exportToDirectory } from '../../src/export/index.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { amazonDocument, exportDocuments, exportIncidents } from '../fixtures/export/records.js';
import { exportBytes, tempFolder } from './export-helpers.js';

const byId = <T extends { id: string }>(records: T[]): T[] => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('JSONL export', () => {
  it('writes one full KnowledgeDocument a line, sorted by id, equal to the source', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'jsonl' })).toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(byId(exportDocuments));
  });

  it('puts top-level keys in schema order and nested keys in code-point order', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'jsonl', ids: [amazonDocument.id] })).toString('utf8');
    const record = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(DOCUMENT_JSON_FIELDS.map((f) => f.name));
    expect(Object.keys((record.sources as object[])[0]!)).toEqual(['bytes', 'format', 'match', 'path', 'sha256', 'similarity']);
    expect(Object.keys((record.layers as object[])[0]!)).toEqual(['certainty', 'confidence', 'evidence', 'label', 'role', 'rules']);
    expect(Object.keys((record.sentences as object[])[0]!)).toEqual(['end', 'role', 'section', 'start']);
  });

  it('covers exactly the fields of KnowledgeDocument', () => {
    expect(DOCUMENT_JSON_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(amazonDocument).sort());
    expect(INCIDENT_JSON_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(exportIncidents[0]!).sort());
  });

  it('leaves out article and comment texts with noText, keeping summaries, evidence and links', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'jsonl', noText: true })).toString('utf8');
    const records = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const [i, doc] of byId(exportDocuments).entries()) {
      const { text: _text, comments, ...rest } = doc;
      expect(records[i]).toEqual({ ...rest, comments: comments.map(({ text: _t, ...c }) => c) });
    }
    expect(text).not.toContain('=HYPERLINK');
    expect(text).toContain(amazonDocument.summary.text);
    expect(text).toContain(amazonDocument.url!);
  });

  it('writes documents.jsonl and incidents.jsonl in a folder export', async () => {
    const dir = await tempFolder();
    const result = await exportToDirectory(fixtureKnowledgeBase(), { format: 'jsonl' }, dir);
    expect(result.dataPackage.profile).toBe('data-package');
    const incidents = (await readFile(join(dir, 'incidents.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(incidents).toEqual(byId(exportIncidents));
    expect(Object.keys(incidents[0]!)).toEqual(INCIDENT_JSON_FIELDS.map((f) => f.name));
  });
});

describe('canonicalJson', () => {
  it('sorts keys by code point at every level, integer-like keys included, and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: undefined, '10': 1, '9': 2 }], é: 'x', Z: true })).toBe('{"Z":true,"a":[{"10":1,"9":2,"z":null}],"b":1,"é":"x"}');
    expect(canonicalJson([undefined, Number.NaN, 'a\u2028'])).toBe('[null,null,"a\u2028"]');
  });
});
