/**
 * The citation of the dataset a site serves (the export page shows it): who, what, which version
 * and build, how big, where from. APA-style text and a BibTeX `@misc` entry; the site's address is
 * the request's origin, reduced to characters a host and port can have.
 */

/** What the citation names. */
export interface DatasetFacts {
  /** Faultline version that built the knowledge base. */
  faultline: string;
  /** When the knowledge base was built (ISO date-time). */
  createdAt: string;
  documents: number;
  incidents: number;
  /** The site's origin, `http(s)://host[:port]`. */
  origin: string;
}

/** The dataset's citation in two forms. */
export interface DatasetCitation {
  apa: string;
  bibtex: string;
}

/** The dataset's title. */
export const DATASET_TITLE = 'Faultline: a knowledge base of outage post-mortems';

/** The author the citation names (the people who ran the ingest and wrote the reports are many). */
export const DATASET_AUTHOR = 'Faultline contributors';

/** An origin safe to print: the scheme and a host made of host characters only, else `http://localhost`. */
export function safeOrigin(protocol: string, host: string | undefined): string {
  const scheme = protocol === 'https' ? 'https' : 'http';
  return host !== undefined && /^[A-Za-z0-9.[\]:-]{1,255}$/.test(host) ? `${scheme}://${host}` : `${scheme}://localhost`;
}

/** The citation of the dataset described by `facts`. */
export function datasetCitation(facts: DatasetFacts): DatasetCitation {
  const day = /^\d{4}-\d{2}-\d{2}/.test(facts.createdAt) ? facts.createdAt.slice(0, 10) : null;
  const year = day === null ? 'n.d.' : day.slice(0, 4);
  const url = `${facts.origin}/export`;
  const size = `${facts.documents} ${facts.documents === 1 ? 'report' : 'reports'}, ${facts.incidents} ${facts.incidents === 1 ? 'incident' : 'incidents'}`;
  const built = day === null ? '' : `, built ${day}`;
  const apa = `${DATASET_AUTHOR}. (${year}). ${DATASET_TITLE} (Version ${facts.faultline}${built}; ${size}) [Data set]. ${url}`;
  const bibtex = [
    `@misc{faultline${year === 'n.d.' ? '' : year}dataset,`,
    `  author = {{${DATASET_AUTHOR}}},`,
    `  title = {{${DATASET_TITLE}}},`,
    `  year = {${year}},`,
    `  version = {${facts.faultline}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Data set; ${size}${built}},`,
    '}',
  ].join('\n');
  return { apa, bibtex };
}
