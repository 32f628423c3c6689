/**
 * Related incidents: other incidents ranked by text similarity (tf-idf cosine over title, summary
 * and the reports' key phrases), tag overlap (Jaccard of layer and cause labels, `unknown`
 * excluded) and a shared provider, each with a short reason naming what they share. Vectors are
 * built on first use, so loading a knowledge base does not pay for them.
 */
import { providerKey } from '../incidents/provider-key.js';
import { TfIdfModel, type TermVector } from '../incidents/text-similarity.js';
import { analyzeText } from '../index/lunr-pipeline.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { RelatedIncident } from '../model/search.js';

/** Weights and thresholds of relatedness. */
export interface RelatedOptions {
  /** Weight of text similarity. */
  textWeight: number;
  /** Weight of label overlap. */
  tagWeight: number;
  /** Weight of a shared provider. */
  providerWeight: number;
  /** Lowest score reported. */
  minScore: number;
  /** Default number of related incidents. */
  defaultLimit: number;
  /** Largest `limit` accepted. */
  maxLimit: number;
}

/** Defaults of `RelatedOptions`. */
export const DEFAULT_RELATED_OPTIONS: Readonly<RelatedOptions> = {
  textWeight: 0.5,
  tagWeight: 0.3,
  providerWeight: 0.2,
  minScore: 0.15,
  defaultLimit: 5,
  maxLimit: 50,
};

interface Profile {
  incident: Incident;
  vector: TermVector;
  /** A readable word for each term (the most frequent spelling). */
  words: Map<string, string>;
  layers: Set<string>;
  causes: Set<string>;
  providers: Map<string, string>;
}

/** Profiles with inverted lists, so one lookup touches only incidents sharing something with the target. */
interface Prepared {
  profiles: Profile[];
  positions: Map<string, number>;
  /** term -> [incident position, weight] pairs. */
  terms: Map<string, { at: number; weight: number }[]>;
  /** "layer:x" / "cause:y" -> incident positions. */
  labels: Map<string, number[]>;
  /** provider family key -> incident positions. */
  providers: Map<string, number[]>;
}

/** Finds incidents related to a given one. */
export class RelatedIncidents {
  private prepared: Prepared | null = null;
  private readonly options: RelatedOptions;

  /** Prepares (lazily, on the first lookup) over the knowledge base's incidents and documents (their keyphrases: full documents or search records). */
  constructor(
    private readonly incidents: ReadonlyMap<string, Incident>,
    private readonly documents: ReadonlyMap<string, Pick<KnowledgeDocument, 'keyphrases'>>,
    options: Partial<RelatedOptions> = {},
  ) {
    this.options = { ...DEFAULT_RELATED_OPTIONS, ...options };
  }

  /** Incidents related to `id`, best first; FaultlineError 404 for an unknown id, 400 for a bad limit. */
  related(id: string, limit: number = this.options.defaultLimit): RelatedIncident[] {
    if (!Number.isInteger(limit) || limit < 1 || limit > this.options.maxLimit) {
      throw new FaultlineError(`related: limit must be a whole number from 1 to ${this.options.maxLimit}, got ${JSON.stringify(limit)}`, {
        parameter: 'limit',
      });
    }
    if (!this.incidents.has(id)) throw new FaultlineError(`related: no incident with id "${id}"`, { status: 404, parameter: 'id' });
    const prepared = this.prepare();
    const t = prepared.positions.get(id)!;
    const target = prepared.profiles[t]!;
    const n = prepared.profiles.length;
    const dot = new Float64Array(n);
    const sharedLabels = new Uint16Array(n);
    const sameProvider = new Uint8Array(n);
    const touched: number[] = [];
    const seen = new Uint8Array(n);
    const touch = (j: number): void => {
      if (seen[j] === 0 && j !== t) {
        seen[j] = 1;
        touched.push(j);
      }
    };
    for (const [term, weight] of target.vector) {
      for (const p of prepared.terms.get(term) ?? []) {
        dot[p.at] = dot[p.at]! + weight * p.weight;
        touch(p.at);
      }
    }
    for (const key of labelKeys(target)) {
      for (const j of prepared.labels.get(key) ?? []) {
        sharedLabels[j] = sharedLabels[j]! + 1;
        touch(j);
      }
    }
    for (const key of target.providers.keys()) {
      for (const j of prepared.providers.get(key) ?? []) {
        sameProvider[j] = 1;
        touch(j);
      }
    }
    const targetLabels = target.layers.size + target.causes.size;
    const o = this.options;
    const scored: { j: number; score: number; text: number }[] = [];
    for (const j of touched) {
      const other = prepared.profiles[j]!;
      const shared = sharedLabels[j]!;
      const union = targetLabels + other.layers.size + other.causes.size - shared;
      const text = Math.min(1, dot[j]!);
      const score = o.textWeight * text + o.tagWeight * (union === 0 ? 0 : shared / union) + o.providerWeight * sameProvider[j]!;
      if (score >= o.minScore) scored.push({ j, score: Math.round(score * 1000) / 1000, text });
    }
    const idOf = (j: number): string => prepared.profiles[j]!.incident.id;
    scored.sort((a, b) => b.score - a.score || (idOf(a.j) < idOf(b.j) ? -1 : 1));
    return scored.slice(0, limit).map(({ j, score, text }) => {
      const other = prepared.profiles[j]!;
      return {
        id: other.incident.id,
        title: other.incident.title,
        date: other.incident.date,
        score,
        reason: reasonFor(
          target,
          other,
          text,
          [...target.providers.keys()].filter((k) => other.providers.has(k)),
          [...target.layers].filter((l) => other.layers.has(l)),
          [...target.causes].filter((l) => other.causes.has(l)),
        ),
      };
    });
  }

