/**
 * Splitting a plain-text page into its article and its reader comments.
 *
 * Text copies of blog pages keep the comment thread after the article, with each comment's
 * author name on a line of its own and no other markup. The rules, in order:
 *
 * 1. Block classes. Every block (a run of non-blank lines) is one of
 *    - MARKER: a thread heading such as `Comments`, `12 Responses to "..."`, `Reader comments`;
 *    - AUTHOR: a NAME LINE (2-4 capitalised words or initials, e.g. `F. Andy Seidl`,
 *      `Ohad Eder Pressman`; lower-case particles like `van`/`de` allowed inside; no digits, no
 *      sentence punctuation, none of the heading/function words of NOT_NAME_WORDS, so
 *      `Key Takeaways` or `Cloud Computing and Reliability` are not names), or an explicit
 *      header `Name says:` / `Name said on June 6, 2008:` (here a one-word handle is allowed),
 *      optionally followed in the same block by ONE detail line: a date (the comment's date),
 *      a link (`Blog: http://...`) or a short title line (`Technology Evangelist – GoGrid.com`);
 *    - LOCATION: a one-line block like `Sao Paulo – Brazil` or `Austin, TX` (capitalised
 *      segments joined by a dash or comma);
 *    - TEXT: everything else (Markdown headings and code are always text).
 * 2. Where the thread starts. After a MARKER if there is one (with article text before it).
 *    Otherwise at the first AUTHOR block that has article text before it, is followed by a TEXT
 *    block, and is not alone: at least two AUTHOR blocks from there to the end, or a single one
 *    that follows a double blank line and whose comment opens in reply voice (first person,
 *    `@Name`, thanks/praise). One name-shaped subheading inside an article is therefore never
 *    taken for a thread.
 * 3. Inside the thread, an AUTHOR block starts a new comment by that author, except when it is a
 *    SIGNATURE of the comment just written: the same name repeated after that author's comment
 *    (`Ken Godskind` ... `Ken Godskind`), or a name with a title/link line after a comment by the
 *    same person or by nobody known yet (then the signature names the author; a `Blog:` link
 *    becomes the comment's url). A LOCATION block after a comment (or its signature) is a
 *    signature too. Signatures
 *    are not kept in the comment text.
 * 4. A TEXT block joins the current comment, unless two or more blank lines precede it (the way
 *    these copies separate comments whose author line was lost) or the current comment was closed
 *    by a signature: then it starts a comment with `author: null`. A paragraph after one ending in
 *    a colon, or starting in lower case, always continues the current comment.
 *
 * Nothing here lists particular names: the signals are the shape of a line, the blank-line
 * structure, repetition, and reply language.
 */
import type { ParsedComment } from '../model/document.js';
import { toIsoDate } from './iso-date.js';
import { renderBlock, type TextBlock } from './text-blocks.js';

/** The article's blocks and the comments found after it. */
export interface CommentSplit {
  /** Blocks of the article (everything before the thread). */
  article: TextBlock[];
  /** Comments in page order. */
  comments: ParsedComment[];
}

/** Words that never occur in a commenter's name line (headings, function words, widgets). */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and or nor but of for to in on at with by from about into over after before under via ' +
    'is are was were be been it its i you he she we they me my our your their this that these those ' +
    'what why how when where who which update updated updates summary conclusion conclusions ' +
    'introduction background timeline key takeaways takeaway lessons lesson learned root cause causes ' +
    'impact resolution next steps step related posts post articles article comments comment responses ' +
    'response reply replies outage outages incident incidents postmortem post-mortem status report ' +
    'analysis overview details notes note faq appendix references sources source thanks regards cheers ' +
    'best sincerely posted share subscribe follow leave more read continue contents table figure ' +
    'chapter section part introduction final thoughts closing editor editors staff team'
  ).split(' '),
);

/** Lower-case name particles allowed between capitalised name words. */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'dos', 'das', 'bin', 'al', 'ibn', 'ter', 'ten', 'y']);

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const MAX_NAME_LINE = 60;
const MAX_DETAIL_LINE = 100;

const MARKER =
  /^(?:\d{1,6}\s+)?(?:comments?|responses?|replies|reactions?|discussion|reader comments|trackbacks?|what (?:readers|people) (?:are saying|say))(?:\s+(?:to|on)\b.{0,200})?:?$/i;
