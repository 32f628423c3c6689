/**
 * Label-independent signal families: what makes a clause say that something failed, that a
 * statement is negated, hedged or generic, that a sentence is advice, and who speaks it. Each
 * family is a list of rules (one theme each) over lower-cased text with typographic apostrophes
 * folded to `'` (apostrophes are optional where sources drop them: "wasnt", "moneys").
 */
import type { Rule } from './rule.js';

/** A family of rules read together (one compiled, prefiltered alternation). */
export interface SignalFamily {
  /** Stable id of the family (`signal.<name>`). */
  id: string;
  /** What the family reads, in prose. */
  description: string;
  /** The rules. */
  rules: Rule[];
  /** Wrapper of each alternative: `word` (default, `\b(?:...)\b`), `raw` (as written). */
  wrap?: 'word' | 'raw';
  /** Match the original-case text instead of the lower-cased one. */
  caseSensitive?: boolean;
}

const FAILURE: SignalFamily = {
  id: 'signal.failure',
  description: 'Failure or impact states ("outage", "errors", "was down", "overloaded"); a negation just before one cancels it.',
  rules: [
    {
      id: 'failure.unavailable',
      pattern:
        "fail(?:s|ed|ing)?(?! over)|failures?|outages?|down(?:time)?|offline|off the air|unavailab\\w*|unreachable|inaccessible|unresponsive|unusable|went (?:down|dark|offline|away)|taken? (?:\\w+ )?offline|went dark|died|dead|killed|disconnect\\w*|vanish\\w*|disappear\\w*|blackhol\\w*|unhealthy|not healthy|read-only|suspended|suspend\\w*|terminat\\w*",
      examples: ['the site was down for two hours', 'the router failed', 'hosts went dark'],
      counterExamples: ['the database failed over to its replica'],
    },
    {
      id: 'failure.errors',
      pattern:
        "errors?|error(?:ed|ing)|(?:http |status |returned |returning |with (?:an? )?)5\\d\\ds?|5\\d\\d (?:errors?|responses?|codes?|status(?:es)?)|servfail|nxdomain|timed? ?outs?|timed out|reject\\w*|refus\\w*|exceptions?|panic\\w*",
      examples: ['requests returned 503s', 'resolvers got SERVFAIL', 'calls timed out'],
    },
    {
      id: 'failure.degraded',
      pattern:
        'degrad\\w*|disrupt\\w*|interrupt\\w*|impair\\w*|impact(?:ed|ing)?|affect(?:ed|ing)?|slow(?:ed|s|ness|er)?(?: down)?|latenc(?:y|ies)|hang(?:s|ing)?|hung|stall\\w*|unstable|instability|flap\\w*|struggl\\w*|choked|clogged|jammed|glitch\\w*|hiccups?|snafu|problems?|issues?|troubles?|incidents?',
      examples: ['latency rose sharply', 'sign-in was degraded', 'customers were affected'],
    },
    {
      id: 'failure.broken',
      pattern:
        'crash\\w*|broke(?:n)?|break(?:s|ing|age)?|faults?|faulty|bugs?|buggy|misconfigur\\w*|corrupt\\w*|misbehav\\w*|malfunction\\w*|incorrect\\w*|invalid|wrong\\w*|inconsisten\\w*|stale|mismatch\\w*|inverted|misrout\\w*|loop(?:ed|ing|s)?|deadlock\\w*|leak\\w*|overheat\\w*|mistakes?|typo\\w*|restart(?:ed|s|ing)?|reboot(?:ed|s|ing)?',
      examples: ['the process crashed', 'a faulty line card', 'the cache held stale entries'],
    },
    {
      id: 'failure.lost',
      pattern: 'lost|loss|drop(?:ped|ping|s)?|dropped|removed|delet(?:e|ed|es|ing|ion)|cut|severed|partition(?:ed|ing)|expir(?:ed|ing|y)|locked|breach\\w*|compromis\\w*|attack\\w*|flooded',
      examples: ['packets were dropped', 'the fibre was severed', 'the certificate expired'],
    },
    {
      id: 'failure.overloaded',
      pattern:
        'overload\\w*|overwhelm\\w*|saturat\\w*|exhaust\\w*|ran out|run(?:ning)? out|filled up|throttl\\w*|retr(?:y|ies|ying|ied)|queu(?:ed|ing)|pil(?:ed|ing) up|starv\\w*|spik(?:e|ed|es)|surg(?:e|ed|es)|exceed\\w*|maxed out|contention|buckl\\w*|melt\\w*(?: down)?|collaps\\w*|fell over',
      examples: ['the database was overloaded', 'connections were exhausted', 'the cluster collapsed'],
    },
  ],
};

const FAILURE_FUNCTION: SignalFamily = {
  id: 'signal.failure-function',
  description: 'Failures that carry their own negation ("could not start", "wasn\'t redirecting"): never cancelled by a negation.',
  rules: [
    {
      id: 'failure-function.negated-verb',
      pattern:
        "(?:did|does|do|was|were|is|are|would|will|had|has|have|could|can|should) ?not (?:properly |correctly |successfully |cleanly |fully )?(?:\\w+ing|work\\w*|respond\\w*|load\\w*|start\\w*|detect\\w*|take over|redirect\\w*|resolv\\w*|connect\\w*|reach\\w*|return\\w*|serv\\w*|process\\w*|boot\\w*|come back|recover\\w*|function\\w*|deliver\\w*|accept\\w*|communicat\\w*|interact\\w*|log in|login|sign in|authenticat\\w*|renew\\w*|updat\\w*|find|handle|keep up|scale|complete|finish|move|retriev\\w*|send|receive|run|see|access|read|write|fail over|failover|switch over|get|be reached|be accessed|transfer|register|release|rejoin|forward\\w*)|(?:didn|doesn|don|wasn|weren|isn|aren|wouldn|won|hadn|hasn|haven|couldn|can|shouldn)'?t (?:properly |correctly |successfully |cleanly |fully )?(?:\\w+ing|work\\w*|respond\\w*|load\\w*|start\\w*|detect\\w*|take over|redirect\\w*|resolv\\w*|connect\\w*|reach\\w*|return\\w*|serv\\w*|process\\w*|boot\\w*|come back|recover\\w*|function\\w*|deliver\\w*|accept\\w*|communicat\\w*|interact\\w*|log in|login|sign in|authenticat\\w*|renew\\w*|updat\\w*|find|handle|keep up|scale|complete|finish|move|retriev\\w*|send|receive|run|see|access|read|write|fail over|failover|switch over|get|be reached|be accessed|transfer|register|release|rejoin)",
      examples: ['the standby did not take over', "the load balancer wasn't redirecting traffic", 'the transfer switch did not transfer'],
    },
    {
      id: 'failure-function.unable',
      pattern:
        "cannot \\w+|can'?t \\w+|unable to|fail(?:s|ed|ing)? to|stopped(?: \\w+ing)?|no longer|refused to|prevented|blocked|could not|couldn'?t|inability|not (?:properly |correctly )?(?:retriev|redirect|respond|serv|load|work|detect|resolv|connect|return|process|deliver|accept|start|boot|forward)\\w*",
      examples: ['users were unable to log in', 'the module failed to release the memory', 'nodes could not rejoin the cluster'],
    },
  ],
};

