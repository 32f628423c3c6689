/**
 * Composes one generated outage article from the phrase banks: a scenario (provider, service,
 * date, failure layers and causes, voice) turned into body blocks of 300-800 words, plus an
 * optional reader comment thread. Deterministic: article `index` under `seed` is always the same.
 */
import type { CauseLabel, LayerLabel } from '../../../src/model/document.js';
import { expandTemplate, type TemplateVars } from './expand-template.js';
import { CAUSE_PHRASES, CONFIRMED_TEMPLATES, LAYER_PHRASES, REPORTED_TEMPLATES, SPECULATED_TEMPLATES } from './failure-phrases.js';
import { blockWords, type ArticleBlock, type ArticleVoice, type GeneratedArticle, type GeneratedComment } from './generated-article.js';
import {
  BACKGROUND_SENTENCES, BLOG_LEDES, CAUSE_CONTEXT, LAYER_CONTEXT, LESSON_HEADINGS, LESSONS, COMMENT_SENTENCES, IMPACT_SENTENCES, NEWS_HEADINGS, NEWS_LEDES, OPERATOR_LEDES,
  OPERATOR_QUOTES, POSTMORTEM_HEADINGS, REMEDIATIONS, TIMELINE_EVENTS, TITLES, UPDATES,
} from './prose-phrases.js';
import { FIRST_NAMES, LAST_NAMES, PROVIDERS, PUBLICATIONS, SPOKESPERSON_TITLES } from './providers.js';
import { SeededRandom } from './seeded-random.js';

/** Options of one article's composition. */
export interface ComposeOptions {
  /** Smallest body length in words. */
  minWords: number;
  /** Largest body length in words. */
  maxWords: number;
  /** Whether the article gets a reader comment thread. */
  withComments: boolean;
}

const LAYERS = Object.keys(LAYER_PHRASES) as LayerLabel[];
const CAUSES = Object.keys(CAUSE_PHRASES) as Exclude<CauseLabel, 'unknown'>[];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CUSTOMERS = ['Netflix', 'Slack', 'Reddit', 'Trello', 'Quora', 'Shopify', 'SmugMug', 'Twilio', 'Coinbase', 'Airbnb', 'Pinterest', 'Spotify', 'Zoom', 'Etsy', 'Discord', 'Medium', 'Kelpie Hosting', 'Zephyrline'];
const CAUSE_SHORT: Readonly<Record<CauseLabel, string>> = {
  deployment: 'a bad deployment', 'software-bug': 'a software bug', misconfiguration: 'a configuration change', capacity: 'overload',
  dependency: 'an upstream failure', hardware: 'hardware failure', power: 'a power failure', 'natural-disaster': 'severe weather',
  'human-error': 'human error', security: 'an attack', time: 'a date bug', unknown: 'an unexplained failure',
};

/** A person's display name. */
export function personName(rng: SeededRandom): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "about 47 minutes", "more than eight hours", "2 hours and 14 minutes". */
function durationText(minutes: number, rng: SeededRandom): string {
  if (minutes < 60) return `${rng.pick(['about', 'roughly', 'nearly', ''])} ${minutes} minutes`.trim();
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourWord = hours <= 12 ? NUMBER_WORDS[hours]! : String(hours);
  const unit = hours === 1 ? 'hour' : 'hours';
  switch (rng.int(0, 2)) {
    case 0: return `${rest >= 30 ? 'more than' : 'about'} ${hourWord} ${unit}`;
    case 1: return rest === 0 ? `${hours} ${unit}` : `${hours} ${unit} and ${rest} minutes`;
    default: return `${rest >= 30 ? 'nearly' : 'just over'} ${rest >= 30 ? (hours + 1 <= 12 ? NUMBER_WORDS[hours + 1] : String(hours + 1)) : hourWord} ${rest >= 30 ? 'hours' : unit}`;
  }
}

/** Short duration for titles: "8 hours", "47 minutes". */
function durationShort(minutes: number): string {
  return minutes < 60 ? `${minutes} minutes` : `${Math.round(minutes / 60)} ${Math.round(minutes / 60) === 1 ? 'hour' : 'hours'}`;
}

