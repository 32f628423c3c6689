/**
 * Phrase banks for the rest of an outage article: titles, ledes, timelines, impact figures,
 * operator quotes, remediation, background filler, updates and reader comments. Templates use
 * `{slot}` and `[a|b]` (see expand-template.ts).
 */

/** Article titles. */
export const TITLES: readonly string[] = [
  '{provider} outage takes down {theService} for {durationShort}',
  'Why {provider} went down, and why it matters',
  '{service} outage highlights the fragility of {provider}',
  'Summary of the {service} service disruption in {region}',
  '{provider} blames {causeShort} for {service} outage',
  'What we know about the {provider} {service} outage',
  '{provider} {service} down: customers left waiting for {durationShort}',
  'Post-mortem: the {month} {year} {service} incident',
  'Lessons from the {provider} outage of {monthDay}',
  '{theService} is back after a {durationAdj} outage at {provider}',
];

/** Opening paragraph of a news report (third person). */
export const NEWS_LEDES: readonly string[] = [
  '{provider}\'s {service} [suffered|went through|was hit by] a [major|widespread|lengthy] outage on {date}, leaving customers in {region} unable to {action} for {duration}. [The disruption began|Problems started|Trouble started] at {startTime}, and [status pages|monitoring services|social media] lit up within minutes.',
  'Customers of {provider} [woke up to|ran into|were greeted by] errors on {date} as {theService} [stopped responding|became unavailable|returned errors] in {region}. For {duration}, users were unable to {action}.',
  'The internet [shuddered|stumbled|had a bad day] on {date} when {provider}\'s {service} [went dark|fell over|stopped working]. Users in {region} reported that they could not {action}, and the trouble lasted {duration}.',
];

/** Opening paragraph of an operator's post-mortem (first person). */
export const OPERATOR_LEDES: readonly string[] = [
  'We want to provide you with some additional information about the service disruption that occurred in {region} on {date}. Between {startTime} and {endTime}, {theService} was [unavailable|degraded|returning elevated error rates] and customers were unable to {action}.',
  'On {date}, {theService} experienced an outage that lasted {duration}. We know how much you rely on {provider}, and we apologise for the impact this event had on you and your customers.',
  'This post describes the incident that affected {theService} in {region} on {date}, what caused it, and what we are changing so that it does not happen again.',
];

/** Opening paragraph of an opinion/blog piece. */
export const BLOG_LEDES: readonly string[] = [
  '{provider}\'s {service} became unavailable around {startTime} on {date}, and now appears to be back up. {provider} is not naming names yet, so what happened? Let\'s look at the facts.',
  'Another week, another cloud outage. This time it was {provider}, whose {service} stopped working in {region} for {duration}. Nobody outside the company knows the cause yet, but the symptoms tell us a lot.',
  'If you tried to {action} on {date}, you probably noticed that {provider} was down. Here is my reading of what went wrong, based on what users saw.',
];

/** Timeline entries, in the order they happen (the composer keeps this order). */
export const TIMELINE_EVENTS: readonly string[] = [
  'automated alarms fired for elevated error rates on {theService}',
  'on-call engineers were paged and began investigating',
  'the status page was updated to report [degraded performance|a major outage|a partial outage]',
  'the team [narrowed the problem down to|traced the errors to] {layer}',
  'engineers disabled the automation that had made the change',
  'engineers started [rolling back the change|shifting traffic away from the affected servers|restarting the affected processes]',
  'error rates began to [fall|recover|drop]',
  'a second wave of errors appeared as traffic returned',
  'most customers could {action} again',
  'the backlog of queued requests was processed',
  'the incident was declared resolved',
];

/** Impact sentences. */
export const IMPACT_SENTENCES: readonly string[] = [
  'Monitoring services logged over {count} reported problems at the peak.',
  'Error rates peaked at {percent} of requests.',
  'Roughly {millions} million users were affected, according to the company.',
  'Analysts estimated the cost at about ${money} million in lost sales.',
  'Around {percent} of API calls failed during the worst hour.',
  'More than {count} websites that depend on {theService} were [partly|completely] unreachable.',
  'Support received {count} tickets in the first hour.',
  '{customerA} and {customerB} were among the customers that went offline.',
];

