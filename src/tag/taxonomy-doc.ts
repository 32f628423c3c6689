/**
 * Renders `docs/taxonomy.md` from the taxonomy module: labels, definitions, SoCC'16 mapping and
 * figures, certainty levels and every cue of the lexicons. `scripts/gen-taxonomy-doc.ts` writes
 * it; a test fails when the committed doc differs from this rendering.
 */
import type { LabelCues } from './cues/cue.js';
import { CERTAINTY_DEFINITIONS, CERTAINTY_LEVELS, SOCC16_FIGURES, SOCC16_OUTAGES, TAXONOMY } from './taxonomy.js';

/** Escapes a table cell (pipes and backticks would break the Markdown table). */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

/** A cue pattern as inline code (backticks inside are impossible in the lexicons). */
function code(pattern: string): string {
  return `\`${pattern.replace(/\|/gu, '\\|')}\``;
}

/** The cue list of one label. */
function cueLines(label: string, cues: LabelCues, needsFailureDefault: boolean): string[] {
  if (cues.cues.length === 0) return [`### \`${label}\``, '', 'No cues: given when no other cause is supported.', ''];
  const lines = [`### \`${label}\``, '', '| cue (regex, word-bounded, lower-cased) | weight | needs a failure word | also needs |', '|---|---|---|---|'];
  for (const cue of cues.cues) {
    const needs = cue.needsFailure ?? needsFailureDefault;
    lines.push(`| ${code(cue.pattern)} | ${cue.weight} | ${needs ? 'yes' : 'no'} | ${cue.with === undefined ? '' : code(cue.with)} |`);
  }
  if (cues.context !== undefined && cues.context.length > 0) {
    lines.push('', 'Cancelled in a clause that matches: ' + cues.context.map(code).join(', '));
  }
  lines.push('');
  return lines;
}

/** The whole document, as Markdown. */
export function renderTaxonomyDoc(): string {
  const lines: string[] = [
    '# Taxonomy',
    '',
    '<!-- Generated from src/tag/taxonomy.ts by scripts/gen-taxonomy-doc.ts: do not edit by hand. -->',
    '',
    'Every document (and every reader comment) carries two multi-label tag sets: failure **layers**',
    '(where it broke) and root **causes** (why it broke). Each tag has a `label`, a `confidence`',
    '(0..1), a `certainty` and its `evidence`: the sentences that support it, with character offsets',
    'into the text. A cause with no support is `unknown`, alone.',
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
    '| label | covers | SoCC\'16 category |',
    '|---|---|---|',
    ...TAXONOMY.causes.map((e) => `| \`${e.label}\` | ${cell(e.definition)} | ${e.socc16Note} |`),
    '',
    "## SoCC'16 figures",
    '',
    `Root-cause counts over the ${SOCC16_OUTAGES} outages of Gunawi et al., "Why Does the Cloud Stop Computing?`,
    'Lessons from Hundreds of Service Outages" (SoCC 2016), as cited in secondary summaries (one outage can',
    'have several causes; the study\'s NETWORK is a cause there and a layer here).',
    '',
    '| SoCC\'16 category | outages |',
    '|---|---|',
    ...SOCC16_FIGURES.map((f) => `| ${f.category} | ${f.outages} |`),
    '',
    '## How the tagger reads a text',
    '',
    '- It reads sentence by sentence, clause by clause. A layer cue counts only with a failure or',
    '  impact word in the same clause ("the load balancer wasn\'t redirecting"), or when the cue is',
    '  itself an event ("packet loss"); a component named in passing or negated ("wasn\'t a router")',
    '  is not a tag. Where cues overlap the longest wins ("global server load balancing" is `gslb`).',
    '- Cause cues count on their own unless negated; put forward as the cause ("caused by",',
    '  "because") they weigh more. A cause explained by a stronger one in the same text weighs less',
    '  (load from a DDoS is `security`).',
    '- Advice and lessons sections ("Key Takeaways", "developers should") are never evidence;',
    '  remediation sections and future plans count weakly; hedged, generic and questioning sentences',
    '  weigh less.',
    '- Certainty: hedges ("probably", "could", "my money\'s on", questions) are `speculated`;',
    '  first-person operator statements, quoted official statements and plain sentences of an',
    '  official post-mortem are `confirmed`; other statements are `reported`. In a piece that openly',
    '  guesses ("only time will tell"), third-party claims are `speculated`. Reader comments are',
    '  never `confirmed`.',
    '- A label\'s confidence grows with the number and strength of its evidence sentences; labels',
    '  far below the best label of their axis are dropped.',
    '',
    '## Cue lexicons',
    '',
    '### Failure layers',
    '',
    ...TAXONOMY.layers.flatMap((e) => cueLines(e.label, e.cues, true)),
    '### Root causes',
    '',
    ...TAXONOMY.causes.flatMap((e) => cueLines(e.label, e.cues, false)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
