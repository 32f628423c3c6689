/** Loads the named analysis fixtures of test/fixtures/analyze. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Text of a fixture file (adapted from the seed corpus: 000, 002, 003). */
export function fixture(name: 'gigaom-amazon-down' | 'gigaom-s3-outage' | 'tech-buzz-amazon-outage'): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/analyze/${name}.txt`, import.meta.url)), 'utf8');
}
