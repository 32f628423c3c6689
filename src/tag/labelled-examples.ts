/**
 * Labelled examples for evaluation, JSONL with one object a line, in either of two formats:
 *
 * - short summaries: `{id, text, layers, causes}`;
 * - long post-mortems (`../shared/labels/SCHEMA.md`): the same fields plus `impacted_layers`,
 *   `certainty` ({cause: confirmed|reported|speculated}), `evidence` ({cause: sentence}),
 *   `root_cause_sentences`, and descriptive fields (`title`, `style`, `source_kind`, `operator`,
 *   `published`, ...) that are kept but not scored; `title`, `url` and `company` are handed to the
 *   tagger as a corpus file's front matter would be (the gold `operator` is not).
 *
 * Labels must come from the taxonomy. A bad line is a caller mistake (the labels file is the
 * command's input): it throws a FaultlineError naming the file, the line and what is wrong.
 *
 * `splitHalf` splits a file once by a fixed rule into a tuning half and a checking half: an id
 * ending in an odd number is tuning, an even one checking; an id without a number goes by the
 * parity of a hash of the id.
 */
import { readFile } from 'node:fs/promises';
import { FaultlineError } from '../model/diagnostic.js';
import { isDetectionMethod, isMitigationStep, isTriggerKind, TIMELINE_EVENTS, type GoldOutline, type MitigationStep } from '../model/outline.js';
import { isCauseLabel, isCertainty, isLayerLabel, type CauseLabel, type Certainty, type LayerLabel } from '../model/taxonomy.js';

/** One labelled example. */
export interface LabelledExample {
  id: string;
  text: string;
  /** Gold failure layers (the origin layers, for the long format). */
  layers: LayerLabel[];
  causes: CauseLabel[];
  /** Gold impacted layers (long format only). */
  impactedLayers?: LayerLabel[];
  /** Gold certainty of each cause (long format only). */
  certainty?: Partial<Record<CauseLabel, Certainty>>;
  /** The gold sentence that best states each cause (long format only). */
  evidence?: Partial<Record<CauseLabel, string>>;
  /** Every sentence stating the trigger or root cause (long format only). */
  rootCauseSentences?: string[];
  /** The document's title, when given. */
  title?: string | null;
  /** The document's URL and company, when given (metadata a corpus file's front matter would carry). */
  url?: string | null;
  company?: string | null;
  /** The format the document imitates (long format only). */
  style?: string;
  /** The document's publication date (`YYYY-MM-DD`), when given. */
  published?: string | null;
  /** The gold incident outline (long format only, when the line has a `trigger`). */
  outline?: GoldOutline;
}


/** Which half of a labelled file. */
export type LabelHalf = 'tune' | 'check';

/** Throws the error of one bad line. */
function bad(file: string, line: number, what: string): never {
  throw new FaultlineError(`labels file ${file}, line ${line}: ${what}`, { parameter: 'labels' });
}

/** Reads a label list field, checking every label belongs to the axis. */
function labelList<L extends string>(value: unknown, field: string, isLabel: (v: string) => v is L, file: string, line: number): L[] {
  if (!Array.isArray(value)) bad(file, line, `field "${field}" must be an array of labels`);
  return value.map((item: unknown) => {
    if (typeof item !== 'string') bad(file, line, `field "${field}" must hold strings, got ${JSON.stringify(item)}`);
    if (!isLabel(item)) bad(file, line, `unknown ${field === 'causes' ? 'cause' : 'layer'} label "${item}" in field "${field}"`);
    return item;
  });
}

/** Reads an object field keyed by cause labels. */
function causeRecord<V>(value: unknown, field: string, check: (v: unknown) => v is V, expected: string, file: string, line: number): Partial<Record<CauseLabel, V>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(file, line, `field "${field}" must be an object keyed by cause labels`);
  const out: Partial<Record<CauseLabel, V>> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!isCauseLabel(key)) bad(file, line, `field "${field}" has unknown cause label "${key}"`);
    if (!check(v)) bad(file, line, `field "${field}.${key}" must be ${expected}, got ${JSON.stringify(v)}`);
    out[key] = v;
  }
  return out;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Reads the gold outline fields of a long-format line. */
