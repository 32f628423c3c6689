/**
 * Label-independent cue families: what makes a clause say that something failed, that a
 * statement is hedged, negated, generic, advice, or spoken by the operator. Each is one
 * regular-expression source over lower-cased text (typographic apostrophes folded to `'`;
 * apostrophes are optional because some sources drop them: "wasnt", "moneys").
 */

/**
 * Failure or impact states ("outage", "errors", "was down", "overloaded"). A negation just
 * before one cancels it ("no noticeable problems", "were not affected").
 */
export const FAILURE_STATE = [
  'fail(?:s|ed|ing|ures?)?', 'outages?', 'down(?:time)?', 'offline', 'off the air', 'unavailab\\w*',
  'unreachable', 'inaccessible', 'unresponsive', 'unusable', 'crash\\w*', 'broke(?:n)?', 'break(?:s|ing|age)?',
  'errors?', 'error(?:ed|ing)', '(?:http |status |returned |returning |with (?:an? )?)5\\d\\ds?', '5\\d\\d (?:errors?|responses?|codes?|status(?:es)?)', 'servfail', 'nxdomain', 'timed? ?outs?', 'timed out', 'hang(?:s|ing)?', 'hung', 'stall\\w*',
  'degrad\\w*', 'disrupt\\w*', 'interrupt\\w*', 'impair\\w*', 'impact(?:ed|ing)?', 'affect(?:ed|ing)?',
  'overload\\w*', 'overwhelm\\w*', 'saturat\\w*', 'exhaust\\w*', 'ran out', 'run(?:ning)? out', 'filled up',
  'slow(?:ed|s|ness|er)?(?: down)?', 'latenc(?:y|ies)', 'problems?', 'issues?', 'troubles?', 'faults?', 'faulty',
  'bugs?', 'buggy', 'misconfigur\\w*', 'corrupt\\w*', 'lost', 'loss', 'drop(?:ped|ping|s)?', 'reject\\w*',
  'refus\\w*', 'vanish\\w*', 'disappear\\w*', 'fell over', 'buckl\\w*', 'melt\\w*(?: down)?', 'collaps\\w*',
  'flap\\w*', 'partition(?:ed|ing)', 'expir(?:ed|ing|y)', 'leak\\w*', 'went dark', 'died', 'dead', 'killed',
  'throttl\\w*', 'retr(?:y|ies|ying|ied)', 'queu(?:ed|ing)', 'pil(?:ed|ing) up', 'loop(?:ed|ing|s)?',
  'deadlock\\w*', 'starv\\w*', 'incorrect\\w*', 'invalid', 'wrong\\w*', 'removed', 'delet(?:e|ed|es|ing|ion)', 'suspended',
  'misbehav\\w*', 'malfunction\\w*', 'cut', 'severed', 'spik(?:e|ed|es)', 'surg(?:e|ed|es)', 'unstable', 'instability',
  'inconsisten\\w*', 'stale', 'mismatch\\w*', 'locked', 'contention', 'incidents?', 'restart(?:ed|s|ing)?',
  'reboot(?:ed|s|ing)?', 'went (?:down|dark|offline|away)', 'taken? (?:\\w+ )?offline', 'overheat\\w*',
  'inverted', 'dropped', 'suspend\\w*', 'terminat\\w*', 'flooded', 'breach\\w*', 'compromis\\w*', 'attack\\w*',
  'exceed\\w*', 'maxed out', 'misrout\\w*', 'blackhol\\w*', 'disconnect\\w*', 'unhealthy', 'not healthy',
  'read-only', 'struggl\\w*', 'choked', 'clogged', 'jammed', 'glitch\\w*', 'hiccups?', 'snafu', 'mistakes?', 'typo\\w*',
].join('|');

/**
 * Failures that carry their own negation ("could not start", "wasn't redirecting", "failed to
 * move"): never cancelled by a negation, and masked before negations are looked for.
 */