const NEGATOR: SignalFamily = {
  id: 'signal.negator',
  description: 'Negations that cancel a following cue or failure word within a few words.',
  rules: [
    {
      id: 'negator.not',
      pattern: "not|no|never|neither|nor|without|nothing|none|nobody|no one|wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|won'?t",
      examples: ['it was not a router', 'no sign of an attack'],
    },
    {
      id: 'negator.excluded',
      pattern: 'rather than|instead of|ruled out|unrelated to|other than|except|apart from|rule out|unaffected',
      examples: ['a bad change rather than an attack', 'we ruled out a hardware fault'],
    },
    {
      id: 'negator.purpose',
      // A clause opening with its purpose names a risk, not an event; a safeguard "meant to
      // prevent" something says nothing of whether it happened, so only the opening counts.
      pattern: '^(?:in order )?to (?:prevent|avoid|guard against|protect against|head off|rule out) (?:further |any |more |future |additional |potential |possible )?',
      examples: ['to prevent further data corruption, github paused webhook delivery.', 'in order to avoid an overload'],
      counterExamples: ['the throttle failed to prevent the overload', 'an upgrade disabled a check that was meant to prevent filesystem corruption'],
    },
  ],
};

const DENIAL: SignalFamily = {
  id: 'signal.denial',
  description: 'Denials of a cause: every cue after one in the same clause is denied, however far ("not the result of any cyber activity", "no sign that user data was compromised").',
  rules: [
    {
      id: 'denial.not-the-result',
      pattern:
        "(?:(?:was|were|is|are) not|wasn'?t|weren'?t|isn'?t|aren'?t) (?:the (?:result|work|product) of|caused by|due to|because of|related to|(?:a|the) result of|linked to|connected to|down to)|not caused, [^,]{1,40}, by|not (?:the result of|caused by|due to|because of|related to|a result of|the work of)|(?:no|not any|without any) (?:sign|evidence|indication|suggestion|reason to believe)s? (?:of|that)|played no (?:part|role)|had nothing to do with|nothing to do with|(?:has|have|had) been ruled out|ruled out|unrelated to|says nothing of the kind|(?:was|were|is) not (?:a|an) |wasn'?t (?:a|an) |(?:rather|instead) than|(?:fits?|fitted|match(?:es|ed)?|looks?|looked|resembles?|resembled)\\b[^.;]{0,80}? more than(?= (?:a|an|the|any) )|(?:there is|there was|there's) no |no (?:clear |obvious |apparent |single |immediate )?(?:cause|trigger|explanation|culprit)s? (?:like|such as)|(?:can'?t|cannot|couldn'?t|could not) (?:possibly |really |have )?(?:be(?:en)?) (?:a|an|the)\\b",
      examples: ['the incident was "not the result of any cyber activity"', 'the issue was not caused, directly or indirectly, by a cyber attack', 'no sign that user data was compromised', 'This was not the result of a hack', 'played no part', 'no clear cause like sudden code changes or traffic spikes was immediately apparent', 'the symptoms also fit an application-layer flood more than a broken deployment', "can't be a solar storm, space weather has been quiet today"],
      counterExamples: ['The outage was caused by a software update.'],
    },
    {
      // A question put about the cause, or a refusal to answer it: the candidates it lists are
      // asked about, not claimed.
      id: 'denial.question',
      pattern:
        "(?:asked|asking) (?:\\w+ )?(?:whether|if)|(?:would not|wouldn'?t|did not|didn'?t|does not|doesn'?t|declined to|refused to|could not|couldn'?t) (?:say|confirm|comment on|specify|disclose) (?:whether|if)|(?:not |un)(?:clear|known) (?:whether|if)",
      examples: ['asked directly whether the problem was caused by a cyber attack, a planned change or an equipment failure, a spokesperson said only that', 'the company would not say whether a software update was to blame', 'it is not clear whether the fibre cut caused the outage'],
      counterExamples: ['the outage was caused by a cyber attack, the company said.'],
    },
    {
      id: 'denial.nothing-lost',
      pattern:
        'no (?:\\w+ ){0,2}(?:data|information|records?|credentials?|accounts?|funds|passwords?|card details|files?|emails?|messages?|keys?|secrets?|tokens?)s? (?:\\w+ ){0,3}?(?:was|were|had been|has been|have been|is|are)|(?:had|has|have|was|were) not been (?:used|accessed|exposed|compromised|affected|lost|touched)',
      examples: ['no customer data had been lost or compromised', 'the token had not been used to perform any unauthorized pushes'],
    },
  ],
};

