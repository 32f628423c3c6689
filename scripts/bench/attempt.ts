/**
 * Runs one part of the bench so that a failure (a pipeline piece not available yet, a crash, a
 * timeout) becomes a `{ unavailable: reason }` entry in the results instead of ending the run.
 */
import type { Measured, Unavailable } from './bench-results.js';

/** Writes a progress line. */
export type BenchLog = (message: string) => void;

/** Turns an error into an `Unavailable` with its most telling line. */
export function unavailable(error: unknown): Unavailable {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const missing = lines.find((l) => /Cannot find (module|package)|ERR_MODULE_NOT_FOUND/.test(l));
  return { unavailable: (missing ?? lines[0] ?? 'failed').slice(0, 400) };
}

/** Runs one bench part; on failure logs and returns `{ unavailable: reason }` instead of throwing. */
export async function attempt<T>(label: string, log: BenchLog, fn: () => Promise<T>): Promise<Measured<T>> {
  const started = performance.now();
  try {
    const value = await fn();
    log(`  ${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const u = unavailable(error);
    log(`  ${label}: NOT AVAILABLE (${u.unavailable})`);
    return u;
  }
}

