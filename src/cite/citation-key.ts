/**
 * Stable BibTeX citation keys: `<name><year>_<id>` from the first author's family name (else the
 * site or title's first word), the year and the record id, in ASCII letters, digits and `_` only
 * (the characters every BibTeX and biblatex tool accepts in a key).
 */

/** The fields of a CSL record a key is built from. */
export interface CitationKeySource {
  id: string;
  title: string;
  publisher?: string;
  author?: { family?: string; literal?: string }[];
  issued?: { 'date-parts': [number, number?, number?][] };
}

/** Reduces a string to ASCII letters and digits (accents stripped). */
function asciiWord(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '');
}

/** The stable citation key of a record: same record, same key. */
export function citationKey(item: CitationKeySource): string {
  const first = item.author?.[0];
  const nameSource = first?.family ?? first?.literal?.split(/\s+/)[0] ?? item.publisher?.split('.')[0] ?? item.title.split(/\s+/)[0] ?? '';
  const name = asciiWord(nameSource).slice(0, 24) || 'faultline';
  const year = item.issued?.['date-parts'][0]?.[0];
  const id = item.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `${name}${year ?? 'nd'}_${id}`;
}