const RETRACTION: SignalFamily = {
  id: 'signal.retraction',
  description: 'Denials that follow what they deny: every cue before one in the same clause is denied ("The 21:58 release corrected a typo and played no part").',
  rules: [
    {
      id: 'retraction.played-no-part',
      pattern:
        "played no (?:part|role)|(?:was|were|is|are) (?:not|never) (?:the|a|an) (?:\\w+ )?(?:cause|factor|culprit|trigger|problem)|(?:was|were|is|are) unrelated|had nothing to do with (?:it|this|the (?:outage|incident))|(?:was|were) (?:later )?ruled out|(?:was|were) not involved|did not contribute|(?:was|were) not (?:to blame|responsible)|wasn'?t (?:the|a) (?:cause|culprit|factor)",
      examples: ['The 21:58 release corrected a typo in a results graphic and played no part.', "DNS wasn't the cause, it was the victim."],
    },
    {
      id: 'retraction.not-at-fault',
      pattern: "(?:was|were|is|are) (?:not|never) (?:\\w+ )?at fault|(?:wasn'?t|weren'?t|isn'?t|aren'?t) (?:\\w+ )?at fault|(?:was|were) (?:entirely |completely )?blameless",
      examples: ['Our new carrier was not at fault either — it accepted exactly what we sent it.', "the upstream provider wasn't at fault"],
      counterExamples: ['The carrier was at fault for the fibre cut.'],
    },
  ],
};

const DISMISSAL: SignalFamily = {
  id: 'signal.dismissal',
  description: 'A guess dismissed right after it is put forward ("Unlikely.", "Ruled out, as far as I\'m concerned.", "I\'d rate this low."): the candidate before it in the same paragraph is not the cause.',
  rules: [
    {
      id: 'dismissal.ruled-out',
      pattern:
        "^(?:unlikely|very unlikely|ruled out|not likely|doubtful|i doubt it)\\b|ruled (?:it )?out|(?:can|could) (?:be )?rule[ds]? (?:it |this )?out|i(?:'d| would) rule (?:it|this|that) out|i'?d rate (?:this|it) (?:low|unlikely)|doesn'?t fit (?:what|the)|does not fit (?:what|the)|(?:is|was) (?:not|never) (?:it|the (?:cause|culprit))|not (?:the|a) (?:cause|culprit)|(?:the|that) (?:theory|idea) (?:doesn'?t|does not) hold",
      examples: ['Unlikely.', "Ruled out, as far as I'm concerned.", "I'd rate this low.", "it doesn't fit what I saw", "i'd rule it out unless meta says otherwise."],
      counterExamples: ['No post-mortem published; cause undisclosed.'],
    },
    {
      // A concession then a rebuttal ("Possible, but ...", "That would change paths, but ..."):
      // it answers a guess, so it dismisses only the guesses before it (see tag-document.ts).
      id: 'dismissal.concession-rebuttal',
      pattern:
        "^(?:possible|plausible|conceivable|maybe|perhaps|sure|in theory)\\b[^.!?]{0,40}?,? but\\b|^(?:that|this|it) (?:would|could|might)(?: \\w+){1,8},? but\\b|\\b(?:someone|people|everyone) (?:always |usually |often )?(?:suggests?|mentions?|brings? up|blames?) (?:this|that|it)\\b[^.!?]{0,20}?,? but\\b",
      examples: [
        'possible, but the nameservers answered quickly, just with the wrong content.',
        'that would change paths, but towards something sensible, not towards a network that has no business carrying this traffic.',
        'someone always suggests this, but the certificate i was handed is valid until next march.',
      ],
      counterExamples: ['the failover would normally take over, but a bug kept it from starting.', 'this was possible because the check was missing, but only for one region.'],
    },
    {
      // A rebuttal by what the guess would have looked like ("But a broken release would probably
      // have failed at the open, not gradually"): it dismisses the guesses before it and is itself
      // no claim (see tag-document.ts).
      id: 'dismissal.counterfactual-rebuttal',
      pattern: "^but (?:a|an|the|that|this|such an?) (?:[\\w-]+,? ){0,14}?(?:would|should) (?:probably |likely |surely |almost certainly |then )?(?:have|not have|never have|be (?:an? |quite an? |a very )?(?:extraordinary|strange|odd|unusual|remarkable|surprising|unprecedented|bizarre|weird))\\b",
      examples: ['but a broken release would probably have failed at the open, not gradually as volumes rose.', 'but a mass attack that invalidates every session across four apps at once would be an extraordinary thing.'],
      counterExamples: ['but the release had already reached every region.'],
    },
    {
      // A guess tested against what it would have looked like ("If this were a bad release, I'd
      // expect one outage and a rollback"): itself no claim, and it answers the guesses before it.
      id: 'dismissal.counterfactual-test',
      pattern: "^if (?:this|it|that) (?:were|was|had been) (?:[\\w'’-]+,? ){1,6}?(?:i'?d|we'?d|you'?d|i would|we would|you would|one would) (?:\\w+ )?(?:expect|see|have seen|have expected)\\b|^(?:a|an) (?:[\\w-]+ ){1,2}(?:big|large|severe|bad|serious|widespread|strong) enough to [^,.;]{0,80}? would\\b",
      examples: ["if this were a bad release, i'd expect one outage and a rollback, not three outages on three days.", "a ddos big enough to take out 19 of cloudflare's biggest sites at once would be headline news of its own."],
      counterExamples: ['if the limit had been higher, the queue would have drained on its own.'],
    },
    {
      // A candidate judged unlikely in the sentence that names it ("A hardware fault is also
      // unlikely to hit 19 locations at the same minute"): that sentence is no claim of it.
      id: 'dismissal.unlikely-candidate',
      pattern: "\\b(?:is|are|seems?|looks?|would be) (?:also |very |highly |equally |pretty |quite |far )?(?:unlikely|improbable)\\b",
      examples: ['a hardware fault is also unlikely to hit 19 locations at the same minute.'],
      counterExamples: ['it is likely that a hardware fault hit the site.'],
    },
    {
      // A first hypothesis that was dropped ("We initially suspected a DDoS attack", "a lot of
      // people on here assumed it was a massive DDoS"): told as what was believed, not as the cause.
      id: 'dismissal.abandoned-hypothesis',
      pattern:
        "\\b(?:initially|at first|first) (?:suspected|thought|believed|assumed|feared)\\b|\\b(?:people|many|some|everyone|users|observers|commenters|others)(?: [\\w'’]+){0,4} (?:assumed|thought|suspected|speculated) (?:it|this|that)\\b",
      examples: ['we initially suspected a hyper-scale ddos attack.', "cloudflare's status page also went down at the same moment, which is why a lot of people on here assumed it was a massive ddos."],
      // A misconception of the operators is often the cause itself.
      counterExamples: ['we suspected the release and rolled it back.', 'the team incorrectly believed firefox ignored certificate expiration dates.'],
    },
  ],
};

