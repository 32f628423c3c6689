import { describe, expect, it } from 'vitest';
import { open, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bytesReader, DocumentLines, fileReader, lineRanges, LineScanner, type LineRanges, type LineReader, type RecordCheck } from '../../src/store/document-lines.js';

const FILE = '/data/documents.jsonl';
const anyRecord: RecordCheck = () => null;
const over = (bytes: Buffer): [LineReader, LineRanges] => [bytesReader(bytes), lineRanges(bytes)];
const linesOf = (records: readonly object[], separator = '\n'): Buffer => Buffer.from(records.map((r) => JSON.stringify(r)).join(separator) + separator);

describe('lineRanges', () => {
  it('finds the non-blank lines with their 1-based numbers', () => {
    const bytes = Buffer.from('{"a":1}\n\n  \r\n{"b":2}\n{"c":3}');
    const { starts, ends, numbers } = lineRanges(bytes);
    expect([...numbers]).toEqual([1, 4, 5]);
    expect([...starts].map((s, i) => bytes.toString('utf8', s, ends[i]))).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});

describe('LineScanner', () => {
  it('finds the same lines fed in pieces, a line split anywhere', () => {
    const bytes = Buffer.from('{"a":1}\n\n  \r\n{"b":2}\n{"c":3}');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const scanner = new LineScanner();
      scanner.feed(bytes.subarray(0, cut));
      scanner.feed(bytes.subarray(cut));
      expect(scanner.finish()).toEqual(lineRanges(bytes));
    }
  });
});

describe('DocumentLines', () => {
  const records = [
    { id: 'a', text: 'first' },
    { id: 'b', text: 'second é' },
    { id: 'c', text: 'third' },
  ];

  it('answers like a map, parsing a line when it is read', () => {
    const docs = new DocumentLines(...over(linesOf(records)), ['a', 'b', 'c'], FILE, anyRecord);
    expect(docs.size).toBe(3);
    expect(docs.has('b')).toBe(true);
    expect(docs.has('z')).toBe(false);
    expect(docs.get('z')).toBeUndefined();
    expect(docs.get('b')).toEqual(records[1]);
    expect([...docs.keys()]).toEqual(['a', 'b', 'c']);
    expect([...docs.values()]).toEqual(records);
    expect([...docs]).toEqual(records.map((r) => [r.id, r]));
    const seen: string[] = [];
    docs.forEach((doc, id) => seen.push(`${id}:${(doc as unknown as { text: string }).text}`));
    expect(seen).toEqual(['a:first', 'b:second é', 'c:third']);
  });

  it('keeps the most recently read documents, up to cacheSize', () => {
    const docs = new DocumentLines(...over(linesOf(records)), ['a', 'b', 'c'], FILE, anyRecord, { cacheSize: 2 });
    const a = docs.get('a');
    expect(docs.get('a')).toBe(a);
    docs.get('b');
    docs.get('a');
    docs.get('c');
    // 'b' was the least recently used: parsed again, an equal but new object.
    expect(docs.get('a')).toBe(a);
    const b = docs.get('b');
    expect(b).toEqual(records[1]);
    expect(docs.get('b')).toBe(b);
  });

  it('refuses a line count that differs from the ids, and a bad cache size', () => {
    expect(() => new DocumentLines(...over(linesOf(records)), ['a', 'b'], FILE, anyRecord)).toThrow(
      `search: ${FILE} holds 3 lines, the search table lists 2 documents; re-run \`faultline ingest\``,
    );
    expect(() => new DocumentLines(...over(linesOf(records)), ['a', 'b', 'c'], FILE, anyRecord, { cacheSize: 0 })).toThrow('document lines: cacheSize must be a whole number of at least 1, got 0');
  });

  it('names the line of a document that is not valid JSON, fails its check or holds another id', () => {
    const broken = Buffer.from('{"id":"a"}\n\n{"id":\n{"id":"x"}\n');
    const docs = new DocumentLines(...over(broken), ['a', 'b', 'c'], FILE, (r) => ((r as { id: string }).id === 'a' ? 'has no text' : null));
    expect(() => docs.get('a')).toThrow(`search: ${FILE} record 1 has no text; re-run \`faultline ingest\``);
    expect(() => docs.get('b')).toThrow(new RegExp(`^search: ${FILE} line 3 is not valid JSON`));
    expect(() => docs.get('c')).toThrow(`search: ${FILE} line 4 holds document x, the search table lists c there; re-run \`faultline ingest\``);
  });

  it('reads documents from an open file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faultline-lines-'));
    try {
      const file = path.join(dir, 'documents.jsonl');
      const bytes = linesOf(records);
      await writeFile(file, bytes);
      const handle = await open(file);
      const docs = new DocumentLines(fileReader(handle), lineRanges(bytes), ['a', 'b', 'c'], file, anyRecord);
      expect(docs.get('b')).toEqual(records[1]);
      expect([...docs.values()]).toEqual(records);
      await handle.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
