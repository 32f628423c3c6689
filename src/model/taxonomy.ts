/**
 * The label vocabulary of Faultline in one module: the failure layers and root-cause classes of
 * `../shared/taxonomy.md` (exact label strings, in its order), their definitions, the SoCC'16
 * category of each cause and the study's figures, the certainty levels, the roles a tag plays
 * (origin or impacted layer; root, contributing or trigger cause) and the roles a sentence plays in
 * a report. Every type below is derived from these lists, so the tagger, the server, search,
 * export and the generated docs all read one source.
 */

/** The failure layers (where it broke), in taxonomy order. */
export const LAYER_LABELS = Object.freeze([
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

/** A failure layer label. */
export type LayerLabel = (typeof LAYER_LABELS)[number];

/** The root-cause classes (why it broke), in taxonomy order. */
export const CAUSE_LABELS = Object.freeze([
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

/** A root-cause class label. */
export type CauseLabel = (typeof CAUSE_LABELS)[number];

/** A cause that can be read from the text (every cause but `unknown`). */
export type KnownCause = Exclude<CauseLabel, 'unknown'>;

/** The certainty levels, strongest first. */
export const CERTAINTY_LEVELS = Object.freeze(['confirmed', 'reported', 'speculated'] as const);

/** How firmly the source states a tag. */
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/** What each certainty level means. */
export const CERTAINTY_DEFINITIONS: Readonly<Record<Certainty, string>> = Object.freeze({
  confirmed:
    'stated by the operator itself or stated as established fact in an official post-mortem ("We experienced a problem with those internal system communications")',
  reported: 'stated as fact by a third party (a journalist, a customer)',
  speculated: 'hedged guesses ("my money\'s on a CDN problem", "could stem from", "likely")',
});

/** The roles of a layer tag: where it broke first, or what failed as a consequence. */
export const LAYER_ROLES = Object.freeze(['origin', 'impacted'] as const);

/** The role of a layer tag. */
export type LayerRole = (typeof LAYER_ROLES)[number];

/** What each layer role means. */
export const LAYER_ROLE_DEFINITIONS: Readonly<Record<LayerRole, string>> = Object.freeze({
  origin: 'where the fault was: the layer that broke first (usually one per report)',
  impacted: 'a layer that failed or degraded as a consequence of the origin (propagation, impact)',
});

/** The roles of a cause tag. */
export const CAUSE_ROLES = Object.freeze(['root', 'contributing', 'trigger'] as const);

/** The role of a cause tag. */
export type CauseRole = (typeof CAUSE_ROLES)[number];

/** What each cause role means. */
export const CAUSE_ROLE_DEFINITIONS: Readonly<Record<CauseRole, string>> = Object.freeze({
  root: 'stated as the root cause, or as the fault itself',
  contributing: 'stated as a factor that made it worse or let it happen (contributing factor)',
  trigger: 'stated as what set the failure off (a rollout, a change, a surge, an event)',
});

/**
 * The roles a sentence plays in a report, in the order of the SRE post-mortem template. The
 * section a sentence sits in gives the prior; the sentence itself decides (causal connectives,
 * tense and modality, hedges).
 */
export const SENTENCE_ROLES = Object.freeze([
  'summary',
  'impact',
  'timeline',
  'trigger',
  'root-cause',
  'contributing',
  'detection',
  'mitigation',
  'action-item',
  'background',
  'speculation',
  'other',
] as const);

/** The role of a sentence in its report. */
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

/** What each sentence role means. */
export const SENTENCE_ROLE_DEFINITIONS: Readonly<Record<SentenceRole, string>> = Object.freeze({
  summary: 'an overview of the whole incident (a lede, an "Issue summary")',
  impact: 'who or what was affected and how: symptoms, errors, affected services',
  timeline: 'a timestamped event of the incident',
  trigger: 'what set the failure off',
  'root-cause': 'why it failed: the fault, stated as the cause',
  contributing: 'a factor that made it worse, longer or possible',
  detection: 'how the incident was noticed (alerts, monitoring, customer reports)',
  mitigation: 'what restored service (rollback, failover, restart, revert)',
  'action-item': 'a follow-up the operator promises or plans ("we will", "we are adding")',
  background: 'how the system normally works, context that states no failure',
  speculation: 'a hedged guess at what happened',
  other: 'anything else (advice, lessons, asides, chatter)',
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

/** One taxonomy entry: a label with its definition. */
export interface TaxonomyEntry<L extends string = string> {
  /** The label, exactly as in the taxonomy. */
  label: L;
  /** What the label covers. */
  definition: string;
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

/** The taxonomy: every layer and cause with its definition and SoCC'16 mapping. */
export const TAXONOMY: Readonly<Taxonomy> = Object.freeze({
  layers: LAYER_LABELS.map((label) => ({ label, definition: LAYER_DEFINITIONS[label] })),
  causes: CAUSE_LABELS.map((label) => {
    const entry = CAUSE_DEFINITIONS[label];
    return { label, definition: entry.definition, socc16: entry.socc16, socc16Note: entry.note };
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

/** True when `value` is one of `list` (a type guard over a label list). */
function member<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** True when `value` is a layer label. */
export function isLayerLabel(value: string): value is LayerLabel {
  return member(LAYER_LABELS, value);
}

/** True when `value` is a cause label. */
export function isCauseLabel(value: string): value is CauseLabel {
  return member(CAUSE_LABELS, value);
}

/** True when `value` is a certainty level. */
export function isCertainty(value: string): value is Certainty {
  return member(CERTAINTY_LEVELS, value);
}

/** True when `value` is a sentence role. */
export function isSentenceRole(value: string): value is SentenceRole {
  return member(SENTENCE_ROLES, value);
}

/** True when `value` is a layer role. */
export function isLayerRole(value: string): value is LayerRole {
  return member(LAYER_ROLES, value);
}