/** Operator quotes (the speaker attribution is added by the composer). */
export const OPERATOR_QUOTES: readonly string[] = [
  'We identified the issue quickly, but recovery took longer than we expected.',
  'Our systems are very complex and on rare occasions, despite our best efforts, they may experience problems.',
  'We understand how important our service is to our customers and we are sorry for the disruption.',
  'Any downtime is unacceptable and we won\'t be satisfied until it is perfect.',
  'We are still investigating and will publish a full post-mortem once we understand the root cause.',
  'We have taken steps to make sure this cannot happen again.',
];

/** Remediation items (post-mortem action list). */
export const REMEDIATIONS: readonly string[] = [
  'We are adding safeguards so that a single change cannot reach every region at once.',
  'We will rate-limit the recovery process so that restarting servers does not overload {layer}.',
  'We are auditing every tool that can remove capacity and adding checks on the amount removed.',
  'We have improved the monitoring of {layer} so that we detect this failure mode within minutes.',
  'We are changing the status page so that it does not depend on the service it reports on.',
  'We will run regular game days that exercise the failover of {layer}.',
  'We are partitioning the service into smaller cells to limit the blast radius of future events.',
  'We are reviewing our change management process for {layer}.',
  'We will add automated rollback when error rates rise after a deployment.',
];

/** Generic background sentences (fill an article to its target length); alternatives keep copies apart. */
export const BACKGROUND_SENTENCES: readonly string[] = [
  '[Cloud computing|Running on someone else\'s computers|The public cloud] still has a [long road|long way to go|lot to prove] when it comes to [reliability|uptime|resilience].',
  '[Outages|Incidents|Events] like this are a [reminder|warning|lesson] that even the [largest|biggest|best-run] providers have [single points of failure|hidden dependencies|weak spots].',
  'Companies that [depend on|build on|run everything on] {provider} should ask themselves how much [pain|downtime|disruption] they can take if their [primary|only|main] provider goes down.',
  '[Multi-region|Active-active|Multi-cloud] architectures cost [more|a lot more|real money], but they are the only [real|serious|credible] protection against an event of this [size|scale|kind].',
  '[Many|Plenty of|A lot of] customers only [learned about|heard of|found out about] the problem from their own [users|customers|support queues] on [social media|Twitter|forums].',
  'The {provider} status page stayed [green|silent|unchanged] for the first {minutes} minutes of the outage, which [frustrated|annoyed|angered] [customers|developers|engineers].',
  '[Site operators|Engineering teams|Anyone running a web service] can learn from this: [test|rehearse|exercise] your failover [before you need it|every quarter|under real load].',
  'It is [another sign|one more reminder|further proof] that we can\'t take [operations|reliability|uptime] for granted, even in the cloud.',
  'The incident comes {weeks} weeks after a [smaller|shorter|less visible] disruption in [the same region|{region}|another part of the platform].',
  '[Distributed systems|Large platforms|Complex services] [fail|break|go wrong] in [surprising|unexpected|subtle] ways, and [recovery|restoring service|getting back to normal] is [often|usually|frequently] harder than the failure itself.',
  'Engineers at [several|a number of|at least {small}] affected companies said their own monitoring caught the problem before {provider} [acknowledged|admitted|confirmed] it.',
  '[Prices|Rates|Costs] are hard to beat, which is why so many [startups|small teams|enterprises] put [everything|their whole stack|most of their workloads] on {provider} in the first place.',
  'The service level agreement promises {sla} availability, and [credits|refunds|service credits] will be [small|tiny|minor] compared with the business [lost|that was lost|customers lost].',
  '[Independent monitoring|Third-party monitoring|Your own monitoring] is important: trust your provider, but verify what [levels of service|uptime|latency] you actually get.',
  'Some customers had built [fallbacks|a second site|failover to another provider], and for them the outage was a [non-event|minor blip|short inconvenience].',
  'Chaos engineering, which [deliberately introduces|injects|simulates] faults to test resilience, is becoming [standard practice|common|more popular] at [large|smaller|most large] companies.',
  'Redundancy across providers is [expensive|costly|hard] and [complex|difficult to operate|easy to get wrong], and few teams test it [regularly|often|at all].',
  'It is also a reminder to keep runbooks up to date, because the people on call at {startTime} are rarely the ones who wrote them.',
  'A status page hosted on the same [infrastructure|platform|servers] it reports on is not much use during an outage.',
  'For [small businesses|online shops|independent sellers] that [sell|depend] on {theService}, even [a few hours|an afternoon|an hour] of downtime can wipe out a [day|week|month] of [revenue|sales|margin].',
  'Recovery was slowed by the need to bring [systems|services|components] back in a [careful|specific|deliberate] order.',
  'The company has published [detailed|thorough|candid] post-mortems [before|in the past|after earlier incidents], and customers expect one this time too.',
  '[Investors|Analysts|Markets] barely reacted, but customers on [social media|forums|Hacker News] were less forgiving.',
  'Observability tools can shorten the time to [detect|find|diagnose] a failure, but only if someone is watching the right [signals|dashboards|metrics].',
  'Nobody likes to talk about it, but [many|most|a large share of] outages start with a change someone made on purpose.',
  'A well-rehearsed incident response process matters as much as any [technology choice|tool|architecture decision].',
  'Capacity planning for a failure scenario is different from planning for a [normal|seasonal|holiday] peak.',
  'Customers with retries and exponential backoff fared better than those whose clients [hammered|flooded|kept retrying against] the service.',
  'The episode revived the debate about whether [critical|essential|core] services should depend on a single [cloud|provider|vendor].',
  'For many teams the lesson is simple: know your dependencies before they fail.',
  'It was the [second|third|fourth] [major|significant|visible] outage at {provider} [this year|in {small} months|since {prevYear}].',
  'Back in {prevYear}, a [similar|comparable|smaller] incident took down {theService} for [about an hour|most of a day|several hours].',
  '"[We were completely down|Our checkout stopped working|We could not deploy anything] for [the whole time|most of the morning|hours]," wrote {person}, [CTO|founder|an engineer|head of platform] at {customerA}, on [Twitter|LinkedIn|Hacker News|a company blog].',
  '{customerA}, one of the [largest|best-known|most visible] {provider} customers, [said it was investigating|posted its own status update|told users to try again later] within [minutes|the hour|half an hour].',
  'A spokesperson for {customerB} said [the company|its engineers] had [switched to a backup|waited it out|no way to fail over].',
  '[By one estimate,|According to one analysis,|One monitoring firm estimated that] {percent} of the [top ten thousand|most popular|largest] websites [use|depend on|sit behind] {provider} in some way.',
  'The [timing|day|hour] could hardly have been worse: [it was a Monday morning in Europe|it was the start of a sales event|many teams had just started work in {region}].',
  'Engineers [debated|argued|speculated] on [Hacker News|Reddit|Twitter] about whether [the design|the architecture|the rollout process] was to blame.',
  '[Status pages|Dashboards|Health checks] said everything was fine while [requests|users|customers] were [failing|timing out|seeing errors].',
  'The [cost|price|bill] of an hour of downtime for a large [retailer|bank|SaaS company] is often put at [hundreds of thousands|millions] of dollars.',
  '{provider} [serves|hosts|handles traffic for] [millions|tens of thousands|hundreds of thousands] of [customers|businesses|developers], so even a [short|partial|regional] outage [spreads|is felt|ripples] [widely|far|across the web].',
  'The [affected|impacted|broken] region, {region}, is one of the [oldest|busiest|largest] in the {provider} network.',
];