function goldOutline(record: Record<string, unknown>, file: string, line: number): GoldOutline {
  const trigger = record.trigger;
  if (typeof trigger !== 'string' || !isTriggerKind(trigger)) bad(file, line, `field "trigger" must be a trigger kind, got ${JSON.stringify(trigger)}`);
  const detection = record.detection as { method?: unknown } | null | undefined;
  const method = detection?.method ?? 'not-stated';
  if (typeof method !== 'string' || !isDetectionMethod(method)) bad(file, line, `field "detection.method" must be a detection method, got ${JSON.stringify(method)}`);
  const steps = record.mitigation ?? [];
  if (!Array.isArray(steps) || !steps.every((s) => typeof s === 'string' && (s === 'not-stated' || isMitigationStep(s)))) {
    bad(file, line, `field "mitigation" must be an array of mitigation steps, got ${JSON.stringify(steps)}`);
  }
  const timeline: GoldOutline['timeline'] = {};
  const rawTimeline = record.timeline;
  if (rawTimeline !== undefined && rawTimeline !== null) {
    if (typeof rawTimeline !== 'object' || Array.isArray(rawTimeline)) bad(file, line, 'field "timeline" must be an object');
    for (const event of TIMELINE_EVENTS) {
      const value = (rawTimeline as Record<string, unknown>)[event];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) bad(file, line, `field "timeline.${event}" must be an ISO 8601 time or null, got ${JSON.stringify(value)}`);
      timeline[event] = value;
    }
  }
  const minutes = record.duration_minutes;
  if (minutes !== undefined && minutes !== null && !(typeof minutes === 'number' && Number.isFinite(minutes))) bad(file, line, 'field "duration_minutes" must be a number or null');
  const items = record.action_items;
  if (items !== undefined && items !== null && !(typeof items === 'number' && Number.isInteger(items) && items >= 0)) bad(file, line, 'field "action_items" must be a count');
  return {
    trigger,
    detection: method,
    mitigation: (steps as string[]).filter((s): s is MitigationStep => s !== 'not-stated'),
    timeline,
    durationMinutes: typeof minutes === 'number' ? minutes : null,
    actionItems: typeof items === 'number' ? items : null,
  };
}
const isCertaintyValue = (v: unknown): v is Certainty => typeof v === 'string' && isCertainty(v);

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
    const example: LabelledExample = {
      id: record.id,
      text: record.text,
      layers: labelList(record.layers, 'layers', isLayerLabel, file, line),
      causes: labelList(record.causes, 'causes', isCauseLabel, file, line),
    };
    if ('impacted_layers' in record) example.impactedLayers = labelList(record.impacted_layers, 'impacted_layers', isLayerLabel, file, line);
    if ('certainty' in record) example.certainty = causeRecord(record.certainty, 'certainty', isCertaintyValue, 'confirmed, reported or speculated', file, line);
    if ('evidence' in record) example.evidence = causeRecord(record.evidence, 'evidence', isString, 'a sentence of the text', file, line);
    if ('root_cause_sentences' in record) {
      const list = record.root_cause_sentences;
      if (!Array.isArray(list) || !list.every(isString)) bad(file, line, 'field "root_cause_sentences" must be an array of sentences');
      example.rootCauseSentences = list;
    }
    if (typeof record.title === 'string') example.title = record.title;
    if (typeof record.url === 'string') example.url = record.url;
    if (typeof record.company === 'string') example.company = record.company;
    if (typeof record.style === 'string') example.style = record.style;
    if (typeof record.published === 'string') example.published = record.published;
    if ('trigger' in record) example.outline = goldOutline(record, file, line);
    examples.push(example);
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

/** The half an id belongs to (see the module comment). */
export function halfOf(id: string): LabelHalf {
  const digits = /(\d+)\D*$/u.exec(id);
  if (digits !== null) return Number.parseInt(digits[1] ?? '0', 10) % 2 === 1 ? 'tune' : 'check';
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 === 1 ? 'tune' : 'check';
}

/** The examples of one half (see {@link halfOf}). */
export function splitHalf(examples: readonly LabelledExample[], half: LabelHalf): LabelledExample[] {
  return examples.filter((e) => halfOf(e.id) === half);
}
