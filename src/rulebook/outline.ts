/**
 * The cues of the incident outline (see `src/outline/`): what set the incident off, how it was
 * noticed, which steps restored service, and what each follow-up action is for. Each rule reads a
 * family of sentences ("alarms fired", "customers reported", "we rolled back") and names the value
 * it gives; the reader looks for them only in the sentences whose role can state them (a trigger
 * in a trigger or root-cause sentence, a detection method in a detection or timeline sentence, a
 * mitigation step in a mitigation sentence), so the same words elsewhere are never read.
 *
 * Patterns are matched on lower-cased text with typographic quotes folded, word-bounded at both
 * ends; within one sentence the earliest match wins (ties: the order below).
 */
import type { ActionKind, DetectionMethod, MitigationStep, TriggerKind } from '../model/outline.js';
import type { SentenceRole } from '../model/taxonomy.js';
import type { Rule } from './rule.js';

/** A rule that gives one value of an outline field. */
export interface OutlineRule<V extends string> extends Rule {
  /** The value the rule gives. */
  value: V;
  /**
   * The sentence roles the rule may read, when narrower than its family's (a generic verb such as
   * "excluded" or "paused" is a step only where the report says how service was restored).
   */
  roles?: readonly SentenceRole[];
}

/** Trigger cues, in order of precedence within a sentence. */
export const TRIGGER_RULES: readonly OutlineRule<Exclude<TriggerKind, 'none-stated'>>[] = [
  {
    id: 'outline.trigger.maintenance',
    value: 'maintenance',
    pattern:
      "(?:planned|scheduled|routine) (?:[\\w-]+ ){0,3}?(?:maintenance|work|upgrade|migration|replacement|patching|drain|reboot|expansion)|(?:adding|added|installing|installed|decommissioning|decommissioned|racking) (?:\\d+ |more |the )?(?:new )?(?:nodes|servers|hosts|racks|machines|disks|drives|switches|routers)|(?:an? )?(?:[\\w-]+ ){0,2}?addition of (?:new |more |extra )?(?:capacity|servers|hosts|nodes|machines)|maintenance (?:window|work|event|operation|activity|procedure|script)|during (?:the |a )?maintenance|(?:network|hardware|firmware|data ?cent(?:er|re)|infrastructure|cluster|database|storage) (?:upgrade|migration|maintenance|expansion)|(?:step|phase) of (?:a|the|its|our) (?:planned |scheduled )?(?:upgrade|migration)|upgrade to (?:its|our|the) (?:core )?network",
    examples: ['one step of a planned upgrade to its core network removed a routing filter', 'a planned maintenance window was in progress to replace a faulty metering module', 'a maintenance script wiped out their sites', 'the routine drain of the singapore region at 03:00 utc ahead of planned host kernel patching', 'while we were adding 24 new nodes to our media object store', 'the trigger was a relatively small addition of capacity to the front-end fleet'],
    counterExamples: ['during a planned change to our dns configuration, an update removed the address records'],
  },
  {
    id: 'outline.trigger.deployment',
    value: 'deployment',
    pattern:
      "(?:deploy(?:ed|ing|ment)|roll(?:ed|ing)? out|rollout|releas(?:ed|ing)|push(?:ed|ing)|shipp(?:ed|ing)) (?:of )?(?:a |an |the |our |its )?(?:new |latest |updated |faulty |bad )?(?:version|release|build|code|software|binary|feature|content (?:\\w+ )?update|sensor (?:\\w+ )?update)|(?:pushed|deployed|rolled out|shipped|released) (?:a |an |the )?(?:small |new |minor |routine |faulty |bad |large )?(?:update|patch)|new (?:version|release|build|code|software)|(?:code|software) (?:change|update|push|release|deploy\\w*)|(?:automatic|automated|unattended|operating system|os|kernel|security|package|system) (?:update|upgrade|patch)(?:es|s)?|(?:the|a|this) (?:release|deployment|rollout|software update)|release \\d[\\w.]*|version \\d[\\w.]*",
    examples: ['at 10:41 am pdt we began rolling out a new version of the placement service', 'when it pushed a content configuration update for its falcon sensor', 'in release 2.9, a refactor changed a field', 'at 13:42 utc an engineer on our firewall team pushed a small update to our web application firewall managed rules', 'an automatic operating system update restarted the network daemon on every node'],
    counterExamples: ['the change was meant to wait for that migration'],
  },
  {
    id: 'outline.trigger.config-change',
    value: 'config-change',
    pattern:
      "(?:config(?:uration)?|settings?|polic(?:y|ies)) (?:change|update|push|error|mistake|rollout|deployment|file)|(?:we|engineers|the team|they) (?:had )?(?:enabled|turned on|switched on|activated) (?:it|the|a|an|this|that)\\b|misconfigur\\w+|feature flags?|(?:dns|routing|firewall|bgp|acl|waf|network|load[- ]balancer|health[- ]check|rate[- ]limit(?:ing)?|cdn|proxy) (?:configuration |config |rule |policy )?(?:change|update|push)|(?:change|update|edit)s? to (?:the |our |its |a )?(?:\\w+ ){0,3}?(?:config(?:uration)?|settings?|rules?|records?|polic(?:y|ies)|routing|zone|thresholds?|limits?|filters?)|(?:changed|updated|modified|altered|edited|removed|deleted) (?:the |a |an |its |our )?(?:\\w+ ){0,3}?(?:config(?:uration)?|settings?|flag|parameters?|rules?|records?|polic(?:y|ies)|thresholds?|limits?|filters?|routes?|acls?)",
    examples: ['a configuration change to the front-end load balancers', 'during a planned change to our dns configuration, an update removed the address records', 'a feature flag was enabled for all customers', 'the day before the outage we enabled it for the traffic-routing backend'],
    counterExamples: ['we rolled out a new version of the api'],
  },
  {
    id: 'outline.trigger.operator-action',
    value: 'operator-action',
    pattern:
      "(?:an? |the |one )?(?:engineer|operator|administrator|admin|technician|employee|team member|on-call)s? (?:\\w+ ){0,2}?(?:mistyped|accidentally|mistakenly|inadvertently|manually|incorrectly|wrongly)|(?:an? |the |one )(?:engineer|operator|technician|contractor|electrician|employee|worker)s? (?:\\w+ ){0,2}?(?:disconnected|unplugged|switched off|turned off|pulled|powered (?:off|down)|shut down)|(?:manual|human|operator) (?:error|mistake|action|intervention|command|execution|run)|mistyped|typo|accidentally|inadvertently|by mistake|wrong (?:command|server|host|cluster|environment|database|list|ids?|target)|(?:ran|executed|issued|entered) (?:a |the )?(?:\\w+ ){0,2}?command|(?:command|script|query)s? (?:was|were) (?:\\w+ ){0,2}?(?:entered|run|executed|typed) (?:incorrectly|wrongly|by mistake|against the wrong)",
    examples: ['an engineer accidentally ran the command against production', 'the script was then run with the wrong list of ids', 'a command was entered incorrectly', 'manual execution of migration 2020_02_rebuild_routes at 11:18 cet', 'an engineer disconnected the uninterruptible power supply, which shut down the data centre'],
    counterExamples: ['engineers rolled back the release'],
  },
  {
    id: 'outline.trigger.attack',
    value: 'attack',
    pattern: '(?:layer[- ]?7|application[- ]layer|http|https|syn|udp|ack|icmp|ping|dns|query|request) floods?|ddos|d?dos attack|denial[- ]of[- ]service|attack(?:ed|ers?|s)?(?! (?:techniques?|vectors?|surfaces?|patterns?|signatures?))|(?<!\\b(?:water|moisture|dust|rain|sea ?water|smoke) )intrusion|malicious|ransomware|hack(?:ed|ers?)(?! ?news)|botnet|exploit(?:ed)?|credential stuffing|stolen (?:token|key|credential)s?',
    examples: ['a distributed denial-of-service attack targeted our resolvers', 'an attacker used a stolen token'],
    counterExamples: ['the sensor looks for new attack techniques', 'the incident was discussed in a hacker news thread following a postmortem', 'water intrusion in the zone led to an emergency shutdown'],
  },
  {
    id: 'outline.trigger.time-event',
    value: 'time-event',
    pattern:
      "(?:certificates?|certs?|tokens?|keys?|licen[cs]es?|domains?|passwords?|leases?|credentials?|secrets?|signatures?|ttls?)(?: [\\w-]+){0,3}? (?:expir\\w*|had expired)|expir(?:ed|y|ation|ing) (?:[\\w-]+ ){0,2}?(?:certificates?|certs?|tokens?|keys?|licen[cs]es?|domains?|passwords?|leases?|credentials?|secrets?)|leap (?:second|year|day)|daylight saving|time ?zones?|clock (?:skew|drift|change|rollover)|(?:date|time|year) (?:rollover|overflow|boundary)|y2k|new year|february 29|29 february|(?:certificate|cert|token|key|licen[cs]e|domain)s? (?:had )?(?:expired|lapsed)",
    examples: ['an intermediate certificate expired at 16:20 utc', 'the leap second caused the kernel to spin', 'the daylight saving change doubled the batch', 'the expiring signing certificate was never renewed'],
    counterExamples: ['they downgraded the database to reduce costs, as their cloud credits were expiring'],
  },
  {
    id: 'outline.trigger.power-event',
    value: 'power-event',
    pattern:
      "power (?:outage|failure|loss|cut|event|surge|interruption|disturbance|disruption|fluctuation|spike|dip|sag)|lost (?:utility )?power|loss of (?:utility |mains )?power|utility (?:power|feed)|(?:ups|generators?|pdus?|breakers?|feeds?) (?:failed|failure|tripped|trip)|tripped (?:a |the )?(?:\\w+ )?(?:breaker|feed)|(?:data ?cent(?:er|re)|hall|room|rack)s? went dark",
    examples: ['a utility power failure took down the a feed', 'the breaker tripped and the racks lost power', 'a brief power disruption at the primary data centre rebooted a quarter of the servers'],
  },
  {
    id: 'outline.trigger.natural-event',
    value: 'natural-event',
    pattern:
      "(?<!retry |request |connection |reconnect(?:ion)? |packet |broadcast |traffic |event |alert |page |query |signaling |signalling )storms?|hurricanes?|typhoons?|tornado(?:e?s)?|lightning|(?<!layer[- ]?7\\)? |layer[- ]?7 |application[- ]layer |http |https |syn |udp |ack |icmp |ping |dns |query |request )floods?(?! of)|flooding|flood ?waters?|(?:was|were) flooded(?! (?:by|with) (?!water|rain|sea))|flooded (?:the |a |our |its )?(?:data ?cent(?:er|re)|building|basement|site|hall|room|facility|vault)|earthquakes?|wildfires?|bushfires?|forest fires?|heat ?waves?|extreme (?:heat|cold|weather|temperatures?)|ice storms?|snowstorms?|blizzards?|tsunamis?|(?:a|the) fire (?:in|at|near|swept|broke)",
    examples: ['a bushfire swept through part of the fibre route', 'extreme heat in the region overwhelmed the cooling', 'the basement was flooded after the storm'],
    counterExamples: ['the alarm fired at 10:02', 'reports flooded in of widespread issues', 'the symptoms also fit an application-layer (layer 7) flood more than a broken deployment.', 'our name servers were flooded by a botnet', 'a retry storm overwhelmed the api', 'a flood of orders reached the exchange'],
  },
  {
    id: 'outline.trigger.hardware-failure',
    value: 'hardware-failure',
    pattern:
      "(?:disk|drive|server|host|router|switch|line ?card|power supply|nic|network (?:card|device)|memory (?:module|dimm)|controller|cable|fib(?:er|re)|hardware|ssd|hdd|storage array|chiller|relay|optic(?:al)?s?|transceiver)s? (?:failure|failed|fault|faults|faulty|malfunction\\w*|died|broke|degraded)|(?:failed|faulty|defective|bad|broken) (?:disk|drive|server|host|router|switch|line ?card|power supply|hardware|memory|controller|cable|ssd|storage array|module|component|circuit breaker|breaker|transformer|switchgear)s?|hardware (?:fault|failure|problem|issue|error)s?|(?:fib(?:er|re)|cable) (?:cut|was cut|were cut)|cut (?:fib(?:er|re)|cable)|sever(?:ed|ing) (?:a |the |both |two |several )?(?:[\\w-]+ ){0,3}?(?:fib(?:er|re)s?|cables?|ducts?|duct banks?|conduits?|links?|routes?)|excavat\\w+ (?:[\\w-]+ ){0,6}?(?:cut|sever\\w*|damag\\w*|struck|hit)",
    examples: ['a failed line card in the core router dropped half the links', 'the disk controller failed', 'a fibre cut severed both routes', 'excavation work by a contractor building a new road severed a duct bank containing fibre'],
  },
  {
    id: 'outline.trigger.external-provider',
    value: 'external-provider',
    pattern:
      "(?:our |an? |the |its )?(?:upstream |third[- ]party |external |outside |cloud |dns |cdn |network |hosting |transit |payment |email |sms |identity )?(?:provider|vendor|supplier|carrier|isp|registrar|partner)(?:'s)? (?:\\w+ ){0,3}?(?:outage|failure|failed|problem|issue|incident|went down|leak(?:ed)?|error)|(?:outage|failure|problem|incident|route leak) (?:at|of|in|by) (?:our |an? |the |its )?(?:[\\w-]+ ){0,2}?(?:provider|vendor|supplier|carrier|network)|route leak",
    examples: ['an outage at our upstream dns provider', 'a route leak by that transit provider'],
  },
  {
    id: 'outline.trigger.traffic-surge',
    value: 'traffic-surge',
    pattern:
      "(?:demand|traffic|load|requests|queries|connections|sign-?ups|orders|logins|usage) (?:[\\w:-]+ ){0,5}?(?:rose|grew|spiked|surged|jumped|doubled|tripled|soared|climbed)|demand (?:[\\w:-]+ ){0,3}?reached|(?:a|the) surge (?:we|that|of)|high-demand|(?:surge|spike|flood|burst|jump|increase|rise|wave|influx) (?:in|of) (?:\\w+ ){0,2}?(?:traffic|requests|load|demand|queries|connections|users|sign-?ups|orders|logins|retries)|(?:traffic|load|demand|request) (?:surge|spike|burst)|(?:unexpected|unusual(?:ly)?|record|sudden|heavy|high|massive|enormous|unprecedented|peak) (?:\\w+ )?(?:traffic|load|demand|volume)|times (?:our |the |its )?(?:normal|usual|typical|expected) (?:\\w+ )?(?:peak|traffic|load|volume)",
    examples: ['query volume reached about forty times our normal daily peak', 'a sudden surge of traffic from a ticket sale', 'demand in elmstead on 6 july rose faster and higher than at any time since the region opened', 'demand at 10:00 reached roughly 1.1 million concurrent connections'],
  },
];

