/**
 * Citations for incident pages, formatted off the event loop by a small pool of worker threads
 * and cached per loaded knowledge base, incident and day. A page waits for its citations at most
 * `timeoutMs` (the first ones, while citeproc loads its styles, take seconds); past that it
 * renders without them and a later request finds them cached. An incident is cited through its
 * first `maxReports` reports (primary first), so one incident with thousands of reports costs a
 * worker no more than an ordinary one and cannot hold up every other page.
 */
import { Piscina } from 'piscina';
import type { Incident, KnowledgeBase, KnowledgeDocument } from '../model/index.js';
import formatCitations, { type CitationTask } from './citation-worker.js';
import type { CitationTexts } from './pages/incident-page.js';

/** Options of `createCitationService`; defaults in `CITATION_SERVICE_DEFAULTS`. */
export interface CitationServiceOptions {
  /** Worker threads (0 formats in the calling thread, blocking it). */
  threads?: number;
  /** Longest wait for citations before a page renders without them, in ms. */
  timeoutMs?: number;
  /** Most incidents cached per knowledge base (the cache is cleared when it is full). */
  maxCached?: number;
  /** Most reports an incident is cited through (the first ones, primary first). */
  maxReports?: number;
  /** Records failures. */
  logger?: { warn(obj: object, msg?: string): void };
}

/** Defaults of `CitationServiceOptions`, in one place. */
export const CITATION_SERVICE_DEFAULTS = { threads: 2, timeoutMs: 15_000, maxCached: 20_000, maxReports: 20 } as const;

/** Formats and caches incident citations. */
export interface CitationService {
  /** The incident's citations (through `reports`, its reports primary first), cached per `scope` (the served knowledge base), or null when they failed or took longer than the timeout. */
  citations(scope: object, incident: Incident, reports: readonly KnowledgeDocument[]): Promise<CitationTexts | null>;
  /** Starts formatting one incident's citations so the worker has loaded its styles before the first page view. */
  warmUp(kb: KnowledgeBase): void;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/** The reports of `incident` that `kb` holds, primary first. */
function incidentReportsIn(kb: KnowledgeBase, incident: Incident): KnowledgeDocument[] {
  return incident.reports.map((id) => kb.documents.get(id)).filter((d): d is KnowledgeDocument => d !== undefined);
}

/** Creates a citation service. */
export function createCitationService(options: CitationServiceOptions = {}): CitationService {
  const threads = options.threads ?? CITATION_SERVICE_DEFAULTS.threads;
  const timeoutMs = options.timeoutMs ?? CITATION_SERVICE_DEFAULTS.timeoutMs;
  const maxCached = options.maxCached ?? CITATION_SERVICE_DEFAULTS.maxCached;
  const maxReports = options.maxReports ?? CITATION_SERVICE_DEFAULTS.maxReports;
  let pool: Piscina | null = null;
  const format = (task: CitationTask): Promise<CitationTexts> => {
    if (threads <= 0) return Promise.resolve().then(() => formatCitations(task));
    if (pool === null) {
      const fromSource = import.meta.url.endsWith('.ts');
      pool = new Piscina({
        filename: new URL(fromSource ? './citation-worker.ts' : './citation-worker.js', import.meta.url).href,
        minThreads: 0,
        maxThreads: threads,
        idleTimeout: 5 * 60_000,
        execArgv: fromSource ? ['--import', 'tsx'] : [],
      });
    }
    return pool.run(task) as Promise<CitationTexts>;
  };

  const cache = new WeakMap<object, Map<string, { day: string; value: Promise<CitationTexts | null> }>>();
  const lookup = (scope: object, incident: Incident, reports: readonly KnowledgeDocument[]): Promise<CitationTexts | null> => {
    const day = new Date().toISOString().slice(0, 10);
    let perKb = cache.get(scope);
    if (perKb === undefined) {
      perKb = new Map();
      cache.set(scope, perKb);
    }
    const hit = perKb.get(incident.id);
    if (hit?.day === day) return hit.value;
    if (perKb.size >= maxCached) perKb.clear();
    const value = format({ incident, reports: reports.slice(0, maxReports), accessed: day }).catch((error: unknown) => {
      options.logger?.warn({ err: error, incident: incident.id }, 'citations could not be formatted');
      return null;
    });
    perKb.set(incident.id, { day, value });
    return value;
  };

  return {
    citations: async (scope, incident, reports) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      });
      try {
        return await Promise.race([lookup(scope, incident, reports), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    warmUp: (kb) => {
      const first = kb.incidents.values().next();
      if (first.done !== true) void lookup(kb, first.value, incidentReportsIn(kb, first.value));
    },
    close: async () => {
      const p = pool;
      pool = null;
      if (p !== null) await p.destroy();
    },
  };
}
