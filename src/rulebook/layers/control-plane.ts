/** Rules of the failure layer `control-plane`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `control-plane`. */
export const CONTROL_PLANE: LabelRules<LayerLabel> = {
  label: 'control-plane',
  cues: [
    { id: 'layer.control-plane.control-planes', pattern: 'control[- ]?planes?', weight: 1.3, examples: ['The control plane was unavailable, so no new clusters could be created.', 'A control-plane outage blocked all configuration changes for three hours.'] },
    { id: 'layer.control-plane.service-discovery-agents', pattern: 'service discovery(?: agents?| systems?)?', weight: 1.3, examples: ['Service discovery agents failed to register new instances.', 'The service discovery system returned empty answers after the upgrade.'] },
    { id: 'layer.control-plane.consul', pattern: 'consul|etcd|zookeeper|eureka|chubby', weight: 1.2, examples: ['The Consul cluster became unhealthy and services lost their peers.', 'etcd ran out of space and rejected writes.', 'ZooKeeper sessions expired en masse.'] },
    { id: 'layer.control-plane.leader-elections', pattern: 'leader elections?|quorum|consensus', weight: 1.1, examples: ['Repeated leader elections left the cluster unavailable.', 'The cluster lost quorum after two members failed.'] },
    { id: 'layer.control-plane.membership-protocol', pattern: 'membership(?: protocol| service| list)?|gossip(?: protocol)?', weight: 1.1, examples: ['A bug in the gossip protocol caused nodes to mark healthy peers as dead.', 'The membership service failed during the upgrade.'] },
    { id: 'layer.control-plane.system', pattern: '(?:internal )?(?:system |service )?communications?', weight: 0.7, with: '\\b(?:internal|components?|nodes?|servers?|subsystems?|systems?)\\b', examples: ['Communication between components broke down after the change.', 'System communication between the storage nodes failed.'], counterExamples: ['Customer communications were delayed by the outage.'] },
    { id: 'layer.control-plane.internal-system', pattern: 'internal (?:system |service )?communications?', weight: 1.2, examples: ['Internal service communication failed between the two regions.', 'A fault disrupted internal communications, and requests piled up.'] },
    { id: 'layer.control-plane.state-of-each-other', pattern: 'state of each other|aware of (?:the state of )?(?:each other|other (?:nodes|servers|components))', weight: 0.9, examples: ['Nodes were no longer aware of each other and stopped serving traffic.', 'Servers lost track of the state of each other during the partition.'] },
    { id: 'layer.control-plane.config-service', pattern: 'config(?:uration)? (?:service|server|store|distribution|management(?: system)?|system|push(?: system)?|database)', weight: 1.2, examples: ['The configuration service pushed an empty file, and every service failed.', 'The config management system failed to apply updates.'] },
    { id: 'layer.control-plane.metadata', pattern: '(?:metadata|placement|index|coordination|lock|locking) (?:service|subsystem|system|servers?)s?', weight: 1.2, examples: ['The metadata service was overloaded and requests failed.', 'The placement service stopped responding, so no new volumes could be created.', 'The lock service became unavailable.'] },
    { id: 'layer.control-plane.subsystems', pattern: 'subsystems?', weight: 0.6, examples: ['The billing subsystem failed for several hours.'], counterExamples: ['The index subsystem failed after the restart.'] },
    { id: 'layer.control-plane.orchestration', pattern: 'orchestrat(?:ion|or|ors)(?: layer| system| control plane)?', weight: 1, examples: ['The orchestration system failed to reschedule workloads.', 'The container orchestrator crashed during the upgrade.'] },
    { id: 'layer.control-plane.kubernetes', pattern: '(?:kubernetes|k8s) (?:api(?: servers?)?|masters?|control plane)', weight: 1.1, examples: ['The Kubernetes API server became unresponsive.', 'The k8s control plane was overloaded by list requests.'] },
    { id: 'layer.control-plane.cluster-manage', pattern: 'cluster manage\\w*|cluster state', weight: 1, examples: ['The cluster manager crashed and stopped replacing failed hosts.', 'Cluster state was corrupted during the upgrade.'] },
    { id: 'layer.control-plane.api-management', pattern: 'api management', weight: 1.1, examples: ['API Management returned errors in West Europe.'] },
    { id: 'layer.control-plane.coordination', pattern: 'coordinat(?:ion|or)', weight: 0.8, examples: ['The coordinator failed, stalling all writes.', 'Coordination between the shards broke down.'] },
    { id: 'layer.control-plane.stale-entries', pattern: 'stale entries', weight: 0.7, examples: ['Stale entries left behind sent traffic to dead instances.'] },
    { id: 'layer.control-plane.internal-service', pattern: "internal (?:[\\w-]+ ){0,2}?(?:systems?|services?|tools?|tooling|subsystems?|components?|platforms?|automation)(?= (?:responsible for|that|which|used (?:for|to)|managing|for managing|for generating|in charge of))", weight: 0.9, examples: ['The incident was triggered by a bug in an internal system responsible for generating configurations.', 'An internal service managing thousands of projects malfunctioned and overloaded the API.'], counterExamples: ['The internal wiki was slow.'] },
    { id: 'layer.control-plane.management-system', pattern: '(?:management|provisioning|orchestration|allocation|placement|configuration(?: generation| distribution)?|control|admin(?:istration)?) (?:systems?|services?|layers?|apis?|tooling|tools?|pipelines?|subsystems?|servers?)|(?:generat\\w*|distribut\\w*|propagat\\w*) (?:the |new |updated )?(?:\\w+ )?configurations?', weight: 0.9, examples: ['The provisioning system failed to allocate new projects.', 'A bug in the service that distributes network configurations pushed an empty file.'], counterExamples: ['The management team apologised.'] },
    { id: 'layer.control-plane.autoscaler', pattern: 'autoscalers?|auto-scalers?', weight: 0.85, examples: ['The autoscaler terminated healthy servers within seconds.'] },
  ],
  context: [
    // A system that manages another layer's resources is read as that layer ("the DNS management
    // system left an empty record" is a DNS failure).
    { id: 'layer.control-plane.not.managed-layer', pattern: "\\b(?:dns|database|network|storage|certificate|cache|cdn|load[- ]balanc\\w*|firewall|route|bgp|power)(?:'s)? (?:[\\w-]+ )?(?:management|provisioning|configuration) (?:systems?|services?|tooling|automation)\\b", examples: ["A race condition in the automated DNS management system left an empty record.", 'The database provisioning service failed to create replicas.'], counterExamples: ['The provisioning system failed to allocate new projects.'] },
  ],
};
