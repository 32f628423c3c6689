import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedCorpus } from '../../scripts/gen-corpus.js';

const N = 200;
let root: string;
let first: GeneratedCorpus;
let second: GeneratedCorpus;
let otherSeed: GeneratedCorpus;

/** Corpus-relative path -> file bytes, for every file under `dir`. */
function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Words (tokens with a letter or digit) of a Markdown file's body, front matter removed. */
function markdownBodyWords(content: string): number {
  const body = content.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'faultline-gen-corpus-'));
  first = generateCorpus({ n: N, seed: 7, outDir: join(root, 'a') });
  second = generateCorpus({ n: N, seed: 7, outDir: join(root, 'b') });
  otherSeed = generateCorpus({ n: N, seed: 8, outDir: join(root, 'c') });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const a = readTree(first.corpusDir);
    const b = readTree(second.corpusDir);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
    expect(readFileSync(join(root, 'b', 'planted.json'), 'utf8')).toBe(readFileSync(join(root, 'a', 'planted.json'), 'utf8'));
    const c = readTree(otherSeed.corpusDir);
    const firstPath = [...a.keys()][0]!;
    expect(c.get(firstPath)?.equals(a.get(firstPath)!) ?? false).toBe(false);
  });

  it('counts files and bytes in meta.json as written', () => {
    const tree = readTree(first.corpusDir);
    expect(first.meta.files).toBe(tree.size);
    expect(first.meta.files).toBe(N + first.planted.pairs.length);
    expect(first.meta.bytes).toBe([...tree.values()].reduce((sum, b) => sum + b.length, 0));
    const meta = JSON.parse(readFileSync(join(root, 'a', 'meta.json'), 'utf8')) as { n: number; seed: number };
    expect(meta.n).toBe(N);
    expect(meta.seed).toBe(7);
  });

  it('keeps every article body between 300 and 800 words', () => {
    expect(first.meta.words.min).toBeGreaterThanOrEqual(300);
    expect(first.meta.words.max).toBeLessThanOrEqual(800);
    const copies = new Set(first.planted.pairs.map((p) => p.copy));
    const markdown = [...readTree(first.corpusDir)].filter(([path]) => path.endsWith('.md') && !copies.has(path));
    expect(markdown.length).toBeGreaterThan(0);
    for (const [path, bytes] of markdown) {
      const words = markdownBodyWords(bytes.toString('utf8'));
      expect(words, path).toBeGreaterThanOrEqual(300);
      expect(words, path).toBeLessThanOrEqual(800);
    }
  });

  it('mixes the three formats about 50/30/20 and puts comment threads on about 30%', () => {
    const copies = new Set(first.planted.pairs.map((p) => p.copy));
    const originals = [...readTree(first.corpusDir).keys()].filter((p) => !copies.has(p));
    expect(originals).toHaveLength(N);
    const count = (ext: string): number => originals.filter((p) => extname(p) === ext).length;
    const share = (ext: string): number => count(ext) / N;
    expect(share('.md')).toBeGreaterThan(0.38);
    expect(share('.md')).toBeLessThan(0.62);
    expect(share('.txt')).toBeGreaterThan(0.18);
    expect(share('.txt')).toBeLessThan(0.42);
    expect(share('.html')).toBeGreaterThan(0.1);
    expect(share('.html')).toBeLessThan(0.3);
    expect(count('.md') + count('.txt') + count('.html')).toBe(N);
    expect(first.meta.formats).toEqual({ markdown: count('.md'), text: count('.txt'), html: count('.html') });
    expect(first.meta.commented / N).toBeGreaterThan(0.18);
    expect(first.meta.commented / N).toBeLessThan(0.42);
    const htmlWithComments = originals.filter((p) => p.endsWith('.html') && readFileSync(join(first.corpusDir, p), 'utf8').includes('class="comment-list"'));
    expect(htmlWithComments.length).toBeGreaterThan(0);
  });

  it('lists planted near-duplicate pairs of existing, different files', () => {
    const pairs = first.planted.pairs;
    expect(pairs.length).toBeGreaterThan(0);
    expect(first.meta.planted).toBe(pairs.length);
    for (const pair of pairs) {
      expect(existsSync(join(first.corpusDir, pair.original)), pair.original).toBe(true);
      expect(existsSync(join(first.corpusDir, pair.copy)), pair.copy).toBe(true);
      expect(pair.copy).not.toBe(pair.original);
      expect(pair.variants.length).toBeGreaterThan(0);
      const a = readFileSync(join(first.corpusDir, pair.original));
      const b = readFileSync(join(first.corpusDir, pair.copy));
      expect(a.equals(b), pair.copy).toBe(false);
      expect(extname(pair.copy) !== extname(pair.original)).toBe(pair.variants.includes('format'));
    }
  });

  it('refuses to overwrite a folder that is not a generated corpus', () => {
    expect(() => generateCorpus({ n: 1, outDir: join(root, 'a', 'corpus') })).toThrow(/not a generated corpus/);
  });
});
