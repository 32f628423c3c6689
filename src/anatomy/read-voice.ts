/**
 * The source's authority and the voice of each sentence: who speaks it, and so how firmly it
 * states what it says.
 *
 * A document is **official** (the operator's own report) when its front matter says so
 * (`official: true`), when it is published on a domain of the operator it is about (the provider
 * → domains table, a status-page host, a `status.` subdomain, a host named after the operator of
 * the front matter: `blog.pythonanywhere.com` for PythonAnywhere), or when its own text speaks as the
 * operator: first-person plural ("we identified", "our engineers"), the third-person voice of
 * official reports ("Engineers determined that ...", "the on-call team paused the rollout"), or
 * the sections only the operator's own post-incident report has (impact, root cause, mitigation,
 * next steps: a third party commits to no action items), provided the text quotes and attributes
 * nobody (a press report speaks of "engineers" too).
 *
 * A sentence's **speaker** is the operator when the document is official, when it is a quoted
 * statement of the operator (a quoted first-person sentence, a block after "Statement from
 * Amazon:"), or when it attributes its claim to the operator ("the company said", "according to
 * its post-mortem"), also inside a comment thread; a commenter in a comment thread; a third
 * party otherwise.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { findCueHits } from '../rulebook/cue-matcher.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import type { AnatomyUnit } from './read-anatomy.js';
import { foldText } from './text-units.js';

/** Who speaks a sentence. */
export type Speaker = 'operator' | 'third-party' | 'commenter';

/** What the document's metadata says about its source. */
export interface SourceMetadata {
  /** The document's URL (its domain decides whether it is the operator's own). */
  url?: string | null;
  /** The operator the metadata names (front matter `company`). */
  company?: string | null;
  /** Providers the analysis found, most likely first. */
  providers?: readonly string[];
  /** The document's title (the organisation it names and the text repeats is the operator). */
  title?: string | null;
  /** The front matter's `official` flag, when given. */
  official?: boolean | null;
  /** The text is a reader comment: its speaker is a commenter. */
  isComment?: boolean;
}

/** The document-level reading of the source. */
export interface DocumentVoice {
  /** The document is the operator's own report. */
  official: boolean;
  /** Id of the rule that made it official (or null). */
  officialRule: string | null;
  /** The operator's names (lower-case): a third party or dependency named so is the operator itself. */
  operatorNames: string[];
  /** Outside providers the text introduces ("an external messaging provider, Relaybird"), lower-case. */
  outsideParties: string[];
  /** The text openly guesses at what happened: third-party claims are `speculated`. */
  speculative: boolean;
  /** The text says the cause was not disclosed: third-party cause claims are `speculated`. */
  causeUndisclosed: boolean;
}

/** The voice of one sentence: its speaker and the rule that decided it. */
export interface UnitVoice {
  speaker: Speaker;
  /** Id of the rule that made the speaker the operator (or a commenter), or null. */
  rule: string | null;
}

/** The voice of a whole document. */
export interface Voice {
  document: DocumentVoice;
  /** Per unit of the anatomy. */
  units: UnitVoice[];
}

/** Ids of the authority rules that are not patterns. */
export const AUTHORITY_RULES = Object.freeze({
  frontMatter: 'voice.front-matter',
  domain: 'voice.operator-domain',
  namedDomain: 'voice.operator-named-domain',
  statusPage: 'voice.status-page-host',
  quotedOperator: 'voice.quoted-operator',
  officialDocument: 'voice.official-document',
  commenter: 'voice.commenter',
  postmortemFormat: 'voice.postmortem-format',
  namedOperator: 'voice.operator-by-name',
  attributionContinued: 'voice.attribution-continued',
  reportedSpeechContinued: 'voice.reported-speech-continued',
} as const);

/** A sentence that goes on reporting the last speaker ("He wrote that ...", "The company added that ..."). */
const CONTINUED_ATTRIBUTION = /^(?:[-*•]\s*)?(?:(?:in|on) [^,]{1,40}, )?(?:he|she|they|it|the company|the firm|the operator|the provider)(?: also| later| then| further| had)? (?:said|says|wrote|writes|added|adds|explained|explains|told|stated|confirmed|acknowledged|admitted|noted|went on)\b/iu;