/** Per-layer context sentences (explain the component; used only for the article's own layers). */
export const LAYER_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  dns: ['DNS is the phone book of the internet: when [resolvers|clients] cannot look up a name, [nothing else matters|every other layer is unreachable].', 'A DNS [record|zone] change can take [minutes|hours] to propagate, and so can its rollback.'],
  gslb: ['Global server load balancing is the first line of defense when a data centre goes off the air.', 'GSLB [steers|sends|routes] users to the [nearest|healthiest|least loaded] site, so when it [misjudges health|fails] everyone lands in the wrong place.'],
  'load-balancer': ['If some of the servers died, the load balancer should have taken them out of rotation.', 'Health checks that are [too strict|too lenient|misconfigured] can make a load balancer drop [healthy|all] servers.'],
  cdn: ['A content delivery network caches pages at the edge, close to users, so an edge failure [hits|affects] [everyone at once|a whole continent].', 'Edge proxies and web application firewalls sit in front of [millions of|countless] sites, which makes them [a single point of failure|a shared fate].'],
  network: ['BGP is how networks tell each other which addresses they can reach, and a bad announcement can [withdraw|hijack] [whole prefixes|a provider] within seconds.', 'Packet loss on a [backbone|core|transit] link [cascades|spreads] into timeouts everywhere above it.'],
  compute: ['Virtual machines and containers share hosts, so a [bad kernel|host failure|scheduler bug] can take out [many tenants|whole fleets] at once.', 'Schedulers that [restart|reschedule] failed containers can [amplify|worsen] an outage when every host is affected.'],
  storage: ['Object storage holds [images|backups|static assets] for [thousands of|many] other services, so when it fails the [damage|impact] spreads.', 'Storage systems replicate data across [servers|disks|zones], and re-replication after a failure can [saturate|overload] the network.'],
  database: ['Databases are the hardest part to fail over, because [writes|transactions] must not be lost.', 'Replication lag during a failover can leave [replicas|secondaries] [behind|out of date] and applications reading stale data.'],
  cache: ['When a cache is [cold|flushed|restarted], every request falls through to the database, which was never sized for that.', 'Cache stampedes happen when many clients miss the cache at once and all ask the [database|backend] for the same data.'],
  application: ['The application tier is where [most|many] [bugs|changes] live, simply because it changes [most often|every day].', 'A failure in [checkout|sign-up|search] is the one customers notice first.'],
  'control-plane': ['The control plane [coordinates|tracks|configures] everything else, so when it fails the data plane [keeps running blind|cannot change].', 'Internal coordination services such as [service discovery|membership|metadata] are [invisible|unknown] to customers until they break.'],
  auth: ['When [sign-in|identity|token issuance] fails, [every|each] service that [checks|relies on] it fails too.', 'Expired certificates and [broken|stale] tokens are among the most [embarrassing|avoidable] causes of downtime.'],
  'third-party': ['Every [online business|platform|service] depends on [outside|third-party] providers for [payments|messages|shipping] it does not control.', 'A provider\'s outage becomes its customers\' outage [within minutes|immediately].'],
  facility: ['Data centres are [designed|built] to survive the loss of [utility power|a cooling unit], but [the transfer|the failover] does not always work.', 'Cooling [failures|problems] force operators to [shut down|power off] servers before they [overheat|are damaged].'],
};

