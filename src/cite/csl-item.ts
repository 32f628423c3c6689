/**
 * CSL-JSON records (the Citation Style Language's data format, read by citeproc, Zotero and
 * citation-js) built from Faultline's documents and incidents, as Zotero records a web page: the
 * title verbatim (never a sentence of the text standing in for a missing one), the site's name as
 * `container-title` (Zotero's "Website Title"), the URL only when it is a citable http(s) URL.
 */
import { datesOf } from '../analyze/document-dates.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import { parseAuthorNames, type CslName } from './author-names.js';
import { citableUrl } from './citable-url.js';
import { citationKey } from './citation-key.js';
import { siteNameOf } from './site-name.js';

/** A CSL date: `[year, month?, day?]` parts. */
export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The CSL-JSON fields Faultline writes (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  /** Unique id within one bibliography (the Faultline record id). */
  id: string;
  /** BibTeX key `<name><year><first title word>` in lower-case ASCII letters and digits. */
  'citation-key': string;
  /** Always `webpage`: Faultline cites online articles and incident pages. */
  type: 'webpage';
  /** The title as the source gives it; absent when the source has none. */
  title?: string;
  /** What the page is, given only when it has no title (styles print it in the title's place). */
  genre?: string;
  URL?: string;
  /** The publishing site's name (Zotero's "Website Title"): metadata, the site-name table, else the URL's host. */
  'container-title'?: string;
  author?: CslName[];
  /** Publication date. */
  issued?: CslDate;
  /** When the incident the page reports happened: the document's incident date, never its publication (Zotero keeps no such field for a web page; the styles print none for one). */
  'event-date'?: CslDate;
  /** Date the page was retrieved (the knowledge base's ingest date unless told otherwise). */
  accessed?: CslDate;
}

/** The description an untitled page is cited by (APA "[Untitled web page]", Chicago and MLA "Untitled web page"). */
export const UNTITLED_DESCRIPTION = 'Untitled web page';

/** Options shared by the CSL item builders. */
export interface CslItemOptions {
  /** Retrieval date, ISO `YYYY-MM-DD...`; omitted from the record when null. */
  accessed: string | null;
  /** Absolute base URL of a Faultline site, used for an incident's own entry (`<base>/incidents/<id>`). */
  baseUrl: string | null;
}

/** Parses the leading `YYYY[-MM[-DD]]` of an ISO date into CSL date parts, or null. */
export function cslDate(iso: string | null | undefined): CslDate | null {
  if (!iso) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return { 'date-parts': [[year]] };
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined || day < 1 || day > 31) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}

/** The CSL-JSON record of one document (an online article). */
export function documentCslItem(doc: KnowledgeDocument, options: CslItemOptions): CslItem {
  const item: CslItem = { id: doc.id, 'citation-key': '', type: 'webpage' };
  const title = doc.title?.replace(/\s+/g, ' ').trim();
  if (title) item.title = title;
  else item.genre = UNTITLED_DESCRIPTION;
  const url = citableUrl(doc.url);
  if (url) item.URL = url;
  const site = siteNameOf({ meta: doc.meta, url });
  if (site) item['container-title'] = site.name;
  const authors = parseAuthorNames(doc.author);
  if (authors.length > 0) item.author = authors;
  const issued = cslDate(doc.published);
  if (issued) item.issued = issued;
  const incident = datesOf(doc).incident;
  // A legacy date (a data folder from before issue 15) may be the publication date: not an event date.
  const eventDate = incident && incident.from !== 'legacy' ? cslDate(incident.value) : null;
  if (eventDate) item['event-date'] = eventDate;
  const accessed = cslDate(options.accessed);
  if (accessed) item.accessed = accessed;
  item['citation-key'] = citationKey({ ...item, siteKey: site?.key });
  return item;
}

/** The CSL-JSON record of an incident's own page (used when none of its reports is at hand). */
export function incidentCslItem(incident: Incident, options: CslItemOptions): CslItem {
  const item: CslItem = { id: incident.id, 'citation-key': '', type: 'webpage' };
  if (incident.title.trim()) item.title = incident.title.trim();
  else item.genre = UNTITLED_DESCRIPTION;
  const url = options.baseUrl ? citableUrl(`${options.baseUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(incident.id)}`) : null;
  if (url) item.URL = url;
  item['container-title'] = 'Faultline';
  const issued = cslDate(incident.date);
  if (issued) item.issued = issued;
  const accessed = cslDate(options.accessed);
  if (accessed) item.accessed = accessed;
  item['citation-key'] = citationKey({ ...item, siteKey: 'faultline' });
  return item;
}