function clock(totalMinutes: number): string {
  const m = ((totalMinutes % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?]+[.!?]+(?:["')\]]+)?\s*/g)?.map((s) => s.trim()) ?? [paragraph];
}

/** Composes article `index` of the corpus generated with `seed`. */
export function composeArticle(seed: number, index: number, options: ComposeOptions): GeneratedArticle {
  const rng = new SeededRandom(`${seed}:article:${index}`);
  const provider = rng.pick(PROVIDERS);
  const serviceEntry = rng.pick(provider.services);
  const service = serviceEntry.replace(/^the /, '');
  const theService = serviceEntry.startsWith('the ') || /^[A-Z0-9]/.test(serviceEntry) ? serviceEntry : `the ${serviceEntry}`;
  const region = rng.pick(provider.regions);
  const year = rng.int(2008, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const startMinute = rng.int(0, 1439);
  const durationMinutes = rng.chance(0.3) ? rng.int(8, 59) : rng.int(60, 14 * 60);
  const publishDelayMin = rng.int(30, 60 * 30);
  const startIso = `${year}-${pad2(month)}-${pad2(day)}T${clock(startMinute)}:00Z`;
  const publishedDate = new Date(Date.parse(startIso) + (durationMinutes + publishDelayMin) * 60_000);
  const published = publishedDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const voice = rng.weighted<ArticleVoice>({ operator: 0.3, news: 0.45, blog: 0.25 });
  const layers = rng.sample(LAYERS, rng.chance(0.55) ? 1 : 2);
  const causes: CauseLabel[] = voice !== 'operator' && rng.chance(0.12) ? ['unknown'] : rng.sample(CAUSES, rng.chance(0.65) ? 1 : 2);
  const publication = voice === 'operator' ? { name: `${provider.short} Engineering Blog`, domain: `blog.${provider.domain}` } : rng.pick(PUBLICATIONS);
  const author = personName(rng);
  const spokesperson = personName(rng);
  const tz = rng.pick(['UTC', 'UTC', 'PDT', 'PST', 'EST', 'CET']);
  const dateText = rng.pick([`${MONTHS[month - 1]} ${day}, ${year}`, `${day} ${MONTHS[month - 1]} ${year}`, `${year}-${pad2(month)}-${pad2(day)}`]);

  const layerPhrase = (label: LayerLabel): string => expandTemplate(rng.pick(LAYER_PHRASES[label]), rng, { region }).replace(/^./, (c) => c.toLowerCase());
  const causePhrase = (label: CauseLabel): string => (label === 'unknown' ? 'an unexplained failure' : rng.pick(CAUSE_PHRASES[label]));
  const vars: TemplateVars = {
    provider: provider.short,
    service,
    theService,
    region,
    action: provider.actions,
    date: dateText,
    startTime: `${clock(startMinute)} ${tz}`,
    endTime: `${clock(startMinute + durationMinutes)} ${tz}`,
    duration: durationText(durationMinutes, rng),
    durationShort: durationShort(durationMinutes),
    durationAdj: durationShort(durationMinutes).replace(/ (minute|hour)s?$/, '-$1'),
    causeShort: CAUSE_SHORT[causes[0]!],
    month: MONTHS[month - 1]!,
    year: String(year),
    monthDay: `${MONTHS[month - 1]} ${day}`,
    count: [String(rng.int(2, 90)) + ',' + String(rng.int(100, 999)), String(rng.int(150, 950)), String(rng.int(1, 9)) + ',' + String(rng.int(100, 999))],
    percent: [`${rng.int(3, 97)}%`, `${rng.int(3, 60)} percent`],
    millions: [String(rng.int(1, 40)), `${rng.int(1, 9)}.${rng.int(1, 9)}`],
    money: [`${rng.int(1, 99)}.${rng.int(0, 9)}`, String(rng.int(2, 150))],
    customerA: CUSTOMERS,
    customerB: CUSTOMERS,
    minutes: String(rng.int(5, 45)),
    weeks: String(rng.int(2, 30)),
    sla: ['99.9%', '99.95%', '99.99%'],
    layer: layers.map((l) => layerPhrase(l)),
    small: ['two', 'three', 'four', 'five', 'six'],
    prevYear: String(Math.max(2006, year - rng.int(1, 6))),
    person: [personName(rng), personName(rng)],
  };
  const fill = (template: string): string => expandTemplate(template, rng, vars);

  /** Sentences stating the failure, one per (layer, cause) pairing, in the voice's certainty. */
  const failureSentences = (templates: readonly string[]): string[] => {
    const out: string[] = [];
    const n = Math.max(layers.length, causes.length);
    for (let i = 0; i < n; i++) {
      const layer = layers[i % layers.length]!;
      const cause = causes[i % causes.length]!;
      if (cause === 'unknown') {
        out.push(fill(`[The company has not said what caused|Nobody has explained yet what caused|It is still unclear what caused] the failure of ${layerPhrase(layer)}.`));
      } else {
        out.push(expandTemplate(rng.pick(templates), rng, { ...vars, layer: layerPhrase(layer), cause: causePhrase(cause) }));
      }
    }
    return out;
  };

  const timeline = (): string[] => {
    const events = rng.sample(TIMELINE_EVENTS, rng.int(4, 7)).sort((a, b) => TIMELINE_EVENTS.indexOf(a) - TIMELINE_EVENTS.indexOf(b));
    const steps = events.map(() => rng.next());
    const total = steps.reduce((a, b) => a + b, 0);
    let t = startMinute;
    return events.map((event, i) => {
      const at = clock(t);
      t += Math.max(1, Math.round((steps[i]! / total) * durationMinutes));
      return fill(`${at} ${tz}: ${event}.`);
    });
  };

  const blocks: ArticleBlock[] = [];
  const para = (sentences: string[]): void => {
    if (sentences.length > 0) blocks.push({ kind: 'paragraph', text: sentences.join(' ') });
  };
  const quote = `"${rng.pick(OPERATOR_QUOTES).replace(/\.$/, ',')}" said ${spokesperson}, ${rng.pick(SPOKESPERSON_TITLES)} at ${provider.short}.`;
  const impact = (): string[] => rng.sample(IMPACT_SENTENCES, rng.int(2, 3)).map(fill);

  if (voice === 'operator') {
    para([fill(rng.pick(OPERATOR_LEDES))]);
    blocks.push({ kind: 'heading', text: rng.pick(POSTMORTEM_HEADINGS.timeline) });
    if (rng.chance(0.5)) blocks.push({ kind: 'list', items: timeline() });
    else para(timeline().map((line) => `At ${line.replace(/^(\d\d:\d\d \w+): (.)/, (_m, at: string, c: string) => `${at}, ${c.toLowerCase()}`)}`));
    blocks.push({ kind: 'heading', text: rng.pick(POSTMORTEM_HEADINGS.cause) });
    para(failureSentences(CONFIRMED_TEMPLATES));
    blocks.push({ kind: 'heading', text: rng.pick(POSTMORTEM_HEADINGS.impact) });
    para(impact());
    blocks.push({ kind: 'heading', text: rng.pick(POSTMORTEM_HEADINGS.remediation) });
    blocks.push({ kind: 'list', items: rng.sample(REMEDIATIONS, rng.int(3, 5)).map(fill) });
  } else if (voice === 'news') {
    para([fill(rng.pick(NEWS_LEDES))]);
    para(impact());
    para([quote, ...failureSentences(REPORTED_TEMPLATES)]);
    if (rng.chance(0.5)) {
      blocks.push({ kind: 'heading', text: rng.pick(NEWS_HEADINGS) });
      para(timeline().map((line) => `At ${line.replace(/^(\d\d:\d\d \w+): (.)/, (_m, at: string, c: string) => `${at}, ${c.toLowerCase()}`)}`));
    }
    if (rng.chance(0.4)) para([`${personName(rng)}, an analyst at ${rng.pick(PUBLICATIONS).name.replace(/^The /, '')} Research, was more cautious.`, ...failureSentences(SPECULATED_TEMPLATES)]);
  } else {
    para([fill(rng.pick(BLOG_LEDES))]);
    para([fill('Traffic to {theService} was getting there, but [requests timed out|pages returned errors|nothing came back].'), ...failureSentences(SPECULATED_TEMPLATES)]);
    blocks.push({ kind: 'heading', text: rng.pick(LESSON_HEADINGS) });
    blocks.push({ kind: 'list', items: rng.sample(LESSONS, rng.int(3, 5)) });
  }

  // Fill to the target length with background paragraphs, placed after the lede.
  const target = rng.int(options.minWords, options.maxWords);
  const context = [...layers.flatMap((l) => LAYER_CONTEXT[l] ?? []), ...causes.flatMap((c) => CAUSE_CONTEXT[c] ?? [])];
  const background = rng.shuffle([...BACKGROUND_SENTENCES, ...context]).map(fill);
  let words = blocks.reduce((sum, b) => sum + blockWords(b), 0);
  const closing: ArticleBlock[] = [];
  if (voice === 'news' && rng.chance(0.4)) for (const u of rng.sample(UPDATES, rng.int(1, 2))) closing.push({ kind: 'paragraph', text: fill(u) });
  if (voice === 'operator') closing.push({ kind: 'paragraph', text: fill('[We apologise for the impact this event caused.|Finally, we want to apologise for the impact this event caused for our customers.|We are sorry, and we will do better.]') });
  words += closing.reduce((sum, b) => sum + blockWords(b), 0);
  while (words < target && background.length > 0) {
    const sentences = background.splice(0, rng.int(2, 4));
    const block: ArticleBlock = { kind: 'paragraph', text: sentences.join(' ') };
    blocks.splice(rng.int(1, blocks.length), 0, block);
    words += blockWords(block);
  }
  while (words < options.minWords) {
    const block: ArticleBlock = { kind: 'paragraph', text: [...failureSentences(REPORTED_TEMPLATES), ...impact()].join(' ') };
    blocks.splice(blocks.length, 0, block);
    words += blockWords(block);
  }
  blocks.push(...closing);
  trimToMax(blocks, options.maxWords);
  words = blocks.reduce((sum, b) => sum + blockWords(b), 0);

  const title = fill(rng.pick(TITLES));
  const comments = options.withComments ? composeComments(rng, vars, published) : [];
  const tags = ['outage', provider.short.toLowerCase(), ...layers, ...(causes[0] === 'unknown' ? [] : causes)];
  return {
    index,
    title,
    slug: slugify(title) || `article-${index}`,
    published,
    author,
    url: `https://${publication.domain}/${year}/${pad2(month)}/${slugify(title)}-${index}/`,
    publication: publication.name,
    provider: provider.name,
    service,
    startTime: startIso,
    durationMinutes,
    tags,
    summary: splitSentences((blocks.find((b) => b.kind === 'paragraph') as { text: string } | undefined)?.text ?? title)[0] ?? title,
    voice,
    layers,
    causes,
    blocks,
    comments,
    words,
  };
}

/** Removes sentences from the longest paragraphs (never the first) until the body fits `maxWords`. */
function trimToMax(blocks: ArticleBlock[], maxWords: number): void {
  let words = blocks.reduce((sum, b) => sum + blockWords(b), 0);
  let guard = 0;
  while (words > maxWords && guard++ < 200) {
    let best = -1;
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === 'paragraph' && splitSentences(b.text).length > 1 && (best < 0 || blockWords(b) > blockWords(blocks[best]!))) best = i;
    }
    if (best < 0) break;
    const block = blocks[best] as { kind: 'paragraph'; text: string };
    const sentences = splitSentences(block.text);
    sentences.pop();
    block.text = sentences.join(' ');
    words = blocks.reduce((sum, b) => sum + blockWords(b), 0);
  }
}

/** A comment thread of 2-20 comments (mostly short threads). */
function composeComments(rng: SeededRandom, vars: TemplateVars, published: string): GeneratedComment[] {
  const count = 2 + Math.floor(18 * rng.next() ** 2);
  const base = Date.parse(published);
  const comments: GeneratedComment[] = [];
  let at = base;
  for (let i = 0; i < count; i++) {
    at += rng.int(3, 600) * 60_000;
    const paragraphs: string[] = [];
    const paragraphCount = rng.int(1, 3);
    for (let p = 0; p < paragraphCount; p++) {
      paragraphs.push(rng.sample(COMMENT_SENTENCES, rng.int(1, 3)).map((s) => expandTemplate(s, rng, vars)).join(' '));
    }
    const reply = i > 0 && rng.chance(0.15);
    const previous = comments[comments.length - 1];
    if (reply && previous !== undefined) paragraphs[0] = `@${previous.author.split(' ')[0]}, ${paragraphs[0]!.replace(/^./, (c) => c.toLowerCase())}`;
    const author = rng.chance(0.1) ? rng.pick(['jbyers', 'sysadmin42', 'cloudwatcher', 'ops_guy', 'bofh']) : personName(rng);
    comments.push({
      author,
      url: rng.chance(0.25) ? `https://${author.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example/` : null,
      published: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      paragraphs,
      reply,
    });
  }
  return comments;
}