export const FAILURE_FUNCTION = [
  "(?:did|does|do|was|were|is|are|would|will|had|has|have|could|can|should) ?not (?:properly |correctly |successfully |cleanly |fully )?(?:\\w+ing|work\\w*|respond\\w*|load\\w*|start\\w*|detect\\w*|take over|redirect\\w*|resolv\\w*|connect\\w*|reach\\w*|return\\w*|serv\\w*|process\\w*|boot\\w*|come back|recover\\w*|function\\w*|deliver\\w*|accept\\w*|communicat\\w*|interact\\w*|log in|login|sign in|authenticat\\w*|renew\\w*|updat\\w*|find|handle|keep up|scale|complete|finish|move|retriev\\w*|send|receive|run|see|access|read|write|fail over|failover|switch over|get|be reached|be accessed)",
  "(?:didn|doesn|don|wasn|weren|isn|aren|wouldn|won|hadn|hasn|haven|couldn|can|shouldn)'?t (?:properly |correctly |successfully |cleanly |fully )?(?:\\w+ing|work\\w*|respond\\w*|load\\w*|start\\w*|detect\\w*|take over|redirect\\w*|resolv\\w*|connect\\w*|reach\\w*|return\\w*|serv\\w*|process\\w*|boot\\w*|come back|recover\\w*|function\\w*|deliver\\w*|accept\\w*|communicat\\w*|interact\\w*|log in|login|sign in|authenticat\\w*|renew\\w*|updat\\w*|find|handle|keep up|scale|complete|finish|move|retriev\\w*|send|receive|run|see|access|read|write|fail over|failover|switch over|get|be reached|be accessed)",
  'cannot \\w+', "can'?t \\w+", 'unable to', 'fail(?:s|ed|ing)? to', 'stopped(?: \\w+ing)?', 'no longer',
  'refused to', 'prevented', 'blocked', 'could not', "couldn'?t", 'inability',
  'not (?:properly |correctly )?(?:retriev|redirect|respond|serv|load|work|detect|resolv|connect|return|process|deliver|accept|start|boot)\\w*',
].join('|');

/** Negations that cancel a following cue or failure word within a few words. */
export const NEGATOR =
  "not|no|never|neither|nor|without|nothing|none|wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|won'?t|rather than|instead of|ruled out|unrelated to|other than|except|apart from|rule out|unaffected";

/** Words that say a component was NOT affected ("unaffected", "working normally"). */
export const NOT_AFFECTED =
  'unaffected|(?:working|operating|running|functioning) (?:normally|as expected|fine)|no (?:noticeable |visible |customer |user )?(?:impact|problems?|issues?|errors?|downtime|disruption)|(?:was|were) fine';

/** Hedges: the statement is a guess ("probably", "could", "my money's on", "if ... then"). */
export const HEDGE = [
  'probabl[ey]', 'likely', 'unlikely', 'possib(?:le|ly|ility|ilities)', 'perhaps', 'maybe',
  'might', "could(?!(?: ?not|n'?t)\\b)", "may (?:have|be|not|also|well|cause|lead|result|affect|explain|indicate|take|experience|see|need|occur|happen|contribute|impact|stem|come|point|reflect)",
  'may have', 'speculat\\w*', 'suspect\\w*', 'seem(?:s|ed|ingly)?', 'appear(?:s|ed)? to', 'apparent(?:ly)?',
  'potential(?:ly)?', 'one possibility', 'another possibility', "my money'?s on", "i(?:'d| would) bet", 'i bet',
  'i suspect', 'i think', 'i guess', "i'?m guessing", 'i believe', 'we believe', 'believed to', 'thought to',
  'presumabl[ey]', 'hypothe\\w*', 'theor(?:y|ies|ize\\w*)', 'suggest(?:s|ed|ing)?', 'candidate', 'guess\\w*',
  'unconfirmed', 'rumou?r\\w*', 'not (?:yet )?(?:clear|known|confirmed)', 'unclear', 'whether', 'either',
  'if', 'would(?! like)', 'should have', 'could have', 'usually', 'typically', 'often', 'generally', 'commonly',
  'in general', 'points? of failure', 'can (?:cause|lead|result|cripple|have|happen|bring|take|trigger|create|make)',
  'wonder\\w*', 'looks? like', 'it seems', 'seems like', 'allegedly', 'reportedly may', 'chance',
].join('|');

/** Generic or hypothetical wording: the sentence is about systems in general, not this incident. */
export const GENERIC =
  'in general|points? of failure|any (?:system|service|provider|company)|can (?:cause|lead|result|cripple|have|happen|bring|take|trigger|create|make)|(?:is|are) (?:inevitable|inherent)|inherent|most companies|many companies|like this|such (?:an? )?(?:outage|incident|event)s?';

/** Advice or lessons: not evidence about the incident ("developers should", "make sure you"). */
export const ADVICE = [
  '(?:developers|engineers|teams|companies|businesses|organi[sz]ations|operators|site operators|you|one|sellers|customers|it managers|users) (?:should|must|need to|ought to|can learn)',
  'make sure', "it'?s (?:crucial|important|essential|vital|critical|key|wise|worth)", 'it is (?:crucial|important|essential|vital|critical|key|wise|worth)',
  'best practices?', 'lessons?', 'learn from', 'takeaways?', 'highlights? the (?:importance|need)', 'underscores? the (?:importance|need)',
  '(?:is|are) (?:crucial|essential|key|critical|vital) (?:for|to|in)', 'should be designed', 'consider (?:using|adding|implementing)',
  'the importance of', 'the need for', 'be sure to', 'always have', 'plan b', 'single points? of failure',
].join('|');