/** Detection cues; within a sentence the earliest match decides. */
export const DETECTION_RULES: readonly OutlineRule<Exclude<DetectionMethod, 'not-stated'>>[] = [
  {
    id: 'outline.detection.third-party',
    value: 'third-party-report',
    pattern:
      "(?:alerted|notified|told|informed|warned|contacted|paged) by (?:an? |the |our )?(?:external|outside|third[- ]party|partner|provider|vendor|carrier|upstream|security researcher|researcher)|(?:external|outside|third[- ]party) (?:uptime |status )?(?:monitoring )?(?:service|monitor|provider|researcher)s? (?:\\w+ ){0,3}?(?:alerted|notified|reported|flagged|told)|(?:a |an )?(?:security )?researcher (?:reported|notified|contacted|told)",
    examples: ['we were first alerted by an external uptime monitoring service at 14:12 utc', 'a security researcher reported the exposed bucket', "during the americas' morning we got paged by an external monitoring service"],
  },
  {
    id: 'outline.detection.internal',
    value: 'internal-report',
    pattern:
      "(?:an? |one of our |the )?(?:[\\w-]+ )?(?:engineer|analyst|employee|staff member|developer|operator|technician|team member|colleague|sre)s? (?:in [\\w' ]{1,60} )?(?:noticed|spotted|saw|observed|reported|raised|flagged|found)|noticed (?:[\\w:]+ ){0,5}?by an? (?:[\\w-]+ )?(?:engineer|analyst|employee|developer|operator|technician|sre)|internal(?:ly)? (?:reported|noticed|users? reported|report)|^internal(?=:)",
    examples: ['the problem was noticed at 01:19 utc by an engineer in the network operations centre', 'internal: a payments analyst noticed at 07:40 est that the file was twice its usual size'],
  },
  {
    id: 'outline.detection.customers',
    value: 'customer-reports',
    pattern:
      "(?:customers?|users?|merchants?|clients?|subscribers?|players?|partners?|developers?|shoppers?|visitors?|gamers?|readers?|viewers?|passengers?|travell?ers?|riders?|members?|callers?|account holders?)(?: \\w+){0,2} (?:reported|began reporting|started reporting|complained|contacted|called (?:in|us|our|support|the (?:support|help))|began (?:ringing|calling)|opened (?:support )?tickets)|(?:customer|user|support) (?:reports?|tickets?|complaints?|chats?|calls?|emails?)(?! (?:system|systems|portal|site|page|tool|tools|tooling|platform|queue (?:was|were)|(?:was|were) (?:slow|down|unavailable)))|^(?:we are|we're|we have been|we've been|we are currently|we're currently) investigating (?:[\\w-]+ )?reports (?:of|from)|(?:reported|flagged|raised) (?:first )?by (?:a |our |several )?(?:customers?|users?|merchants?)|support (?:line|chat|queue)|^customer reports(?=:)",
    counterExamples: ['a user called an unprotected initialisation function on the shared wallet library', 'our status page and support ticket system were slow or unavailable'],
    examples: ['within minutes, shoppers reported that they could not reach the deals pages', 'the issue was first reported by customers at 13:31 utc', 'tapwell said it first learned of the problem when merchants began ringing its support line', 'customer reports of unexpected endpoint status changes were received from 21:05 utc'],
  },
  {
    id: 'outline.detection.automated',
    value: 'automated-monitoring',
    pattern:
      "(?:alarms?|alerts?|alerting|monitor(?:ing|s)?|probes?|health[- ]?checks?|pagers?|canar(?:y|ies)|anomaly detection|building management system|telemetry)(?: \\w+){0,6}? (?:fired|fire|fires|alerted|detected|flagged|paged|page|triggered|went off|noticed|reached|caught|identified|(?:began |started )?generating alerts|raised alerts|began failing|start(?:ed)? failing)|(?:is|are|was|were|got|gets) paged|(?:teams?|engineers?|sres?|on-?call(?: engineers?)?|operators?) (?:were|was|got|had been) (?:automatically )?alerted|paged (?:the |our )?(?:[\\w-]+ )?(?:on-?call|team|engineers?)|(?:automated|automatic) (?:monitoring|alerts?|alarms?|page|checks?|detection)|first (?:automated )?page",
    examples: ['our automated alarms on launch success rates paged the placement team at 10:58 am pdt', 'engineers were paged by automated write-error monitoring at 16:26 utc', '13:45 — first automated page for the waf', 'service telemetry identified the problem, and the engineering team was automatically engaged', 'our internal monitoring systems began generating alerts indicating that our systems were failing', "google's engineering teams were alerted to the issue within seconds of its onset"],
  },
];

