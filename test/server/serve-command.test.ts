import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerServeCommand, servePort } from '../../src/cli/serve-command.js';

describe('faultline serve', () => {
  it('takes the port from --port, else $PORT, else 3000', () => {
    expect(servePort('8080', { PORT: '9000' })).toBe(8080);
    expect(servePort(undefined, { PORT: '9000' })).toBe(9000);
    expect(servePort(undefined, { PORT: '' })).toBe(3000);
    expect(servePort(undefined, {})).toBe(3000);
  });

  it('names a bad port', () => {
    expect(() => servePort('http', {})).toThrow('--port: expected a whole number from 0 to 65535, got "http"');
    expect(() => servePort(undefined, { PORT: '70000' })).toThrow('PORT: expected a whole number from 0 to 65535, got "70000"');
  });

  it('registers its options with their defaults', () => {
    const program = new Command('faultline');
    registerServeCommand(program);
    const serve = program.commands.find((c) => c.name() === 'serve')!;
    const options = Object.fromEntries(serve.options.map((o) => [o.long!, o.defaultValue as unknown] as const));
    expect(options).toEqual({
      '--data': 'data',
      '--port': undefined,
      '--host': '127.0.0.1',
      '--ingest-if-stale': undefined,
      '--corpus': undefined, // the config file's corpus, else "corpus" (resolved by ingestOptionsFrom)
      '--rate-limit': undefined,
      '--search-cache': undefined,
      '--no-watch': undefined,
    });
    expect(serve.options.find((o) => o.long === '--no-watch')!.negate).toBe(true);
  });
});
