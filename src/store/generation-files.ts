/**
 * The files of a generation, read as untrusted: every file is opened without following a
 * symbolic link and without blocking (a FIFO or a device in place of a data file would
 * otherwise hang the read, and with it the process's exit), checked to be a regular file on the
 * open descriptor, and compared with `checksums.json`, the SHA-256 and size of every file the
 * writer put in the generation.
 *
 * `checksums.json` (format `faultline-checksums`, version 1) is written by `writeGeneration`
 * after the build and before the switch. Generations written before it existed have none; they
 * load as "unverified" (the reader says so) instead of being refused.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { open, readdir, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { DATA_FOLDER_LAYOUT } from './data-folder-layout.js';

/** Name of the checksum list inside a generation folder. */
export const CHECKSUMS_FILE = DATA_FOLDER_LAYOUT.checksums;
/** `format` of `checksums.json`. */
export const CHECKSUMS_FORMAT = 'faultline-checksums';
/** `version` of `checksums.json` this Faultline writes and reads. */
export const CHECKSUMS_VERSION = 1;

/** One file's size and digest. */
export interface FileChecksum {
  bytes: number;
  sha256: string;
}

/** `checksums.json`: every file of a generation by its path relative to the generation (with `/`). */
export interface GenerationChecksums {
  format: typeof CHECKSUMS_FORMAT;
  version: typeof CHECKSUMS_VERSION;
  files: Record<string, FileChecksum>;
}

/** A data file failed its checks: the generation is broken (status 500, never the client's fault). */
function broken(message: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`data folder: ${message}`, { status: 500, parameter: 'dir', cause });
}

/**
 * Opens `file` for reading as a regular file: never follows a symbolic link, never blocks on a
 * FIFO or device, and refuses anything but a regular file (checked with fstat on the descriptor).
 */
export async function openRegularFile(file: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw broken(`${file} is a symbolic link, not a data file`, error);
    throw broken(`cannot open ${file} (${(error as Error).message})`, error);
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw broken(`${file} is not a regular file (${info.isFIFO() ? 'a FIFO' : info.isDirectory() ? 'a folder' : 'a special file'})`);
  }
  return handle;
}

/** Reads a whole regular file (see `openRegularFile`). */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await openRegularFile(file);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The SHA-256 (hex) of bytes. */
export function sha256Of(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every regular file under `dir`, as paths relative to it with `/`, sorted. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, relative)));
    else if (entry.isFile() && relative !== CHECKSUMS_FILE) out.push(relative);
  }
  return out.sort();
}

/** Writes `checksums.json` for every file in the generation folder `dir`; returns what it wrote. */
export async function writeChecksums(dir: string): Promise<GenerationChecksums> {
  const files: Record<string, FileChecksum> = {};
  for (const relative of await listFiles(dir)) {
    // Streamed: a generation's documents.jsonl can be hundreds of megabytes.
    const handle = await openRegularFile(path.join(dir, relative));
    try {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of handle.createReadStream({ highWaterMark: 4 << 20, autoClose: false })) {
        hash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
      }
      files[relative] = { bytes, sha256: hash.digest('hex') };
    } finally {
      await handle.close();
    }
  }
  const checksums: GenerationChecksums = { format: CHECKSUMS_FORMAT, version: CHECKSUMS_VERSION, files };
  await writeFile(path.join(dir, CHECKSUMS_FILE), `${JSON.stringify(checksums, null, 2)}\n`);
  return checksums;
}

/** Reads and checks `checksums.json` of generation `dir`; null when the generation has none (written before checksums). */
export async function readChecksums(dir: string): Promise<GenerationChecksums | null> {
  const file = path.join(dir, CHECKSUMS_FILE);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (error) {
    if ((error as FaultlineError).cause !== undefined && ((error as FaultlineError).cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw broken(`${file} is not valid JSON`, error);
  }
  // Not checked yet: any field may be missing or of any type.
  const value = parsed as Partial<Record<keyof GenerationChecksums, unknown>> | null;
  if (typeof value !== 'object' || value?.format !== CHECKSUMS_FORMAT) throw broken(`${file} is not a Faultline checksum list`);
  if (value.version !== CHECKSUMS_VERSION) {
    throw broken(`${file} has version ${String(value.version)}, this Faultline reads version ${CHECKSUMS_VERSION}`);
  }
  if (typeof value.files !== 'object' || value.files === null) throw broken(`${file} lists no files`);
  for (const [name, entry] of Object.entries(value.files as Record<string, Partial<Record<keyof FileChecksum, unknown>> | null>)) {
    if (typeof entry !== 'object' || entry === null || !Number.isInteger(entry.bytes) || !/^[0-9a-f]{64}$/.test(String(entry.sha256))) {
      throw broken(`${file} has a malformed entry for ${name}`);
    }
  }
  return value as GenerationChecksums;
}

/**
 * Checks the files of a generation as they are read: `track(relative)` gives a hash to feed the
 * file's bytes, `finish(relative, bytes)` compares them with the checksum list. Without a list
 * (an older generation), nothing is compared.
 */
export class ChecksumVerifier {
  readonly #dir: string;
  readonly #checksums: GenerationChecksums | null;
  readonly #hashes = new Map<string, Hash>();

  /** A verifier of generation `dir` against `checksums` (null: unverified). */
  constructor(dir: string, checksums: GenerationChecksums | null) {
    this.#dir = dir;
    this.#checksums = checksums;
  }

  /** True when the generation has a checksum list. */
  get verified(): boolean {
    return this.#checksums !== null;
  }

  /** True when the generation has a checksum list that lists `relative`. */
  lists(relative: string): boolean {
    return this.#checksums !== null && Object.hasOwn(this.#checksums.files, relative);
  }

  /** The hash to feed `relative`'s bytes into, or null when the generation is unverified. */
  track(relative: string): Hash | null {
    if (this.#checksums === null) return null;
    if (!Object.hasOwn(this.#checksums.files, relative)) {
      throw broken(`${path.join(this.#dir, relative)} is not listed in ${CHECKSUMS_FILE}`);
    }
    const hash = createHash('sha256');
    this.#hashes.set(relative, hash);
    return hash;
  }

  /** Compares the bytes fed for `relative` (`bytes` of them) with the list; throws naming the file when they differ. */
  finish(relative: string, bytes: number): void {
    const hash = this.#hashes.get(relative);
    const expected = this.#checksums?.files[relative];
    if (hash === undefined || expected === undefined) return;
    this.#hashes.delete(relative);
    const digest = hash.digest('hex');
    if (bytes !== expected.bytes || digest !== expected.sha256) {
      throw broken(
        `${path.join(this.#dir, relative)} differs from ${CHECKSUMS_FILE} (${bytes} bytes, ${expected.bytes} expected${bytes === expected.bytes ? '; the SHA-256 differs' : ''}): the generation is corrupt or was changed after it was written`,
      );
    }
  }

  /** Reads a whole file, checked against the list. */
  async readFile(relative: string): Promise<Buffer> {
    const bytes = await readRegularFile(path.join(this.#dir, relative));
    this.track(relative)?.update(bytes);
    this.finish(relative, bytes.length);
    return bytes;
  }
}
