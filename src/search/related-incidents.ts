/**
 * Related incidents: other incidents ranked by text similarity (tf-idf cosine over title, summary
 * and the reports' key phrases), tag overlap (Jaccard of layer and cause labels, `unknown`
 * excluded) and a shared provider, each with a short reason naming what they share. Vectors are
 * built on first use, so loading a knowledge base does not pay for them.
 */
import { providerKey } from '../incidents/provider-key.js';
import { cosine, TfIdfModel, type TermVector } from '../incidents/text-similarity.js';
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

/** Finds incidents related to a given one. */
export class RelatedIncidents {
  private profiles: Map<string, Profile> | null = null;
  private readonly options: RelatedOptions;

  /** Prepares (lazily) over the knowledge base's incidents and documents. */
  constructor(
    private readonly incidents: ReadonlyMap<string, Incident>,
    private readonly documents: ReadonlyMap<string, KnowledgeDocument>,
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
    const profiles = this.prepare();
    const target = profiles.get(id) as Profile;
    const scored: RelatedIncident[] = [];
    for (const other of profiles.values()) {
      if (other.incident.id === id) continue;
      const text = cosine(target.vector, other.vector);
      const sharedLayers = [...target.layers].filter((l) => other.layers.has(l));
      const sharedCauses = [...target.causes].filter((l) => other.causes.has(l));
      const union = new Set([...target.layers, ...target.causes, ...other.layers, ...other.causes]).size;
      const tags = union === 0 ? 0 : (sharedLayers.length + sharedCauses.length) / union;
      const sharedProviders = [...target.providers.keys()].filter((k) => other.providers.has(k));
      const score = this.options.textWeight * text + this.options.tagWeight * tags + this.options.providerWeight * (sharedProviders.length > 0 ? 1 : 0);
      if (score < this.options.minScore) continue;
      scored.push({
        id: other.incident.id,
        title: other.incident.title,
        date: other.incident.date,
        score: Math.round(score * 1000) / 1000,
        reason: reasonFor(target, other, text, sharedProviders, sharedLayers, sharedCauses),
      });
    }
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  private prepare(): Map<string, Profile> {
    if (this.profiles !== null) return this.profiles;
    const incidents = [...this.incidents.values()];
    const analysed = incidents.map((incident) => {
      const keyphrases = incident.reports.flatMap((r) => this.documents.get(r)?.keyphrases ?? []);
      return analyzeText([incident.title, incident.summary, keyphrases.join(' ; ')].join(' \n '));
    });
    const model = new TfIdfModel(analysed.map((tokens) => tokens.map((t) => t.term)));
    const profiles = new Map<string, Profile>();
    incidents.forEach((incident, i) => {
      const tokens = analysed[i] ?? [];
      const text = [incident.title, incident.summary, incident.reports.flatMap((r) => this.documents.get(r)?.keyphrases ?? []).join(' ; ')].join(' \n ');
      const spellings = new Map<string, Map<string, number>>();
      for (const t of tokens) {
        const word = text.slice(t.start, t.end).toLowerCase();
        const forms = spellings.get(t.term) ?? new Map<string, number>();
        forms.set(word, (forms.get(word) ?? 0) + 1);
        spellings.set(t.term, forms);
      }
      const words = new Map<string, string>();
      for (const [term, forms] of spellings) words.set(term, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? term);
      profiles.set(incident.id, {
        incident,
        vector: model.vector(tokens.map((t) => t.term)),
        words,
        layers: new Set(incident.layers.map((t) => t.label)),
        causes: new Set(incident.causes.map((t) => t.label).filter((l) => l !== 'unknown')),
        providers: new Map(incident.providers.map((p) => [providerKey(p), p])),
      });
    });
    this.profiles = profiles;
    return profiles;
  }
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