const NOT_AFFECTED: SignalFamily = {
  id: 'signal.not-affected',
  description: 'Words that say a component was NOT affected ("unaffected", "working normally").',
  rules: [
    {
      id: 'not-affected.normal',
      pattern:
        'unaffected|(?:working|operating|running|functioning) (?:normally|as expected|fine)|no (?:noticeable |visible |customer |user )?(?:impact|problems?|issues?|errors?|downtime|disruption)|(?:was|were) fine|(?:was|were) not (?:affected|impacted)',
      examples: ['other regions were unaffected', 'the database was working normally'],
    },
  ],
};

const HEDGE: SignalFamily = {
  id: 'signal.hedge',
  description: 'Hedges: the statement is a guess ("probably", "could", "my money\'s on", "if ... then").',
  rules: [
    {
      id: 'hedge.probability',
      pattern:
        "probabl[ey]|likely|unlikely|possib(?:le|ly|ility|ilities)|perhaps|maybe|presumabl[ey]|potential(?:ly)?|one possibility|another possibility|chance|allegedly|reportedly may|unconfirmed|rumou?r\\w*|not (?:yet )?(?:clear|known|confirmed)|unclear",
      examples: ['the outage was likely caused by a bad push', 'possibly a CDN problem'],
    },
    {
      id: 'hedge.modal',
      pattern:
        "might|(?<!\\b(?:so|such) (?:that )?(?:[\\w'-]+ ){1,3})could(?!(?: ?not| no longer| never|n'?t)\\b)|may (?:have|be|not|also|well|cause|lead|result|affect|explain|indicate|take|experience|see|need|occur|happen|contribute|impact|stem|come|point|reflect)|may have|should have|could have|would have|would (?:explain|suggest|mean|indicate|account for|point to)|whether",
      examples: ['it could stem from a DNS change', 'it may have been a fibre cut'],
      counterExamples: ['at 17:26 utc we failed the portal away from the edge so that customers could manage resources directly'],
    },
    {
      id: 'hedge.belief',
      pattern:
        "speculat\\w*|suspect\\w*|suspicions?|seem(?:s|ed|ingly)?|(?<!\\b(?:made|makes|make|making) (?:[\\w-]+ ){1,3})appear(?:s|ed)? to|apparent(?:ly)?|my money'?s on|i(?:'d| would) bet|i bet|i suspect|i think|i guess|i'?m guessing|i believe|we believe|believed to|thought to|hypothe\\w*|theor(?:y|ies|ize\\w*)|suggest(?:s|ed|ing)?|candidate|guess\\w*|wonder\\w*|looks? like|it seems|seems like|(?:has|had|have|got) to (?:be|have been) (?:a|an|the|some)\\b|gotta be|must (?:have been|be) (?:a|an|the|some)\\b",
      examples: ["my money's on a CDN problem", 'engineers initially suspected a shortage of hosts', 'has to be an attack.', 'it must have been a bad push'],
      counterExamples: ['the leap second made time appear to go backwards'],
    },
    {
      id: 'hedge.hearsay',
      pattern:
        "(?:people|some|others|many|folks|users|commenters|observers|critics|everyone|somebody|someone) (?:\\w+ ){0,4}?(?:are |were |is |was )?(?:still |now |also |already )?(?:saying|claiming|suggesting|speculating|blaming|pointing (?:at|to)|theori[sz]ing|suggest(?:s|ed)?|claim(?:s|ed)?|heard)|rumou?rs? (?:say|says|that|are)|heard from|word is|apparently|(?:people|some|others|many|folks|users|commenters|observers|critics|everyone|somebody|someone)(?: [\\w-]+){0,4}? (?:were|are|was|is|seemed|seem) (?:quite |pretty |absolutely |all )?(?:sure|convinced|certain|adamant|quick to (?:blame|say|claim|conclude))",
      examples: ['People in my feed are saying it was hackers.', 'Someone always suggests this', 'within minutes, a lot of people online were sure it was a hack.'],
    },
    {
      // A conditional ("If a network outage stops people playing ..., that's a design decision"):
      // a claim about what would follow, not about this incident. A counterfactual about it ("If
      // the limit had been higher, ...") is left to the other rules.
      id: 'hedge.conditional',
      pattern: "^(?:if|unless|whenever) (?![^,]{0,120}\\bhad\\b)",
      examples: ["if a network outage stops people playing a game they paid for, that's a design decision, not an accident."],
      counterExamples: ['if the limit had been higher, the queue would have drained.', 'the queue filled because the limit was too low.'],
    },
    {
      // What a report not yet published might say ("If it says 'we made a change to our network
      // configuration', I'll be smug for a day"): a guess, whatever it quotes.
      id: 'hedge.awaited-report',
      pattern:
        "^if (?:it|they|the (?:post|post-?mortem|report|company|statement|write-?up|rca)|[a-z][\\w&.-]*'s (?:post|post-?mortem|report|statement)) (?:says?|said|turns out|confirms?|admits?|blames?|shows?)\\b",
      examples: ['if it says "we made a change to our network configuration", i\'ll be smug for a day.'],
      counterExamples: ['it says the change was made at 10:40.'],
    },
  ],
};

const GENERIC: SignalFamily = {
  id: 'signal.generic',
  description: 'Generic or hypothetical wording: the sentence is about systems in general, not this incident.',
  rules: [
    {
      id: 'generic.in-general',
      pattern:
        'usually|typically|often|generally|commonly|in general|points? of failure|any (?:system|service|provider|company)|can (?:cause|lead|result|cripple|have|happen|bring|take|trigger|create|make|fry|knock|overwhelm|destroy|damage|corrupt|kill|break|wipe|saturate|exhaust)|(?:is|are) (?:inevitable|inherent)|inherent|most companies|many companies|like this|such (?:an? )?(?:outage|incident|event)s?|(?:fails?|break) all the time|all the time|(?:would|to|could|should) (?:minimi[sz]e|reduce|lower|limit) the (?:chances?|risk|likelihood|probability|odds)',
      examples: ['any system can fail', 'storage hardware fails all the time', 'a surge on reconnection can fry power supplies and disks across a whole hall', 'DNS is often the culprit', 'the facilities were chosen to be at a distance apart that would minimize the chances that a natural disaster would cause all three to fail'],
    },
  ],
};