/** Mitigation cues; a mitigation sentence may give several steps. */
export const MITIGATION_RULES: readonly OutlineRule<MitigationStep>[] = [
  {
    id: 'outline.mitigation.config-revert',
    value: 'config-revert',
    pattern:
      "(?:revert(?:ed|ing)?|roll(?:ed|ing) back|undo(?:ne|ing)?|backed out) (?:the |a |that |this |our )?(?:\\w+ ){0,3}?(?:config(?:uration)?|settings?|rules?|records?|polic(?:y|ies)|flag|filters?|routes?|routing|zone)(?: change| update)?|(?:restor(?:ed|ing)|reinstat(?:ed|ing)|re-?add(?:ed|ing)|put back) (?:the )?(?:\\w+ ){0,3}?(?:config(?:uration)?|settings?|records?|rules?|filters?|routes?|routing)|(?:disabled|turned off|switched off) (?:the |that |this )?(?:\\w+ ){0,2}?(?:feature flag|flag|setting|rule|configuration|config)|(?:flag|setting|rule|configuration change|config change)s? (?:was|were) (?:[\\w:]+ ){0,6}?(?:disabled|reverted|rolled back|turned off|undone|backed out)|(?:restor|reinstat|re-?appl|(?:initiated |began |started )?(?:the )?deploy)\\w*(?: of)? (?:the |a |its |our |their )?[\"“']?(?:previous|prior|original|earlier|last known[- ]good|intended|correct|old)[\"”']? (?:[\\w-]+ ){0,4}?(?:config(?:uration)?s?|settings?|records?|record sets?|rules?|polic(?:y|ies)|routes?|routing|values?|zones?|flags?)|(?:previous|prior|original|earlier|last known[- ]good|intended|correct|old) (?:[\\w-]+ ){0,3}?(?:config(?:uration)?s?|settings?|records?|rules?|polic(?:y|ies)|routes?|values?|flags?) (?:was |were )?(?:restored|reinstated|re-?applied|put back)",
    examples: ['we restored the records at 16:02 utc', 'engineers reverted the configuration change', 'we identified a service configuration that triggered disruptions and have disabled that configuration', 'the feature flag was disabled', 'engineers restored the previous version of the record set at 18:58 utc', '14:52 — previous policy restored on ashburn routers', 'at 17:40 utc we initiated the deployment of our "last known good" configuration', 'the configuration change was identified at 15:02 pdt and reverted at 15:12 pdt'],
  },
  {
    id: 'outline.mitigation.rollback',
    value: 'rollback',
    pattern:
      "roll(?:ed|ing)? ?back|revert(?:ed|ing)? (?:the |a |that )?(?:\\w+ ){0,2}?(?:release|deploy\\w*|build|version|code|update|upgrade|change|file)|(?:release|deployment|build|version|update|upgrade|file)s? (?:was |were |had been )?(?:reverted|backed out)|(?:previous|last known[- ]good|prior|earlier) (?:version|release|build)",
    examples: ['we rolled back the release at 12:32', 'the previous version was redeployed to all hosts', '- 05:27 — update reverted; sensors coming online afterwards receive a corrected file', 'the vendor reverted the file at 05:27 utc'],
  },
  {
    id: 'outline.mitigation.failover',
    value: 'failover',
    pattern: 'fail(?:ed|ing)? ?over|failovers?|switched (?:over )?to (?:the |a )?(?:standby|secondary|backup|replica)|promot(?:ed|ing) (?:a |the )?(?:replica|standby|secondary)',
    examples: ['the database failed over to the standby', 'we promoted a replica to primary', 'we are performing failovers to alternate networking paths'],
  },
  {
    id: 'outline.mitigation.restart',
    value: 'restart',
    pattern: 'restart(?:ed|ing|s)?|reboot(?:ed|ing|s)?|power[- ]cycl(?:ed|ing)|bounced|recycled|brought (?:the )?(?:\\w+ )?back (?:up|online)|(?:servers|hosts|racks|nodes) (?:came back|were brought back)',
    examples: ['engineers restarted the affected processes', 'servers were brought back in stages'],
  },
  {
    id: 'outline.mitigation.capacity-added',
    value: 'capacity-added',
    pattern:
      "add(?:ed|ing) (?:more )?(?:\\w+ ){0,2}?(?:capacity|servers|hosts|instances|nodes|workers|machines|bandwidth|replicas|shards)|scal(?:ed|ing) (?:up|out)|increas(?:ed|ing) (?:the )?(?:\\w+ ){0,3}?(?:capacity|limits?|quotas?|pool|memory|connections|size|fleet)|rais(?:ed|ing) (?:the )?(?:\\w+ ){0,3}?(?:limits?|quotas?|thresholds?|ceiling|maxconn)|provision(?:ed|ing) (?:additional|more|new|extra)|brought (?:[\\w-]+ ){0,3}?(?:servers|instances|nodes|hosts|machines|capacity) online|autoscaling (?:added|started adding)",
    examples: ['we added capacity in the affected locations', 'engineers raised the connection limit'],
  },
  {
    id: 'outline.mitigation.traffic-shifted',
    value: 'traffic-shifted',
    pattern:
      "(?:shift|mov|redirect|re-?rout|rout|steer|divert)(?:ed|ing) (?:[\\w'’-]+ ){0,4}?(?:traffic|requests|load|users|queries|messages|connections|sessions|workloads)|(?:traffic|requests|load) (?:was|were) (?:\\w+ )?(?:shifted|moved|redirected|rerouted|drained|steered|diverted|filtered|blocked|throttled|rate[- ]limited|shed)|drain(?:ed|ing)|(?:rate[- ]limit|throttl|block|shed|filter)(?:ed|ing)? (?:\\w+ ){0,3}?(?:traffic|requests|clients|ips|addresses|load)|(?:withdr[ae]w|withdrawing|withdrawn) (?:the )?(?:\\w+ ){0,2}?(?:routes|announcements|prefixes)|(?:through|to|via|into) (?:our |the |a |its )?(?:[\\w-]+ )?scrubbing|load shedding",
    examples: ['we shifted traffic away from the affected zone', 'the attack traffic was filtered at the edge', 'we drained the region', 'at 14:22 utc engineers manually re-routed all verification messages to the secondary provider'],
  },
  {
    id: 'outline.mitigation.hardware-replaced',
    value: 'hardware-replaced',
    pattern:
      "replac(?:ed|ing) (?:the |a |an )?(?:\\w+ ){0,3}?(?:disks?|drives?|servers?|hardware|cards?|modules?|routers?|switch(?:es)?|cables?|power suppl(?:y|ies)|controllers?|components?|units?|chillers?|relays?|optics?|transceivers?)|repair(?:ed|ing) (?:the )?(?:\\w+ ){0,2}?(?:fib(?:er|re)|cable|link|hardware|chiller|router)|splic(?:ed|ing)|swapped (?:out )?(?:the )?(?:\\w+ ){0,2}?(?:disk|card|module|hardware|router|switch)",
    examples: ['technicians replaced the failed line card', 'crews spliced the cable by 04:00'],
  },
  {
    id: 'outline.mitigation.provider-recovered',
    value: 'provider-recovered',
    pattern:
      "(?:provider|vendor|carrier|upstream|supplier|utility|partner)(?:'s)? (?:\\w+ ){0,3}?(?:recovered|restored|resolved|fixed|mitigated|came back|returned)|(?:once|after|when) (?:the )?(?:\\w+ ){0,2}?(?:provider|vendor|carrier|upstream|utility|partner) (?:\\w+ ){0,3}?(?:recovered|restored|resolved|fixed|mitigated)|(?:utility|mains) power (?:was )?(?:restored|returned|came back)",
    examples: ['service returned once the provider resolved the outage', 'utility power was restored at 11:20'],
  },
  {
    id: 'outline.mitigation.data-restored',
    value: 'data-restored',
    pattern:
      "(?:from|using) (?:a |the |our )?(?:\\w+ )?(?:backups?|snapshots?)|restor(?:ed|ing) (?:the )?(?:\\w+ ){0,3}?(?:data|databases?|tables?|sites?|volumes?|files)|(?:recovered|rebuilt|rebuilding) (?:the )?(?:\\w+ ){0,2}?(?:data|databases?|records|sites|tables)",
    examples: ['we restored the deleted sites from backups', 'the database was restored from a snapshot'],
  },
  {
    id: 'outline.mitigation.manual-fix',
    value: 'manual-fix',
    pattern:
      "(?:deployed|shipped|applied|pushed|released|rolled out|wrote|implemented|put) (?:a |the |an )?(?:\\w+ ){0,2}?(?:fix|patch|hotfix|workaround|correction|override|mitigation)|(?:fix|patch|hotfix|workaround)(?:es)? (?:(?:has|have) been|(?:is|are) (?:now )?being) (?:implemented|applied|deployed|put in place|rolled out)|(?:fixed|patched|corrected|repaired|cleared|purged|flushed|re-?created|rebuilt|re-?indexed|vacuumed|killed|terminated|reconfigured|re-?synced|resynchroni[sz]ed|reset|unblocked|re-?ran|re-?issued|re-?published|re-?generated|cleaned up)|(?:deployed|applied|pushed|rolled out) (?:a |the |an )?(?:[\\w-]+ ){0,3}?(?:filters?|filtering rules|block rules)|manually|by hand",
    examples: ['we have applied a mitigation and page load times are returning to normal.', 'engineers deployed a fix at 14:30', 'we manually corrected the affected records', 'we cleared the stuck queue', "we've put a fix in place and are seeing steady improvement.", 'a fix has been implemented and we are monitoring the results.', 'the issue has been identified and a fix is being implemented.'],
    // Switching back on what was switched off is the end of the mitigation, not a step of it.
    counterExamples: ['- 16:12 — order edits re-enabled; incident resolved.'],
  },
  {
    // In a section that says how service was restored, any corrective action of the operator that
    // is none of the steps above is a manual fix: the generic verbs of intervention.
    id: 'outline.mitigation.corrective-action',
    value: 'manual-fix',
    roles: ['mitigation'],
    pattern:
      "(?:(?:excluded|excluding|removed|removing|disabled|disabling|paused|pausing|halted|suspended|stopped|stopping|cancell?ed|canceled|adjusted|tuned|changed|modified|lowered|migrated|(?:live[- ])?migrating|isolating|quarantined|deleted|issued|refunded|throttled)(?! (?:the |its |our |that |this )?(?:[\\w-]+ )?(?:rollout|deployment|release|push|upgrade|migration)s?\\b)|(?:ran|run|performed|triggered|started) (?:a |an )?manual|(?:set|reset) (?:the )?(?:[\\w-]+ ){0,3}?to \\d)",
    examples: [
      'at 23:40 utc engineers excluded results from the two probing locations from health decisions',
      '10:52 — recovery and backfill paused cluster-wide',
      'they restored the intended compaction setting and ran a manual compaction',
      'engineers began live-migrating virtual machines off the affected hosts',
    ],
    counterExamples: ['write error rates returned to normal by 19:05 utc.', 'engineers paused the rollout at 07:40 utc'],
  },
];

