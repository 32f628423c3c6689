/**
 * Section headings and inline labels of the formats post-mortems come in, and the kind of section
 * each opens: provider narratives and root-cause entries ("Summary of impact:", "Preliminary root
 * cause:", "Mitigation:", "Next steps:"), upper-case ISSUE SUMMARY reports ("ROOT CAUSE",
 * "REMEDIATION AND PREVENTION"), engineering blogs ("What happened", "Why did this happen?",
 * "What we're doing"), the SRE template ("Impact", "Root Causes", "Trigger", "Resolution",
 * "Detection", "Action Items", "Lessons Learned"), status pages ("Investigating", "Identified",
 * "Monitoring", "Resolved"), news and analysis pieces, and comment threads.
 *
 * Each pattern is matched against the whole heading, lower-cased, with a trailing colon,
 * markup and a trailing status-page date removed; the first rule that matches wins, so the more
 * specific headings come first ("Summary of impact" before "Summary").
 */
import type { SectionRule } from './rule.js';

/** The section rules, most specific first. */
export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'section.impact',
    kind: 'impact',
    pattern:
      '(?:summary of |detailed description of |description of |customer |user |business |service )?impact(?: summary| on customers| to customers| assessment)?|what (?:was|were) (?:the )?(?:impact(?:ed)?|affected)|who (?:was|were) affected|affected (?:services|regions|customers|products)|symptoms',
    examples: ['Summary of impact', 'DETAILED DESCRIPTION OF IMPACT', 'Impact', 'Customer impact', 'Who was affected?'],
    counterExamples: ['Summary', 'Root cause'],
  },
  {
    id: 'section.contributing',
    kind: 'contributing',
    pattern: 'contributing (?:factors?|causes?)|(?:other |additional )?factors? that contributed|why (?:recovery|it) (?:was|took) (?:so )?(?:slow|long)|why did (?:it|recovery|restoration|mitigation) take so long(?: to (?:recover|restore|mitigate|resolve|fix))?|why (?:recovery|restoration) (?:was )?slow|what made (?:it|this) worse|complicating factors',
    examples: ['Contributing factors', 'Why recovery was slow', 'What made it worse', 'Why did it take so long to recover?'],
    counterExamples: ['Root cause'],
  },
  {
    id: 'section.root-cause',
    kind: 'root-cause',
    pattern:
      '(?:preliminary |final |technical |detailed )?root[- ]?causes?(?: analysis| and (?:impact|trigger|contributing factors))?|(?:preliminary |final |the )?(?:rca|cause|causes)|fault|(?:five|5) whys|why did (?:this|it|the \\w+) happen|(?:the )?(?:technical )?(?:details|explanation|analysis)(?: of (?:the )?(?:incident|outage|issue|event|failure))?|what (?:went wrong|caused (?:it|this|the \\w+)|broke|failed)|why (?:did )?(?:this|it) (?:happen(?:ed)?|fail(?:ed)?)|why (?:did )?(?:the \\w+ )?(?:fail|break|go down)|how (?:it|this) happened|(?:the )?(?:root )?cause of (?:the )?(?:incident|outage|issue|event|disruption)|what we (?:found|learned about the cause)|investigation(?: findings)?|findings|(?:detailed )?description of (?:the )?(?:root cause|cause|issue|event|failure)',
    examples: ['Root cause', 'ROOT CAUSE', 'Preliminary root cause', 'Root Causes', 'Why did this happen?', 'What went wrong', 'RCA', 'Fault', 'Five whys', 'Why did the outage happen?'],
    counterExamples: ['Action items', 'Impact'],
  },
  {
    id: 'section.trigger',
    kind: 'trigger',
    pattern: '(?:the )?triggers?(?: event)?|what (?:set|kicked) (?:it|this) off|how it started',
    examples: ['Trigger', 'What set it off'],
    counterExamples: ['Root cause'],
  },
  {
    id: 'section.detection',
    kind: 'detection',
    pattern: 'detection|how (?:we|it was|the (?:issue|incident|problem) was) (?:detected|noticed|found|discovered)|how we found out|alerting|monitoring and (?:detection|alerting)',
    examples: ['Detection', 'How we found out', 'How it was detected'],
    counterExamples: ['Monitoring'],
  },
  {
    id: 'section.remediation',
    kind: 'remediation',
    pattern: '(?:remediation|recovery|mitigation|resolution|repair) and (?:prevention|follow[- ]?up|next steps|lessons)|(?:remediation|mitigation)s? and (?:preventive|prevention) (?:measures|steps|actions)|remediation',
    examples: ['REMEDIATION AND PREVENTION', 'Recovery and prevention', 'Remediation'],
    counterExamples: ['Mitigation', 'Next steps'],
  },
  {
    id: 'section.mitigation',
    kind: 'mitigation',
    pattern:
      'mitigation(?: steps| actions)?|resolution(?: steps)?|recovery(?: steps| actions)?|restoration|how (?:we|it was|the (?:issue|incident|problem) was) (?:fixed|resolved|mitigated|restored)|how we (?:fixed|resolved|mitigated) (?:it|this|the \\w+)|response|(?:incident |our |the )?response(?: and recovery)?|how did we (?:respond|recover|mitigate|restore service)|resolution and recovery|recovery and resolution|fix|the fix|workaround|what we did',
    examples: ['Mitigation', 'Resolution', 'Recovery', 'How we fixed it', 'Response and recovery', 'How did we respond?', 'Our response'],
    counterExamples: ['Next steps'],
  },
  {
    id: 'section.action-items',
    kind: 'action-item',
    pattern:
      "(?:corrective |preventive |preventative |follow[- ]?up |remediation )?action items?|(?:corrective|preventive|preventative|follow[- ]?up|remedial) (?:actions|measures|steps)|corrective and prevent(?:at)?ive (?:actions|measures|steps)|how (?:are|will) we (?:making|make|be making) (?:incidents|issues|outages|events) like this less (?:likely|impactful|frequent)(?: or less (?:likely|impactful))?|next steps|follow[- ]?ups?|prevention|preventing (?:a )?recurrence|(?:how we(?:'re| are| will) )?prevent(?:ing)? (?:this|it|a recurrence|recurrence)(?: from happening again| in the future)?|what(?:'s| is) next|what we(?:'re| are| will be) (?:doing|changing|going to do)(?: about it| next| to prevent (?:this|it|a recurrence))?|what we will do|changes we(?:'re| are) making|improvements|going forward|future work|looking ahead|moving forward|our commitment|(?:next steps|action items) and (?:follow[- ]?ups?|lessons)",
    examples: ['Next steps', 'Action Items', "What we're doing about it", 'Preventing recurrence', 'Follow-up actions', 'Going forward', 'How are we making incidents like this less likely or less impactful?', 'Corrective and Preventative Measures'],
    counterExamples: ['Mitigation', 'Root cause'],
  },
  {
    id: 'section.lessons',
    kind: 'lessons',
    pattern: "lessons?(?: learned| learnt)?|what went well|what (?:didn't|did not) go (?:well|so well)|what went (?:poorly|badly)|where we got lucky|what we learned|reflections?|retrospective|takeaways?|key takeaways",
    examples: ['Lessons Learned', 'What went well', 'Where we got lucky', 'Key Takeaways'],
    counterExamples: ['What went wrong'],
  },
  {
    id: 'section.advice',
    kind: 'advice',
    pattern:
      'how can (?:customers|users|you) make (?:incidents|issues|outages|events) like this less (?:impactful|likely)|how can we make our (?:incident )?communications? (?:more useful|better)|why (?:this|it) matters|what (?:you|businesses|companies|developers) (?:can|should) (?:learn|do)|best practices?|recommendations?|how to (?:avoid|prevent|protect|prepare)\\b.*|tips|advice|for developers|business implications|implications|ripple effects|about (?:the author|us)|related (?:articles|posts|reading)|see also|further reading|conclusions?|final thoughts|the bottom line|bottom line|closing thoughts',
    examples: ['Why it matters', 'Best practices', 'Conclusion', 'About the author', 'How can customers make incidents like this less impactful?'],
    counterExamples: ['Root cause', 'Summary'],
  },
  {
    id: 'section.timeline',
    kind: 'timeline',
    pattern: '(?:detailed |incident |event )?timeline(?: of events| of the incident)?(?: \\(.*\\))?|chronology(?: of (?:events|the incident))?|(?:recovery|outage|response) timeline|sequence of events|(?:timeline|times) in (?:utc|pst|pdt|est|edt|cet|bst)',
    examples: ['Timeline', 'Timeline (Pacific time)', 'Timeline (BST, 14 April)', 'Sequence of events'],
    counterExamples: ['Summary'],
  },
  {
    id: 'section.background',
    kind: 'background',
    pattern:
      "background|context|(?:some )?(?:architecture|system) (?:overview|background)|architecture|how (?:\\w+ ){0,4}works|how (?:we|our) (?:\\w+ ){0,3}(?:works?|is built|are built|run|runs)|.{0,40}'s place in our stack|about (?:the )?(?:service|system|platform)|overview of (?:the )?(?:service|system|architecture)",
    examples: ['Background', 'How the placement service works', "Consul's place in our stack", 'Architecture overview'],
    counterExamples: ['What happened'],
  },
  {
    id: 'section.speculation',
    kind: 'speculation',
    pattern: '(?:the )?(?:candidates|theories|possibilities|suspects|hypotheses|usual suspects)\\b.*|(?:my |our )?(?:theory|guess|bet|hunch)|what (?:might|could|may) have (?:happened|gone wrong|caused it)|(?:possible|potential|likely) (?:causes|culprits|explanations)|speculation',
    examples: ['The candidates', 'What might have happened', 'Possible causes'],
    counterExamples: ['Root cause'],
  },
  {
    id: 'section.summary',
    kind: 'summary',
    pattern:
      '(?:issue |incident |event |executive |post[- ]incident |postmortem |post-mortem |outage |brief )?summary(?: of (?:the )?(?:incident|event|issue|outage))?|overview|what happened|tl;?dr|(?:incident|event|outage) (?:report|description|overview|details)|introduction|the incident|the outage|description',
    examples: ['ISSUE SUMMARY', 'Summary', 'What happened', 'Post-incident summary', 'TL;DR'],
    counterExamples: ['Summary of impact'],
  },
  {
    id: 'section.comments',
    kind: 'comments',
    pattern: '(?:\\d+ )?(?:reader )?(?:comments?|responses?|replies|discussion)(?: \\(\\d+\\))?|(?:join|leave) the (?:discussion|conversation)|what (?:readers|people) (?:are saying|said)',
    examples: ['Comments (11)', 'Comments', '12 comments', 'Discussion'],
    counterExamples: ['Summary'],
  },
  {
    id: 'section.status-investigating',
    kind: 'status-investigating',
    pattern: 'investigating',
    examples: ['Investigating'],
    counterExamples: ['Identified'],
  },
  {
    id: 'section.status-identified',
    kind: 'status-identified',
    pattern: 'identified|(?:cause |issue |problem )identified',
    examples: ['Identified'],
    counterExamples: ['Investigating'],
  },
  {
    id: 'section.status-monitoring',
    kind: 'status-monitoring',
    pattern: 'monitoring',
    examples: ['Monitoring'],
    counterExamples: ['Monitoring and alerting'],
  },
  {
    id: 'section.status-resolved',
    kind: 'status-resolved',
    pattern: 'resolved|postmortem|post-?mortem published|completed|scheduled|in progress|verifying',
    examples: ['Resolved', 'Postmortem'],
    counterExamples: ['Investigating', 'Update'],
  },
];
