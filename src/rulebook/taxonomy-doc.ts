/**
 * Renders `docs/taxonomy.md` from the taxonomy module and the rulebook: labels, definitions,
 * SoCC'16 mapping and figures, certainty levels, the roles of tags and sentences, how a report is
 * read, and every rule of the rulebook with its id (sections, roles, causal connectives, relations,
 * cues). `scripts/gen-taxonomy-doc.ts` writes it; a test fails when the committed doc differs.
 */
import {
  CAUSE_ROLE_DEFINITIONS,
  CAUSE_ROLES,
  CERTAINTY_DEFINITIONS,
  CERTAINTY_LEVELS,
  LAYER_ROLE_DEFINITIONS,
  LAYER_ROLES,
  SENTENCE_ROLE_DEFINITIONS,
  SENTENCE_ROLES,
  SOCC16_FIGURES,
  SOCC16_OUTAGES,
  TAXONOMY,
} from '../model/taxonomy.js';
import type { LabelRules } from './rule.js';
import { RULEBOOK_DATA } from './rulebook.js';

/** Escapes a table cell (pipes would break the Markdown table). */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

/** A pattern as inline code. */
function code(pattern: string): string {
  return `\`${pattern.replace(/\|/gu, '\\|').replace(/`/gu, "'")}\``;
}

/** The cue table of one label. */
function cueLines(rules: LabelRules | undefined, label: string, needsFailureDefault: boolean): string[] {
  if (rules === undefined) return [`### \`${label}\``, '', 'No cues: given when no other cause is supported.', ''];
  const lines = [`### \`${label}\``, '', '| id | cue (regex, word-bounded, lower-cased) | weight | needs a failure word | also needs |', '|---|---|---|---|---|'];
  for (const cue of rules.cues) {
    const needs = cue.needsFailure ?? needsFailureDefault;
    const also = cue.with === undefined ? '' : `${code(cue.with)}${cue.withScope === 'sentence' ? ' (in the sentence)' : ''}`;
    lines.push(`| \`${cue.id}\`${cue.part === true ? ' (part)' : ''} | ${code(cue.pattern)} | ${cue.weight} | ${needs ? 'yes' : 'no'} | ${also} |`);
  }
  if (rules.context !== undefined && rules.context.length > 0) {
    lines.push('', 'Cancelled in a clause that matches: ' + rules.context.map((c) => `\`${c.id}\` ${code(c.pattern)}`).join(', '));
  }
  lines.push('');
  return lines;
}