/** Per-cause context sentences (explain the trigger; used only for the article's own causes). */
export const CAUSE_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  deployment: ['[Rollouts|Deployments|Releases] remain the most common trigger of [outages|incidents]: [study|survey|report] after [study|survey|report] finds that changes cause most of them.', 'Staged rollouts exist precisely to catch [bad releases|regressions] before they reach [every region|all customers].'],
  'software-bug': ['[Latent|Hidden|Dormant] bugs can sit in code for [months|years] until an unusual [load|input|sequence of events] triggers them.', 'The [bug|defect|flaw] had passed [code review|testing|the test suite] because the [failure mode|condition] never occurred in [staging|testing].'],
  misconfiguration: ['A single [wrong value|typo|flag] in a configuration file can [reach|spread to] [every server|the whole fleet] faster than any code change.', 'Configuration is code, and it deserves the same [review|testing|staged rollout].'],
  capacity: ['Systems rarely fail at [normal|average] load; they fail when [a spike|a retry storm|a failover] pushes them past [a limit|their limits] nobody had tested.', 'Connection pools, threads and [ports|file descriptors] are [finite|limited], and running out of any of them looks like an outage.'],
  dependency: ['[Hidden|Unexpected|Undocumented] dependencies turn [a small|one] failure into [a large|many] [one|outages].', 'A service is only as available as the [least available|weakest] thing it depends on.'],
  hardware: ['Hardware fails [all the time|constantly] at this scale; the question is whether the software [notices|copes].', 'A single [failing|flapping] [switch|disk|controller] can [hurt|slow] more than a dead one, because it [keeps|looks] half alive.'],
  power: ['Backup generators and UPS systems [are supposed to|should] carry the load, but [transfer|switchover] failures are [surprisingly common|a classic].', 'Power events [tend to|often] [take out|affect] whole [halls|rooms|sites] at once.'],
  'natural-disaster': ['Storms, heat and [floods|fires] [test|stress] [the physical|a data centre\'s] resilience in ways [no|few] [drill|tests] can.', 'Extreme weather is becoming [a more common|a growing] [cause|factor] in data centre [outages|incidents].'],
  'human-error': ['[Humans|Operators|People] make mistakes, and tools should make [dangerous|destructive] commands hard to run by accident.', 'Blaming the engineer who typed the command [misses the point|is easy]; the tooling allowed it.'],
  security: ['DDoS attacks have grown to [terabits|hundreds of gigabits] per second, big enough to [overwhelm|saturate] [whole networks|large providers].', 'Attackers [look for|aim at] [shared|central] infrastructure because one [hit|target] takes out [many|thousands of] sites.'],
  time: ['Time is [hard|tricky]: leap seconds, [leap days|time zones] and [expiry dates|certificate lifetimes] have caused [famous|many] outages.', 'An expired [certificate|domain] is [the most avoidable|an entirely avoidable] outage, and it still happens [every year|regularly].'],
  unknown: ['Without an official explanation, [customers|observers|engineers] are left to guess.', 'Root cause analyses take time, and [first|early] explanations are [often|sometimes] wrong.'],
};

