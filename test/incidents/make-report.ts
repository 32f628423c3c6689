/**
 * Short hand-written reports for the grouping tests: an `AnalyzedDocument` with sentences split at
 * sentence ends, DATE entities for the date phrases given, and the facts the grouping reads.
 */
import type { AnalyzedDocument, Entity, Fact, LayerTag } from '../../src/model/document.js';

/** What a test report states. */
export interface ReportSpec {
  id: string;
  title: string | null;
  text: string;
  url?: string | null;
  published?: string | null;
  company?: string | null;
  product?: string | null;
  /** The analysed incident day (ISO), when the text dates it. */
  date?: string | null;
  /** Providers the analysis ranked (text), first first. */
  providers?: string[];
  services?: string[];
  /** Date phrases of the text to mark as DATE entities ("March 14, 2025"). */
  datePhrases?: string[];
  /** Stated duration in minutes. */
  minutes?: number | null;
  keyphrases?: string[];
  layers?: string[];
}

const fact = (value: string, from: Fact['from'] = 'text'): Fact => ({ value, evidence: null, from });

/** Builds the report. */
export function makeReport(spec: ReportSpec): AnalyzedDocument {
  const sentences: { start: number; end: number; role: 'other'; section: null }[] = [];
  const re = /[^.!?]+(?:[.!?]+|$)/g;
  for (let m = re.exec(spec.text); m !== null && m[0] !== ''; m = re.exec(spec.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) sentences.push({ start, end, role: 'other', section: null });
  }
  const entities: Entity[] = (spec.datePhrases ?? []).map((phrase) => {
    const start = spec.text.indexOf(phrase);
    if (start < 0) throw new Error(`date phrase ${phrase} not in the text of ${spec.id}`);
    return { type: 'DATE', text: phrase, start, end: start + phrase.length };
  });
  const layers: LayerTag[] = (spec.layers ?? []).map((label) => ({ label: label as LayerTag['label'], confidence: 0.8, certainty: 'reported', role: 'origin', evidence: [], rules: [] }));
  const firstSentence = sentences[0] === undefined ? '' : spec.text.slice(sentences[0].start, sentences[0].end);
  return {
    id: spec.id,
    title: spec.title,
    url: spec.url ?? null,
    published: spec.published ?? null,
    author: null,
    description: null,
    tags: [],
    company: spec.company ?? null,
    product: spec.product ?? null,
    startTime: null,
    meta: {},
    sources: [{ path: `${spec.id}.md`, format: 'markdown', sha256: spec.id, bytes: spec.text.length, similarity: 1, match: 'kept' }],
    text: spec.text,
    comments: [],
    textHash: spec.id,
    layers,
    causes: [],
    sentences,
    entities,
    tokenCount: spec.text.split(/\s+/).length,
    facts: {
      providers: (spec.providers ?? []).map((p) => fact(p)),
      services: (spec.services ?? []).map((s) => fact(s)),
      customers: [],
      incidentDate: spec.date === undefined || spec.date === null ? null : fact(spec.date),
      startTime: null,
      duration: spec.minutes === undefined || spec.minutes === null ? null : { value: { text: `${spec.minutes} minutes`, minutes: spec.minutes }, evidence: null, from: 'text' },
      impact: [],
    },
    summary: { text: firstSentence, sentences: [] },
    keyphrases: spec.keyphrases ?? [],
  };
}
