/**
 * `npm run screenshots [-- --out DIR]`: ingests the bundled corpus (`corpus/`) into a temporary
 * folder, serves it on 127.0.0.1 on a free port, and saves PNG screenshots of the home page with
 * results and of the incident with the most reports to `docs/screenshots/` (README.md shows
 * them), with Debian's Chromium (/usr/bin/chromium) through playwright-core. The one command that
 * rewrites `docs/screenshots/`; tests never do.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import type { Incident } from '../src/model/incident.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { startServer } from '../src/server/listen.js';

/** Where the pictures go, the browser, the window and the pages: every setting in one place. */
export const SCREENSHOT_DEFAULTS = Object.freeze({
  corpus: 'corpus',
  out: path.join('docs', 'screenshots'),
  chromium: '/usr/bin/chromium',
  chromiumArgs: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  /** The home page with results: the search page lists every incident before a query. */
  homePath: '/',
  /** Longest wait for a page, in ms. */
  timeoutMs: 30_000,
});

/** The incident shown: the one with the most reports (then the latest, then by id). */
export function showcaseIncident(incidents: Iterable<Incident>): Incident {
  let best: Incident | undefined;
  for (const incident of incidents) {
    if (
      best === undefined ||
      incident.reports.length > best.reports.length ||
      (incident.reports.length === best.reports.length && (incident.date ?? '') > (best.date ?? '')) ||
      (incident.reports.length === best.reports.length && (incident.date ?? '') === (best.date ?? '') && incident.id < best.id)
    ) {
      best = incident;
    }
  }
  if (best === undefined) throw new Error('screenshots: the bundled corpus gave no incident');
  return best;
}

/** Ingests, serves and photographs the bundled corpus; returns the files written. */
async function takeScreenshots(out: string): Promise<string[]> {
  const { chromium: executablePath, chromiumArgs, viewport, homePath, timeoutMs } = SCREENSHOT_DEFAULTS;
  if (!existsSync(executablePath)) throw new Error(`screenshots: ${executablePath} not found; install Debian's Chromium (apt-get install chromium)`);
  const work = await mkdtemp(path.join(tmpdir(), 'faultline-screenshots-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(work, { recursive: true, force: true })];
  try {
    const dataDir = path.join(work, 'data');
    const report = await runPipeline({ corpus: SCREENSHOT_DEFAULTS.corpus, out: dataDir, workers: 0 });
    const counts = report.manifest.counts;
    process.stderr.write(`screenshots: ingested ${counts.documents} documents, ${counts.incidents} incidents\n`);
    const server = await startServer({ dataDir, host: '127.0.0.1', port: 0, watch: false, logger: pino({ level: 'silent' }) });
    cleanups.push(() => server.close());
    const first = await server.firstLoad;
    if (first.status !== 'swapped') throw new Error(`screenshots: the knowledge base did not load: ${first.status === 'refused' ? first.error.message : first.status}`);
    const kb = server.holder.require().kb;
    if (kb === null) throw new Error('screenshots: the server holds no knowledge base in memory');
    const incident = showcaseIncident(kb.incidents.values());

    const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
    cleanups.push(() => browser.close());
    const page = await (await browser.newContext({ viewport, baseURL: server.url })).newPage();
    page.setDefaultTimeout(timeoutMs);
    await mkdir(out, { recursive: true });
    const shots: [string, string][] = [
      ['search.png', homePath],
      ['incident.png', `/incidents/${encodeURIComponent(incident.id)}`],
    ];
    const written: string[] = [];
    for (const [name, url] of shots) {
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`screenshots: ${url} answered ${response?.status() ?? 'nothing'}`);
      const file = path.join(out, name);
      await page.screenshot({ path: file });
      written.push(file);
      process.stderr.write(`screenshots: ${url} -> ${file}\n`);
    }
    return written;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

const { values } = parseArgs({ options: { out: { type: 'string', default: SCREENSHOT_DEFAULTS.out } } });
await takeScreenshots(path.resolve(values.out));
