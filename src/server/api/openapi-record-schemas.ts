/**
 * The OpenAPI schemas of the records `/api/incidents/{id}` serves as the data folder stores them:
 * the incident (operator, grouping reasons, links to the documents that cover it, the merged
 * outline) and each report (text, sources, comments, sentences with roles, entities, facts,
 * summary, outline, the three dates, operator, mentioned providers, affected customers). Every
 * object is closed (`additionalProperties: false`), so a field the pipeline adds without a schema
 * fails the contract test (`test/server/openapi-contract.test.ts`). Fields marked optional are
 * absent in data folders written before the stage that adds them.
 */
import {
  ACTION_KINDS,
  CAUSE_ROLES,
  CERTAINTY_LEVELS,
  DETECTION_METHODS,
  LAYER_ROLES,
  MITIGATION_STEPS,
  SENTENCE_ROLES,
  TIMELINE_EVENTS,
  TRIGGER_KINDS,
} from '../../model/index.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const strings = (description?: string): Json => ({ type: 'array', items: { type: 'string' }, ...(description === undefined ? {} : { description }) });
const list = (items: Json, description?: string): Json => ({ type: 'array', items, ...(description === undefined ? {} : { description }) });
const text = (description: string): Json => ({ type: 'string', description });
const nullableText = (description: string): Json => ({ type: ['string', 'null'], description });
const offset: Json = { type: 'integer', minimum: 0 };

/** A closed object: every property listed, `required` the ones always present. */
function object(required: readonly string[], properties: Json, description?: string): Json {
  return { type: 'object', ...(description === undefined ? {} : { description }), required: [...required], properties, additionalProperties: false };
}

/** The fields of an outline shared by a report's outline and an incident's merged one; `sourced` adds the `document` each value came from. */
function outlineSchema(sourced: boolean, description: string): Json {
  const source = (nullableSource: boolean): Json => (nullableSource ? { document: nullableText('The report it was read from (null: no report says)') } : { document: text('The report it was read from') });
  const withSource = (required: string[], properties: Json, nullableSource = false): Json =>
    object(sourced ? [...required, 'document'] : required, { ...properties, ...(sourced ? source(nullableSource) : {}) });
  const required = ['trigger', 'detection', 'mitigation', 'timeline', 'durationMinutes', 'durationFrom', 'timeToDetectMinutes', 'timeToMitigateMinutes', 'actionItems'];
  return object(
    sourced ? [...required, 'conflicts'] : required,
    {
      trigger: withSource(['kind', 'evidence'], { kind: { type: 'string', enum: [...TRIGGER_KINDS], description: 'What set it off (none-stated: the report does not say)' }, evidence: nullable(ref('OutlineEvidence')) }, true),
      detection: withSource(
        ['method', 'evidence', 'at'],
        {
          method: { type: 'string', enum: [...DETECTION_METHODS], description: 'How it was first noticed (not-stated: the report does not say)' },
          evidence: nullable(ref('OutlineEvidence')),
          at: nullableText('When it was noticed, UTC ISO 8601, or null'),
        },
        true,
      ),
      mitigation: list(withSource(['step', 'evidence'], { step: { type: 'string', enum: [...MITIGATION_STEPS] }, evidence: ref('OutlineEvidence') }), 'The steps that restored service'),
      timeline: list(withSource(['event', 'at', 'written', 'dated', 'evidence'], timelineProperties()), 'Named events in time order'),
      durationMinutes: { type: ['integer', 'null'], minimum: 0, description: 'Start to resolution, in minutes' },
      durationFrom: { type: ['string', 'null'], enum: ['front-matter', 'timeline', 'text', null], description: 'Where the duration came from' },
      timeToDetectMinutes: { type: ['integer', 'null'], description: 'Minutes from start to detection over the timeline' },
      timeToMitigateMinutes: { type: ['integer', 'null'], description: 'Minutes from start to mitigation over the timeline' },
      actionItems: list(
        withSource(['text', 'start', 'end', 'kind'], { text: text('The sentence or bullet, verbatim'), start: offset, end: offset, kind: { type: 'string', enum: [...ACTION_KINDS] } }),
        'Follow-up actions the report lists',
      ),
      ...(sourced
        ? {
            conflicts: list(
              object(['field', 'values'], { field: text('The outline field (trigger, detection, timeline.start, durationMinutes, ...)'), values: list(object(['value', 'document'], { value: { type: 'string' }, document: { type: 'string' } })) }),
              'Fields the reports disagree on, with every value and its report',
            ),
          }
        : {}),
    },
    description,
  );
}

