#!/usr/bin/env node
// Entry point of the `faultline` command. Runs the compiled CLI from dist/ (built by
// `npm install` through the `prepare` script); in a checkout without a build it falls back
// to running the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
