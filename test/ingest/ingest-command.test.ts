import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { formatIngestError, registerIngestCommand, writeFailure } from '../../src/cli/ingest-command.js';
import { escapeControlCharacters } from '../../src/cli/terminal-text.js';
import { FaultlineError } from '../../src/model/diagnostic.js';

describe('faultline ingest messages', () => {
  it('escapes terminal control sequences and bidirectional overrides in file names and reasons', () => {
    const file = 'evil\u001b]0;pwned\u0007\u001b[2J\r\u202eexe.md';
    expect(formatIngestError({ file, stage: 'read', code: 'unreadable', reason: 'cannot read file: EIO\n', line: 3, fatal: true })).toBe(
      '  error: evil\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\u202eexe.md: cannot read file: EIO\\x0a (line 3)',
    );
    expect(escapeControlCharacters('caf\u00e9 \u0085 \u009b31m ok')).toBe('caf\u00e9 \\x85 \\x9b31m ok');
  });

  it('turns a full disk or a read-only data folder into one line naming the folder', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/data/.gens/g1/documents.jsonl' });
    const failure = writeFailure(full, 'data');
    expect(failure).toBeInstanceOf(FaultlineError);
    expect(failure?.message).toBe(
      'ingest: cannot write the data folder data: no space left on the device [ENOSPC] (/data/.gens/g1/documents.jsonl); the data folder was left as it was',
    );
    expect(writeFailure(Object.assign(new Error('x'), { code: 'EROFS' }), 'out\u001b[1m')?.message).toBe(
      'ingest: cannot write the data folder out\\x1b[1m: the file system is read-only [EROFS]; the data folder was left as it was',
    );
    expect(writeFailure(new RangeError('Invalid string length'), 'data')).toBeNull();
  });

  it('has the config, jail and time-budget options, their defaults named in the help, none set by commander (so a config file can set them)', () => {
    const program = new Command();
    registerIngestCommand(program);
    const ingest = program.commands.find((c) => c.name() === 'ingest')!;
    const flags = ingest.options.map((o) => [o.long, o.defaultValue as unknown]);
    expect(flags).toContainEqual(['--config', undefined]);
    expect(flags).toContainEqual(['--follow-symlinks-outside', undefined]);
    expect(flags).toContainEqual(['--file-timeout', undefined]);
    expect(ingest.options.find((o) => o.long === '--file-timeout')!.description).toMatch(/\(default: 30\)$/);
    expect(ingest.options.find((o) => o.long === '--max-file-size')!.description).toMatch(/default: 10MB\)$/);
  });
});
