/**
 * Search index benchmark (not a test): builds, saves and loads the index, then measures query
 * latency, for
 *   - the icco post-mortem corpus (read in place from ../shared/corpora/icco-postmortems; records
 *     synthesised from the front matter and body, since this measures the index, not the NLP),
 *     plus the fixture knowledge base;
 *   - N generated outage reports (default 10,000; `--docs N`, several with `--docs 10000,50000`).
 * Building runs in this process; loading and querying run in a fresh child process (so its load
 * time and RSS are those of a reader). Prints a Markdown table; `--json FILE` also writes the figures.
 *
 *   npx tsx scripts/bench-search.ts [--docs 10000] [--queries 200] [--json out.json] [--compare-lunr]
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import lunr from 'lunr';
import { groupIncidents } from '../src/incidents/group-incidents.js';
import { buildIndex } from '../src/index/build-index.js';
import { loadIndex } from '../src/index/load-index.js';
import { toLunrIndex } from '../src/index/to-lunr-index.js';
import type { AnalyzedDocument, CauseLabel, Certainty, LayerLabel, Tag } from '../src/model/document.js';
import { FaultlineError } from '../src/model/diagnostic.js';
import type { KnowledgeBase, SearchRequest } from '../src/model/search.js';
import { loadKnowledgeBase } from '../src/search/load-knowledge-base.js';
import { fixtureDocuments } from '../test/fixtures/kb/fixture-kb.js';

const ICCO = path.resolve('../shared/corpora/icco-postmortems');
const execFileAsync = promisify(execFile);

interface Args {
  /** Set in the child process: the data folder to measure. */
  child: string | null;
  docs: number[];
  queries: number;
  json: string | null;
  compareLunr: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { child: null, docs: [10_000], queries: 200, json: null, compareLunr: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--docs') args.docs = (argv[++i] ?? '').split(',').map(Number).filter((n) => n > 0);
    else if (a === '--queries') args.queries = Number(argv[++i]);
    else if (a === '--json') args.json = argv[++i] ?? null;
    else if (a === '--compare-lunr') args.compareLunr = true;
    else if (a === '--child') args.child = argv[++i] ?? null;
    else throw new Error(`bench-search: unknown argument ${a}`);
  }
  return args;
}

// --- records ----------------------------------------------------------------------------------