/** Imperative openings of advice ("• Implement ...", "Make sure ..."): bulleted imperatives, or unambiguous ones. */
export const ADVICE_OPENING =
  "^(?:[-*\\u2022]\\s*(?:[\\w ]{1,40}:\\s*)?(?:implement|design|invest|establish|prioriti[sz]e|embrace|use|ensure|avoid|look into|consider|build|adopt|monitor|test|plan|diversify|keep|always|never|make|do not|don'?t|review|automate|document|practice)|make sure|ensure that|always|never|consider|avoid|look into|don'?t|do not)\\b";

/** Headings of advice/lessons sections: their sentences are never evidence. */
export const ADVICE_HEADING =
  'takeaways?|lessons?(?: learned| learnt)?|why (?:this|it) matters|what (?:we|you) can learn|what you (?:can|should) do|best practices?|recommendations?|how to (?:avoid|prevent|protect|prepare)|tips|advice|for developers|business implications|implications|ripple effects|about the author|related (?:articles|posts|reading)|see also|further reading|conclusion';

/** Headings of remediation/follow-up sections: their sentences count, but weakly. */
export const REMEDIATION_HEADING =
  'action items|remediation|next steps|follow[- ]?ups?|prevention|preventing|preventive|what we(?:\'re| are) doing|what(?:\'s| is) next|improvements|going forward|future work|changes we(?:\'re| are) making|looking ahead';

/** Future or remedial statements ("we will add", "we are working on"): not evidence of the failure. */
export const FUTURE =
  "(?:is|are) (?:now |also |currently )?(?:upgrading|adding|improving|implementing|building|working on|reviewing|investing|auditing|expanding|introducing|planning|developing|evaluating|rolling out|migrating)|in response,|long-term|for future|(?:are|is|were|was) planned|planned for|the (?:resolution|fix|remediation|mitigation) (?:involved|included|was)|(?:resolved|fixed|mitigated) by|(?:announced|plans?|planned|planning) (?:a |to )|by the end of (?:the|this|next) (?:month|week|quarter|year)|initiatives? (?:include|to)|to mitigate|remediation (?:steps|work|efforts|included|involved)|(?:we|they|amazon|the company|the team|it)(?:'ll| will| plan to| are planning to| intend to| are going to| are working (?:on|to)| have begun to| will be)|going forward|in the future|to prevent (?:this|similar|a recurrence|recurrence|future)|to avoid (?:this|similar|future)|we(?:'re| are) (?:adding|building|improving|investing|reviewing|auditing)|is now reviewing|committed to";

/** Consequence connectives: a layer named after them was affected, not the origin. */
export const CONSEQUENCE =
  '^(?:as a result|consequently|therefore|thus|in turn|which (?:made|caused|meant|led)|leading to|resulting in|causing)\\b|downstream|knock-on|behind it|as a result|in turn|cascad\\w*';

/** Causal connectives: a cue named with them is put forward as the cause. */
export const CAUSAL =
  'root[- ]cause|caused by|caused|due to|because(?: of)?|triggered by|stemm(?:ed|ing) from|result(?:ed|ing)? from|traced (?:back )?to|the cause|attributed to|originated (?:in|from)|was the result of|the culprit|set off';

/** Clause boundaries inside a sentence (matched on lower-cased text). */
export const CLAUSE_BOUNDARY =
  ';\\s*|[\\u2014\\u2013]\\s*|\\s+-\\s+|,\\s*(?:but|while|whereas|although|though|because|so|since|and|until|which|leaving|leading|causing|resulting|meaning)\\s+|\\s+(?:but|whereas|although|because|while|since|until|so that|even though)\\s+|,\\s+(?=so\\b)';

/** Anaphors that refer back to the system named just before ("the service", "the components"). */
export const ANAPHOR =
  '(?:the|this|that|those|these|its) (?:service|services|system|systems|components?|platform|cluster|clusters|subsystems?|infrastructure)';

/** First-person operator statements ("we experienced", "our engineers", "we have determined"). */
export const FIRST_PERSON_OPERATOR =
  "we(?:'ve| have| had|'d)?(?: \\w+ly)? (?:experienced|identified|determined|discovered|detected|found|saw|observed|noticed|deployed|rolled|pushed|made|introduced|changed|released|upgraded|ran|lost|traced|confirmed|concluded|received|began|started|initiated|migrated|disabled|enabled|restored|mitigated|fixed|failed|attempted|tried|decided|performed|added|removed|updated|replaced|restarted|rebooted|increased|reduced|moved|shifted|switched|applied|learned|isolated|resolved|implemented|took|brought|reverted|suffered|had (?:a|an|to)|were (?:unable|able|alerted|notified|paged)|saw)|our (?:\\w+ )?(?:engineers?|engineering|team|teams|systems?|servers?|infrastructure|network|databases?|services?|platform|customers|users|apis?|site|website|data ?cent(?:er|re)s?|on-?call|monitoring|deployment|deploys?|code|config\\w*|clusters?|hosts?|fleet|storage|dns|cdn|load balancers?|provider|primary|app|application|stack|product|registrar|vendor|domain|certificates?|operational|investigation|incident)";

