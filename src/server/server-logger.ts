/**
 * The server's logger: JSON lines (pino's own format, for log collectors) or, on a terminal, one
 * human-readable line per event (pino-pretty: time, level, message, a request as "GET /path 200
 * 3 ms", an error by its message without the stack, other fields inline).
 */
import { pino, type Logger } from 'pino';
import { build as pinoPretty } from 'pino-pretty';
import { FaultlineError } from '../model/diagnostic.js';

/** The log formats: `json` (one JSON object a line) and `pretty` (one readable line an event). */
export const LOG_FORMATS = ['json', 'pretty'] as const;

/** A log format. */
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Options of `createServerLogger`; defaults in `SERVER_LOGGER_DEFAULTS`. */
export interface ServerLoggerOptions {
  /** Lowest level logged. */
  level: string;
  /** Colours in the pretty format (default: when the destination is a terminal). */
  colorize?: boolean;
}

/** Defaults of `ServerLoggerOptions`. */
export const SERVER_LOGGER_DEFAULTS: Readonly<ServerLoggerOptions> = Object.freeze({ level: 'info' });

/** The format to use when none is asked for: `pretty` on a terminal, `json` otherwise. */
export function defaultLogFormat(stream: { isTTY?: boolean } = process.stdout): LogFormat {
  return stream.isTTY === true ? 'pretty' : 'json';
}

/** `value` as a log format; throws a FaultlineError naming `name` and the value otherwise. */
export function parseLogFormat(value: string, name = '--log-format'): LogFormat {
  if ((LOG_FORMATS as readonly string[]).includes(value)) return value as LogFormat;
  throw new FaultlineError(`${name}: expected ${LOG_FORMATS.join(' or ')}, got ${JSON.stringify(value)}`, { parameter: name });
}

/** A record's fields as pino-pretty hands them to the message format. */
type LogRecord = Record<string, unknown>;

/** The message of one pretty line: a request as "GET /path 200 3 ms", an error's message after the log message. */
export function prettyMessage(log: LogRecord, messageKey = 'msg'): string {
  const message = typeof log[messageKey] === 'string' ? log[messageKey] : '';
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (req !== undefined && res !== undefined) {
    const ms = typeof log.responseTime === 'number' ? ` ${log.responseTime} ms` : '';
    return `${req.method ?? '?'} ${req.url ?? '?'} ${res.statusCode ?? '?'}${ms}${message === 'request completed' ? '' : ` (${message})`}`;
  }
  const err = log.err as { message?: string; type?: string } | undefined;
  if (err !== undefined && typeof err.message === 'string') return `${message}: ${err.message.split('\n')[0] ?? ''}`;
  return message;
}

/** A pino logger writing `format` to `destination` (default: standard output). */
export function createServerLogger(format: LogFormat, destination: NodeJS.WritableStream = process.stdout, options: Partial<ServerLoggerOptions> = {}): Logger {
  const { level, colorize } = { ...SERVER_LOGGER_DEFAULTS, ...options };
  if (format === 'json') return pino({ level }, destination);
  const pretty = pinoPretty({
    destination,
    sync: true, // written before process.exit, as pino's own destination is
    colorize: colorize ?? (destination as { isTTY?: boolean }).isTTY === true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,err',
    messageFormat: (log, messageKey) => prettyMessage(log, messageKey),
  });
  return pino({ level }, pretty);
}
