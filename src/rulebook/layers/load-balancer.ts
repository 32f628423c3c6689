/** Rules of the failure layer `load-balancer`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `load-balancer`. */
export const LOAD_BALANCER: LabelRules<LayerLabel> = {
  label: 'load-balancer',
  cues: [
    { id: 'layer.load-balancer.load-balancer', pattern: 'load[- ]?balanc(?:er|ers|ing)', weight: 1.1, examples: ['The load balancer dropped connections during the config reload.', 'Load balancing failed for the API, and half of the requests timed out.'] },
    { id: 'layer.load-balancer.reverse-proxy', pattern: 'reverse[- ]prox(?:y|ies)', weight: 1.1, examples: ['Reverse proxies returned 502s for roughly twenty minutes.', 'A reverse-proxy crash cut off every web request.'] },
    { id: 'layer.load-balancer.proxy', pattern: 'prox(?:y|ies)', weight: 0.7, examples: ['The proxy ran out of file descriptors and refused new connections.', 'Proxies in front of the API started failing after the certificate update.'], counterExamples: ['The reverse proxy crashed and requests failed.'] },
    { id: 'layer.load-balancer.haproxy', pattern: 'haproxy|nginx|envoy|traefik|f5', weight: 1, examples: ['HAProxy crashed across the fleet after the config reload.', 'Nginx returned 502 errors for every upstream request.', 'Envoy sidecars failed to route requests.'] },
    { id: 'layer.load-balancer.elb', pattern: '(?:elb|alb|nlb)s?', weight: 1, examples: ['The ELB returned 503 errors for 15 minutes.', 'Several ALBs failed to register new targets.'] },
    { id: 'layer.load-balancer.application-front-ends', pattern: 'application front[- ]?ends?', weight: 1.1, examples: ['Application front ends failed and dropped requests for search.'] },
    { id: 'layer.load-balancer.afes', pattern: 'afes?', weight: 1, examples: ['The AFEs were overloaded and rejected incoming requests.'] },
    { id: 'layer.load-balancer.api-gateways', pattern: 'api gateways?', weight: 1.1, examples: ['The API gateway rejected every request with a 429.', 'API gateways timed out while waiting on the auth backend.'] },
    { id: 'layer.load-balancer.ingress', pattern: 'ingress(?: controllers?)?', weight: 0.9, examples: ['The ingress controller crashed after the upgrade.', 'Ingress failed to route traffic to the new pods.'] },
    { id: 'layer.load-balancer.health-checks', pattern: 'health[- ]?checks?', weight: 0.9, examples: ['Health checks failed and all backends were removed from the pool.', 'A misconfigured health-check path marked every target unhealthy.'] },
    { id: 'layer.load-balancer.upstream-block', pattern: 'upstream (?:block|pool|servers?)', weight: 0.9, examples: ['The upstream pool was empty, so every request failed.', 'Upstream servers timed out and the proxy returned 504s.'] },
    { id: 'layer.load-balancer.out-of-rotation', pattern: 'out of rotation', weight: 0.8, examples: ['Healthy hosts were taken out of rotation by mistake, and the rest were overwhelmed.'] },
    { id: 'layer.load-balancer.virtual-ips', pattern: 'virtual ips?|vips?', weight: 0.8, examples: ['The VIP failed to move to the standby.', 'Virtual IPs were not announced after the failover, so traffic was lost.'] },
  ],
};
