/**
 * The incident taxonomy in one module: the failure layers and root-cause classes of
 * `../shared/taxonomy.md` (exact label strings), their definitions, the SoCC'16 category of each
 * cause and the study's figures, and the cue lexicons the tagger reads them with.
 * `docs/taxonomy.md` is generated from this module (`scripts/gen-taxonomy-doc.ts`).
 */
import type { CauseLabel, Certainty, LayerLabel } from '../model/document.js';
import { CAUSE_CUES } from './cues/cause-cues.js';
import type { LabelCues } from './cues/cue.js';
import { LAYER_CUES } from './cues/layer-cues.js';

/** The failure layers, in taxonomy order. */
export const LAYER_LABELS: readonly LayerLabel[] = Object.freeze([
  'dns',
  'gslb',
  'load-balancer',
  'cdn',
  'network',
  'compute',
  'storage',
  'database',
  'cache',
  'application',
  'control-plane',
  'auth',
  'third-party',
  'facility',
] as const);

/** The root-cause classes, in taxonomy order. */
export const CAUSE_LABELS: readonly CauseLabel[] = Object.freeze([
  'deployment',
  'software-bug',
  'misconfiguration',
  'capacity',
  'dependency',
  'hardware',
  'power',
  'natural-disaster',
  'human-error',
  'security',
  'time',
  'unknown',
] as const);

/** The certainty levels, strongest first. */
export const CERTAINTY_LEVELS: readonly Certainty[] = Object.freeze(['confirmed', 'reported', 'speculated'] as const);

/** What each certainty level means. */
export const CERTAINTY_DEFINITIONS: Readonly<Record<Certainty, string>> = Object.freeze({
  confirmed:
    'stated by the operator itself or stated as established fact in an official post-mortem ("We experienced a problem with those internal system communications")',
  reported: 'stated as fact by a third party (a journalist, a customer)',
  speculated: 'hedged guesses ("my money\'s on a CDN problem", "could stem from", "likely")',
});

/** The SoCC'16 root-cause categories (Gunawi et al., "Why Does the Cloud Stop Computing?"). */
export type Socc16Category =
  | 'UPGRADE'
  | 'NETWORK'
  | 'BUGS'
  | 'CONFIG'
  | 'LOAD'
  | 'CROSS'
  | 'POWER'
  | 'SECURITY'
  | 'HUMAN'
  | 'STORAGE'
  | 'SERVER'
  | 'NATDIS'
  | 'HARDWARE'
  | 'UNKNOWN';

/** One taxonomy entry: a label with its definition and cues. */
export interface TaxonomyEntry<L extends string = string> {
  /** The label, exactly as in the taxonomy. */
  label: L;
  /** What the label covers. */
  definition: string;
  /** The cue lexicon the tagger reads the label with (empty for `unknown`). */
  cues: LabelCues;
}

/** A root-cause entry, with the SoCC'16 categories it corresponds to. */
export interface CauseEntry extends TaxonomyEntry<CauseLabel> {
  /** SoCC'16 categories (empty for `time`, which the study counts among bugs). */
  socc16: Socc16Category[];
  /** How the SoCC'16 column reads in the taxonomy ("(time-related bugs)" for `time`). */
  socc16Note: string;
}

/** The whole taxonomy. */
export interface Taxonomy {
  layers: TaxonomyEntry<LayerLabel>[];
  causes: CauseEntry[];
}

const LAYER_DEFINITIONS: Record<LayerLabel, string> = {
  dns: 'name resolution: authoritative DNS, resolvers, registrars, DNS automation',
  gslb: 'global server load balancing, global traffic management, geo/anycast steering between sites',
  'load-balancer': 'local load balancers, reverse proxies, application front ends, API gateways, health checks',
  cdn: 'content delivery networks, edge proxies, edge firewalls/WAF, front-door services',
  network: 'routers, switches, links, fibre, BGP, backbone, transit, peering, packet loss, partitions',
  compute: 'servers, hosts, VMs, containers, schedulers, operating systems, kernels',
  storage: 'object, block and file storage, disks, arrays, replication of volumes',
  database: 'relational and NoSQL databases, their replication, failover and schema',
  cache: 'caching layers (memcached, Redis, in-memory caches), cache warm-up and stampedes',
  application: "the product's own code and services: web tier, checkout, APIs, background jobs",
  'control-plane':
    'internal coordination: service discovery, membership/gossip, configuration distribution, metadata and placement services, orchestration control planes, API management',
  auth: 'identity, sign-in, sessions, tokens, certificates and TLS',
  'third-party':
    'an outside provider the operator depends on: payments, SMS, shipping, registrar, a cloud provider seen from its customer',
  facility: 'the data centre itself: power distribution, generators, cooling, fire, physical access',
};