/** The whole document, as Markdown. */
export function renderTaxonomyDoc(): string {
  const data = RULEBOOK_DATA;
  const lines: string[] = [
    '# Taxonomy and rulebook',
    '',
    '<!-- Generated from src/model/taxonomy.ts and src/rulebook/ by scripts/gen-taxonomy-doc.ts: do not edit by hand. -->',
    '',
    'Every document (and every reader comment) carries two multi-label tag sets: failure **layers**',
    '(where it broke) and root **causes** (why it broke). Each tag has a `label`, a `confidence`',
    '(0..1), a `certainty`, a `role`, its `evidence` (the sentences that support it, with character',
    'offsets into the text and the role of each sentence in the report) and the ids of the `rules`',
    'that produced it. A cause with no support is `unknown`, alone.',
    '',
    '## Certainty',
    '',
    '| certainty | meaning |',
    '|---|---|',
    ...CERTAINTY_LEVELS.map((c) => `| \`${c}\` | ${cell(CERTAINTY_DEFINITIONS[c])} |`),
    '',
    "A tag's certainty is the strongest among its evidence sentences (confirmed > reported > speculated).",
    '',
    '## Failure layers',
    '',
    '| label | covers |',
    '|---|---|',
    ...TAXONOMY.layers.map((e) => `| \`${e.label}\` | ${cell(e.definition)} |`),
    '',
    '## Root causes',
    '',
    "| label | covers | SoCC'16 category |",
    '|---|---|---|',
    ...TAXONOMY.causes.map((e) => `| \`${e.label}\` | ${cell(e.definition)} | ${e.socc16Note} |`),
    '',
    '## Roles',
    '',
    '| layer role | meaning |',
    '|---|---|',
    ...LAYER_ROLES.map((r) => `| \`${r}\` | ${cell(LAYER_ROLE_DEFINITIONS[r])} |`),
    '',
    '| cause role | meaning |',
    '|---|---|',
    ...CAUSE_ROLES.map((r) => `| \`${r}\` | ${cell(CAUSE_ROLE_DEFINITIONS[r])} |`),
    '',
    '| sentence role | meaning |',
    '|---|---|',
    ...SENTENCE_ROLES.map((r) => `| \`${r}\` | ${cell(SENTENCE_ROLE_DEFINITIONS[r])} |`),
    '',
    "## SoCC'16 figures",
    '',
    `Root-cause counts over the ${SOCC16_OUTAGES} outages of Gunawi et al., "Why Does the Cloud Stop Computing?`,
    'Lessons from Hundreds of Service Outages" (SoCC 2016), as cited in secondary summaries (one outage can',
    "have several causes; the study's NETWORK is a cause there and a layer here).",
    '',
    "| SoCC'16 category | outages |",
    '|---|---|',
    ...SOCC16_FIGURES.map((f) => `| ${f.category} | ${f.outages} |`),
    '',
    '## How a report is read',
    '',
    '1. **Anatomy** (`src/anatomy/`). The text is cut into sentences and sections. Headings (a short',
    '   line of its own, an upper-case line, a Markdown `#` line, "Why did this happen?") and inline',
    '   labels ("Root cause: ...", "Mitigation: ...") open sections; the section rules below say which',
    '   kind. Every sentence gets a role: the section gives the prior, the sentence decides. A future',
    '   or planned statement is an `action-item` wherever it stands; a hedged one is `speculation`; a',
    '   causal statement is `root-cause`, `trigger` or `contributing`; rollbacks and restores are',
    '   `mitigation`; alarms and customer reports `detection`; a timestamped line `timeline`; a',
    '   present-tense description stating no failure `background` (tense is read from wink-nlp\'s parts',
    '   of speech, tagged for the sentences whose role waits on it).',
    '2. **Voice** (`src/anatomy/read-voice.ts`). A report is official when its front matter says',
    '   `official: true`, when it is published on the operator\'s own domain (a provider → domains table',
    '   extendable with `--provider-domains`, or a host named after the front matter\'s company:',
    '   `blog.pythonanywhere.com` for PythonAnywhere), when it has the sections only an operator\'s own',
    '   post-incident report has, or when it speaks as the operator ("we identified", "Engineers',
    '   determined"). Each sentence\'s speaker is the operator (official report, quoted or attributed',
    '   operator statement), a commenter or a third party. Outside providers the report introduces by',
    '   name ("an external messaging provider, Relaybird") are read as `third-party`.',
    '3. **Scoring** (`src/tag/unit-scorer.ts`). Causes and origin layers come from trigger, root-cause',
    '   and contributing sentences first, and from the cause side of causal statements ("X was caused',
    '   by Y": Y); a layer named on the effect side, in a consequence clause or an impact sentence was',
    '   impacted. Impact, mitigation, action-item and background sentences never support a cause. A',
    '   layer needs a failure word in its clause (in its sentence, for a sentence stating the cause);',
    '   negations and denials ("not the result of an attack") cancel cues; generic parts ("the',
    '   instances", "memory") stand for the report\'s subject component.',
    '4. **Aggregation** (`src/tag/tag-document.ts`). Evidence adds up with diminishing returns into a',
    '   confidence. The origin layer comes first (usually one), impacted layers after; causes are kept',
    '   when their strongest sentence is close to the best cause\'s; the relations below apply.',
    '',
    'Every weight and threshold is in `src/rulebook/weights.ts`; `faultline eval --explain` prints each',
    "rule's hits and precision on a labelled file.",
    '',
    '## Sections',
    '',
    '| id | kind | heading (whole, lower-cased) |',
    '|---|---|---|',
    ...data.sections.map((r) => `| \`${r.id}\` | ${r.kind} | ${code(r.pattern)} |`),
    '',
    '## Sentence role cues',
    '',
    '| id | role | cue |',
    '|---|---|---|',
    ...data.roles.map((r) => `| \`${r.id}\` | ${r.role} | ${code(r.pattern)} |`),
    '',
    '## Causal connectives',
    '',
    '| id | cause side | kind | connective |',
    '|---|---|---|---|',
    ...data.connectives.map((r) => `| \`${r.id}\` | ${r.causeSide} | ${r.kind} | ${code(r.pattern)} |`),
    '',
    '## Relations',
    '',
    '| id | relation |',
    '|---|---|',
    ...data.relations.map((r) => `| \`${r.id}\` | ${cell(r.description)}: \`${r.cause}\` × ${r.scale} when \`${r.by}\` is supported${r.byRules === undefined ? '' : ` by ${r.byRules.map((id) => `\`${id}\``).join(' or ')}`} |`),
    ...data.layerCauses.map((r) => `| \`${r.id}\` | ${cell(r.description)}: origin \`${r.layer}\` supports \`${r.cause}\` (share ${r.share}) |`),
    '',
    '## Cue lexicons',
    '',
    'A cue marked (part) names a generic part any system has: as the origin it stands for the',
    "report's subject component when there is one.",
    '',
    '### Failure layers',
    '',
    ...TAXONOMY.layers.flatMap((e) => cueLines(data.layers.find((r) => r.label === e.label), e.label, true)),
    '### Root causes',
    '',
    ...TAXONOMY.causes.flatMap((e) => cueLines(data.causes.find((r) => r.label === e.label), e.label, false)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
