import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addRequestOptions, rawRequestOptions } from '../../src/cli/request-options.js';

/** A command with the options of `route`, parsed from `args`. */
function parsed(route: 'search' | 'export', args: string[]): Record<string, unknown> {
  const command = addRequestOptions(new Command('probe').exitOverride(), route, route === 'search' ? ['query'] : []);
  command.parse(args, { from: 'user' });
  return command.opts();
}

describe('addRequestOptions', () => {
  it('adds one option per declared parameter of the route, in declaration order', () => {
    const exportCommand = addRequestOptions(new Command('export'), 'export');
    expect(exportCommand.options.map((o) => o.flags)).toEqual([
      '--format <format>',
      '--query <query>',
      '--layer <label>',
      '--layer-role <role>',
      '--cause <label>',
      '--certainty <level>',
      '--provider <name>',
      '--trigger <kind>',
      '--detection <method>',
      '--mitigation <step>',
      '--from <year>',
      '--to <year>',
      '--undated',
      '--id <id>',
      '--no-text',
    ]);
    expect(exportCommand.options.find((o) => o.long === '--format')!.mandatory).toBe(true);
    expect(addRequestOptions(new Command('search'), 'search', ['query']).options.map((o) => o.long)).toEqual([
      '--layer',
      '--layer-role',
      '--cause',
      '--certainty',
      '--provider',
      '--trigger',
      '--detection',
      '--mitigation',
      '--from',
      '--to',
      '--undated',
      '--sort',
      '--page',
      '--limit',
    ]);
  });
});

describe('rawRequestOptions', () => {
  it('collects repeated options unsplit and reads them back by flag', () => {
    const opts = parsed('search', ['--provider', 'Acme, Inc.', '--provider', 'Fastly', '--layer', 'dns,cdn', '--layer-role', 'any', '--limit', '5']);
    expect(rawRequestOptions(opts, 'search', ['query'])).toEqual({
      '--provider': ['Acme, Inc.', 'Fastly'],
      '--layer': ['dns,cdn'],
      '--layer-role': 'any',
      '--limit': '5',
    });
  });

  it('reads the negated flag --no-text only when given', () => {
    expect(rawRequestOptions(parsed('export', ['--format', 'csv']), 'export')).toEqual({ '--format': 'csv' });
    expect(rawRequestOptions(parsed('export', ['--format', 'csv', '--no-text', '--id', 'a']), 'export')).toEqual({ '--format': 'csv', '--no-text': true, '--id': ['a'] });
  });
});
