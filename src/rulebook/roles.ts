/**
 * Sentence-level cues of the roles a sentence plays in a report. The section a sentence sits in
 * gives its prior role; these cues let the sentence itself decide: a future statement is an action
 * item wherever it stands ("we will add an alarm"), a rollback is mitigation, a page from an alarm
 * is detection, a description of how the system normally works is background. Causal statements
 * (see causal.ts) make a sentence a root-cause, trigger or contributing sentence; hedges make it
 * speculation.
 */
import type { RoleRule } from './rule.js';

/** Role cues, in the order they are tried (the first that matches decides). */
export const ROLE_RULES: readonly RoleRule[] = [
  // --- action items: what the operator will do or has done to prevent a recurrence
  {
    id: 'role.action-item.will',
    role: 'action-item',
    pattern:
      "(?:we|they|it|the company|the team|engineers|the provider)(?:'ll| will| shall| plan to| intend to| are planning to| are going to| have committed to| are committed to| would (?!have\\b)(?:also )?(?:publish|add|review|test|introduce|improve|change|replace|move|build|invest|hire|compensate|refund|cover|share|release|provide|work))|\\bwill (?:now |also |then |soon |additionally |shortly |be |continue |no longer |not |begin |start |add |introduce |require |include |run |roll |receive |get |have )|will be (?:\\w+ed|\\w+en|made|done|built|run|kept|held)",
    examples: [
      'We will add an alarm that compares reported free capacity with the rate of capacity errors.',
      'The placement service will now return a distinct error when a continuation token cannot be resolved.',
      'Northgate said it would publish a fuller account once its internal review was complete.',
      'Configuration changes to the front-end load balancers will be rolled out to one zone at a time.',
    ],
    counterExamples: ['We rolled back the release at 12:32.', 'The change would have been caught by a canary.'],
  },
  {
    id: 'role.action-item.in-progress',
    role: 'action-item',
    pattern:
      "(?:we|engineers|the team|the company)(?:'re| are| is) (?:now |also |currently |actively )?(?:adding|changing|building|improving|implementing|introducing|reviewing|auditing|investing|expanding|working (?:on|to|with)|making (?:several |a number of )?changes|taking (?:the following |several )?(?:steps|actions)|rolling out (?:a fix|changes|improvements)|moving|migrating|updating|developing|evaluating|extending|enhancing|creating|hardening|strengthening|revisiting|redesigning|reworking|re-?architecting|prioriti[sz]ing|committed)",
    examples: [
      'We are making several changes following this event.',
      'Engineers are taking the following actions to prevent a recurrence:',
      "We're adding per-instance restart counts to the rollout gate.",
    ],
    counterExamples: ['We are investigating elevated error rates.', 'We are seeing a high rate of failed queries.'],
  },
  {
    id: 'role.action-item.prevention',
    role: 'action-item',
    pattern:
      'to (?:prevent(?:ing)?|avoid(?:ing)?|reduc(?:e|ing) the (?:risk|likelihood|chance)) (?:of )?(?:this|these|that|it|similar|a (?:similar |repeat|recurrence)|recurrence|future|such|any|another)|(?:is|are) (?:fully |deeply |firmly )?committed to (?:\\w+ing|improv|prevent|learn|mak)|(?:taking|take|took) the following (?:actions|steps|measures)|going forward|in the future|from now on|(?:in|as part of) (?:our|the) (?:follow[- ]?up|remediation|action items?|post-?incident review)|(?:action items?|follow[- ]?ups?|remediation items?)(?: include| are)|estimated completion|(?<=\\()(?:completed|in progress|done|planned|open)(?=\\))|lessons? (?:we|learned)|(?:has|have) (?:since|now) been (?:added|changed|updated|fixed|replaced|extended|increased|introduced|deployed)',
    examples: [
      'Engineers are taking the following actions to prevent a recurrence.',
      'Add a leak test to the pre-release validation suite (completed).',
      'Going forward, health check changes are validated before they are applied.',
      'Google is committed to preventing a repeat of this issue and is taking the following actions: adding validation for the domain configuration.',
    ],
    counterExamples: ['The change was meant to wait for that release.'],
  },
  {
    id: 'role.action-item.plan',
    role: 'action-item',
    pattern:
      "(?:we|they|the company|the team|it)(?: also)? (?:plans?|planned|intends?|intended|aims?|hopes?|pledged|promised|vowed|committed) to|\\band (?:also )?(?:plans|intends|promised|pledged|vowed) (?:to |more |further |additional |extensive |a )|(?:is|are|was|were) (?:planned|scheduled|underway|being (?:rolled out|added|built|implemented|reviewed|evaluated|tested))|(?:planned|scheduled) for (?:q\\d|next|the (?:coming|next)|this)|over the coming (?:days|weeks|months)|in the coming (?:days|weeks|months)|by the end of (?:the|this|next) (?:month|week|quarter|year)|before (?:the )?(?:summer|winter|spring|autumn|end of)",
    examples: [
      'We plan to move the metadata service to a dedicated cluster.',
      'The fix will be deployed over the coming days.',
      'A review is scheduled for next week.',
      'Cloudflare is investigating the issue with its vendor and plans more extensive testing of filter rules.',
    ],
    counterExamples: ['At 10:41 the release began rolling out.'],
  },
  {
    id: 'role.action-item.remediation-work',
    role: 'action-item',
    pattern:
      "(?:is|are) (?:now |also |currently |actively )?(?:upgrading|adding|improving|implementing|building|reviewing|investing|auditing|expanding|introducing|planning|developing|evaluating|rolling out|migrating|deploying|hardening|redesigning|reworking)|remediation (?:steps|work|efforts?|items?|actions?|plans?) (?:include[sd]?|involve[sd]?|are|were|focus\\w*)|(?:preventive|preventative|corrective|follow[- ]?up) (?:measures|actions|steps|work)|long[- ]term (?:fix(?:es)?|prevention|remediation|solutions?|improvements?|changes?)|for (?:long[- ]term|future) (?:prevention|protection|resilience)|initiatives? (?:include|to)|these (?:include|includes|included)|(?:technical |further |planned )?improvements? (?:include|included|are|will)|(?:provided|issued|published|made) (?:\\w+ )?recommendations|(?:planning|plans) (?:for|to)|ongoing efforts?|(?:were|are|have been) reinforced|as a result of (?:this|the) (?:incident|outage|event),",
    examples: [
      'Google is upgrading storage hardware to be less susceptible to this type of power failure.',
      'Remediation efforts include deploying specific memory leak monitoring.',
      'For long-term prevention, Cloudflare deployed a change to the BGP local-preference.',
    ],
    counterExamples: ['The upgrade began at 10:00 and failed.'],
  },
  // --- detection: how the incident was noticed
  {
    id: 'role.detection.alert',
    role: 'detection',
    overrides: ['summary', 'impact', 'timeline', 'mitigation', 'other', 'background', 'detection', 'root-cause', 'contributing'],
    pattern:
      '(?:alarms?|alerts?|automated (?:monitoring|alarms?|alerts?|checks?|systems?)|(?:our |internal |synthetic |external )?monitoring(?: systems?)?|monitors?|pagers?|probes|canaries|uptime (?:checks?|monitoring(?: service)?)|dashboards?|building management system|anomaly detection|telemetry) (?:[\\w-]+ ){0,6}?(?:fired|fires|triggered|paged|pages|detected|alerted|flagged|caught|noticed|went off|goes off|showed|picked up|reported|indicated)|(?:were|was|got) (?:first )?(?:paged|alerted|notified)|(?:paged|alerted|notified) (?:the |our )?(?:[\\w-]+ ){0,2}?(?:on-?call|engineers?|team|sres?|operators?|staff)|(?:an? |the )?(?:alarm|alert|page) (?:fired|went off|was raised)',
    examples: [
      'Our automated alarms on launch success rates paged the placement team at 10:58 AM PDT.',
      'Automated monitoring detected an increase in data-plane process restarts at 07:04 UTC.',
      'We were first alerted by an external uptime monitoring service at 14:12 UTC.',
      'Monitoring of inter-zone packet loss alerted our network engineers at 7:54 AM PDT.',
      'Our building management system alerted the on-site facilities team at 21:45 UTC.',
    ],
    counterExamples: ['The monitoring relied on the same infrastructure that was down.'],
  },
  {
    id: 'role.detection.reports',
    role: 'detection',
    overrides: ['summary', 'impact', 'timeline', 'mitigation', 'other', 'background', 'detection'],
    pattern:
      "(?:issue|problem|incident|outage) was (?:first )?(?:reported|noticed|detected|spotted|flagged) by|(?:first )?reported by (?:customers?|users?|a customer|several customers)|(?:customers?|users?|merchants?|clients?|subscribers?|players?|developers?) (?:first )?(?:began|started) (?:reporting|to report|complaining|contacting|ringing|calling|emailing|writing|tweeting|posting)|first learned of|support (?:tickets?|requests?|cases?|volume) (?:rose|spiked|began|increased|jumped)|became aware|(?:first )?(?:noticed|detected|spotted) (?:the|an?|elevated|increased)|(?:we|engineers|the team|on-?call) (?:began|started) (?:investigating|to investigate|looking into)|(?:began|started) investigating at",
    examples: [
      'The issue was first reported by customers at 13:31 UTC.',
      'On-call engineers began investigating at 14:11 PDT.',
      'We became aware of the problem at 09:12.',
      'Tapwell said it first learned of the problem when merchants began ringing its support line.',
    ],
    counterExamples: ['Customers could not sign in.'],
  },
  // --- mitigation: what restored service
  {
    id: 'role.mitigation.rollback',
    role: 'mitigation',
    pattern:
      "(?:rolled|rolling|roll) (?:it |them |this |that |the (?:\\w+ ){0,3}|our (?:\\w+ ){0,2})?back|rollback (?:was |of |to |completed|finished|began|started)|(?:was|were|been|being) (?:rolled back|reverted|backed out|undone)|(?:revert(?:ed|ing)?|back(?:ed|ing) out|undid|undo) (?:the|this|that|a|an|our|its|to)|a (?:rollback|revert) to|reverted at",
    examples: [
      'The rollback completed at 12:32 PM PDT.',
      'The configuration change was identified at 15:02 PDT and reverted at 15:12 PDT.',
      'A rollback to version 5.11 was completed across the region at 09:12 UTC.',
    ],
    counterExamples: ['The rollout began at 05:30 UTC.'],
  },
  {
    id: 'role.mitigation.restored',
    role: 'mitigation',
    pattern:
      "(?:service|services|access|traffic|operations|functionality|connectivity|performance|error rates?|latenc(?:y|ies)|success rates?|systems?|everything|delivery|queues?|processing|sites?|apps?|customers?) (?:was |were |had |have |has )?(?:been )?(?:fully |largely |mostly |gradually |partially |finally )?(?:restored|recovered|returned to normal|back to normal|back at (?:its|their) normal|back online|working normally|operating normally|normal again)|(?:returned|back) to (?:normal|pre-incident|baseline)|(?:full(?:y)?|partial(?:ly)?) (?:recovery|restored|service)|resumed normal|(?:restored|recovered) (?:partial |full )?service|was restored|were restored|(?:incident|issue|outage|problem) (?:was |has been |is )?(?:resolved|closed|mitigated|fully mitigated)|(?:this|the) incident is (?:now )?resolved|began arriving normally|(?:codes|messages|requests|queries) began (?:arriving|succeeding|flowing)",
    examples: [
      'Launch success rates returned to normal levels at 12:40 PM PDT.',
      'By 15:28 PDT all instances were passing health checks and error rates were back at their normal level.',
      'This incident is resolved; a summary follows below.',
    ],
    counterExamples: ['Instances that were already running were not affected.'],
  },
  {
    id: 'role.mitigation.action',
    role: 'mitigation',
    pattern:
      "(?:fail(?:ed)?|switch(?:ed)?|cut) over to|(?:shifted|moved|redirected|rerouted|routed|diverted|steered|drained) (?:[\\w'’-]+ ){0,4}(?:traffic|requests|load|messages|queries|users|players|customers|it|them)|(?:we|we're|we are|engineers are|the team is) (?:now |also |currently )?(?:shifting|moving|redirecting|rerouting|routing|diverting|draining) (?:[\\w'’-]+ ){0,3}(?:traffic|requests|load)|perform(?:ed|ing) (?:a |an |the )?(?:manual |rolling |targeted |controlled )*(?:restarts|reboots|failovers?)|(?:engineers|we|the team|teams|technicians|operators|responders) (?:[\\w-]+ ){0,2}?(?:recovered|restored|rebuilt|re-?imaged|revived|brought back) (?:the |all |each |every |affected |remaining )?(?:[\\w-]+ ){0,2}?(?:units?|servers?|hosts?|nodes?|clusters?|systems?|racks?|volumes?|databases?|services?)|had to be (?:manually |physically |individually |remotely )?(?:reset|restarted|rebooted|replaced|reconnected|power-cycled|reimaged|rebuilt|restored|repaired)|(?:were|was) (?:replaced|repaired) (?:or|and) (?:replaced|repaired)|(?:pushed|deployed|applied|released|shipped|rolled out) (?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:update|change|release|version) to (?:invalidate|fix|correct|clear|purge|flush|force|restore|remove|undo|repair|resolve|mitigate)\\b|(?:drained|isolated|removed|took) (?:\\w+ ){0,3}(?:out of (?:service|rotation)|offline)|restart(?:ed|ing) (?:the |all |every |affected |a subset |hosts|nodes|servers|instances|services)|rebooted|(?:physical|manual|coordinated|controlled) reboots? of|power-cycled|removed (?:the |a |an )?(?:faulty|bad|offending|problematic|erroneous|broken|incorrect|malformed) (?:[\\w-]+ ){0,2}?(?:rules?|config\\w*|settings?|records?|routes?|filters?|changes?|code|flags?|entr(?:y|ies))|scaled (?:\\w+ ){0,3}(?:fleet|cluster|service|tier) (?:down|back|in)|scaled (?:down|back) (?:the|its|our)|(?:added|provisioned|launched|attached|brought in|spun up) (?:\\w+ ){0,2}(?:additional|more|extra|new|spare|standby) (?:capacity|servers|instances|nodes|hosts|machines)|scaled (?:out|up)|(?:deployed|applied|pushed|released|shipped|rolled out|initiat(?:ed|ing)|implement(?:ed|ing)) (?:a |the |an )?(?:[\\w\"'“”‘’-]+ ){0,3}?(?:fix|hotfix|patch|workaround|mitigation|filters?|filtering(?: rules)?)\\b|brought (?:[\\w-]+ ){0,3}?(?:servers|instances|nodes|hosts|machines|capacity) (?:online|into (?:service|rotation))|(?:fix|hotfix|patch|workaround|mitigation) (?:was|were) (?:deployed|applied|released|rolled out)|(?:halted|paused|stopped|froze|suspended|blocked) (?:the |all |further )?(?:deployment|rollout|release|deploys|changes)|(?:manually )?(?:replaced|swapped) (?:the |a )?(?:failed|faulty|broken|bad)|(?:restored|recovered) (?:\\w+ ){0,3}from (?:a |the )?(?:backup|snapshot)|manual(?:ly)? (?:reset|bypass|redirected|failed)|through (?:a |the )?(?:manual|maintenance) bypass|(?<!how )to (?:mitigate|restore|recover)|(?:mitigation|recovery) (?:was|is) being applied|(?:disabled|turned off|switched off) (?:\\w+ ){0,4}which (?:restored|stopped|ended)|, which (?:immediately |quickly |promptly )?(?:stopped|ended|halted|relieved|cleared|resolved|mitigated|broke) (?:the |this )?(?:[\\w-]+ ){0,3}?(?:storms?|loops?|cascades?|errors|crash(?:es|ing)|impact|issue|problem|load|pressure|backlog|outage|failures|retries)",
    examples: [
      'At 14:22 UTC engineers manually redirected all verification messages to the secondary provider.',
      'At 11:24 AM PDT the team correlated the errors with the new release and halted the deployment.',
      'They identified the crashing routers, removed the faulty rule, and coordinated physical reboots of unresponsive routers.',
      'The SRE team began triaging within two minutes, identifying the root cause and initiating a "red-button" fix to disable the offending code path.',
      'We deployed filtering rules at our scrubbing tier that drop queries matching the attack pattern.',
      "Over the following ninety minutes they deployed increasingly specific filters, routed the most affected locations' traffic through our scrubbing centres, and brought standby servers online.",
      'At 11:02 AM PDT, engineers reduced the batch size through a configuration override, which stopped the retry storm.',
      'Because the routers had disconnected from the network, many of them had to be physically reset or reconnected by engineers on site.',
      'Damaged storage servers were replaced or repaired, and data was migrated to healthy hardware where needed.',
      'We pushed an update to invalidate these entries and force a refresh.',
      "We're performing manual restarts on a subset of machines that are in an unhealthy state and routing traffic to alternate infrastructure.",
      'Because our priority was to preserve customer data, engineers recovered storage scale units one by one rather than failing over.',
    ],
    counterExamples: ['The release began rolling out to West Calder at 05:30 UTC.', 'The post covers how to identify the issue and how to recover from it.'],
  },
  {
    id: 'role.mitigation.resolution',
    role: 'mitigation',
    pattern:
      "(?:the |a |an |immediate |initial )?(?:resolution|fix|remediation|mitigation|recovery|workaround|stabili[sz]ation(?: steps)?|response) (?:involved|included|was to|consisted|required|entailed)|(?:resolved|fixed|mitigated|restored|remediated|contained|stabili[sz]ed) (?:\\w+ )?by (?!a |an |the )|(?:resolved|fixed|mitigated|restored|remediated) by (?:\\w+ing)|(?<!how )to (?:resolve|mitigate|restore|recover from|fix|stabili[sz]e|contain) (?:the|this|service|it)\\b|following (?:mitigation|recovery|the (?:fix|rollback|revert))|post-incident,|in response,|(?:permanent |temporary |emergency )?fix(?:es)? (?:for (?:\\w+ ){1,6})?(?:was |were )?(?:created|written|developed|deployed|released|applied|rolled out|shipped)|containment (?:actions|steps)|took (?:swift |immediate )?(?:containment|corrective|remedial) actions?|(?:address|fix|resolve|tackle|remediate|eliminate)(?:ed|ing)? (?:the |this |that )?(?:underlying |root )?(?:cause|issue|problem)s? (?:by|through|with)\\b|^(?:[-*•] )?as (?:an? |the |our )?(?:(?:first|immediate|initial|temporary|short[- ]term|interim|emergency|precautionary) )?(?:mitigation|workaround|stopgap|precaution|fix|remedy)\\b|^(?:[-*•] )?as (?:an? |the )?(?:temporary|interim|precautionary|emergency|stopgap) measure",
    examples: [
      'To resolve the issue, engineers disabled the new protocol in a single Availability Zone.',
      'As an immediate mitigation, engineers identified the defect and scaled down the fleet to a level that no longer triggered the issue.',
      'While turning off the new dataplane was considered, the team opted to address the root cause by improving connection pooling instead of disabling it.',
      'Following mitigation, a permanent fix for the bug was created and deployment began at 17:25 UTC.',
      'An EBS outage in one availability zone was mitigated by migrating to other availability zones.',
    ],
    counterExamples: ['The outage was caused by a faulty migration.', 'A breaking change broke downstream systems; the post covers how to recover from it.'],
  },
  // --- background: how the system normally works
  {
    id: 'role.background.planned',
    role: 'background',
    overrides: ['root-cause', 'summary', 'other', 'contributing', 'trigger'],
    pattern: '(?:was|were) (?:to be \\w+ed|scheduled (?:to|for)|planned (?:to|for)|supposed to be \\w+ed|due to (?:be|ship|land|go|roll))',
    examples: ['The new endpoint was to be added to the runtime in a separate release scheduled for the following week.'],
    counterExamples: ['The change was meant to wait for that release, but it was bundled with an unrelated update.'],
  },
  {
    id: 'role.background.habitual',
    role: 'background',
    tense: 'present',
    overrides: ['root-cause', 'summary', 'other', 'impact', 'contributing', 'trigger', 'background'],
    pattern:
      '(?<!\\b(?:this|that|these|those) (?:sorts?|kinds?|types?) of (?:[\\w-]+ ){1,2}(?:is|are) )\\b(?:usually|constantly|frequently|typically|routinely|regularly|generally|ordinarily|commonly|continually|continuously|often|always|every (?:day|night|week|hour|minute|few (?:minutes|hours|days))|each (?:day|night|week)|when(?:ever)? (?:activated|triggered|enabled|invoked|needed|required))\\b|^(?:when|whenever|each time|every time|any time) ',
    examples: [
      'Because new attacks appear constantly, the WAF team deploys rule changes frequently.',
      'A flood of junk traffic usually makes a site slow or unreachable across the board.',
      'Disks in a cluster of this size fail every day, and the storage layer re-replicates their data.',
      'When the fire suppression system activates, the affected section is evacuated and power to the equipment in that section is cut.',
      'Data halls are protected by a fire suppression system that, when activated, releases an inert gas.',
    ],
    counterExamples: ['The usual failover path took forty seconds.', 'This sort of thing is usually caused by a misconfigured HTTP service on the load balancer.'],
  },
  {
    id: 'role.background.how-it-works',
    role: 'background',
    overrides: ['root-cause', 'summary', 'other', 'impact', 'contributing', 'trigger'],
    pattern:
      "(?:it helps to|to explain (?:what happened|this)|to understand (?:what happened|this|the)|some (?:background|context)|for (?:background|context))|works (?:by|like this|as follows)|(?:is|are) (?:designed|built|meant|intended) to (?!\\w+ (?:but|however))|under normal (?:conditions|circumstances|operations?)|in normal operation|(?:normally|ordinarily|by design|by default)[, ]",
    examples: [
      'To explain what happened, it helps to describe how an instance launch works.',
      'Under normal conditions the resolvers answer from cache.',
      'The scheduler normally runs every five minutes.',
    ],
    counterExamples: ['The scheduler ran the job twice.'],
  },
];