/**
 * A speech tag of any speaker ("analysts said", "according to one engineer", "he argued"): a
 * sentence with one speaks for whoever it names, not for the speaker before it.
 */
const ANY_SPEECH_TAG =
  /\b(?:said|says|say|told|tells|wrote|writes|added|adds|argued|argues|noted|notes|claimed|claims|according to|believes?|thinks?|reckons?|asked|warned|questioned|pointed out|posted|posts|tweeted|complained|recalled|described|insisted|suggested|estimated|testified)\b|\b(?:an?|one|another|some|many|several|other) (?:[\w-]+ )?(?:customers?|users?|analysts?|experts?|developers?|professors?|researchers?|observers?|commenters?|critics?|officials?|regulators?|lawmakers?|passengers?|residents?)\b/u;

/**
 * An officer of the operator named by title, speaking or not ("Speaking at a news conference,
 * President Makoto Takahashi bowed deeply and apologised"): a "He said" after it is the officer's.
 */
const OFFICER_NAMED =
  /(?<![A-Z][\w&.-]*['’]s )\b(?:[Cc]hief (?:executive|technology|operating|information) officer|[Cc]hief executive|CEO|CTO|COO|CIO|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ff]ounder|[Cc]o-?founder|[Mm]anaging director)(?: [A-Z][\w.'’-]*){2,3}\b/u;

/** Sections only an operator's own post-incident report has (a third party commits to no action items). */
const POSTMORTEM_SECTIONS: ReadonlySet<string> = new Set([
  'impact',
  'root-cause',
  'trigger',
  'contributing',
  'detection',
  'mitigation',
  'remediation',
  'action-item',
  'timeline',
  'status-investigating',
  'status-identified',
  'status-monitoring',
  'status-resolved',
]);

/** Words that are never a provider's name, though capitalised at the start of a sentence. */
const NOT_A_NAME = /^(?:the|this|that|these|those|it|its|we|our|they|their|a|an|and|but|when|while|after|before|at|on|in|for|from|by|with|as|if|because|since|during|between|some|all|each|every|one|two|three|first|second|third|then|however|finally|today|yesterday|meanwhile|later|earlier|again|also|customers?|users?|engineers?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z]{3,}(?:ally|ately|ently|antly|ously|ily|fully|ibly)|similarly|particularly|regularly|notably|arguably|probably|presumably|utc|gmt|pst|pdt|est|edt|cst|cdt|mst|mdt|bst|cet|cest|eet|eest|ist|jst|kst|aest|aedt|awst|nzst|nzdt|hkt|sgt)$/iu;

/** The role words of an outside provider ("provider", "vendor", "the company that hosts our ..."). */
const PROVIDER_NOUN = "(?:[\\w-]+ ){0,4}?(?:provider|vendor|supplier|partner|carrier|registrar|(?<!\\b(?:database|db|server|primary|replica|standby|physical|virtual|vm|container|storage|compute|bastion|jump|worker|web|app|application|cache|proxy|build|database's|the) )host|hosting (?:company|provider|partner)|(?:company|firm|business) (?:that|which) (?:hosts|runs|operates|provides|supplies|handles|processes|powers)|upstream)";
const NAME = "((?:[A-Z](?:[\\w&'’-]|\\.(?=\\w))*)(?: (?:[A-Z](?:[\\w&'’-]|\\.(?=\\w))*|&|of)){0,3})";
/** After a name: an open-source codebase ("the upstream Kazoo project") is code the operator runs, not a provider. */
const NOT_A_CODEBASE = "(?![\\w&'’-])(?! (?:project|library|libraries|package|module|client|driver|sdk|repository|repo|crate|gem|codebase|maintainers?|fork)\\b)";
const INTRODUCTIONS = [
  new RegExp(`\\b(?:an?|our|the|its|their) (?:(?:external|outside|third[- ]party|upstream|primary|secondary|main|sole|former|new) )?${PROVIDER_NOUN}s?,? (?:called |named |known as )?${NAME}${NOT_A_CODEBASE}`, 'gu'),
  new RegExp(`${NAME}(?:'s)?,? (?:an?|our|the|its|their) (?:(?:external|outside|third[- ]party|upstream|primary|secondary|main|sole|former|new|[A-Z][\\w-]*-based|[\\w-]+) ){0,3}?${PROVIDER_NOUN}\\b`, 'gu'),
];

