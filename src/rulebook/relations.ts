/**
 * Cross-label relations in one table: a cause explained by a stronger one in the same report
 * weighs less (the load of a DDoS is the attack; the hardware a storm destroyed is the storm), and
 * an outside provider's failure at the origin is a failure propagated from a dependency.
 */
import type { LabelRelation, LayerCause } from './rule.js';

/** Causes that a stronger root cause in the same text explains. */
export const LABEL_RELATIONS: readonly LabelRelation[] = [
  {
    id: 'relation.attack-explains-load',
    description: 'load from an attack is mostly the attack (reports that name the overload too keep both)',
    kind: 'explains',
    cause: 'capacity',
    by: 'security',
    scale: 0.8,
  },
  {
    id: 'relation.leak-explains-exhaustion',
    description: 'resources a leak used up are the leak: memory exhausted by a leaking process is a software bug, not too little capacity',
    kind: 'explains',
    cause: 'capacity',
    by: 'software-bug',
    byRules: ['cause.software-bug.memory-leaks'],
    scale: 0.3,
  },
];

/** Layers whose origin evidence also supports a cause. */
export const LAYER_CAUSES: readonly LayerCause[] = [
  {
    id: 'relation.outside-provider-is-dependency',
    description: "an outside provider's failure is a failure propagated from a dependency",
    layer: 'third-party',
    cause: 'dependency',
    share: 0.9,
  },
];