const SAYS_HEADER = /^(.{1,60}?)\s+(?:says|said|wrote|writes|replied|replies)(?:\s+(?:on\s+)?(.{1,60}?))?:$/i;
const URL_IN_LINE = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,300}/i;
const LABELLED_LINK = /^(?:blog|web|website|site|homepage|home page|url|twitter|mastodon)\s*:/i;
const REPLY_VOICE = /^(?:@|(?:i|i'm|i’m|i've|i’ve|i'd|i’d|my|we|thanks|thank you|great|good|nice|interesting|agreed|agree|excellent|wow|hmm|yes|no|well)\b)/i;

type Classified =
  | { type: 'marker'; block: TextBlock }
  | { type: 'author'; block: TextBlock; name: string; detail: 'date' | 'link' | 'title' | null; url: string | null; date: string | null; explicit: boolean }
  | { type: 'location'; block: TextBlock }
  | { type: 'text'; block: TextBlock };

/** Splits blocks into the article and the reader comments after it (no thread: all article). */
export function splitCommentThread(blocks: readonly TextBlock[]): CommentSplit {
  const classes = blocks.map(classify);
  const start = threadStart(classes);
  if (start === null) return { article: [...blocks], comments: [] };
  return {
    article: blocks.slice(0, start.articleEnd),
    comments: readComments(classes.slice(start.threadStart)),
  };
}

/** True when `line` has the shape of a person's name (see rule 1 of the module comment). */
export function isNameLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > MAX_NAME_LINE) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  let capitalised = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (NOT_NAME_WORDS.has(lower)) return false;
    if (INITIAL.test(word)) continue;
    if (NAME_PARTICLES.has(word) && i > 0 && i < words.length - 1) continue;
    if (!NAME_WORD.test(word)) return false;
    // An all-capitals word is an acronym (AWS, IBM), not a name.
    if (word.length > 1 && word === word.toUpperCase()) return false;
    capitalised += 1;
  }
  return capitalised >= 1 && !words.every((w) => INITIAL.test(w));
}

/** A one-word commenter handle (`jbyers`, `Flavio`, `dave_w`): no sentence punctuation, not a function word. */
function isHandle(word: string): boolean {
  return /^[\p{L}\p{N}_.-]{2,30}$/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()) && /\p{L}/u.test(word);
}

/** True when `line` is a place: capitalised segments joined by dashes or commas (`Sao Paulo – Brazil`). */
export function isLocationLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 4 || text.length > MAX_NAME_LINE || /\d/.test(text)) return false;
  const segments = text.split(/\s*[–—-]\s+|\s+[–—-]\s*|\s*,\s*/);
  if (segments.length < 2 || segments.length > 3) return false;
  return segments.every((segment) => {
    const words = segment.split(/\s+/).filter(Boolean);
    return (
      words.length >= 1 &&
      words.length <= 3 &&
      words.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()))
    );
  });
}

function classify(block: TextBlock): Classified {
  if (block.kind !== 'paragraph' || block.lines.length > 2) return { type: 'text', block };
  const first = block.lines[0]!;
  if (block.lines.length === 1 && MARKER.test(first)) return { type: 'marker', block };

  let name: string | null = null;
  let explicit = false;
  let date: string | null = null;
  if (isNameLine(first)) {
    name = first;
  } else if (first.length <= 130) {
    const says = SAYS_HEADER.exec(first);
    const who = says?.[1]?.replace(/^by\s+/i, '').trim() ?? '';
    const when = says?.[2] === undefined ? null : toIsoDate(says[2].replace(/\s+at\s+/i, ' '));
    // `Name says:` / `handle said on <date>:`: the name is name-shaped or a one-word handle, and
    // anything after the verb is a date (so `I wrote more about this here:` is prose).
    if (says && (says[2] === undefined || when !== null) && (isNameLine(who) || isHandle(who))) {
      name = who;
      explicit = true;
      date = when;
    }
  }
  if (name === null) {
    if (block.lines.length === 1 && isLocationLine(first)) return { type: 'location', block };
    return { type: 'text', block };
  }
  if (block.lines.length === 1) return { type: 'author', block, name, detail: null, url: null, date, explicit };

  const second = block.lines[1]!;
  if (second.length > MAX_DETAIL_LINE) return { type: 'text', block };
  const detailDate = toIsoDate(second.replace(/\s+at\s+/i, ' ').replace(/:$/, ''));
  if (detailDate !== null) return { type: 'author', block, name, detail: 'date', url: null, date: detailDate, explicit };
  const url = URL_IN_LINE.exec(second);
  if (url !== null || LABELLED_LINK.test(second)) {
    return { type: 'author', block, name, detail: 'link', url: url === null ? null : url[0], date, explicit };
  }
  // A title line is short and is not a sentence.
  if (second.split(/\s+/).length <= 12 && !/[.!?]$/.test(second)) {
    return { type: 'author', block, name, detail: 'title', url: null, date, explicit };
  }
  return { type: 'text', block };
}

