/**
 * Labelled examples for evaluation: JSONL lines `{id, text, layers, causes}` with labels from the
 * taxonomy. A bad line is a caller mistake (the labels file is the command's input): it throws a
 * FaultlineError naming the file, the line and what is wrong.
 */
import { readFile } from 'node:fs/promises';
import type { CauseLabel, LayerLabel } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import { isCauseLabel, isLayerLabel } from './taxonomy.js';

/** One labelled example. */
export interface LabelledExample {
  id: string;
  text: string;
  layers: LayerLabel[];
  causes: CauseLabel[];
}

/** Throws the error of one bad line. */
function bad(file: string, line: number, what: string): never {
  throw new FaultlineError(`labels file ${file}, line ${line}: ${what}`, { parameter: 'labels' });
}

/** Reads a label list field, checking every label belongs to the axis. */
function labelList<L extends string>(
  value: unknown,
  field: string,
  isLabel: (v: string) => v is L,
  file: string,
  line: number,
): L[] {
  if (!Array.isArray(value)) bad(file, line, `field "${field}" must be an array of labels`);
  return value.map((item: unknown) => {
    if (typeof item !== 'string') bad(file, line, `field "${field}" must hold strings, got ${JSON.stringify(item)}`);
    if (!isLabel(item)) bad(file, line, `unknown ${field === 'layers' ? 'layer' : 'cause'} label "${item}"`);
    return item;
  });
}

/** Parses JSONL labelled examples; `file` names the source in error messages. Blank lines are skipped. */
export function parseLabelledExamples(content: string, file: string): LabelledExample[] {
  const examples: LabelledExample[] = [];
  const ids = new Set<string>();
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      bad(file, line, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(file, line, 'expected a JSON object');
    const record = value as Record<string, unknown>;
    for (const field of ['id', 'text', 'layers', 'causes']) {
      if (!(field in record)) bad(file, line, `missing field "${field}"`);
    }
    if (typeof record.id !== 'string' || record.id === '') bad(file, line, 'field "id" must be a non-empty string');
    if (typeof record.text !== 'string') bad(file, line, 'field "text" must be a string');
    if (ids.has(record.id)) bad(file, line, `duplicate id "${record.id}"`);
    ids.add(record.id);
    examples.push({
      id: record.id,
      text: record.text,
      layers: labelList(record.layers, 'layers', isLayerLabel, file, line),
      causes: labelList(record.causes, 'causes', isCauseLabel, file, line),
    });
  });
  return examples;
}

/** Reads and parses a JSONL labels file (throws FaultlineError when it cannot be read or a line is bad). */
export async function readLabelledExamples(file: string): Promise<LabelledExample[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new FaultlineError(`labels file ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
      parameter: 'labels',
      cause: error,
    });
  }
  return parseLabelledExamples(content, file);
}