const ADVICE: SignalFamily = {
  id: 'signal.advice',
  description: 'Advice or lessons: not evidence about the incident ("developers should", "make sure you").',
  rules: [
    {
      id: 'advice.should',
      pattern:
        '(?:developers|engineers|teams|companies|businesses|organi[sz]ations|operators|site operators|you|one|sellers|customers|it managers|users) (?:should|must|need to|ought to|can learn)|should be designed|consider (?:using|adding|implementing)|be sure to|always have|plan b|make sure',
      examples: ['companies should plan for failure', 'make sure you have a backup'],
    },
    {
      id: 'advice.importance',
      pattern:
        "it'?s (?:crucial|important|essential|vital|critical|key|wise|worth)|it is (?:crucial|important|essential|vital|critical|key|wise|worth)|best practices?|lessons?|learn from|takeaways?|highlights? the (?:importance|need)|underscores? the (?:importance|need)|(?:is|are) (?:crucial|essential|key|critical|vital) (?:for|to|in)|the importance of|the need for|single points? of failure",
      examples: ['the outage highlights the importance of redundancy'],
    },
  ],
};

const ADVICE_OPENING: SignalFamily = {
  id: 'signal.advice-opening',
  description: 'Imperative openings of advice ("• Implement ...", "Make sure ...").',
  wrap: 'raw',
  rules: [
    {
      id: 'advice-opening.imperative',
      pattern:
        "^(?:[-*\\u2022]\\s*(?:[\\w ]{1,40}:\\s*)?(?:implement|design|invest|establish|prioriti[sz]e|embrace|use|ensure|avoid|look into|consider|build|adopt|monitor|test|plan|diversify|keep|always|never|make|do not|don'?t|review|automate|document|practice)|make sure|ensure that|always|never|consider|avoid|look into|don'?t|do not)\\b",
      examples: ['• Implement multi-region failover.', 'Make sure backups are tested.'],
    },
  ],
};

const CONSEQUENCE: SignalFamily = {
  id: 'signal.consequence',
  description: 'Consequence connectives: a layer named after them was affected, not the origin.',
  rules: [
    {
      id: 'consequence.as-a-result',
      pattern: 'as a result|consequently|therefore|thus|in turn|downstream|knock-on|behind it|cascad\\w*|which (?:made|caused|meant|led)|leading to|resulting in|causing',
      examples: ['as a result, checkout failed', 'the failure cascaded to the API tier'],
    },
  ],
};

const EARLIER_INCIDENT: SignalFamily = {
  id: 'signal.earlier-incident',
  description:
    'A sentence about another, earlier outage of the same operator ("It was the second major outage this year.", "A similar outage last year ..."): history, not this incident. The sentence after it in the same paragraph that opens with a time ("In March, ...") goes on with that history.',
  rules: [
    {
      id: 'history.earlier-outage',
      pattern:
        "(?:the |its |their |a )?(?:second|third|fourth|fifth|another|latest|last|previous|prior|earlier|similar|separate) (?:major |big |significant |large |notable |widespread |such |high-profile )?(?:[\\w'.-]+ ){0,2}?(?:outage|incident|disruption|failure|blackout|event)s? (?:this|in|of|since|last|earlier|for)\\b|(?:a |an |the )?(?:previous|prior|earlier|similar|separate) (?:major |big |significant )?(?:outage|incident|disruption|failure|blackout)s? (?:in|on|last|earlier)\\b|^(?:last|earlier this) (?:year|month|week|spring|summer|autumn|fall|winter)\\b|^(?:back )?in (?:19|20)\\d\\d\\b,?|\\b(?:came|comes|occurred|happened|follows|followed) (?:less than |just |only |about |nearly |more than |barely )?(?:a|an|one|two|three|four|five|six|several|a few) (?:weeks?|months?|years?) after (?!(?:the|its|our|their|this|that|a|an|we|it)\\b)",
      examples: ['It was the second major Nimbus outage this year.', 'A similar outage in 2019 took the site down for a day.', 'Last year, a power failure took several services offline.', 'In 2011 PlayStation Network was taken offline for 23 days after a hack.', 'The outage came less than a month after Southwest Airlines canceled some 2,300 flights because of a faulty router.'],
      counterExamples: ['The outage lasted four hours.', 'This was the longest outage in our history.', 'The outage came two weeks after the migration to the new cluster.'],
    },
  ],
};

const FOLLOWING_INABILITY: SignalFamily = {
  id: 'signal.following-inability',
  description:
    'What a part could no longer do, told in a clause after a failure ("a storage array failed, and the databases could no longer read from it"; "the batteries failed, and our routers lost power"): the part named there was affected, not the origin.',
  rules: [
    {
      id: 'consequence.could-no-longer',
      pattern: "(?:could|can|would) no longer|(?:was|were) (?:then |now |suddenly )?(?:unable|no longer able|not able) to|(?:could not|couldn't|could not then) (?:read|write|reach|connect|serve|access|process|load|find|resolve|complete|start|accept|handle)",
      examples: ['the databases that hold customer account records could no longer read from it', 'the api servers were unable to reach the cache'],
      counterExamples: ['the database failed'],
    },
    {
      id: 'consequence.lost-power',
      pattern: '(?:lost|losing) (?:all |their |its )?(?:utility |mains |primary |electrical )?power|(?:was|were) left without power',
      examples: ['and our network routers in the hall lost power', 'and the storage racks were left without power'],
      counterExamples: ['the routers rebooted'],
    },
  ],
};

const ANAPHOR: SignalFamily = {
  id: 'signal.anaphor',
  description: 'Anaphors that refer back to the system named just before ("the service", "the components").',
  rules: [
    {
      id: 'anaphor.the-service',
      pattern: '(?:the|this|that|those|these|its) (?:service|services|system|systems|components?|platform|cluster|clusters|subsystems?|infrastructure)',
      examples: ['the service went down'],
    },
  ],
};