/** A deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYER_WORDS: [RegExp, LayerLabel][] = [
  [/\bdns\b|name resolution|resolver/i, 'dns'],
  [/load balanc/i, 'load-balancer'],
  [/\bcdn\b|edge/i, 'cdn'],
  [/network|bgp|router|switch|fiber|fibre/i, 'network'],
  [/storage|disk|volume|\bs3\b|\bebs\b/i, 'storage'],
  [/database|mysql|postgres|replica/i, 'database'],
  [/cache|redis|memcache/i, 'cache'],
  [/certificate|auth|login|token/i, 'auth'],
  [/power|generator|cooling|data ?cent/i, 'facility'],
  [/control plane|metadata|coordinat|configuration service/i, 'control-plane'],
];
const CAUSE_WORDS: [RegExp, CauseLabel][] = [
  [/deploy|rollout|upgrade|release/i, 'deployment'],
  [/\bbug\b|defect|race condition|crash/i, 'software-bug'],
  [/config|misconfig/i, 'misconfiguration'],
  [/capacity|overload|load spike|exhaust/i, 'capacity'],
  [/power|utility|generator/i, 'power'],
  [/hardware|failed disk|failed server|fiber cut/i, 'hardware'],
  [/ddos|attack/i, 'security'],
];

function naiveTags<L extends string, R extends string>(text: string, rules: [RegExp, L][], certainty: Certainty, role: R): Tag<L, R>[] {
  return rules.filter(([re]) => re.test(text)).map(([, label]) => ({ label, confidence: 0.6, certainty, role, evidence: [], rules: [] }));
}

function record(fields: {
  id: string;
  title: string;
  text: string;
  summary: string;
  published: string | null;
  date: string | null;
  provider: string | null;
  service: string | null;
  keyphrases: string[];
  certainty: Certainty;
}): AnalyzedDocument {
  const fact = (value: string) => ({ value, evidence: null, from: 'metadata' as const });
  return {
    id: fields.id,
    title: fields.title,
    url: null,
    published: fields.published,
    author: null,
    description: null,
    tags: [],
    company: fields.provider,
    product: fields.service,
    startTime: null,
    meta: {},
    sources: [],
    text: fields.text,
    comments: [],
    textHash: fields.id,
    layers: naiveTags(fields.text, LAYER_WORDS, fields.certainty, 'origin' as const),
    causes: naiveTags(fields.text, CAUSE_WORDS, fields.certainty, 'root' as const),
    sentences: [],
    entities: [],
    tokenCount: fields.text.split(/\s+/).length,
    facts: {
      providers: fields.provider === null ? [] : [fact(fields.provider)],
      services: fields.service === null ? [] : [fact(fields.service)],
      customers: [],
      incidentDate: fields.date === null ? null : fact(fields.date),
      startTime: null,
      duration: null,
      impact: [],
    },
    summary: { text: fields.summary, sentences: [] },
    keyphrases: fields.keyphrases,
  };
}

/** The icco corpus as records (front matter + body), plus the fixture documents. */
async function iccoRecords(): Promise<AnalyzedDocument[]> {
  const files = (await readdir(ICCO)).filter((f) => f.endsWith('.md')).sort();
  const out: AnalyzedDocument[] = [];
  for (const file of files) {
    const parsed = matter(await readFile(path.join(ICCO, file), 'utf8'));
    const data = parsed.data as Record<string, unknown>;
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : v instanceof Date ? v.toISOString() : null);
    const text = parsed.content.trim();
    const start = str(data.start_time);
    out.push(
      record({
        id: `icco-${file.replace(/\.md$/, '')}`,
        title: str(data.title) ?? text.split('\n')[0]?.slice(0, 80) ?? file,
        text,
        summary: str(data.summary) ?? text.slice(0, 300),
        published: str(data.source_published_at)?.slice(0, 10) ?? null,
        date: start?.slice(0, 10) ?? null,
        provider: str(data.company),
        service: str(data.product),
        keyphrases: Array.isArray(data.keywords) ? data.keywords.map(String) : [],
        certainty: 'confirmed',
      }),
    );
  }
  return [...out, ...fixtureDocuments()];
}

const PROVIDERS = ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure', 'Cloudflare', 'Fastly', 'GitHub', 'Slack', 'Stripe', 'Akamai', 'Salesforce', 'Heroku', 'DigitalOcean', 'Facebook', 'Discord', 'Atlassian'];
const SERVICES = ['S3', 'EC2', 'DNS', 'CDN', 'API', 'database', 'storage', 'load balancer', 'identity', 'queue', 'compute', 'network'];

