/**
 * Reads one listed corpus file, trusting nothing the listing saw: the file is opened once
 * (non-blocking, so a FIFO swapped in since the listing cannot hang the ingest; not following a
 * final symbolic link), `fstat`ed on the descriptor, refused unless it is a regular file and the
 * very file listed (same device and inode), and read to at most `maxFileBytes + 1` bytes whatever
 * size it reports (`/proc` files report 0 and are endless). Problems become one diagnostic.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileKind, type CorpusEntry } from './read-corpus.js';

/** The bytes of a file, or the diagnostic saying why it was not read. */
export type CorpusFileRead = { bytes: Uint8Array; diagnostic: null } | { bytes: null; diagnostic: Diagnostic };

/** First read size when the file reports no size (special files). */
const FIRST_CHUNK = 64 * 1024;

/** Flags for opening: read-only, non-blocking (FIFOs), no final symlink (where the platform has them). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed number, but undefined where the platform lacks them (Windows)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Reads `entry` (at most `maxFileBytes` bytes; more is a `too-large` diagnostic). */
export async function readCorpusFile(entry: Pick<CorpusEntry, 'path' | 'abs' | 'dev' | 'ino'>, maxFileBytes: number): Promise<CorpusFileRead> {
  const fail = (code: Diagnostic['code'], reason: string): CorpusFileRead => ({
    bytes: null,
    diagnostic: { file: entry.path, stage: 'read', code, reason, fatal: true },
  });
  let handle: FileHandle;
  try {
    handle = await open(entry.abs, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return fail('unreadable', 'the file was replaced by a symbolic link after it was listed; not read');
    return fail('unreadable', `cannot read file: ${code ?? (error as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not-regular-file', `not a regular file (${fileKind(info)}); it was replaced after it was listed`);
    if (info.dev !== entry.dev || info.ino !== entry.ino) {
      return fail('unreadable', 'the file was replaced after it was listed; not read (ingest again)');
    }
    const bytes = await readBounded(handle, info.size, maxFileBytes);
    if (bytes.length > maxFileBytes) {
      return fail('too-large', `file is over the limit of ${maxFileBytes} bytes (--max-file-size)${info.size === 0 ? ' although it reports a size of 0' : ''}`);
    }
    return { bytes, diagnostic: null };
  } catch (error) {
    return fail('unreadable', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    await handle.close();
  }
}

/** Reads from `handle` until end of file or `max + 1` bytes, whichever comes first. */
async function readBounded(handle: FileHandle, reported: number, max: number): Promise<Uint8Array> {
  const cap = max + 1;
  let buffer = Buffer.allocUnsafeSlow(Math.min(cap, reported > 0 ? reported + 1 : FIRST_CHUNK));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break;
      const grown = Buffer.allocUnsafeSlow(Math.min(cap, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}