const OPERATOR_VOICE: SignalFamily = {
  id: 'signal.operator-voice',
  description:
    'The operator speaking: first-person plural statements ("we identified", "our engineers") and the third-person voice of official reports ("Engineers determined", "the on-call team").',
  rules: [
    {
      id: 'voice.we-did',
      pattern:
        "we(?:'ve| have| had|'d)?(?: \\w+ly)? (?:[a-z]{3,}ed(?! by)|experienced|identified|determined|discovered|detected|found|saw|observed|noticed|deployed|rolled|pushed|made|introduced|changed|released|upgraded|ran|lost|traced|confirmed|concluded|received|began|started|initiated|migrated|disabled|enabled|restored|mitigated|fixed|failed|attempted|tried|decided|performed|added|removed|updated|replaced|restarted|rebooted|increased|reduced|moved|shifted|switched|applied|learned|isolated|resolved|implemented|took|brought|reverted|suffered|had (?:a|an|to)|were (?:unable|able|alerted|notified|paged)|saw|apologi[sz]e|are sorry|want to|wanted to|know|run|use|rely|operate|came under|are (?:investigating|seeing|aware|working|monitoring|continuing))",
      examples: ['we revoked all OAuth tokens for the integration', 'we identified the cause', 'we are investigating elevated error rates', 'we apologize for the impact'],
    },
    {
      id: 'voice.our',
      pattern:
        "our (?!(?:readers?|view|views|opinion|podcast|newsletter|sources?|analysis|reporting|story|coverage|guess|bet|money|theory|friends?|sister|take|sanity)\\b)(?:own )?[a-z][\\w-]*",
      examples: ['our engineers traced the fault', 'our load balancers removed instances from rotation'],
    },
  ],
};

const OPERATOR_THIRD_PERSON: SignalFamily = {
  id: 'signal.operator-third-person',
  description:
    'The third-person voice of official reports ("Engineers determined that ...", "the on-call team paused the rollout") and the marks of a status page ("Incident Report for ..."). A press article speaks so too, so this voice makes a document official only when it quotes or attributes nobody.',
  rules: [
    {
      id: 'voice.official-third-person',
      pattern:
        "(?:^|[.;:,] )(?:(?:our|the|on-?call|\\w+) )?(?:engineers|engineering teams?|sres?|on-?call engineers?|(?:the )?(?:\\w+ ){0,2}team|responders|support engineers) (?:\\w+ly )?(?:\\w+ed|began|took|found|made|saw|ran|brought|kept|sent|rolled|(?:were|was) \\w+ed|are (?:\\w+ing|aware)|have (?:\\w+ed|begun|taken|found|made|seen))\\b",
      examples: ['Engineers determined that version 5.12 carried a memory leak', 'Engineers paused the rollout at 07:40 UTC', 'the App Platform team prepared a change'],
      counterExamples: ['the outage lasted two hours'],
    },
    {
      id: 'voice.status-page',
      pattern: '^(?:incident report for|this incident has been resolved|we are (?:currently )?investigating (?:this|the|an|a) (?:issue|incident|problem|reports?))',
      examples: ['Incident Report for Nameplate DNS', 'We are currently investigating this issue.'],
    },
  ],
};

