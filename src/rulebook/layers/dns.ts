/** Rules of the failure layer `dns`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `dns`. */
export const DNS: LabelRules<LayerLabel> = {
  label: 'dns',
  cues: [
    { id: 'layer.dns.dns', pattern: 'dns', weight: 1, examples: ['DNS failures made the site unreachable.', 'Customers saw DNS errors for about 45 minutes.'], counterExamples: ['DNS was working fine; the problem was elsewhere.'] },
    { id: 'layer.dns.domain-name-system', pattern: 'domain name (?:system|service)s?', weight: 1, examples: ['The Domain Name System service failed.'] },
    { id: 'layer.dns.name-servers', pattern: 'name ?servers?', weight: 1, examples: ['Our nameservers stopped answering.', 'The name servers were unreachable from parts of Asia.'] },
    { id: 'layer.dns.dns-2', pattern: '(?:dns|name) resolution', weight: 1, examples: ['Name resolution failed for internal hosts.', 'DNS resolution broke for customers.'] },
    { id: 'layer.dns.resolvers', pattern: '(?:dns )?resolvers?', weight: 0.9, examples: ['The resolvers returned SERVFAIL.', 'DNS resolvers were overwhelmed by retries.'] },
    { id: 'layer.dns.zone-files', pattern: 'zone files?', weight: 1, examples: ['A malformed zone file was published and broke resolution.'] },
    { id: 'layer.dns.dns-records', pattern: 'dns (?:records?|zones?|servers?|provider|entries)', weight: 1.1, examples: ['DNS records were deleted by a script.', 'The DNS provider suffered an outage.'] },
    { id: 'layer.dns.a', pattern: '(?:a|aaaa|cname|ns|mx|txt) records?', weight: 1, examples: ['The CNAME record pointed to a decommissioned host.', 'MX records were missing, so mail bounced.'] },
    { id: 'layer.dns.registrars', pattern: 'registrars?', weight: 0.9, examples: ['The registrar suspended our domain without notice.'] },
    { id: 'layer.dns.route-53', pattern: 'route ?53', weight: 1, examples: ['Route 53 stopped responding.'] },
    { id: 'layer.dns.ttls', pattern: 'ttls?', weight: 0.6, examples: ['Long TTLs kept the bad answers around for hours.'] },
    { id: 'layer.dns.domains', pattern: 'domains?(?: names?)?', weight: 0.5, examples: ['The domain expired and the site went offline.'] },
    { id: 'layer.dns.hostnames', pattern: 'hostnames?', weight: 0.5, examples: ['Hostnames failed to resolve.'] },
    { id: 'layer.dns.record-sets', pattern: '(?:dns |resource )?record ?sets?|address records?|(?:dns |name )?records?(?= (?:for|of|in|pointing|pointed|were|was))', weight: 0.9, with: '\\b(?:zones?|dns|hostnames?|resolv\\w*|ttls?|name ?servers?|domains?|address(?:es)?|records? set)\\b', examples: ['The record set for the API was removed from the zone.', 'Address records for the service were wrong.'], counterExamples: ['Records were lost in the database crash.'] },
    { id: 'layer.dns.zones', pattern: '(?:dns |production |staging |public |private |hosted |managed |primary |root )?zones?', weight: 0.8, with: '\\b(?:records?|dns|hostnames?|resolv\\w*|ttls?|name ?servers?|domains?)\\b', examples: ['The hosted zone lost its records.', 'A bad push emptied the production zone, and DNS answers failed.'], counterExamples: ['An availability zone failed.'] },
    { id: 'layer.dns.records-for', pattern: 'records? for', weight: 0.5, with: '\\b(?:dns|zones?|hostnames?|domains?|resolv\\w*|name ?servers?|ttls?|\\w+\\.(?:com|net|org|io|app|dev))\\b', counterExamples: ['The records for several customers were lost.'], examples: ['The records for api.example.com were missing after the change.'] },
    { id: 'layer.dns.resolve', pattern: 'resolv(?:e|ed|ing)', weight: 0.4, with: '\\b(?:names?|hostnames?|domains?|records?|dns)\\b', examples: ['Clients could not resolve names.'], counterExamples: ['Engineers could not resolve the issue.'] },
  ],
  context: [
    { id: 'layer.dns.not.dns-was', pattern: '\\bdns (?:was|is|were) (?:configured|working|fine|properly)', examples: ['DNS was working normally throughout.'], counterExamples: ['DNS was broken for two hours.'] },
  ],
};
