/**
 * The cue rules of every label, one file per label under `layers/` and `causes/`, in taxonomy
 * order.
 */
import type { KnownCause, LayerLabel } from '../model/taxonomy.js';
import type { LabelRules } from './rule.js';
import { DNS as LAYER_DNS } from './layers/dns.js';
import { GSLB as LAYER_GSLB } from './layers/gslb.js';
import { LOAD_BALANCER as LAYER_LOAD_BALANCER } from './layers/load-balancer.js';
import { CDN as LAYER_CDN } from './layers/cdn.js';
import { NETWORK as LAYER_NETWORK } from './layers/network.js';
import { COMPUTE as LAYER_COMPUTE } from './layers/compute.js';
import { STORAGE as LAYER_STORAGE } from './layers/storage.js';
import { DATABASE as LAYER_DATABASE } from './layers/database.js';
import { CACHE as LAYER_CACHE } from './layers/cache.js';
import { APPLICATION as LAYER_APPLICATION } from './layers/application.js';
import { CONTROL_PLANE as LAYER_CONTROL_PLANE } from './layers/control-plane.js';
import { AUTH as LAYER_AUTH } from './layers/auth.js';
import { THIRD_PARTY as LAYER_THIRD_PARTY } from './layers/third-party.js';
import { FACILITY as LAYER_FACILITY } from './layers/facility.js';
import { DEPLOYMENT as CAUSE_DEPLOYMENT } from './causes/deployment.js';
import { SOFTWARE_BUG as CAUSE_SOFTWARE_BUG } from './causes/software-bug.js';
import { MISCONFIGURATION as CAUSE_MISCONFIGURATION } from './causes/misconfiguration.js';
import { CAPACITY as CAUSE_CAPACITY } from './causes/capacity.js';
import { DEPENDENCY as CAUSE_DEPENDENCY } from './causes/dependency.js';
import { HARDWARE as CAUSE_HARDWARE } from './causes/hardware.js';
import { POWER as CAUSE_POWER } from './causes/power.js';
import { NATURAL_DISASTER as CAUSE_NATURAL_DISASTER } from './causes/natural-disaster.js';
import { HUMAN_ERROR as CAUSE_HUMAN_ERROR } from './causes/human-error.js';
import { SECURITY as CAUSE_SECURITY } from './causes/security.js';
import { TIME as CAUSE_TIME } from './causes/time.js';

/** The cue rules of the failure layers, in taxonomy order. */
export const LAYER_RULES: readonly LabelRules<LayerLabel>[] = [
  LAYER_DNS,
  LAYER_GSLB,
  LAYER_LOAD_BALANCER,
  LAYER_CDN,
  LAYER_NETWORK,
  LAYER_COMPUTE,
  LAYER_STORAGE,
  LAYER_DATABASE,
  LAYER_CACHE,
  LAYER_APPLICATION,
  LAYER_CONTROL_PLANE,
  LAYER_AUTH,
  LAYER_THIRD_PARTY,
  LAYER_FACILITY,
];

/** The cue rules of the root causes (all but `unknown`, which has none), in taxonomy order. */
export const CAUSE_RULES: readonly LabelRules<KnownCause>[] = [
  CAUSE_DEPLOYMENT,
  CAUSE_SOFTWARE_BUG,
  CAUSE_MISCONFIGURATION,
  CAUSE_CAPACITY,
  CAUSE_DEPENDENCY,
  CAUSE_HARDWARE,
  CAUSE_POWER,
  CAUSE_NATURAL_DISASTER,
  CAUSE_HUMAN_ERROR,
  CAUSE_SECURITY,
  CAUSE_TIME,
];