  private prepare(): Prepared {
    if (this.prepared !== null) return this.prepared;
    const incidents = [...this.incidents.values()];
    const texts = incidents.map((incident) =>
      [incident.title, incident.summary, incident.reports.flatMap((r) => this.documents.get(r)?.keyphrases ?? []).join(' ; ')].join(' \n '),
    );
    const analysed = texts.map((text) => analyzeText(text));
    const model = new TfIdfModel(analysed.map((tokens) => tokens.map((t) => t.term)));
    const prepared: Prepared = { profiles: [], positions: new Map(), terms: new Map(), labels: new Map(), providers: new Map() };
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [value]);
      else list.push(value);
    };
    incidents.forEach((incident, at) => {
      const tokens = analysed[at] ?? [];
      const text = texts[at] ?? '';
      const spellings = new Map<string, Map<string, number>>();
      for (const t of tokens) {
        const word = text.slice(t.start, t.end).toLowerCase();
        const forms = spellings.get(t.term) ?? new Map<string, number>();
        forms.set(word, (forms.get(word) ?? 0) + 1);
        spellings.set(t.term, forms);
      }
      const words = new Map<string, string>();
      for (const [term, forms] of spellings) words.set(term, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? term);
      const profile: Profile = {
        incident,
        vector: model.vector(tokens.map((t) => t.term)),
        words,
        layers: new Set(incident.layers.map((t) => t.label)),
        causes: new Set(incident.causes.map((t) => t.label).filter((l) => l !== 'unknown')),
        providers: new Map(incident.providers.map((p) => [providerKey(p), p])),
      };
      prepared.profiles.push(profile);
      prepared.positions.set(incident.id, at);
      for (const [term, weight] of profile.vector) push(prepared.terms, term, { at, weight });
      for (const key of labelKeys(profile)) push(prepared.labels, key, at);
      for (const key of profile.providers.keys()) push(prepared.providers, key, at);
    });
    this.prepared = prepared;
    return prepared;
  }
}

function labelKeys(profile: Profile): string[] {
  return [...[...profile.layers].map((l) => `layer:${l}`), ...[...profile.causes].map((l) => `cause:${l}`)];
}

/** "same provider (Amazon); shared layers: storage, control-plane; similar wording: handshake, timeout". */
function reasonFor(
  target: Profile,
  other: Profile,
  text: number,
  sharedProviders: readonly string[],
  sharedLayers: readonly string[],
  sharedCauses: readonly string[],
): string {
  const parts: string[] = [];
  if (sharedProviders.length > 0) parts.push(`same provider (${sharedProviders.map((k) => target.providers.get(k)).join(', ')})`);
  if (sharedLayers.length > 0) parts.push(`shared layers: ${sharedLayers.join(', ')}`);
  if (sharedCauses.length > 0) parts.push(`shared causes: ${sharedCauses.join(', ')}`);
  if (text >= 0.05) {
    const terms = [...target.vector.keys()]
      .filter((t) => other.vector.has(t))
      .map((t) => ({ t, w: (target.vector.get(t) ?? 0) * (other.vector.get(t) ?? 0) }))
      .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1))
      .slice(0, 3)
      .map(({ t }) => target.words.get(t) ?? t);
    if (terms.length > 0) parts.push(`similar wording: ${terms.join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'similar incident';
}