/** Lessons a blogger lists (imperative). */
export const LESSONS: readonly string[] = [
  'Test failover regularly, under real load.',
  'Keep the status page off the infrastructure it reports on.',
  'Roll out changes region by region, never everywhere at once.',
  'Know every dependency of your critical path.',
  'Use retries with exponential backoff and jitter.',
  'Cache what you can, so that reads survive a backend outage.',
  'Make dangerous commands hard to run by accident.',
  'Monitor from outside your own network.',
  'Keep runbooks short, current and rehearsed.',
  'Budget for redundancy before you need it.',
];

/** Update paragraphs appended to news reports. */
export const UPDATES: readonly string[] = [
  'Update: {provider} says the service has been fully restored as of {endTime}.',
  'Update #2: A {provider} spokesperson said a detailed report would be published within a week.',
  'Update: Some customers are still reporting elevated latency in {region}.',
  'Update #3: The company has posted a summary on its status page confirming the timeline above.',
];

/** Section headings of an operator post-mortem. */
export const POSTMORTEM_HEADINGS = {
  timeline: ['Timeline', 'What happened', 'Sequence of events'],
  cause: ['Root cause', 'Why it happened', 'Cause'],
  impact: ['Impact', 'Customer impact', 'Who was affected'],
  remediation: ['Remediation', 'What we are changing', 'Next steps', 'Action items'],
} as const;

/** Section headings of a news report or blog post. */
export const NEWS_HEADINGS: readonly string[] = ['What we know', 'Potential causes', 'Why this matters', 'The bigger picture', 'What customers saw'];

/** Headings of a blog's lessons list. */
export const LESSON_HEADINGS: readonly string[] = ['Lessons for engineers', 'What I would change', 'Takeaways', 'What you can do'];

/** Sentences of reader comments. */
export const COMMENT_SENTENCES: readonly string[] = [
  'We were hit by this too and our whole {service} integration was down for hours.',
  'This is exactly why we run in two regions.',
  'Does anyone know if {provider} will issue SLA credits for this?',
  'Stuff happens, and the real question is how fast they communicate.',
  'I would bet the status page was the last thing to turn red.',
  'Great write-up, thanks for the detail.',
  'My guess is that {layer} was the culprit, it usually is.',
  'Honestly it was probably DNS. It is always DNS.',
  'Moving everything to the cloud has great benefits, and we are now seeing some of the downside.',
  'We use {provider} as a backup only, so for us this was a non-issue.',
  'I work in operations and I can tell you that a rollback is never as simple as it sounds.',
  'How many outages does it take before people stop putting all their eggs in one basket?',
  'Our monitoring caught it {minutes} minutes before their status page did.',
  'The post-mortem is surprisingly honest, I appreciate that.',
  'If you are not testing failover you do not have failover.',
  'Anyone else notice that the API was flaky for a day before the outage?',
  'We had customers calling us about it and there was nothing we could do.',
  'For full disclosure, I work for a competitor, but these things happen to everyone.',
  'Maybe they should slow down their release cadence.',
  'Thanks for covering this, the official statement was pretty vague.',
];

/** Boilerplate lines that site templates add around an article (used by planted copies). */
export const BOILERPLATE_LINES: readonly string[] = [
  'Scroll to Top',
  'Share this: Twitter | Facebook | LinkedIn | Email',
  'Subscribe to our newsletter for more stories like this.',
  'Comments are closed.',
  'This article was compiled from multiple technology news sources.',
  'Related posts',
  'Advertisement',
];