const OPERATOR_ATTRIBUTION: SignalFamily = {
  id: 'signal.operator-attribution',
  description:
    'Third-person attribution to the operator ("the company confirmed", "Amazon attributed the outage to", "according to its post-mortem"), on original-case text. Plain "X said" is left out: a journalist quotes customers as often as the operator.',
  wrap: 'raw',
  caseSensitive: true,
  rules: [
    {
      id: 'attribution.named-team',
      pattern:
        "\\b(?!(?:Engineers?|The|This|That|These|Those|It|Its|We|They|Our|Their|He|She|Investigators|Teams?|Staff|Customers|Users|Operators|Responders|Monitoring|Alerts?|Automated|Support|On-call|SREs?|Nobody|Everyone|Someone)\\b)[A-Z][\\w.&-]*(?:'s)? (?:engineers|engineering team|team|staff|sres?|operators|on-call engineers?|investigation|post-?mortem|follow-up post|incident report|review|statement|blog post|status page)(?: (?:on|of|from|in|published|posted) \\w+(?: \\w+)?)? (?:later |also |quickly |subsequently )?(?:identified|determined|traced|confirmed|found|discovered|attributed|concluded|established|said|says|fills in|explained|stated|noted|reported)\\b",
      examples: ["Facebook's follow-up post on Tuesday fills in the detail"],
    },
    {
      id: 'attribution.the-company-said',
      pattern:
        '\\b(?:[Tt]he (?:company|firm|provider|operator|bank|airline|retailer|lender|carrier|platform|service|business|cybersecurity company|cloud provider|group)|[Ii]ts engineers|[Cc]ompany officials|[Aa] (?:company )?spokes(?:person|man|woman)|[Tt]he spokes(?:person|man|woman)|[Aa]n? (?:company )?representative)(?: (?:later|also|has|have|had|did|quickly|publicly|officially))? (?:said|says|confirmed|confirms|confirm|stated|states|explained|explains|acknowledged|admitted|attributed|blamed|traced|determined|identified|announced|disclosed|wrote|noted|added|told)\\b',
      examples: ['the company said the trouble began at 04:09 UTC', 'The spokesperson added that no data had been lost'],
    },
    {
      // An officer of the company speaking, named after the title ("chief executive George Kurtz
      // said"); another company's officer ("Delta's chief executive said") is not the operator.
      id: 'attribution.officer-said',
      pattern:
        "(?<![A-Z][\\w&.-]*['’]s )\\b(?:[Cc]hief (?:executive|technology|operating|information|product|technical|security|information security) officer|[Cc]hief executive|CEO|CTO|COO|CIO|CISO|[Cc]o-?founder|[Ff]ounder|[Pp]resident|[Hh]ead of (?:engineering|infrastructure|operations|technology|reliability)|[Vv]ice[ -]president of (?:engineering|infrastructure|operations|technology)|[Aa] (?:[A-Z][\\w&.-]* ){1,2}spokes(?:person|man|woman))(?: [A-Z][\\w.'’-]*){0,3},?(?: (?:later|also|has|had|then|publicly))? (?:said|says|wrote|writes|told|tells|explained|explains|confirmed|confirms|acknowledged|admitted|attributed|blamed|stated|added)\\b",
      examples: ['chief executive George Kurtz said the problem was a defect', 'In a blog post, chief technology officer Sri Viswanath said engineers had set out to deactivate', 'a Ridgeline spokesperson said, adding that crews could not reach the site'],
      counterExamples: ["Delta's chief executive Ed Bastian said the outage cost the airline $500 million"],
    },
    {
      id: 'attribution.named-confirmed',
      pattern:
        "\\b(?!(?:Engineers?|The|This|That|These|Those|It|Its|We|They|Our|Their|He|She|Investigators|Teams?|Staff|Customers|Users|Operators|Responders|Monitoring|Alerts?|Automated|Support|On-call|SREs?|Nobody|Everyone|Someone)\\b)[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3}(?: (?:later|also|has|have|had|did|publicly|officially))? (?:confirmed|confirm|acknowledged|admitted|attributed|blamed|traced|determined|identified|explained|disclosed)\\b|\\b[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3} said (?:in|on) (?:a|an|its|their) (?:statement|post|blog|email|report|post-?mortem|update|status page)|\\b(?:[Ii]n|[Oo]n) (?:a|an|its|their) (?:statement|post|blog post|email|report|post-?mortem|update|status page|incident note|engineering blog)(?: on \\w+(?: \\w+)?)?, [A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3} (?:said|says|wrote|writes|explained|confirmed)\\b",
      examples: ['Amazon attributed the outage to a typo', 'In a post on its engineering blog on Monday night, Facebook said the trouble began'],
    },
    {
      id: 'attribution.according-to',
      pattern:
        "\\b[Aa]ccording to (?:the (?:company|firm|provider|operator|review|report|post-?mortem|statement)|a (?:company )?(?:statement|spokes\\w*|post-?mortem|blog post)|its (?:status page|post-?mortem|blog|statement|engineers|review|report)|[A-Z][\\w.&-]*(?:'s)? (?:post-?mortem|statement|review|report|engineers|status page))|\\b[Pp]er [A-Z][\\w.&-]*'s (?:post-?mortem|statement|review|report|incident report)",
      examples: ["According to the company, the configuration change deleted a routing filter", "Per Roblox's post-mortem, turning on streaming caused contention"],
    },
    {
      // A commenter or reporter pointing at the operator's own channel ('Confirmed by their own
      // status account: "We've identified ..."', 'Knight's statement says ...').
      id: 'attribution.own-channel',
      pattern:
        "\\b(?:[Cc]onfirmed|[Ss]aid|[Pp]osted|[Ww]ritten|[Ss]tated|[Ee]xplained|[Aa]nnounced) (?:by|on|in) (?:their|its|the company's|the operator's) (?:own |official )?(?:status (?:page|account|site)|statement|blog(?: post)?|post-?mortem|incident (?:report|review)|(?:twitter|x) account|support account)\\b",
      examples: ['Confirmed by their own status account: "We\'ve identified that an authentication certificate has expired."', 'As stated in its official statement, the outage was caused by a configuration change.'],
      counterExamples: ['Users confirmed on their own blogs that the site was down.'],
    },
  ],
};

const OFFICIAL_INTRO: SignalFamily = {
  id: 'signal.official-intro',
  description: 'Introductions of an official statement quoted below them ("Statement from Amazon:").',
  rules: [
    {
      id: 'official-intro.statement',
      pattern:
        '(?:statement|response|responded|announcement|press release|spokes(?:person|man|woman)|representative|official|post[- ]?mortem|status page|incident report|incident note|blog post) (?:from|by|of|said|says|wrote|reads|:)|(?:statement|response|spokes(?:person|man|woman)|representative)\\b[^\\n]*:$|(?:said|says|wrote|writes|explained|stated) in (?:a|an|its|their) (?:statement|post|blog|email|report|post-?mortem)|quote the relevant part|(?:the|its) (?:incident note|statement|post-?mortem) (?:said|reads|says)',
      examples: ['Statement from Amazon:', 'the spokesperson said in a statement'],
    },
  ],
};

const SPECULATIVE_GENRE: SignalFamily = {
  id: 'signal.speculative-genre',
  description: 'Document-level markers that the whole piece guesses at the cause ("my money\'s on", "only time will tell").',
  rules: [
    {
      id: 'speculative-genre.guessing',
      pattern:
        "only time .{0,40}will tell|my money'?s on|(?:we|i) can (?:only )?speculate|not naming names|let'?s look at the facts|what (?:might|could) have (?:happened|gone wrong)|(?:exact|precise|root) cause (?:remains|is still|is) (?:unconfirmed|unknown|unclear|a mystery)|remains? unconfirmed|my (?:best )?guess|i(?:'d| would) bet|here'?s my (?:bet|guess|theory)|i have no inside information|where my money is|(?:this|that|it|what follows) is (?:just |only |pure |all |an )?(?:inference|speculation|conjecture|guesswork|educated guess\\w*)|an outside(?:r'?s)? (?:view|look|perspective|reading)|(?:treat|take) (?:it|this|that|what follows) (?:accordingly|with (?:a|some) (?:grain|pinch) of salt)",
      examples: ["my money's on a CDN problem", 'I have no inside information.', 'I want to be clear that this is inference.', 'What follows is an outside view built from public BGP data, so treat it accordingly.'],
    },
  ],
};

const CAUSE_UNDISCLOSED: SignalFamily = {
  id: 'signal.cause-undisclosed',
  description: 'Document-level markers that the cause was not disclosed (cause claims become guesses).',
  rules: [
    {
      id: 'undisclosed.no-statement',
      pattern:
        "no official (?:post-?mortem|statement|explanation|root cause)|(?:declined|refused) to (?:comment|say|elaborate|explain)|(?:has|have)(?:n'?t| not) (?:yet )?(?:said|disclosed|explained|revealed|commented|released details)|did not (?:say|disclose|explain|reveal|give)|no (?:official )?(?:word|explanation|details) (?:yet|from|on|about)|(?:cause|reason) (?:was|is|has) not (?:been )?(?:disclosed|given|released|made public)",
      examples: ['the company declined to comment', 'no official explanation yet'],
    },
  ],
};