/** Document-level markers that the whole piece guesses at the cause ("my money's on", "only time will tell"). */
export const SPECULATIVE_GENRE =
  "only time .{0,40}will tell|my money'?s on|(?:we|i) can (?:only )?speculate|not naming names|let'?s look at the facts|what (?:might|could) have (?:happened|gone wrong)|(?:exact|precise|root) cause (?:remains|is still|is) (?:unconfirmed|unknown|unclear|a mystery)|remains? unconfirmed|my (?:best )?guess|i(?:'d| would) bet";

/** Document-level markers that the cause was not disclosed (cause claims become guesses). */
export const CAUSE_UNDISCLOSED =
  "no official (?:post-?mortem|statement|explanation|root cause)|(?:declined|refused) to (?:comment|say|elaborate|explain)|(?:has|have)(?:n'?t| not) (?:yet )?(?:said|disclosed|explained|revealed|commented|released details)|did not (?:say|disclose|explain|reveal|give)|no (?:official )?(?:word|explanation|details) (?:yet|from|on|about)|(?:cause|reason) (?:was|is|has) not (?:been )?(?:disclosed|given|released|made public)";

/** Statements that the cause is not known ("the root cause is still under investigation"). */
export const CAUSE_UNKNOWN_STATEMENT =
  "(?:root |exact |precise |underlying )?cause (?:of (?:the|this) (?:outage|incident|disruption|problem|issue) )?(?:(?:is|was|remains) (?:still )?(?:unknown|unclear|unconfirmed|undetermined|under investigation|a mystery|being investigated)|(?:is|was|has|have) (?:not yet|yet to be|not been|not) (?:been )?(?:determined|identified|known|confirmed|found|disclosed))|(?:still|currently) investigating|no (?:root )?cause (?:has been|was) (?:found|identified)|(?:unknown|unexplained|undisclosed) (?:cause|reasons?)|for unknown reasons|it (?:is|was) (?:not |un)clear (?:what|why)|get to (?:the )?root cause|when we(?:'ve| have) fully investigated|(?:not yet|yet to be|have not been|has not been) (?:fully )?(?:investigated|determined|identified)|more (?:information|details) (?:when|once|as soon as)";

/** Introductions of an official statement quoted below them ("Statement from Amazon:"). */
export const OFFICIAL_INTRO =
  '(?:statement|response|responded|announcement|press release|spokes(?:person|man|woman)|representative|official|post[- ]?mortem|status page|incident report|blog post) (?:from|by|of|said|says|wrote|reads|:)|(?:statement|response|spokes(?:person|man|woman)|representative)\\b[^\\n]*:$|(?:said|says|wrote|writes|explained|stated) in (?:a|an|its|their) (?:statement|post|blog|email|report|post-?mortem)';

/**
 * Third-person attribution to the operator ("the company confirmed", "Amazon attributed the
 * outage to", "according to its post-mortem"), matched on original-case text. Plain "X said" is
 * left out: a journalist quotes customers as often as the operator.
 */
export const OPERATOR_ATTRIBUTION =
  "\\b[A-Z][\\w.&-]*(?:'s)? (?:engineers|engineering team|team|staff|sres?|operators|on-call engineers?|investigation|post-?mortem) (?:later |also |quickly |subsequently )?(?:identified|determined|traced|confirmed|found|discovered|attributed|concluded|established)\\b|\\b(?:[Tt]he (?:company|firm|provider|operator)|[Ii]ts engineers|[Cc]ompany officials|[Aa] (?:company )?spokes(?:person|man|woman)|[Aa]n? (?:company )?representative)(?: (?:later|also|has|have|had|did|quickly|publicly|officially))? (?:said|says|confirmed|confirms|confirm|stated|states|explained|explains|acknowledged|admitted|attributed|blamed|traced|determined|identified|announced|disclosed|wrote|noted)\\b|\\b[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3}(?: (?:later|also|has|have|had|did|publicly|officially))? (?:confirmed|confirm|acknowledged|admitted|attributed|blamed|traced|determined|identified|explained|disclosed)\\b|\\b[Aa]ccording to (?:the company|a (?:company )?(?:statement|spokes\\w*|post-?mortem|blog post)|its (?:status page|post-?mortem|blog|statement|engineers))";
