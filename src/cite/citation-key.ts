/**
 * BibTeX citation keys as reference managers make them: `<name><year><first title word>` in
 * lower-case ASCII letters and digits (`cloudflare2019outage`, `amazon2017summary`). The name is
 * the first author's family name, else an organisation author's first word, else the site's
 * (`siteKey`, from the site-name table or the site name); the year is the publication year
 * (`nd` when unknown); the title word is the first word that is not an article or a short
 * preposition (Zotero's list) and not the name again, alone or as a domain ("GitHub.com" for
 * `github`; an untitled record has none). The same
 * record always gets the same key; `uniqueCitationKeys` suffixes `a`, `b`, ... to repeats within
 * one bibliography.
 */
import type { CslName } from './author-names.js';

/** The fields a key is built from. */
export interface CitationKeySource {
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts': [number, number?, number?][] };
  /** The site's key word (the site-name table's `key`, or one made from the site name). */
  siteKey?: string;
}

/** Title words a key skips (Zotero's BibLaTeX export list: articles and short prepositions). */
const SKIPPED_TITLE_WORDS = new Set([
  'a', 'an', 'the', 'some', 'from', 'on', 'in', 'to', 'of', 'do', 'with',
  'der', 'die', 'das', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'un', 'une', 'la', 'le', 'el', 'las', 'los', 'al', 'uno', 'una', 'unos', 'unas', 'de', 'des', 'del',
]);

/** Name words a key skips ("The Register" -> "register"). */
const SKIPPED_NAME_WORDS = new Set(['the']);

/** Longest name or title part of a key. */
const MAX_PART = 24;

/** Reduces text to lower-case ASCII letters and digits (accents stripped: "Müller" -> "muller"). */
export function keyWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, MAX_PART);
}

/** The first word of a name that makes a key word ("The Register" -> "register"). */
export function nameKeyWord(name: string): string {
  for (const word of name.split(/\s+/)) {
    const key = keyWord(word);
    if (key !== '' && !SKIPPED_NAME_WORDS.has(key)) return key;
  }
  return '';
}

/** The key word of a host name: its registrable label ("status.heroku.com" -> "heroku", "bbc.co.uk" -> "bbc"). */
export function hostKeyWord(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.').filter((label) => label !== '');
  if (labels.length <= 1) return keyWord(labels[0] ?? '');
  labels.pop();
  const last = labels[labels.length - 1] ?? '';
  if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|edu)$/.test(last)) labels.pop();
  return keyWord(labels[labels.length - 1] ?? '');
}

/** The name part of a key. */
function namePart(item: CitationKeySource): string {
  const first = item.author?.[0];
  const person = first?.family ? keyWord([first['non-dropping-particle'], first.family].filter(Boolean).join('')) : '';
  if (person !== '') return person;
  const organisation = first?.literal ? nameKeyWord(first.literal) : '';
  if (organisation !== '') return organisation;
  return item.siteKey ? keyWord(item.siteKey) : '';
}

/** The first title word a key takes, skipping short function words and the name itself. */
function titlePart(title: string | undefined, name: string): string {
  if (!title) return '';
  for (const word of title.split(/\s+/)) {
    const key = keyWord(word);
    // The name again ("Cloudflare outage", "GitHub.com outage" for github) is not the title's word.
    if (key === '' || SKIPPED_TITLE_WORDS.has(key) || key === name || (word.includes('.') && key.startsWith(name))) continue;
    return key;
  }
  return '';
}

/** The citation key of a record: same record, same key. */
export function citationKey(item: CitationKeySource): string {
  const name = namePart(item) || 'anon';
  const year = item.issued?.['date-parts'][0]?.[0];
  return `${name}${year ?? 'nd'}${titlePart(item.title, name)}`;
}

/** The suffix of the n-th repeat of a key (1 -> `a`, 26 -> `z`, 27 -> `aa`). */
function suffix(n: number): string {
  let text = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text;
  return text;
}

/**
 * A key assigner for one bibliography: the first record with a key keeps it, each later record
 * with the same key gets `a`, `b`, ... appended (skipping keys already given).
 */
export function uniqueCitationKeys(): (key: string) => string {
  const given = new Set<string>();
  const repeats = new Map<string, number>();
  return (key) => {
    let unique = key;
    let n = repeats.get(key) ?? 0;
    // Each pass gives up one key already in `given`, so the loop ends within given.size + 1 passes.
    for (let guard = given.size + 1; given.has(unique) && guard > 0; guard -= 1) {
      n += 1;
      unique = `${key}${suffix(n)}`;
    }
    repeats.set(key, n);
    given.add(unique);
    return unique;
  };
}
