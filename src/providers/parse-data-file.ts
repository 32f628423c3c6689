/**
 * Parses a user's data file (a provider table, incident overrides): JSON when its name ends in
 * `.json`, YAML otherwise (YAML reads JSON too; aliases are bounded so an alias bomb is refused).
 * A syntax error is a FaultlineError naming the component, the file and the parser's message.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FaultlineError } from '../model/diagnostic.js';

/** Parses `content` of `file` (JSON or YAML by its extension); `component` and `parameter` name the caller in errors. */
export function parseDataFile(content: string, file: string, component: string, parameter: string): unknown {
  try {
    return path.extname(file).toLowerCase() === '.json' ? JSON.parse(content) : parseYaml(content, { maxAliasCount: 100 });
  } catch (error) {
    throw new FaultlineError(`${component} ${file}: not valid ${path.extname(file).toLowerCase() === '.json' ? 'JSON' : 'YAML'} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, {
      parameter,
      cause: error,
    });
  }
}

