/**
 * Every weight and threshold of the reading of a report, in one object: how much a sentence of
 * each role counts for a cause, an origin layer and an impacted layer; how the sides of a causal
 * statement count; the factors of hedged, generic and questioning sentences; how evidence adds up
 * to a confidence; and when a label is kept. Tuned on the tuning half of the labelled post-mortems
 * (ids with an odd number), never on the checking half.
 */
import type { SentenceRole } from '../model/taxonomy.js';

/** How much one sentence role counts for each kind of evidence. */
export interface RoleWeight {
  /** Weight of a cause cue in a sentence of this role. */
  cause: number;
  /** Weight of a failing layer as the origin. */
  origin: number;
  /** Weight of a failing layer as impacted. */
  impacted: number;
}

/** The weights and thresholds (see the module comment). */
export interface Weights {
  /** Per sentence role. */
  roles: Record<SentenceRole, RoleWeight>;
  /** A heading's cues (a heading is never evidence of a cause; it names the section's subject). */
  heading: RoleWeight;
  /** Causal statements: factors for cues on the cause side and on the effect side. */
  causal: {
    /** A cause cue on the cause side of a connective. */
    causeSideCause: number;
    /** A cause cue on the effect side (a consequence, e.g. an overload the bug led to). */
    effectSideCause: number;
    /** A layer on the cause side counts as origin with this factor. */
    causeSideOrigin: number;
    /** A layer on the effect side counts as origin with this factor (and as impacted fully). */
    effectSideOrigin: number;
  };
  /** Factors of a whole sentence. */
  sentence: {
    /** A hedged sentence. */
    hedged: number;
    /** A generic sentence ("points of failure", "can cause", "any system"). */
    generic: number;
    /** A question: it asks, it does not state. */
    question: number;
    /** Hearsay ("people are saying it was hackers"): a rumour passed on. */
    hearsay: number;
    /** A guess dismissed right after it ("A fibre cut. Unlikely."). */
    dismissed: number;
  };
  /** Factors of one layer cue within its clause. */
  layer: {
    /** A cue that is not the one nearest the failure word in its clause. */
    competing: number;
    /** A cue in a prepositional phrase after another ("the certificate for our domain"). */
    modifier: number;
    /** A cue followed by a possessive ("DynamoDB's DNS system": DynamoDB owns the failing part). */
    possessor: number;
    /** A cue in a consequence clause (", so users could not log in"). */
    consequence: number;
    /** An anaphor ("the service") standing for the document's subject layer. */
    anaphor: number;
    /** Proximity factors by distance (characters) to the nearest failure word: <=30, <=60, further. */
    proximity: [number, number, number];
    /** A cause cue of at least this weight also says that the component named with it failed. */
    strongCause: number;
    /** A generic part's origin weight kept by its own layer when the report has no subject component. */
    partAlone: number;
    /** The title's mentions count this many times towards the report's subject component. */
    titleMentions: number;
  };
  /** An outside provider named in a sentence: what the sentence's other labels keep. */
  outsideParty: {
    /** Weight of the outside provider's name as a `third-party` cue. */
    weight: number;
    /** Other layers named with it are the provider's internals: they keep this share as origin. */
    otherLayers: number;
    /** Causes other than `dependency` in that sentence are the provider's: they keep this share. */
    otherCauses: number;
  };
  /** Aggregation of evidence into tags. */
  aggregate: {
    /** Each next evidence sentence counts this much of the one before. */
    evidenceDecay: number;
    /** `confidence = 1 - exp(-rate * score)`. */
    confidenceRate: number;
    /** Causes below this confidence are dropped. */
    minCauseConfidence: number;
    /** Causes below this share of the best cause's score are dropped. */
    causeRelative: number;
    /** Most causes kept. */
    maxCauses: number;
    /** Origin layers below this confidence are dropped. */
    minOriginConfidence: number;
    /** A second origin layer is kept only at this share of the first's score. */
    secondOrigin: number;
    /** Most origin layers kept. */
    maxOrigins: number;
    /** When the best origin is only a guess, the candidates guessed at: share of the best kept, and how many. */
    speculativeOrigins: { share: number; max: number };
    /** Impacted layers below this confidence are dropped. */
    minImpactedConfidence: number;
    /** Most impacted layers kept. */
    maxImpacted: number;
    /** Most evidence sentences kept per tag. */
    maxEvidence: number;
  };
  /** The document's subject layer (what "the service" refers to). */
  subject: {
    /** It needs this many weighted mentions... */
    minMentions: number;
    /** ...and this many times the mentions of the runner-up. */
    dominance: number;
  };
  /** Official voice: share of the document's own sentences that must speak as the operator. */
  officialShare: number;
}

/** The weights Faultline reads reports with. */
export const WEIGHTS: Readonly<Weights> = Object.freeze({
  roles: {
    'root-cause': { cause: 1, origin: 1, impacted: 0.3 },
    trigger: { cause: 1, origin: 0.9, impacted: 0.3 },
    contributing: { cause: 0.8, origin: 0.5, impacted: 0.3 },
    summary: { cause: 0.7, origin: 0.6, impacted: 0.6 },
    speculation: { cause: 0.6, origin: 0.6, impacted: 0.3 },
    timeline: { cause: 0.5, origin: 0.4, impacted: 0.5 },
    other: { cause: 0.55, origin: 0.45, impacted: 0.5 },
    impact: { cause: 0.12, origin: 0.1, impacted: 1 },
    detection: { cause: 0.1, origin: 0.1, impacted: 0.5 },
    background: { cause: 0.08, origin: 0.05, impacted: 0.1 },
    mitigation: { cause: 0, origin: 0, impacted: 0.3 },
    'action-item': { cause: 0, origin: 0, impacted: 0 },
  },
  heading: { cause: 0, origin: 0.3, impacted: 0.3 },
  causal: { causeSideCause: 1.3, effectSideCause: 0.6, causeSideOrigin: 1.25, effectSideOrigin: 0.25 },
  sentence: { hedged: 0.8, generic: 0.3, question: 0.4, hearsay: 0.35, dismissed: 0.2 },
  layer: { competing: 0.75, modifier: 0.6, possessor: 0.35, consequence: 0.5, anaphor: 0.45, proximity: [1, 0.85, 0.7], strongCause: 0.9, partAlone: 0.6, titleMentions: 2 },
  outsideParty: { weight: 1.1, otherLayers: 0.3, otherCauses: 0.4 },
  aggregate: {
    evidenceDecay: 0.6,
    confidenceRate: 1.3,
    minCauseConfidence: 0.35,
    causeRelative: 0.45,
    maxCauses: 3,
    minOriginConfidence: 0.3,
    secondOrigin: 0.75,
    maxOrigins: 2,
    speculativeOrigins: { share: 0.45, max: 3 },
    minImpactedConfidence: 0.35,
    maxImpacted: 3,
    maxEvidence: 3,
  },
  subject: { minMentions: 3, dominance: 1.5 },
  officialShare: 0.12,
}) as Readonly<Weights>;
