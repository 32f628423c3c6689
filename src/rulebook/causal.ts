/**
 * Causal connectives: the constructions in which a report states cause and effect ("X was caused
 * by Y", "Y caused X", "the root cause was Y", "triggered by", "stemmed from", "traced to", "due
 * to", "as a result of", "because", "led to", "resulted in"). Each says on which side of it the
 * cause stands and what kind of cause it puts forward (root, trigger or contributing). The tagger
 * reads the cause side for the origin component and the cause class, and the effect side for what
 * was impacted.
 */
import type { CauseRole } from '../model/taxonomy.js';
import type { Rule } from './rule.js';

/** A causal connective. */
export interface ConnectiveRule extends Rule {
  /**
   * `after`: the cause follows the connective ("caused by Y"); `before`: it precedes it ("Y
   * caused"); `within`: the connective names the cause itself ("after a power failure", "during a
   * database upgrade") and the rest of the clause is the effect.
   */
  causeSide: 'after' | 'before' | 'within';
  /** What the connective puts forward. */
  kind: CauseRole;
}

/** The causal connectives (longest matches win where they overlap). */
export const CONNECTIVE_RULES: readonly ConnectiveRule[] = [
  {
    id: 'causal.root-cause-was',
    causeSide: 'after',
    kind: 'root',
    pattern:
      "(?:the |a |one |another |our )?(?:(?:preliminary |likely |probable |suspected )?(?:root|underlying|proximate|primary|main|direct|ultimate|initial|immediate|real|actual|technical|first|second) )?(?:causes?|culprit|reason|explanation|source of the (?:problem|issue|outage|failure)|origin of the (?:problem|issue|outage|failure)) (?:(?:of|for|behind) (?:the |this |that |today's |yesterday's |our )?(?:\\w+[ -]){0,4}?)?(?:was|were|is|are|has been|had been|turned out to be|proved to be|appears to be|appeared to be|seems to be|seemed to be|is believed to be|was determined to be|was identified as|lies|lay)|(?:the )?root cause(?: of (?:the |this )?\\w+)?:",
    examples: [
      "The root cause was a latent race condition within DynamoDB's automated DNS management system.",
      'The cause of the outage was a misconfigured export filter.',
      'The culprit was a bad regular expression.',
    ],
    counterExamples: ['We are still determining the root cause.', 'The cause remains unknown.'],
  },
  {
    id: 'causal.caused-by',
    causeSide: 'after',
    kind: 'root',
    pattern: '(?:caused|brought on|brought about|produced|created|driven|induced|occasioned) by',
    examples: ['The outage was caused by an outbound BGP policy that matched none of our prefixes.', 'a disruption caused by a failed storage array'],
    counterExamples: ['The bug caused the scheduler to crash.'],
  },
  {
    id: 'causal.triggered-by',
    causeSide: 'after',
    kind: 'trigger',
    pattern: '(?:triggered|set off|sparked|kicked off|initiated|started|touched off|precipitated|prompted|began|started) (?:by|with|when)|the trigger(?:,[^,]{1,40},)? (?:was|for (?:\\w+ ){0,4}?was)|(?:began|started) (?:shortly )?after',
    examples: ['The failover was triggered by a monitor that judged a healthy region dead.', 'The trigger, though not root cause, for the event was a relatively small addition of capacity.', 'The trouble began with configuration changes to the backbone routers.', 'The incident began when multiple storage nodes lost power.'],
    counterExamples: ['The rollout triggered alarms.'],
  },
  {
    id: 'causal.due-to',
    causeSide: 'after',
    kind: 'root',
    pattern: '(?:due|owing) (?:(?:in |largely |mostly |partly |entirely |primarily )?(?:large )?(?:part )?)?to(?! (?:be|ship|land|go|arrive|launch|start|begin|complete|finish|roll|expire|end|open|close|run)\\b)|on account of|thanks to|as (?:a|the) (?:direct |indirect )?(?:result|consequence) of|in (?:the )?wake of|(?:a|the) (?:direct |indirect )?(?:result|consequence|product) of|resulted from|result(?:s|ing)? from|(?:stem|stems|stemmed|stemming|arose|arise|arises|arising|originated|originating|originate|originates|derived|came|comes) from|originat(?:ed|ing|es) (?:in|with)',
    examples: ['Requests failed due to a memory leak in the connection-tracking module.', 'The disruption stemmed from a fault on the utility feed.', 'Errors were the result of an expired certificate.'],
    counterExamples: ['The fix is due to ship next week.'],
  },
  {
    id: 'causal.because',
    causeSide: 'after',
    kind: 'root',
    pattern: 'because(?: of)?|since (?=(?:the|a|an|our|its|their|it|we|they|there|this|that|no|both|each|every|all)\\b(?! \\d))|as (?=(?:the|a|an|our|its|their|it|we|they|there)\\b (?:\\w+ ){0,4}(?:was|were|had|did|could|would|lacked|failed))',
    examples: ['ATL2 lost its utility feed because of a fault in the substation equipment.', 'Healthy nodes could not rejoin because the metadata nodes were also down.'],
    counterExamples: ['Since 10:00 the error rate has been normal.'],
  },
  {
    id: 'causal.traced-to',
    causeSide: 'after',
    kind: 'root',
    pattern: '(?:traced|tracked|attributed|pinned|narrowed|isolated|linked|tied|put|chalked) (?:it |this |the (?:\\w+ ){1,3})?(?:back |down )?(?:up )?to|(?:blamed|blames|blaming) (?:\\w+ ){0,5}?on|(?:the )?work of',
    examples: ['Engineers traced the errors to a defect in the new release.', 'The company blamed the outage on a faulty router upgrade.'],
    counterExamples: ['We listened to customers.'],
  },
  {
    id: 'causal.during-change',
    causeSide: 'within',
    kind: 'trigger',
    pattern:
      'during (?:a|an|the|our|its) (?:routine |planned |scheduled |regular |major |recent |emergency |large |small )?(?:[\\w-]+ ){0,3}?(?:upgrade|migration|deploy(?:ment)?|rollout|release|maintenance|update|change|expansion|failover|restart|reboot)',
    examples: ['During a database upgrade, a follower node was promoted to become the new primary.'],
    counterExamples: ['During the outage, customers could not log in.'],
  },
  {
    id: 'causal.after-event',
    causeSide: 'within',
    kind: 'trigger',
    pattern:
      'after (?:a|an) (?:[\\w-]+ ){0,4}?(?:failure|fault|outage|error|bug|glitch|change|update|upgrade|attack|cut|fire|storm|surge|spike|misconfiguration|mistake|problem|issue|incident|loss|leak|crash|malfunction|flood|strike|breach|deploy(?:ment)?|release|migration)',
    examples: ["Customers could not check balances after a hardware failure at one of the lender's data centres."],
    counterExamples: ['After a few minutes the alarms cleared.'],
  },
  {
    id: 'causal.caused',
    causeSide: 'before',
    kind: 'root',
    pattern:
      "(?<!\\b(?:the|a|root|main|underlying|primary|proximate|direct|likely|probable|possible|only|same|real|actual|its|their|our|no|whose|what|of|exact|precise|immediate|ultimate|known|unknown) )(?:caused|causes|causing)(?! by)|(?:was|were|is|are) (?:the |a |one )?(?:(?:root|main|underlying|primary|proximate|direct|immediate|ultimate|likely|probable|real) )?(?:cause|culprit|reason|trigger|source)s?(?: of| for| behind)",
    examples: ['A defect in the rollout tool caused every host to reboot.', 'A misconfigured filter was the root cause of the outage.', ', causing API requests to return 500 errors'],
    counterExamples: ['The cause was a faulty cable.', 'The outage was caused by a faulty cable.'],
  },
  {
    id: 'causal.led-to',
    causeSide: 'before',
    kind: 'root',
    pattern:
      ",? (?:leaving|rendering|forcing) (?=\\w+ (?:\\w+ ){0,6}?(?:unable|unavailable|unreachable|offline|down|without|stranded|inaccessible|broken|degraded))|(?:led|leading|leads|lead) to|result(?:ed|ing|s)? in|gave rise to|giving rise to|(?:brought|took|knocked|taking|bringing|knocking) (?:\\w+ ){0,4}?(?:down|out|offline)|meant that|(?:rendered|made|making) (?:\\w+ ){0,4}?(?:unavailable|unusable|unreachable|unable|impossible|inaccessible)|prevented|preventing|set off|sparked|(?:triggered|triggering|triggers)(?! by)|kicked off",
    examples: [
      'We experienced a problem with those internal system communications, leaving the components unable to interact properly.',
      'This increased load led to elevated handshake latencies.', 'The change resulted in every instance failing its health check.', 'It was this release that set off the event.'],
    counterExamples: ['The team led the response.'],
  },
  {
    // What put the load on a part ("these retries multiplied the load on the metadata servers,
    // which became overloaded"): the cause stands before, the loaded part after.
    id: 'causal.load-on',
    causeSide: 'before',
    kind: 'root',
    pattern: '(?:multiplied|amplified|increased|doubled|tripled|quadrupled|compounded|added to|piled|put|placed|drove|pushed) (?:the |additional |extra |excessive |heavy |enormous |significant )?(?:load|pressure|traffic|strain|stress|demand|requests) (?:on|onto|to|against)',
    examples: ['These retries multiplied the load on the metadata servers, which became overloaded.', 'The reconnecting clients put enormous load on the authentication service.'],
    counterExamples: ['The load on the metadata servers was normal.'],
  },
  {
    id: 'causal.contributing-factor-was',
    causeSide: 'after',
    kind: 'contributing',
    pattern: '^(?:(?:a|another|one|the|other) (?:\\w+ ){0,2})?(?:contributing|aggravating|complicating) factors? (?:was|were|is|are|included|includes)',
    examples: ['A critical contributing factor was a feedback loop in the session store.', 'Contributing factors included stale alerts and a missing runbook.'],
    counterExamples: ['The stale alert was a contributing factor.'],
  },
  {
    id: 'causal.contributed',
    causeSide: 'before',
    kind: 'contributing',
    pattern:
      'contribut(?:ed|ing|es) to|(?:exacerbated|compounded|amplified|worsened|prolonged|aggravated|magnified|lengthened|extended|delayed|slowed) (?:the |our |its |this )?(?:\\w+ ){0,3}?(?:outage|incident|impact|disruption|recovery|restoration|problem|failure|event|detection|diagnosis|issue)|made (?:the |this |it |things |matters )?(?:\\w+ )?worse|(?:a|another|the) (?:contributing|aggravating|complicating) factor|kept (?:\\w+ ){0,3}(?:slow|down|pinned|high)',
    examples: ['Aggressive client retries contributed to the overload.', 'A stale dashboard delayed detection of the outage.', 'Retrying browsers kept demand pinned above the limit.'],
    counterExamples: ['The release contained a defect.'],
  },
];
