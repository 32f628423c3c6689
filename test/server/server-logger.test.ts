/**
 * The server's log lines: JSON objects for collectors, or one readable line per event on a
 * terminal (issue 15: the server printed only JSON on a terminal).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createServerLogger, defaultLogFormat, parseLogFormat, prettyMessage } from '../../src/server/server-logger.js';

/** Logs three events (a start, a request, an error with a stack) in `format`; returns the lines written. */
function logLines(format: 'json' | 'pretty'): string[] {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = createServerLogger(format, out, { colorize: false });
  logger.info({ url: 'http://127.0.0.1:3000', data: 'data' }, 'faultline server listening');
  logger.info({ req: { id: 1, method: 'GET', url: '/?q=bgp' }, res: { statusCode: 200 }, responseTime: 4 }, 'request completed');
  logger.error({ err: new Error('manifest.json is not valid JSON\nsecond line'), serving: null }, 'knowledge base failed to load');
  logger.debug('not logged at info');
  return text.trimEnd().split('\n');
}

describe('createServerLogger', () => {
  it('writes one readable line per event in the pretty format: time, level, message, fields; no stack', () => {
    const lines = logLines('pretty');
    expect(lines.map((l) => l.replace(/^\[\d\d:\d\d:\d\d\] /, '[T] '))).toEqual([
      '[T] INFO: faultline server listening {"url":"http://127.0.0.1:3000","data":"data"}',
      '[T] INFO: GET /?q=bgp 200 4 ms',
      '[T] ERROR: knowledge base failed to load: manifest.json is not valid JSON {"serving":null}',
    ]);
  });

  it('writes one JSON object per event in the json format', () => {
    const records = logLines('json').map((l) => JSON.parse(l) as { level: number; msg: string; err?: { stack: string } });
    expect(records.map((r) => [r.level, r.msg])).toEqual([
      [30, 'faultline server listening'],
      [30, 'request completed'],
      [50, 'knowledge base failed to load'],
    ]);
    expect(records[2]!.err!.stack).toContain('manifest.json is not valid JSON');
  });
});

describe('the log format', () => {
  it('is pretty on a terminal and json otherwise', () => {
    expect(defaultLogFormat({ isTTY: true })).toBe('pretty');
    expect(defaultLogFormat({ isTTY: false })).toBe('json');
    expect(defaultLogFormat({})).toBe('json');
  });

  it('is json or pretty; anything else is refused naming the flag and the value', () => {
    expect(parseLogFormat('json')).toBe('json');
    expect(parseLogFormat('pretty')).toBe('pretty');
    expect(() => parseLogFormat('text')).toThrow('--log-format: expected json or pretty, got "text"');
  });

  it('names a request that did not complete with its message', () => {
    expect(prettyMessage({ msg: 'request aborted', req: { method: 'GET', url: '/' }, res: { statusCode: 499 } })).toBe('GET / 499 (request aborted)');
  });
});
