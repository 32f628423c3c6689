/**
 * Knowledge-base records for the PostgreSQL benchmark (issue 17), built from the benchmark's
 * generated articles (`scripts/bench/corpus/compose-article.ts`) without the analysis pipeline:
 * the article's ground-truth layers and causes become its tags, its paragraphs its sentences, its
 * scenario its facts, outline and dates; one incident per article. What they measure is the
 * store and the backend (load, search, facets), not the pipeline.
 */
import type { CauseLabel, Certainty, KnowledgeDocument, LayerLabel, RoledSentence, Tag } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';
import type { IngestManifest } from '../../src/model/manifest.js';
import { composeArticle } from '../bench/corpus/compose-article.js';
import type { ArticleVoice } from '../bench/corpus/generated-article.js';

const CERTAINTY_OF_VOICE: Readonly<Record<ArticleVoice, Certainty>> = { operator: 'confirmed', news: 'reported', blog: 'speculated' };
const TRIGGERS = ['deployment', 'config-change', 'hardware-failure', 'traffic-surge', 'external-event', 'none-stated'] as const;
const DETECTIONS = ['automated-monitoring', 'customer-reports', 'internal-report', 'not-stated'] as const;
const MITIGATIONS = ['rollback', 'failover', 'restart', 'scale-up'] as const;

/** Document `index` of the synthetic knowledge base and its incident. */
export function syntheticRecord(seed: number, index: number): { document: KnowledgeDocument; incident: Incident } {
  const article = composeArticle(seed, index, { minWords: 300, maxWords: 800, withComments: index % 3 === 0 });
  const paragraphs = article.blocks.map((b) => (b.kind === 'list' ? b.items.join('\n') : b.text));
  const text = paragraphs.join('\n\n');
  const sentences: RoledSentence[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    const start = text.indexOf(paragraph, at);
    sentences.push({ start, end: start + paragraph.length, role: 'other', section: null });
    at = start + paragraph.length;
  }
  const certainty = CERTAINTY_OF_VOICE[article.voice];
  const tag = <L extends string>(label: L, role: string): Tag<L, never> =>
    ({ label, confidence: 0.9, certainty, role, evidence: [], rules: ['synthetic'] }) as unknown as Tag<L, never>;
  const id = `dsyn${String(index).padStart(28, '0')}`;
  const incidentId = `${article.startTime.slice(0, 10)}-${article.slug}-${index}`;
  const day = article.startTime.slice(0, 10);
  const document = {
    id,
    title: article.title,
    url: article.url,
    published: article.published,
    author: article.author,
    description: article.summary,
    tags: article.tags,
    company: article.provider,
    product: article.service,
    startTime: article.startTime,
    meta: {},
    sources: [{ path: `synthetic/${index}.md`, format: 'markdown', bytes: text.length, similarity: 1, match: 'kept' }],
    text,
    comments: article.comments.map((c, k) => ({
      id: `${id}-c${k}`,
      author: c.author,
      text: c.paragraphs.join('\n\n'),
      published: c.published,
      url: c.url,
      layers: [],
      causes: [],
    })),
    textHash: id.slice(1),
    layers: article.layers.map((l: LayerLabel, k) => tag(l, k === 0 ? 'origin' : 'impacted')),
    causes: article.causes.map((c: CauseLabel) => tag(c, 'root')),
    sentences,
    entities: [],
    tokenCount: article.words,
    facts: {
      providers: [{ value: article.provider, evidence: null, from: 'text' }],
      services: [{ value: article.service, evidence: null, from: 'text' }],
      customers: [],
      incidentDate: { value: day, evidence: null, from: 'text' },
      startTime: null,
      duration: { value: { text: `${article.durationMinutes} minutes`, minutes: article.durationMinutes }, evidence: null, from: 'text' },
      impact: [],
    },
    summary: { text: article.summary, sentences: [] },
    keyphrases: [],
    dates: { incident: { value: day, precision: 'day', from: 'text', zone: null, evidence: null }, published: article.published.slice(0, 10), ingested: null, problems: [] },
    outline: {
      trigger: { kind: TRIGGERS[index % TRIGGERS.length], evidence: null },
      detection: { method: DETECTIONS[index % DETECTIONS.length], evidence: null },
      mitigation: index % 2 === 0 ? [{ step: MITIGATIONS[index % MITIGATIONS.length], evidence: null }] : [],
      timeline: [],
      durations: {},
      actionItems: [],
    },
    incident: incidentId,
    incidents: [incidentId],
    operator: article.provider,
  } as unknown as KnowledgeDocument;
  const incident: Incident = {
    id: incidentId,
    title: article.title,
    date: day,
    providers: [article.provider],
    operator: article.provider,
    services: [article.service],
    layers: document.layers.map((t) => ({ ...t, evidence: [] })),
    causes: document.causes.map((t) => ({ ...t, evidence: [] })),
    reports: [id],
    summary: article.summary,
  };
  return { document, incident };
}

/** A manifest for `n` synthetic documents. */
export function syntheticManifest(n: number): IngestManifest {
  return {
    version: 1,
    faultline: 'bench',
    createdAt: new Date(0).toISOString(),
    corpus: `synthetic:${n}`,
    counts: { files: n, parsed: n, cached: 0, documents: n, duplicates: 0, comments: 0, incidents: n, errors: 0, warnings: 0 },
    errors: [],
    clusters: [],
    dedupe: { method: 'none', threshold: 0, shingle: 0, bands: 0, rows: 0 },
    timings: {},
  };
}
