/**
 * Parsers for command-line option values, shared by the subcommands. Each names the option and
 * the bad value in its error.
 */
import { FaultlineError } from '../model/diagnostic.js';
import { escapeControlCharacters } from './terminal-text.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** Parses a byte size such as `10MB`, `512KB` or `1000000`. */
export function parseByteSize(value: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new FaultlineError(`${option}: expected a size such as 10MB, 512KB or 1000000, got "${escapeControlCharacters(value)}"`, { parameter: option });
  }
  return Math.floor(Number(match[1]) * unit);
}

/** Parses a worker count: a whole number >= 0 or `auto`. */
export function parseWorkers(value: string, option: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value)) {
    throw new FaultlineError(`${option}: expected a whole number >= 0 or "auto", got "${escapeControlCharacters(value)}"`, { parameter: option });
  }
  return Number(value);
}

/** Parses a whole number within [min, max]. */
export function parseInteger(value: string, option: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new FaultlineError(`${option}: expected a whole number from ${min} to ${max}, got "${escapeControlCharacters(value)}"`, { parameter: option });
  }
  return Number(value);
}

/** Parses a positive number of seconds. */
export function parseSeconds(value: string, option: string): number {
  const seconds = Number(value);
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(value) || !(seconds > 0)) {
    throw new FaultlineError(`${option}: expected a positive number of seconds, got "${escapeControlCharacters(value)}"`, { parameter: option });
  }
  return seconds;
}
