/**
 * The soak's corpus: a temporary folder of symbolic links to the files of the bundled corpus (and
 * of any `--corpus` folder, read in place, never copied), plus one generated report that changes
 * on every reload so each re-ingest writes a new generation.
 */
import { mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS_EXTENSIONS } from '../../src/ingest/read-corpus.js';

/** Fictional providers of the generated reports (one per reload, so they never merge with real incidents). */
const PROVIDERS = ['Quillbyte', 'Harborlane', 'Tessellate Cloud', 'Northwind Hosting', 'Brambleworks', 'Lumenpath', 'Cobaltine', 'Fernhollow'];
/** What went wrong in each generated report. */
const FAILURES = [
  'a configuration push to the authoritative DNS servers removed the zone apex records',
  'a certificate on the load balancers expired and every TLS handshake failed',
  'a database failover promoted a replica that was hours behind',
  'a storage cluster ran out of disk space after log rotation stopped',
  'a deploy of the API gateway shipped a routing table with a missing region',
  'a cooling failure in one data hall forced the racks there to power down',
];

/** Links every corpus file of `folders` into `dir` (created); returns how many were linked. */
export async function linkCorpus(dir: string, folders: readonly string[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  let linked = 0;
  for (const [i, folder] of folders.entries()) {
    const names = (await readdir(folder)).filter((name) => !name.startsWith('.') && CORPUS_EXTENSIONS.has(path.extname(name).toLowerCase()));
    for (const name of names.sort()) {
      const target = path.join(folder, name);
      if (!(await stat(target)).isFile()) continue;
      await symlink(target, path.join(dir, i === 0 ? name : `c${i}-${name}`));
      linked += 1;
    }
  }
  return linked;
}

/** The generated report of reload `n` (1-based): a dated Markdown post-mortem of a fictional provider. */
export function reloadReport(n: number): { name: string; text: string } {
  const provider = PROVIDERS[(n - 1) % PROVIDERS.length]!;
  const failure = FAILURES[(n - 1) % FAILURES.length]!;
  const minutes = 20 + ((n * 17) % 90);
  const month = String(1 + ((n - 1) % 12)).padStart(2, '0');
  return {
    name: `soak-reload-${String(n).padStart(3, '0')}.md`,
    text: [
      '---',
      `title: "${provider} outage of ${2015 + (n % 8)}-${month}-14 (soak reload ${n})"`,
      `date: ${2015 + (n % 8)}-${month}-14`,
      `url: https://status.example.invalid/soak/${n}`,
      `company: ${provider}`,
      '---',
      '',
      `${provider} customers could not reach the service for ${minutes} minutes on Tuesday after ${failure}.`,
      '',
      `Engineers at ${provider} rolled the change back and the service recovered. The post-mortem says monitoring`,
      'caught the failure within two minutes, but the rollback needed a manual approval that took most of the outage.',
      '',
    ].join('\n'),
  };
}

/** Switches the corpus in `dir` to reload `n`'s report (removing reload `n - 1`'s). */
export async function changeCorpusForReload(dir: string, n: number): Promise<string> {
  if (n > 1) await rm(path.join(dir, reloadReport(n - 1).name), { force: true });
  const report = reloadReport(n);
  await writeFile(path.join(dir, report.name), report.text);
  return report.name;
}