const CAUSE_DEFINITIONS: Record<CauseLabel, { definition: string; socc16: Socc16Category[]; note: string }> = {
  deployment: { definition: 'a software rollout, upgrade, patch, migration or content update set it off', socc16: ['UPGRADE'], note: 'UPGRADE' },
  'software-bug': {
    definition: 'a defect in code: crash, race, leak, bad error handling, regex backtracking',
    socc16: ['BUGS'],
    note: 'BUGS',
  },
  misconfiguration: {
    definition: 'a wrong setting or config change: routing policy, zone file, quota, limits, flags',
    socc16: ['CONFIG'],
    note: 'CONFIG',
  },
  capacity: {
    definition: 'load above what the system could take: traffic spikes, exhausted threads/ports/disk/connections, thundering herds',
    socc16: ['LOAD'],
    note: 'LOAD',
  },
  dependency: { definition: 'failure propagated from another service or provider the system relies on', socc16: ['CROSS'], note: 'CROSS' },
  hardware: {
    definition: 'failed servers, disks, controllers, switches, cables, fibre cuts',
    socc16: ['SERVER', 'STORAGE', 'HARDWARE'],
    note: 'SERVER, STORAGE, HARDWARE',
  },
  power: { definition: 'loss or disturbance of electrical power, failed transfer to generators or UPS', socc16: ['POWER'], note: 'POWER' },
  'natural-disaster': { definition: 'weather, heat, flood, fire, earthquake, lightning', socc16: ['NATDIS'], note: 'NATDIS' },
  'human-error': {
    definition: "an operator's mistake: a mistyped command, a script run against the wrong target",
    socc16: ['HUMAN'],
    note: 'HUMAN',
  },
  security: { definition: 'attacks: DDoS, intrusion, stolen credentials, malicious traffic', socc16: ['SECURITY'], note: 'SECURITY' },
  time: {
    definition: 'clocks and dates: leap seconds, leap days, time zones, expired certificates or domains',
    socc16: [],
    note: '(time-related bugs)',
  },
  unknown: { definition: 'no cause can be read from the text', socc16: ['UNKNOWN'], note: 'UNKNOWN' },
};

/** The taxonomy: every layer and cause with its definition, SoCC'16 mapping and cues. */
export const TAXONOMY: Readonly<Taxonomy> = Object.freeze({
  layers: LAYER_LABELS.map((label) => ({ label, definition: LAYER_DEFINITIONS[label], cues: LAYER_CUES[label] })),
  causes: CAUSE_LABELS.map((label) => {
    const entry = CAUSE_DEFINITIONS[label];
    return {
      label,
      definition: entry.definition,
      cues: label === 'unknown' ? { cues: [] } : CAUSE_CUES[label],
      socc16: entry.socc16,
      socc16Note: entry.note,
    };
  }),
});

/**
 * Root-cause counts over the SoCC'16 study's 597 outages (one outage can have several causes),
 * as cited in secondary summaries of the paper; the study's NETWORK is a cause there and a layer
 * here. In descending order, as in the taxonomy.
 */
export const SOCC16_FIGURES: readonly { category: Socc16Category; outages: number }[] = Object.freeze([
  { category: 'UPGRADE', outages: 54 },
  { category: 'NETWORK', outages: 52 },
  { category: 'BUGS', outages: 51 },
  { category: 'CONFIG', outages: 34 },
  { category: 'LOAD', outages: 31 },
  { category: 'CROSS', outages: 28 },
  { category: 'POWER', outages: 21 },
  { category: 'SECURITY', outages: 17 },
  { category: 'HUMAN', outages: 14 },
  { category: 'STORAGE', outages: 13 },
  { category: 'SERVER', outages: 11 },
  { category: 'NATDIS', outages: 9 },
  { category: 'HARDWARE', outages: 5 },
  { category: 'UNKNOWN', outages: 355 },
]);

/** Total outages of the SoCC'16 study. */
export const SOCC16_OUTAGES = 597;

/** True when `value` is a layer label. */
export function isLayerLabel(value: string): value is LayerLabel {
  return (LAYER_LABELS as readonly string[]).includes(value);
}

/** True when `value` is a cause label. */
export function isCauseLabel(value: string): value is CauseLabel {
  return (CAUSE_LABELS as readonly string[]).includes(value);
}
