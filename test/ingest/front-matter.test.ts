import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { expandedSizeOver, mapFrontMatter, readFrontMatter, toJsonSafe } from '../../src/ingest/front-matter.js';

describe('readFrontMatter', () => {
  it('splits front matter from the body and names the body line', () => {
    const read = readFrontMatter('---\ntitle: T\n---\n\nBody');
    expect(read.problem).toBeNull();
    expect(read.split).toEqual({ data: { title: 'T' }, present: true, body: '\nBody', bodyLine: 4 });
  });

  it('returns the text unchanged when there is no front matter', () => {
    expect(readFrontMatter('# Title\n\ntext').split).toEqual({ data: {}, present: false, body: '# Title\n\ntext', bodyLine: 1 });
  });

  it('accepts an empty block and a "..." closing line', () => {
    expect(readFrontMatter('---\n---\nBody').split?.data).toEqual({});
    expect(readFrontMatter('---\ntitle: A\n...\nBody').split?.data).toEqual({ title: 'A' });
  });

  it('names the file line of a YAML error', () => {
    expect(readFrontMatter('---\ntitle: ok\nlist:\n  - a\n - b\n---\nx').problem).toEqual({
      code: 'malformed-front-matter',
      reason: 'malformed front matter at line 5, column 2: bad indentation of a mapping entry',
      line: 5,
      fatal: true,
    });
  });

  it('never evaluates a JavaScript front-matter block', () => {
    const g = globalThis as { faultlinePwned?: number };
    const read = readFrontMatter('---js\n{ title: (globalThis.faultlinePwned = 1) }\n---\nBody');
    expect(g.faultlinePwned).toBeUndefined();
    // `---js` does not open front matter: the whole text is body.
    expect(read.split?.present).toBe(false);
  });

  it('does not use or fill gray-matter’s shared cache', () => {
    const text = '---\ntags: [a]\n---\nbody';
    const first = readFrontMatter(text).split!;
    (first.data.tags as string[]).push('mutated');
    expect(readFrontMatter(text).split!.data).toEqual({ tags: ['a'] });
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    expect(Object.keys(cache)).not.toContain(`---\ntags: [a]\n---\n`);
  });
});

describe('mapFrontMatter', () => {
  it('maps the common keys and keeps the others in meta', () => {
    const { content, problems } = mapFrontMatter({
      Title: 'A title',
      'external-url': 'http://example.com/a',
      date: new Date(Date.UTC(2008, 5, 6)),
      author: ['Ann', { name: 'Bo' }],
      tags: ['x', 'Y'],
      keywords: 'y, z',
      categories: ['cloud'],
      summary: 'Short.',
      company: 'Amazon',
      product: 'S3',
      start_time: '2008-07-20 08:40:00 +0000',
      custom: { when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), n: Number.NaN },
    });
    expect(problems).toEqual([]);
    expect(content).toEqual({
      hasMetadata: true,
      title: 'A title',
      url: 'http://example.com/a',
      published: '2008-06-06',
      author: 'Ann, Bo',
      description: 'Short.',
      tags: ['x', 'Y', 'z', 'cloud'],
      company: 'Amazon',
      product: 'S3',
      startTime: '2008-07-20T08:40:00Z',
      meta: { custom: { when: '2020-01-02T03:04:05Z', n: null } },
      text: '',
      comments: [],
    });
  });

  it('warns about an unreadable date and keeps it in meta', () => {
    const { content, problems } = mapFrontMatter({ date: 'last week', link: 'https://x.example/' });
    expect(content.published).toBeNull();
    expect(content.url).toBe('https://x.example/');
    expect(content.meta).toEqual({ date: 'last week' });
    expect(problems).toEqual([{ code: 'warning', reason: 'front matter date "last week" is not a recognisable date; kept in meta', fatal: false }]);
  });

  it('has no metadata without title, date or url', () => {
    expect(mapFrontMatter({ company: 'X' }).content.hasMetadata).toBe(false);
  });
});

describe('toJsonSafe', () => {
  it('cuts cycles and bounds exponential fan-out', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(toJsonSafe(cyclic)).toEqual({ a: 1, self: null });

    let level: unknown[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (let i = 0; i < 8; i += 1) level = Array.from({ length: 10 }, () => level); // 10^9 leaves by reference
    const copy = JSON.stringify(toJsonSafe(level));
    expect(copy.length).toBeLessThan(200_000);
  });

  it('converts binary to base64 and bigint to text', () => {
    expect(toJsonSafe(new Uint8Array([104, 105]))).toBe('aGk=');
    expect(toJsonSafe(10n)).toBe('10');
  });
});

describe('mapFrontMatter with empty values', () => {
  it('drops mapped keys that are empty instead of keeping them in meta or warning', () => {
    const { content, problems } = mapFrontMatter({ product: '', start_time: '', title: null, categories: [], uuid: 'u' });
    expect(problems).toEqual([]);
    expect(content).toMatchObject({ product: null, startTime: null, title: null, tags: [], meta: { uuid: 'u' } });
  });
});

describe('readFrontMatter bounds the expanded size', () => {
  it('refuses a YAML alias bomb (one 200,000-character string repeated 5,000 times) as too complex', () => {
    const yaml = `big: &s "${'x'.repeat(200_000)}"\nbomb: [${Array.from({ length: 5000 }, () => '*s').join(', ')}]`;
    expect(readFrontMatter(`---\n${yaml}\n---\nBody`)).toEqual({
      split: null,
      problem: {
        code: 'too-complex',
        reason: 'front matter expands to more than 1000000 characters (YAML aliases repeat a value); refused',
        line: 2,
        fatal: true,
      },
    });
  });

  it('refuses exponential alias fan-out and cycles, and keeps ordinary front matter of any size', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array.from({ length: 10 }, () => `*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    expect(readFrontMatter(`---\n${levels.join('\n')}\n---\nBody`).problem?.code).toBe('too-complex');
    expect(readFrontMatter('---\nloop: &l [*l]\n---\nBody').problem?.code).toBe('too-complex');
    const long = `description: "${'y'.repeat(1_500_000)}"`;
    expect(readFrontMatter(`---\n${long}\n---\nBody`).split?.data.description).toHaveLength(1_500_000);
  });

  it('counts keys, strings and nodes against the limit and stops early', () => {
    expect(expandedSizeOver({ ab: 'cde' }, 9)).toBe(false); // 1 + 3 (key "ab" + 1) + 1 + 3 = 8
    expect(expandedSizeOver({ ab: 'cde' }, 7)).toBe(true);
    const shared = 'z'.repeat(1000);
    expect(expandedSizeOver(Array.from({ length: 1e6 }, () => shared), 5000)).toBe(true);
  });
});
