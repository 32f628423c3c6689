/** Rules of the failure layer `cdn`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `cdn`. */
export const CDN: LabelRules<LayerLabel> = {
  label: 'cdn',
  cues: [
    { id: 'layer.cdn.cdns', pattern: 'cdns?', weight: 1.2, examples: ['The CDN returned 503 errors for static files.', 'Both CDNs failed at the same time.'] },
    { id: 'layer.cdn.content-delivery-networks', pattern: 'content delivery(?: networks?| providers?| services?)?', weight: 1.2, examples: ['Our content delivery network failed to serve images.', 'The content delivery provider suffered a global outage.'] },
    { id: 'layer.cdn.content-distribution-networks', pattern: 'content distribution networks?', weight: 1.2, examples: ['A content distribution network outage took down the site for an hour.'] },
    { id: 'layer.cdn.edge-servers', pattern: 'edge (?:servers?|nodes?|networks?|locations?|prox(?:y|ies)|cach\\w*|firewalls?|pops?|platform|services?)', weight: 1.1, examples: ['Edge servers in Europe returned errors.', 'Edge nodes crashed after the config push.', 'Several edge locations stopped serving traffic.'] },
    { id: 'layer.cdn.cached', pattern: '(?:cached|served|stored) at the edge', weight: 1.1, examples: ['Error pages were cached at the edge for hours.', 'The broken bundle was served at the edge until the purge.'] },
    { id: 'layer.cdn.at-the-edge', pattern: 'at the edge', weight: 0.7, examples: ['Requests failed at the edge in several regions.'], counterExamples: ['Error pages were cached at the edge for hours.'] },
    { id: 'layer.cdn.akamai', pattern: 'akamai|cloudflare|fastly|cloudfront|limelight|edgecast|front ?door', weight: 0.9, examples: ['Cloudflare went down, taking thousands of sites with it.', 'Azure Front Door experienced errors across multiple regions.', 'A Fastly outage knocked major news sites offline.'] },
    { id: 'layer.cdn.web-application-firewalls', pattern: 'web application firewalls?|wafs?', weight: 1, examples: ['A new WAF rule blocked legitimate traffic.', 'The web application firewall crashed under the new ruleset.'] },
    { id: 'layer.cdn.ddos-protection', pattern: '(?:ddos|dos|denial[- ]of[- ]service) (?:protection|mitigation|defen[cs]es?|scrubbing)(?: (?:systems?|services?|mechanisms?|layer|tier))?|scrubbing (?:centres?|centers?|tier|service)', weight: 1, examples: ['A defect in the way our DDoS protection was implemented amplified the impact of the attack.', 'The scrubbing tier dropped legitimate queries.'] },
    { id: 'layer.cdn.points-of-presence', pattern: 'points? of presence|pops', weight: 0.9, examples: ['Several points of presence went offline.', 'Three PoPs in Asia dropped traffic.'] },
    { id: 'layer.cdn.cache', pattern: '(?:cache|page) rules?', weight: 0.9, examples: ['A page rule change broke redirects across the site.', 'A faulty cache rule served stale pages.'] },
    { id: 'layer.cdn.static-assets', pattern: 'static assets', weight: 0.4, examples: ['Static assets failed to load, leaving pages unstyled.'], counterExamples: ['Assets under management fell after the outage.'] },
  ],
};
