/**
 * Citations for a document or an incident in every format Faultline offers: BibTeX (biblatex
 * `@online` with `urldate`, the site as `organization`), CSL-JSON (the site as `container-title`,
 * as Zotero exports a web page), RIS (the site as `PB`), and APA 7 / MLA 9 / Chicago author-date
 * strings rendered by citeproc through citation-js, with names and identifiers kept out of the
 * styles' title case (`case-protection.ts`) and an untitled page cited by its description.
 *
 * An incident is cited through its reports (primary report first), resolved from
 * `options.documents`; when none of them is at hand, the incident's own page is cited instead.
 */
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import { FaultlineError } from '../model/diagnostic.js';
import { noCase, protectTitleCase } from './case-protection.js';
import { citeOf } from './citation-engine.js';
import { uniqueCitationKeys } from './citation-key.js';
import { documentCslItem, incidentCslItem, UNTITLED_DESCRIPTION, type CslItem } from './csl-item.js';
import { CITATION_STYLES, ensureCitationStyles, registeredStyleName, type CitationStyle } from './csl-styles.js';

/** Options of `citationsFor`; every field is optional (defaults in `DEFAULT_CITATION_OPTIONS`). */
export interface CitationOptions {
  /** Retrieval date (ISO) for `urldate` / "Retrieved"; null omits it. Default: today (UTC). */
  accessed?: string | null;
  /** Documents by id, to cite an incident through its reports. Default: none. */
  documents?: ReadonlyMap<string, KnowledgeDocument>;
  /** Absolute base URL of the Faultline site, for an incident's own entry. Default: null (no URL). */
  baseUrl?: string | null;
  /** Markup of the formatted APA/MLA/Chicago strings: plain `text` or escaped `html`. Default: `text`. */
  format?: 'text' | 'html';
}

/** The markups of the formatted strings (`CitationOptions.format`), checked at run time for callers outside TypeScript. */
const CITATION_MARKUPS = ['text', 'html'] as const;

/** The defaults of `CitationOptions` (`accessed` undefined means "today"). */
export const DEFAULT_CITATION_OPTIONS = {
  accessed: undefined,
  documents: new Map<string, KnowledgeDocument>(),
  baseUrl: null,
  format: 'text',
} as const satisfies Required<Omit<CitationOptions, 'accessed'>> & { accessed: undefined };

/** Every citation format of one record. */
export interface Citations {
  /** biblatex `@online` entries (one per cited item), each with title, url, organization, date, urldate. */
  bibtex: string;
  /** CSL-JSON records, valid input for any CSL processor. */
  cslJson: CslItem[];
  /** RIS records (`TY  - ELEC`). */
  ris: string;
  /** APA 7th edition reference(s), one per line. */
  apa: string;
  /** MLA 9th edition works-cited entry (entries), one per line. */
  mla: string;
  /** Chicago 17th edition author-date reference(s), one per line. */
  chicago: string;
}

/** True when the record is an incident (it lists reports) rather than a document. */
export function isIncident(record: KnowledgeDocument | Incident): record is Incident {
  return Array.isArray((record as Incident).reports) && !('sources' in record);
}

/** Today's date (UTC) as ISO `YYYY-MM-DD`. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The CSL records that cite a document (one) or an incident (its reports, or its own page). */
export function cslItemsFor(record: KnowledgeDocument | Incident, options: CitationOptions = {}): CslItem[] {
  const accessed = options.accessed === undefined ? today() : options.accessed;
  const itemOptions = { accessed, baseUrl: options.baseUrl ?? DEFAULT_CITATION_OPTIONS.baseUrl };
  if (!isIncident(record)) return [documentCslItem(record, itemOptions)];
  const documents = options.documents ?? DEFAULT_CITATION_OPTIONS.documents;
  const reports = record.reports.map((id) => documents.get(id)).filter((doc): doc is KnowledgeDocument => doc !== undefined);
  if (reports.length === 0) return [incidentCslItem(record, itemOptions)];
  const unique = uniqueCitationKeys();
  return reports.map((doc) => {
    const item = documentCslItem(doc, itemOptions);
    return { ...item, 'citation-key': unique(item['citation-key']) };
  });
}

/**
 * The records as BibTeX and RIS carry them: the site moves from `container-title` to `publisher`,
 * which citation-js writes as biblatex `organization` and RIS `PB` (it would write a web page's
 * container as `booktitle`, which `@online` does not have, and drop it from RIS).
 */
