/** Rules of the root cause `security`. */
import type { KnownCause } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/**
 * Words that make an attack word the name of a defence or of a kind of threat ("DDoS protection",
 * "a new attack technique", "the attack profiler"): they describe what a product guards against,
 * not an attack that happened.
 */
const NOT_A_DEFENCE = '(?! (?:protection|mitigation|scrubbing|defen[cs]es?|prevention|detection|profiler|techniques?|patterns?|signatures?|vectors?|surface|types?|simulations?|tests?|scenarios?)\\b)';

/** Before an attack word: a collection of samples ("our corpus of attacks", "a library of known attacks") is test data, not an attack. */
const NOT_A_SAMPLE = '(?<!\\b(?:corpus|set|list|library|catalog(?:ue)?|collection|database|suite|examples?|samples?|kinds?|types?|classes) of (?:known |real |past |common |recorded )?)';

/** Cues of `security`. */
export const SECURITY: LabelRules<KnownCause> = {
  label: 'security',
  cues: [
    { id: 'cause.security.ddos', pattern: `(?:ddos(?:ed)?|d?dos attacks?|denial[- ]of[- ]service)${NOT_A_DEFENCE}`, weight: 1.4, examples: ['A large DDoS attack against our DNS servers degraded resolution.', 'The site was knocked offline by a denial-of-service campaign.'], counterExamples: ['The DDoS protection layer rejected valid requests after the update.'] },
    {
      id: 'cause.security.attacks',
      pattern: `${NOT_A_SAMPLE}(?:cyber ?)?attack(?:s|ed|ers?|ing)?${NOT_A_DEFENCE}`,
      weight: 1.1,
      examples: ['Attackers targeted the login endpoint with millions of requests.', 'The network was attacked from thousands of compromised routers.'],
      counterExamples: [
        'Managed rules reach the whole edge within seconds, because customers need protection when a new attack technique appears.',
        'The attack profiler generated a rule for the routers.',
        'The rule had been tested for correctness against our corpus of attacks, but not for its performance.',
      ],
    },
    { id: 'cause.security.hacked', pattern: '(?<!\\b(?:temporary|quick|clever|dirty|small|ugly|simple) )hack(?:ed|ers?|ing)?|(?<!\\b(?:water|moisture|dust|rain|sea ?water|smoke) )intrusions?|intruders?|(?:data |security )?breach(?:ed|es)?(?! (?:our |the |its |their )?(?:slos?|slas?|limits?|thresholds?|budgets?|quotas?|targets?|latency)\\b)', weight: 1.1, examples: ['Hackers gained access to the build server and altered release artifacts.', 'An intrusion into the admin network forced us to take systems offline.'], counterExamples: ['Latency breached our SLO for an hour.', 'A temporary hack kept the queue draining.', 'The thread was discussed at length on Hacker News.'] },
    {
      id: 'cause.security.compromise',
      pattern: 'compromis(?:e|ed|ing)(?! (?:the )?(?:network(?:ing)?|connectivity|performance|availability|capacity|redundancy|reliability|ability|health|quorum|stability|latency|throughput|durability|operations?)\\b)',
      weight: 1,
      examples: ['A compromised employee laptop was used to reach internal dashboards.', "The maintainer's account was compromised."],
      counterExamples: ['Due to the compromised network, some fencing commands were not delivered.'],
    },
    { id: 'cause.security.malicious-traffic', pattern: 'malicious(?: traffic| actors?| code| packages?)?|malware|ransomware|botnets?|(?:an?|the|known|public|zero-day|remote) exploits?|phishing|credential stuffing', weight: 1.2, examples: ['Ransomware encrypted the file servers at the county office.', 'Malicious traffic from a botnet saturated the uplinks.'], counterExamples: ['A malformed post exploited a performance characteristic of the regex engine.'] },
    { id: 'cause.security.stolen', pattern: '(?:stolen|leaked|exposed) (?:credentials|tokens?|keys?|passwords?|secrets?)', weight: 1.2, examples: ['Stolen credentials were used to log in to the support console.', 'An attacker used a leaked token to push to the repository.'] },
    { id: 'cause.security.credentials', pattern: '(?:credentials|tokens?|keys?|passwords?|secrets?) (?:was |were )?(?:leaked|exposed|stolen)', weight: 1.2, examples: ['API keys were leaked in a public repository.', 'Admin passwords were exposed in a misconfigured log export.'] },
    { id: 'cause.security.unauthori-sz-ed-access', pattern: 'unauthori[sz]ed (?:access|users?|pushes|parties?|actors?)|security (?:incident|breach)|exploit(?:ed|ing|s)? (?:a |an |the )?(?:\\w+ ){0,3}vulnerabilit(?:y|ies)', weight: 1, examples: ['Unauthorized access to the deployment pipeline was detected on Monday.', 'The attacker exploited a known vulnerability in the VPN appliance.'] },
    { id: 'cause.security.vulnerability', pattern: '(?:security )?vulnerabilit(?:y|ies)', weight: 0.5, examples: ['A vulnerability in the image parser allowed remote code execution.'], counterExamples: ['We found no evidence of a vulnerability being exploited.'] },
    { id: 'cause.security.volumetric', pattern: 'volumetric|syn floods?|amplification', weight: 1, with: '\\b(?:attacks?|ddos|gbps|tbps|botnets?|malicious)\\b', examples: ['A volumetric attack peaking at 1.2 Tbps saturated the scrubbing centres.', 'Reflection and amplification traffic reached 800 Gbps.'], counterExamples: ['Write amplification on the SSDs slowed compaction.'] },
  ],
  context: [
    { id: 'cause.security.not.self-inflicted', pattern: '\\b(?:attack|ddos|denial[- ]of[- ]service)\\w* (?:[\\w-]+ ){0,2}?(?:against|on) (?:its|their|our|his|her) own\\b|\\bself[- ](?:inflicted|ddos\\w*)\\b|\\b(?:ddos|dos)(?:ed|\\x27d) (?:ourselves|itself|themselves)\\b', examples: ['The thing that was supposed to fix bad config values turned into a denial-of-service attack against their own databases.', 'In effect we DDoSed ourselves.'], counterExamples: ['A botnet launched a denial-of-service attack against the API.'] },
    { id: 'cause.security.not.hacker-news', pattern: '\\bhacker ?news\\b', examples: ['The outage was first reported on Hacker News.'], counterExamples: ['The outage was first reported by a customer.'] },
    { id: 'cause.security.not.hackathons', pattern: '\\bhackathons?\\b', examples: ['A prototype built at a hackathon ended up in production.'], counterExamples: ['A prototype built by an intern ended up in production.'] },
    { id: 'cause.security.not.no-evidence', pattern: '\\bno (?:evidence|sign|indication)s? of\\b', examples: ['There is no evidence of malicious activity.', 'We found no sign of unauthorized access.'], counterExamples: ['There is clear evidence of malicious activity.'] },
  ],
};