/** Outside providers the text introduces by name, lower-case, never one of the operator's names. */
export function outsidePartiesOf(text: string, operatorNames: readonly string[]): string[] {
  const found = new Set<string>();
  for (const re of INTRODUCTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const words = (m[1] ?? '').split(' ');
      while (words.length > 0 && NOT_A_NAME.test(words[0] ?? '')) words.shift();
      while (words.length > 0 && /^(?:&|of)$/u.test(words[words.length - 1] ?? '')) words.pop();
      const name = words.join(' ').replace(/[.,'’]+$/u, '');
      if (name.length < 2 || NOT_A_NAME.test(name)) continue;
      const lower = name.toLowerCase();
      if (operatorNames.some((op) => op.includes(lower) || lower.includes(op))) continue;
      found.add(lower);
      // "Relaybird Communications" is also called "Relaybird".
      const first = lower.split(' ')[0] ?? '';
      if (first.length > 3 && first !== lower && !NOT_A_NAME.test(first)) found.add(first);
    }
  }
  return [...found];
}

/** Capitalised words of a title that are never an organisation's name. */
const TITLE_STOP = /^(?:the|a|an|and|or|of|in|on|at|to|for|from|by|with|after|before|during|over|into|how|why|what|when|where|who|our|we|your|my|summary|incident|outage|outages|postmortem|post-mortem|report|update|rca|root|cause|analysis|disruption|degradation|degraded|service|services|issue|issues|event|timeline|looking|back|here|this|that|is|was|were|are|it|its|major|global|partial|brief|elevated|errors?|down|back|online|customers?|users?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/**
 * The organisations a title names that the text repeats (at least twice): without metadata, the
 * report's subject, and so its operator ("Northgate Savings customers locked out ..." names
 * Northgate). Lower-case.
 */
export function titleSubjects(title: string | null, text: string, isComponent: (word: string) => boolean = () => false): string[] {
  if (title === null || title.trim() === '') return [];
  const out: string[] = [];
  for (const m of title.matchAll(/\b[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}/gu)) {
    const words = m[0]
      .replace(/[.'’]+$/u, '')
      .split(' ')
      .filter((w) => !TITLE_STOP.test(w.replace(/['’]s$/u, '')) && !isComponent(w.replace(/['’]s$/u, '')));
    // The first word of the run, if the text repeats it; past a word only the title uses (an
    // adjective of the headline: "Faulty CrowdStrike update ..."), the next one.
    for (const word of words) {
      const name = word.replace(/['’]s$/u, '');
      const count = text.match(new RegExp(`\\b${escapeStringRegexp(name)}\\b`, 'gu'))?.length ?? 0;
      if (count === 0) continue;
      if (name.length < 3 || count < 2) break;
      if (!out.includes(name.toLowerCase())) out.push(name.toLowerCase());
      break;
    }
  }
  return out;
}

/** A catalogue entry's opening: the operator's name, then (before the first colon) the year ("GitHub, 28 Jan 2016: ..."). */
const CATALOGUE_OPENING = /^([A-Z][\w&.'’-]*)(?: [\w&.'’()-]+){0,6}?,? [^:\n]{0,40}?\b(?:19|20)\d\d\)?:\s/u;

/** The operator a catalogue entry opens with ("Cloudflare RRDNS, 1 Jan 2017: the leap second ..." names Cloudflare), lower-case, or null. */
export function catalogueSubject(opening: string): string | null {
  const name = CATALOGUE_OPENING.exec(opening)?.[1]?.replace(/['’]s$/u, '') ?? null;
  return name === null || name.length < 3 || TITLE_STOP.test(name) ? null : name.toLowerCase();
}

/**
 * A sentence attributing its claim to the operator by name ("Rogers said ...", "Facebook's
 * follow-up post fills in ...", "Rogers Communications has told the regulator ..."): the name may
 * run on in capitalised words of the original text.
 */
function namesOperatorSpeaking(unit: AnatomyUnit, operatorNames: readonly string[]): boolean {
  for (const name of operatorNames) {
    const at = unit.lower.indexOf(name);
    if (at < 0) continue;
    const rest = /^(?: [A-Z][\w&.-]*){0,3}/u.exec(unit.text.slice(at + name.length, at + name.length + 60))?.[0].length ?? 0;
    const after = unit.lower.slice(at + name.length + rest, at + name.length + rest + 120);
    if (/^(?:'s(?: \w+){0,4}?)?(?: \w+ly)?,?(?: (?:has|have|had|also|later|publicly|officially|then|just|now|finally|since))? (?:said|says|told|tells|explained|explains|wrote|writes|stated|states|added|confirmed|confirms|admitted|acknowledged|blamed|attributed|disclosed|announced|reported|fills in|details|described|describes|reads|posted|posts|published|publishes|tweeted|shared)\b/u.test(after)) return true;
  }
  return false;
}

/** The registrable-ish host of a URL (lower-case, without `www.`), or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (url === null || url === undefined || url.trim() === '') return null;
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}

/** True when `host` is `domain` or one of its subdomains. */
function within(host: string, domain: string): boolean {
  const bare = domain.split('/')[0] ?? domain;
  return host === bare || host.endsWith(`.${bare}`);
}

/** Words a company adds to its name for its blog or status host ("googleblog", "slackhq", "githubstatus"). */
const HOST_NAME_SUFFIXES = ['', 'blog', 'blogs', 'status', 'hq', 'eng', 'engineering', 'tech', 'labs', 'app', 'inc', 'team'];

/**
 * True when a label of `host` (its top-level domain aside) is the operator's name written
 * together, alone or with a blog/status suffix: `blog.pythonanywhere.com` is PythonAnywhere's own,
 * `status.travis-ci.com` Travis CI's. Names shorter than three characters never match.
 */
export function hostNamesOperator(host: string, operator: string): boolean {
  const compact = operator.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (compact.length < 3) return false;
  const labels = host.split('.').slice(0, -1).map((l) => l.replace(/-/gu, ''));
  return labels.some((label) => label.startsWith(compact) && HOST_NAME_SUFFIXES.includes(label.slice(compact.length)));
}

/** True for a letter or digit (a name in a text must not touch one). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Word-bounded test of a lower-case name in a lower-cased text. */
function names(lowerText: string, lowerName: string): boolean {
  for (let at = lowerText.indexOf(lowerName); at >= 0; at = lowerText.indexOf(lowerName, at + 1)) {
    if (!isWordChar(lowerText[at - 1]) && !isWordChar(lowerText[at + lowerName.length])) return true;
  }
  return false;
}

/** The operator's provider record and the rule, when the URL is on the operator's own domain. */
function domainAuthority(rulebook: Rulebook, host: string | null, mentioned: (name: string) => boolean): { rule: string; names: string[] } | null {
  if (host === null) return null;
  for (const record of rulebook.data.providers) {
    if (!record.domains.some((d) => within(host, d))) continue;
    if ([record.provider, ...record.aliases].some(mentioned)) return { rule: AUTHORITY_RULES.domain, names: [record.provider, ...record.aliases] };
  }
  if (host.startsWith('status.') || rulebook.data.statusPageHosts.some((h) => host !== h && within(host, h))) {
    return { rule: AUTHORITY_RULES.statusPage, names: [] };
  }
  return null;
}

/** A speech tag after a closing quote mark ('," one airline said'): the quotation names its own speaker. */
const OWN_SPEECH_TAG = /["”][^"“”]*\b(?:said|says|wrote|writes|told|tells|added|adds|explained|explains|according to)\b/u;

/** Reads the voice of a document and of each of its sentences (see the module comment). */
export function readVoice(units: readonly AnatomyUnit[], rulebook: Rulebook, source: SourceMetadata = {}): Voice {
  const { signals } = rulebook;
  const fullText = units.map((u) => u.text).join('\n');
  const lowerText = fullText.toLowerCase();
  const lowerCompany = (source.company ?? '').toLowerCase();
  const lowerProviders = (source.providers ?? []).map((p) => p.toLowerCase());
  const mentioned = (name: string): boolean => {
    const lower = name.toLowerCase();
    return lower.length > 1 && (names(lowerText, lower) || names(lowerCompany, lower) || lowerProviders.some((p) => names(p, lower)));
  };
  const operatorNames = new Set<string>();
  if (source.company !== null && source.company !== undefined && source.company.trim() !== '') operatorNames.add(source.company.trim().toLowerCase());
  let official = false;
  let officialRule: string | null = null;
  const host = hostOf(source.url);
  const domain =
    domainAuthority(rulebook, host, mentioned) ??
    (host !== null && [...operatorNames].some((name) => hostNamesOperator(host, name)) ? { rule: AUTHORITY_RULES.namedDomain, names: [] } : null);
  if (domain !== null) for (const name of domain.names) operatorNames.add(name.toLowerCase());
  // A word of the title that names a component ("DNS", "Database") is not an organisation.
  const isComponent = (word: string): boolean => findCueHits(foldText(word), rulebook.layers)[0]?.some((h) => h.end - h.start === word.length) ?? false;
  if (operatorNames.size === 0) for (const name of titleSubjects(source.title ?? null, fullText, isComponent)) operatorNames.add(name);
  if (operatorNames.size === 0) {
    const subject = catalogueSubject(units.find((u) => !u.heading)?.text ?? '');
    if (subject !== null) operatorNames.add(subject);
  }
  // The document's own sentences speaking as the operator: in the first person, or in the
  // third-person voice of official reports when the document quotes and attributes nobody (a
  // press report speaks of "engineers" too).
  let own = 0;
  let firstPerson = 0;
  let thirdPerson = 0;
  let press = 0;
  let voiceRule: string | null = null;
  let thirdRule: string | null = null;
  let author = 0;
  let speculative = false;
  let undisclosed = false;
  for (const unit of units) {
    if (unit.quoted || unit.inComments) continue;
    const statusMark = signals.operatorThirdPerson.firstRule(unit.lower);
    if (statusMark === 'voice.status-page') thirdRule ??= statusMark;
    if (unit.heading) continue;
    if (/\b(?:i|i'm|i've|i'd|my|me)\b/u.test(unit.lower)) author += 1;
    if (unit.role === 'other') continue;
    own += 1;
    const rule = signals.operatorVoice.firstRule(unit.lower);
    if (rule !== null) {
      firstPerson += 1;
      voiceRule ??= rule;
    } else if (statusMark !== null) {
      thirdPerson += 1;
      thirdRule ??= statusMark;
    }
    if (signals.operatorAttribution.test(unit.text, unit.lower)) press += 1;
    speculative ||= signals.speculativeGenre.test(unit.lower);
    undisclosed ||= signals.causeUndisclosed.test(unit.lower);
  }
  const share = rulebook.weights.officialShare;
  const spokenFirst = (firstPerson >= 2 && firstPerson >= own * share) || (firstPerson >= 1 && own <= 4);
  const spokenThird = press === 0 && (thirdRule === 'voice.status-page' || (firstPerson + thirdPerson >= 2 && firstPerson + thirdPerson >= own * share));
  const formatSections = new Set(units.filter((u) => u.heading && !u.inComments && POSTMORTEM_SECTIONS.has(u.section)).map((u) => u.section));
  const commits = formatSections.has('action-item') || formatSections.has('remediation') || formatSections.has('mitigation');
  const postmortemFormat = formatSections.size >= 3 || (formatSections.size >= 2 && formatSections.has('root-cause') && commits);
  // A piece its author narrates ("I first learned ...") is the author's, whatever "we" it says.
  const authored = author >= 2;
  const spoken = ((spokenFirst || spokenThird) && !authored) || postmortemFormat;
  if (!spokenFirst) voiceRule = spokenThird ? thirdRule : AUTHORITY_RULES.postmortemFormat;
  if (source.official === true || source.official === false) {
    official = source.official;
    officialRule = AUTHORITY_RULES.frontMatter;
  } else if (domain !== null) {
    official = true;
    officialRule = domain.rule;
  } else if (spoken && !speculative) {
    official = true;
    officialRule = voiceRule;
  }
  const document: DocumentVoice = {
    official: official && source.isComment !== true,
    officialRule: source.isComment === true ? null : officialRule,
    operatorNames: [...operatorNames],
    outsideParties: outsidePartiesOf(fullText, [...operatorNames]),
    speculative: speculative && !official,
    causeUndisclosed: undisclosed && !official,
  };
  // Statement blocks after an official intro ("Statement from Amazon:").
  const inBlock: boolean[] = [];
  let block = false;
  for (const unit of units) {
    inBlock.push(block);
    if (unit.lower.trimEnd().endsWith(':')) block = signals.officialIntro.test(unit.lower);
    else if (!unit.quoted) block = false;
  }
  // Whether the last sentence of the article was attributed to the operator (a "he wrote" after it goes on quoting).
  let lastAttributed = false;
  let lastParagraph = -1;
  // The voice of the quotation the previous sentence was part of, when it was the operator's.
  let quoting: { paragraph: number; voice: UnitVoice } | null = null;
  const voices = units.map((unit, i): UnitVoice => {
    let voice = unitVoice(unit, i);
    // A quotation that runs on over several sentences is all the speaker's ('"Today we made a
    // change ...," he wrote. "This meant that every client ... Because the fix involves ..."').
    // A quotation with its own speech tag ('"...," one airline said') is another speaker's.
    if (unit.quoted && voice.speaker !== 'operator' && quoting !== null && quoting.paragraph === unit.paragraph && !OWN_SPEECH_TAG.test(unit.text)) voice = quoting.voice;
    if (!unit.heading) quoting = unit.quoted && voice.speaker === 'operator' ? { paragraph: unit.paragraph, voice } : null;
    if (!unit.heading && !unit.inComments) {
      lastAttributed = (voice.speaker === 'operator' && voice.rule !== null && !document.official) || (voice.speaker === 'third-party' && OFFICER_NAMED.test(unit.text));
      lastParagraph = unit.paragraph;
    }
    return voice;
  });
  function unitVoice(unit: AnatomyUnit, i: number): UnitVoice {
    if (source.isComment === true || unit.inComments) {
      const attribution = signals.operatorAttribution.firstRule(unit.text, unit.lower) ?? (namesOperatorSpeaking(unit, document.operatorNames) ? AUTHORITY_RULES.namedOperator : null);
      if (attribution !== null) return { speaker: 'operator', rule: attribution };
      // A commenter quoting the operator's statement in the operator's own words ('Confirmed by
      // their status account: "We've identified that ..."').
      if (unit.quoted && inBlock[i] === true && /\b(?:we|our|us)\b/u.test(unit.lower)) return { speaker: 'operator', rule: AUTHORITY_RULES.quotedOperator };
      return { speaker: 'commenter', rule: AUTHORITY_RULES.commenter };
    }
    const attribution =
      signals.operatorAttribution.firstRule(unit.text, unit.lower) ?? (namesOperatorSpeaking(unit, document.operatorNames) ? AUTHORITY_RULES.namedOperator : null);
    if (unit.quoted) {
      // A quotation is the operator's when it speaks as "we", stands in the operator's statement
      // block, or is attributed to the operator in the same sentence ('"...," the company said').
      if (inBlock[i] === true || /\b(?:we|our|us)\b/u.test(unit.lower)) return { speaker: 'operator', rule: AUTHORITY_RULES.quotedOperator };
      if (attribution !== null) return { speaker: 'operator', rule: attribution };
      return { speaker: 'third-party', rule: null };
    }
    if (document.official) return { speaker: 'operator', rule: document.officialRule ?? AUTHORITY_RULES.officialDocument };
    if (attribution !== null) return { speaker: 'operator', rule: attribution };
    if (lastAttributed && CONTINUED_ATTRIBUTION.test(unit.text)) return { speaker: 'operator', rule: AUTHORITY_RULES.attributionContinued };
    // The journalist going on with the operator's account in the same paragraph ('He said the
    // trouble began when engineers were replacing a core router. During the switchover, an
    // incorrect route setting sent voice traffic to the wrong destination.'), with no speaker,
    // quotation or hedge of its own.
    if (lastAttributed && lastParagraph === unit.paragraph && !unit.hedged && !ANY_SPEECH_TAG.test(unit.lower)) {
      return { speaker: 'operator', rule: AUTHORITY_RULES.reportedSpeechContinued };
    }
    return { speaker: 'third-party', rule: null };
  }
  return { document, units: voices };
}
