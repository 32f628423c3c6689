import { readFileSync } from 'node:fs';

/** The Faultline version, read once from package.json. */
export const FAULTLINE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
