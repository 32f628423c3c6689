/** Helpers shared by the export tests: temporary folders and collecting a streamed export. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach } from 'vitest';
import { exportToStream, type ExportOptions } from '../../src/export/index.js';
import type { KnowledgeBase } from '../../src/model/search.js';

const folders: string[] = [];

/** A fresh temporary folder, removed after the test. */
export async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'faultline-export-'));
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs a single-file export into memory and returns its bytes. */
export async function exportBytes(kb: KnowledgeBase, options: ExportOptions): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer | string) => chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  await exportToStream(kb, options, sink);
  return Buffer.concat(chunks);
}

/** What a spreadsheet-safe CSV cell holds for a source string: a leading `'` before =, +, -, @, tab, CR. */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
