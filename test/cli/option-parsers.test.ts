import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseByteSize, parseInteger, parseSeconds } from '../../src/cli/option-parsers.js';
import { registerServeCommand } from '../../src/cli/serve-command.js';

describe('option parsers', () => {
  it('read sizes, whole numbers and seconds', () => {
    expect([parseByteSize('10MB', '--max-file-size'), parseInteger('8', '--n', 0, 10), parseSeconds('2.5', '--file-timeout')]).toEqual([10 * 1024 * 1024, 8, 2.5]);
  });

  it('name the option and show a bad value with its control characters escaped', () => {
    expect(() => parseSeconds('0', '--file-timeout')).toThrow('--file-timeout: expected a positive number of seconds, got "0"');
    expect(() => parseInteger('9\u001b[2J', '--port', 0, 65535)).toThrow('--port: expected a whole number from 0 to 65535, got "9\\x1b[2J"');
    expect(() => parseByteSize('lots\u0007', '--max-file-size')).toThrow('--max-file-size: expected a size such as 10MB, 512KB or 1000000, got "lots\\x07"');
  });
});

describe('faultline serve', () => {
  it('offers the ingest jail and time budget for --ingest-if-stale', () => {
    const program = new Command();
    registerServeCommand(program);
    const serve = program.commands.find((c) => c.name() === 'serve');
    const flags = serve?.options.map((o) => o.long);
    expect(flags).toContain('--follow-symlinks-outside');
    expect(flags).toContain('--file-timeout');
  });
});