/** `n` generated outage reports: icco-vocabulary prose around outage sentences, 300-800 words. */
async function syntheticRecords(n: number, seed = 1): Promise<AnalyzedDocument[]> {
  const words: string[] = [];
  for (const file of (await readdir(ICCO)).filter((f) => f.endsWith('.md'))) {
    words.push(...((await readFile(path.join(ICCO, file), 'utf8')).toLowerCase().match(/[a-z][a-z'-]+/g) ?? []));
  }
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const rnd = prng(seed);
  const zipf = (): string => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(rnd() * Math.log(vocab.length))) - 1)]!;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const templates = [
    (p: string, s: string) => `${p} reported elevated error rates for ${s} after a configuration change was deployed.`,
    (p: string, s: string) => `A failed network switch caused packet loss between ${p} data centers and the ${s} control plane.`,
    (p: string, s: string) => `The ${s} database primary ran out of disk capacity and replicas fell behind.`,
    (p: string, s: string) => `Engineers at ${p} rolled back the deployment and ${s} recovered within two hours.`,
    (p: string, s: string) => `A power failure at one facility took ${s} offline; generators failed to start.`,
    (p: string, s: string) => `Expired TLS certificates broke authentication for ${s} customers of ${p}.`,
    (p: string) => `A DNS misconfiguration made ${p} domains unresolvable for forty minutes.`,
    (p: string, s: string) => `Cache nodes were restarted and a thundering herd overloaded the ${s} backend.`,
  ];
  const out: AnalyzedDocument[] = [];
  for (let i = 0; i < n; i++) {
    const provider = pick(PROVIDERS);
    const service = pick(SERVICES);
    const target = 300 + Math.floor(rnd() * 500);
    const sentences: string[] = [];
    let count = 0;
    while (count < target) {
      if (rnd() < 0.25) {
        const s = pick(templates)(provider, service);
        sentences.push(s);
        count += s.split(' ').length;
      } else {
        const len = 8 + Math.floor(rnd() * 16);
        const ws = Array.from({ length: len }, () => (rnd() < 0.02 ? `host-${Math.floor(rnd() * 1e6).toString(36)}` : zipf()));
        const s = `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
        sentences.push(s);
        count += len;
      }
    }
    const year = 2008 + Math.floor(rnd() * 17);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 5) paragraphs.push(sentences.slice(k, k + 5).join(' '));
    const text = paragraphs.join('\n\n');
    out.push(
      record({
        id: `gen-${i.toString(36).padStart(5, '0')}`,
        title: `${provider} ${service} outage: ${sentences[0]?.split(' ').slice(0, 6).join(' ')}`,
        text,
        summary: sentences.slice(0, 2).join(' '),
        published: date,
        date: rnd() < 0.9 ? date : null,
        provider,
        service,
        keyphrases: [service, pick(vocab.slice(0, 2000)), pick(vocab.slice(0, 2000))],
        certainty: pick<Certainty>(['confirmed', 'reported', 'speculated']),
      }),
    );
  }
  return out;
}

// --- measuring -----------------------------------------------------------------------------------

interface Latency {
  p50: number;
  p99: number;
  max: number;
  n: number;
  meanTotal: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function measure(kb: KnowledgeBase, requests: SearchRequest[], n: number): Latency {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const request = requests[i % requests.length]!;
    const t = performance.now();
    total += kb.search(request).total;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(percentile(times, 50)), p99: r(percentile(times, 99)), max: r(times[times.length - 1] ?? 0), n, meanTotal: Math.round(total / n) };
}

const SINGLE = ['outage', 'database', 'network', 'dns', 'storage', 'certificate', 'deployment', 'power', 'latency', 'replica', 'cache', 'customers'];
const MULTI = ['database replica lag', 'network packet loss', 'configuration change deployed', 'power failure generators', 'dns resolution errors', 'disk capacity exhausted'];
const QUERY_KINDS: Record<string, (i: number) => SearchRequest> = {
  'single-term': (i) => ({ query: SINGLE[i % SINGLE.length]! }),
  'multi-term': (i) => ({ query: MULTI[i % MULTI.length]! }),
  'phrase-like': (i) => ({ query: `"${MULTI[i % MULTI.length]!}"` }),
  'lunr operators': (i) => ({ query: `+${SINGLE[i % SINGLE.length]!} -cache title:outage` }),
  filtered: (i) => ({ query: SINGLE[i % SINGLE.length]!, layers: ['network', 'database'], from: 2012, to: 2020 }),
  wildcard: (i) => ({ query: `${SINGLE[i % SINGLE.length]!.slice(0, 4)}*` }),
  fuzzy: (i) => ({ query: `${SINGLE[i % SINGLE.length]!}~1` }),
  'date sort, page 5': (i) => ({ query: SINGLE[i % SINGLE.length]!, sort: 'date', page: 5, pageSize: 20 }),
  'empty query (facets)': () => ({ query: '' }),
};

const HOSTILE: SearchRequest[] = [
  { query: 'outage '.repeat(73) },
  { query: Array.from({ length: 32 }, (_, i) => `w${i}`).join(' ') },
  { query: 'ab*c*' },
  { query: 'co*' },
  { query: 'ab~2' },
  { query: 'se~2 co~2 re~2 de~2' },
  { query: 'a*b*c*' },
  { query: '*a*b*c*' },
  { query: 'title:text:x' },
  { query: 'outage', page: 100, pageSize: 100 },
  { query: '-outage' },
  { query: '' , pageSize: 100 },
];

function worstHostile(kb: KnowledgeBase): { worstMs: number; query: string } {
  let worst = { worstMs: 0, query: '' };
  for (const request of HOSTILE) {
    const t = performance.now();
    try {
      kb.search(request);
    } catch (error) {
      if (!(error instanceof FaultlineError)) throw error;
    }
    const ms = performance.now() - t;
    if (ms > worst.worstMs) worst = { worstMs: Math.round(ms * 100) / 100, query: request.query.slice(0, 40) };
  }
  return worst;
}

interface CorpusResult {
  corpus: string;
  documents: number;
  incidents: number;
  groupMs: number;
  buildMs: number;
  indexMb: number;
  shards: number;
  loadIndexMs: number;
  loadKnowledgeBaseMs: number;
  rssMb: number;
  queries: Record<string, Latency>;
  hostile: { worstMs: number; query: string };
  lunr?: { jsonMb: number; loadMs: number; singleP50: number; multiP50: number; docsInShard: number };
}

/** What the child process measures over a saved data folder. */
interface LoadResult {
  loadIndexMs: number;
  loadKnowledgeBaseMs: number;
  rssMb: number;
  queries: Record<string, Latency>;
  hostile: { worstMs: number; query: string };
  lunr?: CorpusResult['lunr'];
}

/** Child process: loads the data folder (index alone, then the knowledge base) and measures queries. */
async function measureDataFolder(dir: string, args: Args): Promise<LoadResult> {
  let t = performance.now();
  const loaded = loadIndex(path.join(dir, 'index'));
  const loadIndexMs = Math.round(performance.now() - t);
  t = performance.now();
  const kb = await loadKnowledgeBase(dir);
  const loadKnowledgeBaseMs = Math.round(performance.now() - t);
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);
  for (let i = 0; i < 20; i++) kb.search({ query: SINGLE[i % SINGLE.length]! }); // warm-up
  const queries: Record<string, Latency> = {};
  for (const [kind, make] of Object.entries(QUERY_KINDS)) {
    const requests = Array.from({ length: 24 }, (_, i) => make(i));
    queries[kind] = measure(kb, requests, args.queries);
  }
  const result: LoadResult = { loadIndexMs, loadKnowledgeBaseMs, rssMb, queries, hostile: worstHostile(kb) };
  if (args.compareLunr) result.lunr = compareWithLunr(loaded.shards[0]);
  return result;
}

/** Builds and saves the knowledge base of `docs` (in this process), then measures loading and queries in a fresh one. */
async function benchCorpus(name: string, docs: AnalyzedDocument[], args: Args): Promise<CorpusResult> {
  let t = performance.now();
  const grouped = groupIncidents(docs);
  const groupMs = Math.round(performance.now() - t);
  t = performance.now();
  const files = buildIndex(grouped.documents, grouped.incidents);
  const buildMs = Math.round(performance.now() - t);
  let bytes = 0;
  for (const content of files.values()) bytes += Buffer.byteLength(content);

  const dir = await mkdtemp(path.join(tmpdir(), 'faultline-bench-search-'));
  try {
    await mkdir(path.join(dir, 'index'));
    await writeFile(path.join(dir, 'documents.jsonl'), grouped.documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
    await writeFile(path.join(dir, 'incidents.jsonl'), grouped.incidents.map((d) => JSON.stringify(d)).join('\n') + '\n');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, counts: { documents: docs.length } }));
    for (const [file, content] of files) await writeFile(path.join(dir, 'index', file), content);
    const childArgs = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir, '--queries', String(args.queries)];
    if (args.compareLunr) childArgs.push('--compare-lunr');
    const { stdout } = await execFileAsync(process.execPath, childArgs, { maxBuffer: 64 * 1024 * 1024 });
    const measured = JSON.parse(stdout) as LoadResult;
    return {
      corpus: name,
      documents: docs.length,
      incidents: grouped.incidents.length,
      groupMs,
      buildMs,
      indexMb: Math.round(bytes / 1e5) / 10,
      shards: files.size - 1,
      ...measured,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** lunr's own engine over the same (first) shard: serialized size, load time and query p50. */
function compareWithLunr(shard: Parameters<typeof toLunrIndex>[0] | undefined): CorpusResult['lunr'] {
  if (shard === undefined) return undefined;
  const json = JSON.stringify(toLunrIndex(shard));
  let t = performance.now();
  const index = lunr.Index.load(JSON.parse(json) as object);
  const loadMs = Math.round(performance.now() - t);
  const p50 = (queries: string[][]): number => {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const terms = queries[i % queries.length]!;
      t = performance.now();
      index.query((q) => {
        for (const term of terms) q.term(term, { usePipeline: false });
      });
      times.push(performance.now() - t);
    }
    return Math.round(percentile(times.sort((a, b) => a - b), 50) * 100) / 100;
  };
  return {
    jsonMb: Math.round(json.length / 1e5) / 10,
    loadMs,
    singleP50: p50([['outag'], ['databas'], ['network'], ['dns']]),
    multiP50: p50([['databas', 'replica', 'lag'], ['network', 'packet', 'loss']]),
    docsInShard: shard.refs.length,
  };
}

function markdown(results: CorpusResult[]): string {
  const lines = [
    '| corpus | docs | incidents | group ms | build ms | index MB | shards | load index ms | load KB ms | RSS MB | worst hostile ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.documents} | ${r.incidents} | ${r.groupMs} | ${r.buildMs} | ${r.indexMb} | ${r.shards} | ${r.loadIndexMs} | ${r.loadKnowledgeBaseMs} | ${r.rssMb} | ${r.hostile.worstMs} (${JSON.stringify(r.hostile.query)}) |`,
    ),
    '',
    '| corpus | query kind | p50 ms | p99 ms | max ms | mean total |',
    '|---|---|---|---|---|---|',
    ...results.flatMap((r) => Object.entries(r.queries).map(([k, q]) => `| ${r.corpus} | ${k} | ${q.p50} | ${q.p99} | ${q.max} | ${q.meanTotal} |`)),
  ];
  const withLunr = results.filter((r) => r.lunr !== undefined);
  if (withLunr.length > 0) {
    lines.push('', '| corpus | lunr.Index over one shard (docs) | JSON MB | load ms | 1-term p50 ms | 3-term p50 ms |', '|---|---|---|---|---|---|');
    for (const r of withLunr) {
      const l = r.lunr!;
      lines.push(`| ${r.corpus} | ${l.docsInShard} | ${l.jsonMb} | ${l.loadMs} | ${l.singleP50} | ${l.multiP50} |`);
    }
  }
  return lines.join('\n');
}

const args = parseArgs(process.argv.slice(2));
if (args.child !== null) {
  process.stdout.write(JSON.stringify(await measureDataFolder(args.child, args)));
} else {
  const results: CorpusResult[] = [];
  results.push(await benchCorpus('icco+fixtures', await iccoRecords(), args));
  process.stderr.write('icco done\n');
  for (const n of args.docs) {
    results.push(await benchCorpus(`generated ${n}`, await syntheticRecords(n), args));
    process.stderr.write(`generated ${n} done\n`);
  }
  process.stdout.write(`${markdown(results)}\n`);
  if (args.json !== null) await writeFile(args.json, `${JSON.stringify(results, null, 2)}\n`);
}
