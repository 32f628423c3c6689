/** Rules of the failure layer `gslb`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `gslb`. */
export const GSLB: LabelRules<LayerLabel> = {
  label: 'gslb',
  cues: [
    { id: 'layer.gslb.gslb', pattern: 'gslb', weight: 1.2, examples: ['The GSLB failed its own health checks and answered with no records, so users could not connect.', 'A faulty GSLB policy sent all users to a single site, which was overwhelmed.'] },
    { id: 'layer.gslb.global-load-balanc', pattern: 'global (?:server )?load[- ]?balanc\\w*', weight: 1.2, examples: ['The global load balancer failed and stopped answering for the API hostname.', 'Global server load balancing broke when both sites were marked unhealthy.'] },
    { id: 'layer.gslb.global-traffic-manag', pattern: 'global traffic (?:manag\\w*|director|steering)', weight: 1.2, examples: ['Global traffic management misrouted users to the drained site.', 'The global traffic director failed to shift load away from the broken region.'] },
    { id: 'layer.gslb.traffic-manager', pattern: 'traffic manager', weight: 1, examples: ['Traffic Manager stopped returning healthy answers, so customers could not reach the site.', 'A misconfigured traffic manager profile failed over every user at once.'] },
    { id: 'layer.gslb.gtm', pattern: 'gtm', weight: 1, examples: ['The GTM marked every site as down and users got no answer.'] },
    { id: 'layer.gslb.geo-dns', pattern: 'geo[- ]?(?:dns|routing|steering|load[- ]?balanc\\w*)', weight: 1.1, examples: ['Geo-DNS misrouted European users to an overloaded site during the incident.', 'Geo routing failed and sent Asian visitors across the Pacific.'] },
    { id: 'layer.gslb.anycast', pattern: 'anycast', weight: 0.9, examples: ['Anycast failed to steer users away from the broken site.', 'An anycast announcement error pulled traffic into a single location, which was overwhelmed.'] },
    { id: 'layer.gslb.traffic-steering', pattern: 'traffic steering', weight: 1, examples: ['Traffic steering failed to move users off the degraded site.'] },
    { id: 'layer.gslb.latency-based-routing', pattern: 'latency[- ]based routing', weight: 1, examples: ['Latency-based routing kept favouring the failed site.'] },
    { id: 'layer.gslb.sites', pattern: '(?:sites?|regions?|data ?cent(?:er|re)s?) (?:weights?|failover)', weight: 0.9, examples: ['Region failover did not trigger when the primary site went down.', 'Site weights were set to zero by mistake, so all requests failed.'] },
    { id: 'layer.gslb.sent', pattern: '(?:sent|routed|steered|directed|drained?)\\b(?:\\s+\\w+){0,4}\\s+(?:to|from) (?:the|another|a|all) (?:\\w+ )?(?:sites?|regions?|data ?cent(?:er|re)s?)', weight: 0.8, examples: ['All traffic was routed to another region, which could not absorb the load.', 'Users were sent to the failing region for almost an hour.'] },
    { id: 'layer.gslb.drained', pattern: 'drain(?:ed|ing)? the \\w+ (?:site|region|data ?cent(?:er|re))', weight: 0.9, examples: ['We drained the affected region, but errors persisted.', 'Draining the eastern site overloaded the remaining capacity.'] },
  ],
};
