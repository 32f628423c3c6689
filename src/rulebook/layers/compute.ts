/** Rules of the failure layer `compute`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `compute`. */
export const COMPUTE: LabelRules<LayerLabel> = {
  label: 'compute',
  cues: [
    { id: 'layer.compute.physical', pattern: '(?:physical |bare[- ]metal |virtual |build |worker )?servers?', weight: 0.8, part: true, examples: ['Several physical servers failed after the firmware update.', 'Build servers were unavailable for most of the day, blocking releases.'], counterExamples: ['The servers returned 500 errors for every request.'] },
    { id: 'layer.compute.hosts', pattern: 'hosts?', weight: 0.8, part: true, examples: ['Two hosts rebooted unexpectedly at 02:14 UTC.', 'The affected host was pulled from service after it crashed twice.'], counterExamples: ['Hostnames failed to resolve for about ten minutes.'] },
    { id: 'layer.compute.container-hosts', pattern: 'container hosts?', weight: 1.1, examples: ['Container hosts ran out of disk and stopped accepting new tasks.'] },
    { id: 'layer.compute.vms', pattern: 'vms?|virtual machines?', weight: 1, examples: ['Customer VMs were rebooted without warning.', 'Virtual machines failed to start after the maintenance window.'] },
    { id: 'layer.compute.ec2', pattern: '(?:ec2|compute|cloud|vm|test|production|virtual) instances?', weight: 1.1, examples: ['EC2 instances in one availability zone became unreachable.', 'Production instances crashed within minutes of each other.'] },
    { id: 'layer.compute.instances', pattern: 'instances?', weight: 0.7, part: true, examples: ['Many instances failed and were replaced by the autoscaling group.', 'A third of the instances were stuck in a reboot loop.'] },
    { id: 'layer.compute.containers', pattern: 'containers?', weight: 0.9, part: true, examples: ['Containers were killed repeatedly by the runtime.', 'Newly started containers crashed before passing their first check.'] },
    { id: 'layer.compute.pods', pattern: 'pods?', weight: 0.8, part: true, examples: ['Pods went into a crash loop after the upgrade.', 'Evicted pods could not be rescheduled, and the service was down.'] },
    { id: 'layer.compute.nodes', pattern: 'nodes?', weight: 0.6, part: true, examples: ['Three nodes dropped out of the cluster and did not come back.'] },
    { id: 'layer.compute.hypervisors', pattern: 'hypervisors?', weight: 1, examples: ['A hypervisor bug caused guest machines to reboot.', 'Several hypervisors hung during live migration.'] },
    { id: 'layer.compute.kernels', pattern: 'kernels?', weight: 0.9, examples: ['A kernel panic took down a large part of the fleet.', 'The new kernel deadlocked under heavy I/O.'] },
    { id: 'layer.compute.operating-systems', pattern: 'operating systems?', weight: 1, examples: ['An operating system update left machines unbootable.'] },
    { id: 'layer.compute.cpus', pattern: 'cpus?|processors?', weight: 0.8, part: true, examples: ['CPU usage hit 100% and requests timed out.', 'Processors were saturated by the runaway process.'] },
    { id: 'layer.compute.memory', pattern: 'memory|ram', weight: 0.6, part: true, examples: ['Memory usage grew steadily until the service crashed.', 'RAM was exhausted on every node in the pool.'], counterExamples: ['The worker ran out of memory.'] },
    { id: 'layer.compute.out-of-memory', pattern: 'out of memory|ooms?|oom[- ]kill\\w*', weight: 1, needsFailure: false, examples: ['The process was OOM-killed every few minutes.', 'Servers ran out of memory during the traffic spike.'] },
    { id: 'layer.compute.schedulers', pattern: 'schedulers?', weight: 0.6, part: true, examples: ['The scheduler stopped placing tasks, so deploys hung.'] },
    { id: 'layer.compute.autoscal', pattern: 'autoscal\\w*', weight: 0.8, examples: ['Autoscaling failed to add capacity during the spike.', 'Autoscaling groups could not launch new hosts.'] },
    { id: 'layer.compute.machines', pattern: 'machines?', weight: 0.7, part: true, examples: ['Affected machines had to be reimaged after the failure.'] },
    { id: 'layer.compute.fleet', pattern: 'fleet', weight: 0.6, part: true, examples: ['A bad agent update crashed a third of the fleet.'] },
    { id: 'layer.compute.ec2-2', pattern: 'ec2|compute engine|lambda', weight: 0.9, examples: ['Lambda invocations failed in us-east-1.', 'Compute Engine had elevated error rates for two hours.'] },
    { id: 'layer.compute.web-tier', pattern: 'web tier', weight: 1, with: '\\b(?:instances?|servers?|hosts?|terminat\\w*|disappear\\w*)\\b', examples: ['The entire web tier was terminated by a faulty cleanup script.', 'All instances in the web tier failed at once.'], counterExamples: ['The web tier returned errors for an hour.'] },
    { id: 'layer.compute.disk-space', pattern: 'disk space', weight: 0.6, part: true, examples: ['The hosts ran out of disk space and the logging agent crashed.'] },
  ],
  context: [
    // A defect in a program's use of memory names software, not the host ("a memory leak in the
    // load balancer software", "a memory reuse bug in the runtime").
    { id: 'layer.compute.not.memory-defect', pattern: '\\bmemory (?:leaks?|reuse|corruption|safety|allocation (?:bug|error)s?|management (?:bug|error)s?)\\b|\\buse[- ]after[- ]free\\b|\\bbuffer overflows?\\b', examples: ['The root cause was a memory leak in an EBS data collection agent.', 'The problem was traced to a subtle memory reuse bug in the runtime.'], counterExamples: ['The hosts ran out of memory during the spike.'] },
    { id: 'layer.compute.not.servers-returned', pattern: '\\bservers? (?:returned|responded|sent)\\b', examples: ['The servers returned errors for every request.', 'The server responded with a timeout after 60 seconds.'], counterExamples: ['The servers were returned to service after repairs.'] },
  ],
};