/** Action-item kinds other than `prevent` (the default); the earliest match decides. */
export const ACTION_RULES: readonly OutlineRule<Exclude<ActionKind, 'prevent'>>[] = [
  {
    id: 'outline.action.detect',
    value: 'detect',
    pattern: 'alerts?|alarms?|alerting|monitor(?:s|ing)?|detect(?:ion|s|ing)?|dashboards?|observability|visibility|telemetry|probes?|page (?:the|on-?call)|notif(?:y|ication)',
    examples: ['add an alarm that compares reported free capacity with the rate of capacity errors', 'improve monitoring of the metadata volume'],
  },
  {
    id: 'outline.action.mitigate',
    value: 'mitigate',
    pattern:
      'faster (?:rollback|recovery|failover|restore)|roll ?back|failover|recover(?:y|ing)?|restor(?:e|ing|ation)|runbooks?|blast radius|(?:reduce|shorten|limit) (?:the )?(?:time|impact|duration|scope)|circuit breakers?|graceful(?:ly)? degrad\\w*|fall ?back',
    examples: ['automate the rollback of a failed release', 'reduce the blast radius of a bad push'],
  },
  {
    id: 'outline.action.process',
    value: 'process',
    pattern: 'review(?:s|ed)?|train(?:ing)?|process(?:es)?|communicat\\w+|status page|documentation|playbooks?|polic(?:y|ies)|approvals?|drills?|exercises?|audit(?:s|ing)?|checklists?|on-?call rotation|staffing',
    examples: ['require a second review for production zone edits', 'update the status page process'],
  },
];