const CAUSE_UNKNOWN: SignalFamily = {
  id: 'signal.cause-unknown',
  description: 'Statements that the cause is not known ("the root cause is still under investigation").',
  rules: [
    {
      id: 'unknown.under-investigation',
      pattern:
        "(?:root |exact |precise |underlying )?cause (?:of (?:the|this) (?:outage|incident|disruption|problem|issue) )?(?:(?:is|was|remains) (?:still )?(?:unknown|unclear|unconfirmed|undetermined|under investigation|a mystery|being investigated)|(?:is|was|has|have) (?:not yet|yet to be|not been|not) (?:been )?(?:determined|identified|known|confirmed|found|disclosed))|(?:still|currently) investigating|no (?:root )?cause (?:has been|was) (?:found|identified)|(?:unknown|unexplained|undisclosed) (?:cause|reasons?)|for unknown reasons|it (?:is|was) (?:not |un)clear (?:what|why)|get to (?:the )?root cause|when we(?:'ve| have) fully investigated|(?:not yet|yet to be|have not been|has not been) (?:fully )?(?:investigated|determined|identified)|more (?:information|details) (?:when|once|as soon as)|(?:did|could) not (?:find|identify|determine) (?:a|the|any) (?:root )?cause|(?:root )?cause (?:could|has) not (?:be|been) (?:found|determined|identified)",
      examples: ['The root cause is still under investigation.', 'We could not identify a root cause.'],
    },
  ],
};

const SLOW_RESPONSE: SignalFamily = {
  id: 'signal.slow-response',
  description: 'Statements that the response, not the system, was slowed ("reaching it took extra time because ...", "recovery took longer because ..."): a causal statement about them names a contributing factor.',
  rules: [
    {
      id: 'slow-response.took-longer',
      pattern:
        "(?:(?:reaching|finding|identifying|diagnosing|restoring|recovering|recovery|restoration|mitigation|mitigating|rolling back|the (?:rollback|response|fix|investigation|diagnosis)|it) (?:\\w+ ){0,3}?took (?:extra|additional|more|longer|much longer|several|many|\\d+)(?: \\w+)?)|(?:delayed|slowed|hampered|hindered|complicated) (?:our |the )?(?:response|recovery|restoration|mitigation|diagnosis|investigation|rollback|remediation)|(?:response|recovery|restoration|mitigation|diagnosis|investigation)(?: efforts?| work| process)? (?:was|were) (?:further |also |significantly |badly |greatly )?(?:delayed|slowed|slower|hampered|hindered|complicated)|(?:recovery|restor\\w+|rebuild\\w*|resync\\w*|backfill\\w*) (?:[\\w,-]+ ){0,18}?(?:was|were) (?:a |an |very |extremely |painfully )?slow(?:er)?\\b",
      examples: ['The emergency kill switch worked, but reaching it took extra time because staff access to internal tools depended on the same network.', 'Recovery was delayed because the runbook was out of date.', 'Recovery efforts were further hampered by concurrent AWS issues.', 'The recovery process itself involved restoring from an LVM snapshot, which was a slow process due to slow Azure disks.', 'The recovery process itself involved restoring from an LVM snapshot taken 6 hours prior to the deletion, which was a slow process due to slow Azure disks.'],
      counterExamples: ['The outage was caused by a failed disk.'],
    },
    {
      id: 'slow-response.prolonged',
      pattern:
        '(?:delay|slow|hamper|hinder)(?:ed|ing) (?:our |the |their |its )?(?:response|recovery|restoration|mitigation|diagnosis|investigation)|(?:prolong|extend|lengthen)(?:ed|ing) (?:the |our |their )?(?:outage|incident|disruption|impact|recovery|downtime)|(?:alerted|paged|notified) (?:\\w+ ){0,2}(?:later|late)\\b',
      examples: [
        'The team was alerted hours later due to misconfigured paging settings, delaying their response.',
        'New nodes joined slowly due to provider rate limiting, prolonging the incident.',
      ],
      counterExamples: ['The outage was caused by a failed disk.', 'The rollout was delayed by a day.'],
    },
  ],
};

/** Every signal family, by name. */
export const SIGNAL_FAMILIES = {
  failure: FAILURE,
  failureFunction: FAILURE_FUNCTION,
  negator: NEGATOR,
  denial: DENIAL,
  retraction: RETRACTION,
  dismissal: DISMISSAL,
  notAffected: NOT_AFFECTED,
  hedge: HEDGE,
  generic: GENERIC,
  advice: ADVICE,
  adviceOpening: ADVICE_OPENING,
  consequence: CONSEQUENCE,
  followingInability: FOLLOWING_INABILITY,
  earlierIncident: EARLIER_INCIDENT,
  anaphor: ANAPHOR,
  operatorVoice: OPERATOR_VOICE,
  operatorThirdPerson: OPERATOR_THIRD_PERSON,
  operatorAttribution: OPERATOR_ATTRIBUTION,
  officialIntro: OFFICIAL_INTRO,
  speculativeGenre: SPECULATIVE_GENRE,
  causeUndisclosed: CAUSE_UNDISCLOSED,
  causeUnknown: CAUSE_UNKNOWN,
  slowResponse: SLOW_RESPONSE,
} as const satisfies Record<string, SignalFamily>;

/** The names of the signal families. */
export type SignalName = keyof typeof SIGNAL_FAMILIES;

/** Clause boundaries inside a sentence (matched on lower-cased text; one pattern, not a family). */
export const CLAUSE_BOUNDARY =
  ';\\s*|:\\s+|[\\u2014\\u2013]\\s*|\\s+-\\s+|,\\s*(?:but|while|whereas|although|though|because|so|since|and|until|which|leaving|leading|causing|resulting|meaning|after|when|as)\\s+|\\s+(?:but|whereas|although|because|while|since|until|so that|even though|after which)\\s+|,\\s+(?=so\\b)';