function withSiteAsPublisher(items: readonly CslItem[]): Record<string, unknown>[] {
  return items.map((item) => {
    const { 'container-title': site, ...rest } = item;
    return site === undefined ? rest : { ...rest, publisher: site };
  });
}

/** The styles whose CSL title-cases titles (APA prints them as given). */
const TITLE_CASE_STYLES: ReadonlySet<CitationStyle> = new Set(['mla', 'chicago']);

/** The records as citeproc formats them in a style: title words and the site name kept out of the style's title case. */
function withCaseProtected(items: readonly CslItem[], style: CitationStyle): CslItem[] {
  const titleCase = TITLE_CASE_STYLES.has(style);
  return items.map((item) => {
    const copy: CslItem = { ...item };
    if (copy.title !== undefined) copy.title = protectTitleCase(copy.title, titleCase);
    if (copy['container-title'] !== undefined) copy['container-title'] = noCase(copy['container-title']);
    return copy;
  });
}

/** Normalises citation-js's text output: no trailing blanks, entries end with one newline. */
function tidy(text: string): string {
  return `${text.replace(/\s+$/, '')}\n`;
}

/** biblatex `@online` entries for CSL records, in the order given. */
export function bibtexOf(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  return tidy(String(citeOf(withSiteAsPublisher(items)).format('biblatex', { format: 'text' })).replace(/\n{3,}/g, '\n\n'));
}

/**
 * RIS records for CSL records, in the order given. citation-js maps the fields (its `object`
 * output: tag -> values); the lines are written here without citation-js's 70-column wrapping,
 * which splits URLs in two for readers that do not join continuation lines.
 */
export function risOf(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  const records = citeOf(withSiteAsPublisher(items)).format('ris', { format: 'object' }) as Record<string, unknown>[];
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const one of Array.isArray(value) ? value : [value]) {
          if (one === undefined || one === null) continue;
          lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ').trim()}`);
        }
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/**
 * MLA's entry for a page without a title: the CSL style leaves the title out and prints nothing in
 * its place; MLA 9 (5.26) puts a plain description there ("Untitled web page. Site, date, URL.").
 */
function withMlaDescription(entry: string, format: 'text' | 'html'): string {
  if (format === 'text') return `${UNTITLED_DESCRIPTION}. ${entry.trim()}`;
  return entry.replace(/^(\s*<div\b[^>]*>)/, `$1${UNTITLED_DESCRIPTION}. `);
}

/** A bibliography of CSL records in one style (entries sorted as the style sorts them). */
export function formatBibliography(items: readonly CslItem[], style: CitationStyle, format: 'text' | 'html' = 'text'): string {
  if (!Object.hasOwn(CITATION_STYLES, style)) throw new FaultlineError(`cite: unknown citation style "${style}"`, { parameter: 'style' });
  if (items.length === 0) return '';
  ensureCitationStyles();
  const template = registeredStyleName(style);
  const untitled = new Set(items.filter((item) => item.title === undefined).map((item) => item.id));
  const entries = citeOf(withCaseProtected(items, style)).format('bibliography', { format, template, lang: 'en-US', asEntryArray: true }) as [string, string][];
  const lines = entries.map(([id, entry]) => (style === 'mla' && untitled.has(id) ? withMlaDescription(entry, format) : entry));
  if (format === 'html') return `<div class="csl-bib-body">\n${lines.map((line) => line.replace(/\s+$/, '')).join('\n')}\n</div>`;
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Every citation format for a document or an incident. */
export function citationsFor(record: KnowledgeDocument | Incident, options: CitationOptions = {}): Citations {
  const format = options.format ?? DEFAULT_CITATION_OPTIONS.format;
  if (!(CITATION_MARKUPS as readonly string[]).includes(format)) {
    throw new FaultlineError(`cite: format must be "text" or "html", got "${format}"`, { parameter: 'format' });
  }
  const items = cslItemsFor(record, options);
  return {
    bibtex: bibtexOf(items),
    cslJson: items,
    ris: risOf(items),
    apa: formatBibliography(items, 'apa', format),
    mla: formatBibliography(items, 'mla', format),
    chicago: formatBibliography(items, 'chicago', format),
  };
}