/** The properties of a timeline event. */
function timelineProperties(): Json {
  return {
    event: { type: 'string', enum: [...TIMELINE_EVENTS, 'event'], description: 'start, detected, mitigated, resolved, or event for another timestamped entry' },
    at: { type: 'string', pattern: 'Z$', description: 'The time in UTC, ISO 8601 (2024-03-12T17:49:00Z)' },
    written: text('The time as the report writes it ("10:49 AM PDT")'),
    dated: { type: 'boolean', description: 'True when the text gave the date (or the report’s own date was borrowed)' },
    evidence: ref('OutlineEvidence'),
  };
}

const tagEvidence: Json = object(['text', 'start', 'end', 'role'], {
  text: { type: 'string' },
  start: offset,
  end: offset,
  role: ref('SentenceRole'),
  document: text('Report whose text the offsets index (incident tags; absent: the primary report)'),
});

const fact = (value: Json): Json => object(['value', 'evidence', 'from'], { value, evidence: nullable(ref('TextSpan')), from: { type: 'string', enum: ['metadata', 'text'] } });

/** The record schemas, by component name. */
export function recordSchemas(): Record<string, Json> {
  return {
    SentenceRole: { type: 'string', enum: [...SENTENCE_ROLES], description: 'The part of the report a sentence belongs to (see docs/taxonomy.md)' },
    TextSpan: object(['text', 'start', 'end'], { text: { type: 'string' }, start: offset, end: offset }, 'A sentence of the text, with offsets into it'),
    OutlineEvidence: object(['text', 'start', 'end', 'rule'], { text: { type: 'string' }, start: offset, end: offset, rule: text('Id of the rule that read it') }),
    TimelineEvent: object(['event', 'at', 'written', 'dated', 'evidence'], timelineProperties()),
    Tag: object(['label', 'confidence', 'certainty', 'role', 'evidence', 'rules'], {
      label: { type: 'string' },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      certainty: { type: 'string', enum: [...CERTAINTY_LEVELS] },
      role: { type: 'string', enum: [...LAYER_ROLES, ...CAUSE_ROLES], description: 'A layer: origin (where it broke) or impacted; a cause: root, contributing or trigger' },
      evidence: list(tagEvidence),
      rules: strings('Ids of the rulebook rules that produced the tag, sorted'),
    }),
    Outline: outlineSchema(false, 'What the report says happened: trigger, detection, mitigation, timeline (UTC), durations and action items, each with its sentence'),
    IncidentOutline: outlineSchema(true, 'The outlines of its reports merged: each field from the first report (primary first) that states it, with that report’s id, and the fields they disagree on'),
    IncidentDate: object(['value', 'precision', 'from', 'zone', 'evidence'], {
      value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY-MM-DD, YYYY-MM or YYYY, as precision says' },
      precision: { type: 'string', enum: ['day', 'month', 'year'] },
      from: { type: 'string', enum: ['front-matter', 'timeline', 'text', 'legacy'] },
      zone: nullableText('The time zone a clock time gave it'),
      evidence: nullable(ref('TextSpan')),
    }),
    DocumentDates: object(
      ['incident', 'published', 'ingested', 'problems'],
      {
        incident: nullable(ref('IncidentDate')),
        published: nullableText('The publication date from the metadata'),
        ingested: nullableText('When the ingest that created the record ran'),
        problems: list(
          object(['code', 'date', 'message'], {
            code: { type: 'string', enum: ['published-long-after', 'in-future', 'incident-after-published'] },
            date: { type: 'string', enum: ['incident', 'published'] },
            message: { type: 'string' },
          }),
          'Implausible dates',
        ),
      },
      'The incident date, the published date and the ingest date, kept apart',
    ),
    GroupingLink: object(['documents', 'rule', 'detail'], {
      documents: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
      rule: { type: 'string', enum: ['same-url', 'shared-service', 'similar-text', 'same-day', 'third-party', 'override'] },
      detail: text('What the two reports share, in words'),
    }),
    IncidentLink: object(['document', 'role', 'evidence', 'reason'], {
      document: { type: 'string' },
      role: { type: 'string', enum: ['primary', 'report', 'covers'], description: 'primary: its main report; report: another of its reports; covers: a report of another incident that also covers this one' },
      evidence: nullable(ref('TextSpan')),
      reason: text('Why the document is tied to the incident'),
    }),
    Incident: object(['id', 'title', 'date', 'providers', 'services', 'layers', 'causes', 'reports', 'summary'], {
      id: { type: 'string' },
      title: { type: 'string' },
      date: nullableText('The incident date its reports most often state, ISO YYYY-MM-DD (a publication date only when none states one)'),
      providers: strings('Providers involved (canonical names), the operator first'),
      operator: nullableText('The organisation whose system failed (canonical)'),
      mentionedProviders: strings('Other organisations its reports name (canonical), most reports first'),
      affectedCustomers: strings('Companies its reports name as affected customers (canonical)'),
      services: strings(),
      layers: list(ref('Tag')),
      causes: list(ref('Tag')),
      reports: strings('Ids of its reports, the primary first'),
      documentIds: strings('Every document tied to it: its reports, then documents of other incidents that also cover it'),
      links: list(ref('IncidentLink'), 'How each document of documentIds is tied to it, in the same order'),
      grouping: list(ref('GroupingLink'), 'Why its reports are one incident (empty for a single report)'),
      summary: { type: 'string' },
      outline: ref('IncidentOutline'),
    }),
    Document: object(
      ['id', 'title', 'url', 'published', 'text', 'sources', 'comments', 'layers', 'causes', 'incident'],
      {
        id: { type: 'string' },
        title: { type: ['string', 'null'] },
        url: { type: ['string', 'null'] },
        published: nullableText('Publication date from the metadata, ISO'),
        author: { type: ['string', 'null'] },
        description: nullableText('The author-written summary (front matter summary, meta description)'),
        tags: strings('The author-written keywords'),
        company: { type: ['string', 'null'] },
        product: { type: ['string', 'null'] },
        startTime: { type: ['string', 'null'] },
        meta: { type: 'object', description: 'The front matter or HTML meta fields as read' },
        sources: list(
          object(['path', 'format', 'sha256', 'bytes', 'similarity', 'match'], {
            path: { type: 'string' },
            format: { type: 'string', enum: ['markdown', 'text', 'html'] },
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            bytes: { type: 'integer', minimum: 0 },
            similarity: { type: 'number', minimum: 0, maximum: 1 },
            match: { type: 'string', enum: ['kept', 'exact', 'near'] },
          }),
          'The corpus files merged into it',
        ),
        text: { type: 'string' },
        textHash: { type: 'string' },
        comments: list(
          object(['id', 'author', 'text', 'published', 'url'], {
            id: { type: 'string' },
            author: { type: ['string', 'null'] },
            text: { type: 'string' },
            published: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            layers: list(ref('Tag')),
            causes: list(ref('Tag')),
          }),
        ),
        layers: list(ref('Tag')),
        causes: list(ref('Tag')),
        sentences: list(
          object(['start', 'end', 'role', 'section'], {
            start: offset,
            end: offset,
            quoted: { type: 'boolean' },
            role: ref('SentenceRole'),
            section: nullableText('Heading or inline label of the section the sentence sits in'),
          }),
        ),
        entities: list(object(['type', 'text', 'start', 'end'], { type: { type: 'string' }, text: { type: 'string' }, start: offset, end: offset, value: text('Canonical value, when known') })),
        tokenCount: { type: 'integer', minimum: 0 },
        facts: object(['providers', 'services', 'customers', 'incidentDate', 'startTime', 'duration', 'impact'], {
          providers: list(fact({ type: 'string' })),
          services: list(fact({ type: 'string' })),
          customers: list(fact({ type: 'string' })),
          incidentDate: nullable(fact({ type: 'string' })),
          startTime: nullable(fact({ type: 'string' })),
          duration: nullable(fact(object(['text', 'minutes'], { text: { type: 'string' }, minutes: { type: ['integer', 'null'] } }))),
          impact: list(fact({ type: 'string' })),
        }),
        summary: object(['text', 'sentences'], { text: { type: 'string' }, sentences: list(ref('TextSpan')) }, 'Extractive summary: whole sentences of the text'),
        keyphrases: strings(),
        outline: ref('Outline'),
        dates: ref('DocumentDates'),
        incident: text('Its own incident'),
        incidents: strings('Every incident it is tied to: its own first, then the ones it also covers'),
        operator: nullableText('The organisation whose system failed (canonical), null when the text names none'),
        mentionedProviders: strings('Other organisations the text names (canonical), most mentioned first'),
        affectedCustomers: strings('Companies the text names as affected customers of the operator (canonical)'),
      },
      'A knowledge document (see docs/schema.md)',
    ),
  };
}