/** Rule 2: index where the article ends and where the thread's first block is, or null. */
function threadStart(classes: readonly Classified[]): { articleEnd: number; threadStart: number } | null {
  const firstText = classes.findIndex((c) => c.type === 'text');
  const lastText = classes.findLastIndex((c) => c.type === 'text');
  if (firstText === -1) return null;
  for (let i = firstText + 1; i < lastText; i += 1) {
    if (classes[i]!.type === 'marker') return { articleEnd: i, threadStart: i + 1 };
  }
  let authorsFromHere = classes.filter((c) => c.type === 'author').length;
  for (let i = 0; i < classes.length; i += 1) {
    const c = classes[i]!;
    if (c.type !== 'author') continue;
    const next = classes[i + 1];
    if (i > firstText && next?.type === 'text') {
      if (authorsFromHere >= 2) return { articleEnd: i, threadStart: i };
      if (c.block.gapBefore >= 2 && REPLY_VOICE.test(next.block.lines[0]!)) return { articleEnd: i, threadStart: i };
    }
    authorsFromHere -= 1;
  }
  return null;
}

interface OpenComment {
  author: string | null;
  paragraphs: TextBlock[];
  published: string | null;
  url: string | null;
  /** True once a signature ended the comment. */
  closed: boolean;
}

/** Rules 3 and 4: walks the thread's blocks and collects comments. */
function readComments(classes: readonly Classified[]): ParsedComment[] {
  const comments: ParsedComment[] = [];
  let current: OpenComment | null = null;
  const flush = (): void => {
    if (current !== null && current.paragraphs.length > 0) {
      const text = current.paragraphs.map(renderBlock).filter(Boolean).join('\n\n');
      if (text !== '') comments.push({ author: current.author, text, published: current.published, url: current.url });
    }
    current = null;
  };

  for (const c of classes) {
    const open: OpenComment | null = current;
    const written = open !== null && open.paragraphs.length > 0 && !open.closed;
    if (c.type === 'marker') continue;
    if (c.type === 'author') {
      const openAuthor = open?.author ?? null;
      const same = openAuthor !== null && sameName(openAuthor, c.name);
      if (written && (c.detail === 'link' || c.detail === 'title') && (same || open.author === null)) {
        open.author ??= c.name;
        open.url ??= c.url;
        open.closed = true;
        continue;
      }
      if (written && c.detail === null && same && !c.explicit) {
        open.closed = true;
        continue;
      }
      flush();
      current = { author: c.name, paragraphs: [], published: c.date, url: c.url, closed: false };
      continue;
    }
    if (c.type === 'location' && open !== null && open.paragraphs.length > 0) {
      // A place line after a comment (or after its signature) is part of the signature.
      open.closed = true;
      continue;
    }
    // Text (or a location line that cannot be a signature).
    if (open === null || open.closed || (open.paragraphs.length > 0 && c.block.gapBefore >= 2 && !continues(open, c.block))) {
      flush();
      current = { author: null, paragraphs: [c.block], published: null, url: null, closed: false };
    } else {
      open.paragraphs.push(c.block);
    }
  }
  flush();
  return comments;
}

/** A paragraph that cannot start a comment: the previous one announced it (colon) or it starts in lower case. */
function continues(open: OpenComment, block: TextBlock): boolean {
  const previous = open.paragraphs[open.paragraphs.length - 1];
  const lastLine = previous?.lines[previous.lines.length - 1] ?? '';
  if (lastLine.trimEnd().endsWith(':')) return true;
  const first = block.lines[0]!.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase() && first.toUpperCase() !== first.toLowerCase();
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}
