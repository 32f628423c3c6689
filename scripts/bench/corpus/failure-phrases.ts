/**
 * Phrase banks for the failure itself, keyed by the taxonomy labels of ../shared/taxonomy.md:
 * how an article names the broken component (layer) and what set it off (cause). The cue words
 * are the ones the tagger looks for, so generated articles carry findable, labelled failures.
 */
import type { CauseLabel, LayerLabel } from '../../../src/model/document.js';

/** Noun phrases naming the broken component of each failure layer. */
export const LAYER_PHRASES: Readonly<Record<LayerLabel, readonly string[]>> = {
  dns: ['its authoritative DNS servers', 'the DNS resolvers', 'the zone file for its main domain', 'the DNS automation that publishes records', 'name resolution for its API endpoints'],
  gslb: ['the global server load balancing (GSLB) layer', 'the global traffic manager that steers users between regions', 'anycast steering between its sites', 'the geo-routing tier that picks a data centre for each user'],
  'load-balancer': ['the load balancers in front of the API', 'the reverse proxy fleet', 'the health checks on the application front ends', 'its API gateway', 'the internal load balancer pool'],
  cdn: ['the CDN edge', 'its edge proxies', 'the web application firewall (WAF) at the edge', 'the content delivery network', 'the front-door service that terminates user traffic'],
  network: ['a core router in {region}', 'the backbone links between data centres', 'BGP sessions with its transit providers', 'the peering routers', 'the top-of-rack switches', 'the fibre link between two availability zones'],
  compute: ['the virtual machine hosts', 'the container scheduler', 'the hypervisor fleet', 'a kernel on the application servers', 'the servers running the worker fleet'],
  storage: ['the object storage service', 'the block storage volumes', 'the disk arrays', 'the replicated file system', 'the storage servers that hold customer data'],
  database: ['the primary database cluster', 'database replication between the primary and its replicas', 'the MySQL primary and its failover', 'the NoSQL metadata tables', 'a schema migration on the orders database'],
  cache: ['the memcached tier', 'the Redis cluster', 'the in-memory cache in front of the database', 'the cache layer, which then had to be warmed from scratch'],
  application: ['the checkout service', 'the web tier', 'the background job workers', 'the public API servers', 'the mobile backend'],
  'control-plane': ['the internal service discovery system', 'the metadata service that tracks object placement', 'configuration distribution to the fleet', 'the orchestration control plane', 'the gossip protocol the servers use to track membership', 'the internal system communications between components'],
  auth: ['the identity service', 'sign-in and session tokens', 'the TLS certificates on its endpoints', 'the single sign-on provider', 'the token service that issues credentials'],
  'third-party': ['an upstream payment provider', 'its SMS provider', 'a third-party registrar', 'the cloud provider that hosts its platform', 'a shipping partner\'s API'],
  facility: ['the data centre\'s cooling system', 'the power distribution units in one hall', 'the backup generators', 'the fire suppression system in the data centre', 'the chillers in one data hall'],
};

/** Phrases describing what set the failure off, for each cause (not `unknown`). */
export const CAUSE_PHRASES: Readonly<Record<Exclude<CauseLabel, 'unknown'>, readonly string[]>> = {
  deployment: ['a routine software rollout', 'the deployment of a new release', 'an upgrade that was rolled out to every region at once', 'a patch pushed during the maintenance window', 'a migration to new hardware'],
  'software-bug': ['a latent software bug', 'a race condition in the new code path', 'a memory leak that built up over several days', 'a regular expression that backtracked and pinned the CPUs', 'a bug in the error handling of the retry logic'],
  misconfiguration: ['a configuration change with an incorrect value', 'a wrong routing policy', 'a misconfigured limit', 'an incorrect setting in a feature flag', 'a typo in a configuration file'],
  capacity: ['a traffic spike well above the planned capacity', 'exhausted connection pools', 'a thundering herd of reconnecting clients', 'the servers running out of threads', 'disks that filled up under the load'],
  dependency: ['a failure in an upstream service it depends on', 'an outage at one of its own providers', 'a cascading failure from a dependent service', 'the loss of an internal dependency'],
  hardware: ['a failed disk controller', 'a faulty network switch', 'a fibre cut', 'a batch of failing servers', 'a defective line card'],
  power: ['a loss of utility power', 'a failed transfer to the backup generators', 'a UPS failure', 'a power surge', 'an electrical fault in a power distribution unit'],
  'natural-disaster': ['a severe thunderstorm', 'an extreme heat wave', 'flooding near the data centre', 'a lightning strike', 'an earthquake in the region'],
  'human-error': ['an engineer who mistyped a command', 'a maintenance script run against the wrong target', 'an operator who removed more servers than intended', 'a manual change made by mistake'],
  security: ['a large DDoS attack', 'malicious traffic aimed at its edge', 'an intrusion using stolen credentials', 'a flood of abusive requests'],
  time: ['the leap second', 'an expired TLS certificate', 'a leap day bug', 'a time zone change that the scheduler mishandled', 'an expired domain registration'],
};

/** Sentences an operator writes about its own failure (`confirmed`, first person). */
export const CONFIRMED_TEMPLATES: readonly string[] = [
  'We identified the root cause as {cause}, which affected {layer}.',
  'The root cause was {cause} in {layer}.',
  'Our investigation found that {cause} caused {layer} to fail.',
  'We experienced a problem with {layer} after {cause}.',
  'At the heart of this event was {cause}; it left {layer} unable to serve requests.',
  'We have confirmed that {cause} triggered the failure of {layer}.',
  'The trigger was {cause}, and {layer} [stopped responding|could not recover on its own|began returning errors].',
];

/** Sentences a journalist writes as fact from the operator's statement (`reported`). */
export const REPORTED_TEMPLATES: readonly string[] = [
  'According to {provider}, {cause} brought down {layer}.',
  '{provider} said {cause} had disrupted {layer}.',
  'The company blamed {cause} that affected {layer}.',
  'In a statement, {provider} attributed the outage to {cause} in {layer}.',
  '{provider} told customers that {layer} failed after {cause}.',
];

/** Hedged guesses by journalists, analysts and bloggers (`speculated`). */
export const SPECULATED_TEMPLATES: readonly string[] = [
  'It could have been {cause} in {layer}.',
  'My money\'s on {layer}, probably after {cause}.',
  'Some engineers speculate that {cause} hit {layer}.',
  'The symptoms suggest the problem likely started with {layer}, possibly because of {cause}.',
  'One plausible explanation is {cause} affecting {layer}, though nothing has been confirmed.',
  'If I had to guess, I would say {layer} failed, perhaps after {cause}.',
  'This sort of thing is usually caused by {cause} somewhere in {layer}.',
];
