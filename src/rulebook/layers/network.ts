/** Rules of the failure layer `network`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `network`. */
export const NETWORK: LabelRules<LayerLabel> = {
  label: 'network',
  cues: [
    { id: 'layer.network.networks-infrastructure', pattern: 'networks?(?: infrastructure| equipment| devices?| links?| connectivity| partitions?| congestion| fabric| hardware| outage| issues?| problems?| stack)?', weight: 0.8, examples: ['A network outage cut off the region for 40 minutes.', 'Network congestion between the two sites caused timeouts.', 'Faulty network equipment dropped traffic intermittently.'], counterExamples: ['The social network was down for hours.', 'A network of partner sites was down.'] },
    { id: 'layer.network.networking', pattern: 'networking', weight: 0.8, examples: ['Networking issues caused widespread timeouts.'] },
    { id: 'layer.network.routers', pattern: 'routers?', weight: 1.1, examples: ['A router failure isolated the site.', 'Edge routers rebooted after a software bug.'] },
    { id: 'layer.network.network', pattern: '(?:network |ethernet |core |top[- ]of[- ]rack |tor |aggregation |access )?switch(?:es)?', weight: 1, examples: ['A core switch failed and took dozens of hosts offline.', 'A top-of-rack switch rebooted unexpectedly.'], counterExamples: ['We had to switch over to the standby after the failure.', 'The automatic transfer switch failed.'] },
    { id: 'layer.network.bgp', pattern: 'bgp', weight: 1.2, examples: ['BGP sessions dropped and our prefixes disappeared from the internet.'] },
    { id: 'layer.network.backbone', pattern: 'backbone', weight: 1, examples: ['A backbone failure disrupted traffic between regions.'] },
    { id: 'layer.network.fiber', pattern: 'fib(?:er|re)(?: optic)?(?: cables?| bundles?| links?| lines?)?', weight: 1.1, examples: ['A fiber cut severed connectivity to the site.', 'Fibre optic cables were damaged by construction work.'] },
    { id: 'layer.network.up', pattern: '(?:up|down)?links?', weight: 0.6, with: '\\b(?:transit|network|fib(?:er|re)|uplinks?|upstream|circuits?|carriers?|backbone|saturat\\w*|bandwidth)\\b', examples: ['The links to our transit provider were saturated.', 'Both downlinks from the backbone failed.'], counterExamples: ['Links in the email were broken.'] },
    { id: 'layer.network.uplinks', pattern: 'uplinks?', weight: 1, examples: ['Both uplinks failed within minutes of each other.'] },
    { id: 'layer.network.transit-links', pattern: 'transit(?: links?| providers?)?', weight: 1, examples: ['A transit provider had an outage that affected European users.', 'Transit links in Frankfurt were saturated.'] },
    { id: 'layer.network.peering', pattern: 'peering', weight: 1, examples: ['A peering session flapped for an hour.', 'Peering with a major ISP failed.'] },
    { id: 'layer.network.packet', pattern: 'packet(?:s)?(?: loss)?', weight: 1, examples: ['Packets were dropped between the two availability areas.'] },
    { id: 'layer.network.packet-loss', pattern: 'packet loss', weight: 1.2, needsFailure: false, examples: ['Customers saw heavy packet loss.', 'Packet loss of up to 30% was observed on the link.'] },
    { id: 'layer.network.network-partitions', pattern: 'network partitions?|partitioned', weight: 1.1, needsFailure: false, examples: ['A network partition split the cluster in two.', 'The cluster was partitioned, and both halves accepted writes.'] },
    { id: 'layer.network.connectivity', pattern: 'connectivity', weight: 0.8, examples: ['Connectivity to the region was lost.', 'Customers reported intermittent connectivity failures.'] },
    { id: 'layer.network.isps', pattern: 'isps?|internet service providers?', weight: 0.7, examples: ['Several ISPs dropped our routes.', 'Users on one internet service provider could not reach the site.'] },
    { id: 'layer.network.circuits', pattern: 'circuits?(?![- ]breakers?)', weight: 0.6, counterExamples: ['The circuit breaker in the client library opened.'], examples: ['A leased circuit went down and the office lost access.'] },
    { id: 'layer.network.firewalls', pattern: 'firewalls?', weight: 0.8, examples: ['A firewall rule blocked traffic to the database subnet.', 'The firewalls failed over incorrectly and dropped sessions.'], counterExamples: ['The web application firewall blocked legitimate traffic.'] },
    { id: 'layer.network.cables', pattern: 'cables?', weight: 0.7, examples: ['A damaged cable cut the link.', 'A submarine cable fault degraded service in the region.'] },
    { id: 'layer.network.bandwidth', pattern: 'bandwidth', weight: 0.7, examples: ['Bandwidth was exhausted during the attack.'] },
    { id: 'layer.network.routing', pattern: 'routing(?: tables?)?', weight: 0.8, with: '\\b(?:network\\w*|bgp|packets?|ip|routers?|tables?|isps?|peer\\w*|prefix\\w*|announce\\w*|internet|transit|links?)\\b', examples: ['Routing tables were corrupted after the router upgrade.', 'A routing change sent internet traffic into a black hole.'], counterExamples: ['Request routing in the app failed.'] },
    { id: 'layer.network.routes', pattern: 'routes?', weight: 0.6, with: '\\b(?:network\\w*|bgp|packets?|ip|routers?|tables?|isps?|peer\\w*|prefix\\w*|announce\\w*|internet|transit|links?|withdr\\w*)\\b', examples: ['BGP routes were withdrawn.', 'Routes to our prefixes disappeared, and the service became unreachable.'] },
    { id: 'layer.network.subnets', pattern: 'subnets?|vlans?|vpcs?|mtu', weight: 0.8, examples: ['The VPC ran out of IP addresses.', 'An MTU mismatch dropped large packets.', 'A VLAN misconfiguration isolated the storage hosts.'] },
  ],
  context: [
    { id: 'layer.network.not.transfer-switch', pattern: '\\btransfer switch', examples: ['The transfer switch failed to move the load to generator power.'] },
    { id: 'layer.network.not.switched', pattern: '\\bswitch(?:ed|ing)? (?:to|over|back|traffic|off|on)\\b', examples: ['We switched traffic to the standby region.'], counterExamples: ['The switch failed at 09:12.'] },
    { id: 'layer.network.not.social', pattern: '\\b(?:social|ad|advertising|affiliate|partner|sister|blog|content delivery|stack exchange|developer|payment|delivery) networks?\\b', examples: ['The social network was down for most of the day.', 'Our ad network stopped serving banners.'] },
    { id: 'layer.network.not.network-of', pattern: '\\bnetwork of\\b', examples: ['A network of partner sites was affected.'] },
  ],
};
