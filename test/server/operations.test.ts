import { pino } from 'pino';
import request from 'supertest';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { KnowledgeBaseHolder } from '../../src/server/knowledge-base-holder.js';
import { fixtureKnowledgeBase, withSearch } from './fixture-knowledge-base.js';

/** A pino logger writing JSON lines into `lines`. */
function captureLogger(lines: Record<string, unknown>[]) {
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, stream);
}

const app = createApp({ kb: fixtureKnowledgeBase() });

describe('health and readiness', () => {
  it('/healthz answers while the knowledge base is still loading; /readyz says 503 until it is loaded', async () => {
    const holder = new KnowledgeBaseHolder();
    const loading = createApp({ kb: holder });
    expect((await request(loading).get('/healthz')).body).toEqual({ status: 'ok' });
    const notReady = await request(loading).get('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.headers['retry-after']).toBe('2');
    expect(notReady.body).toEqual({ status: 'loading' });
    const api = await request(loading).get('/api/search?q=x');
    expect(api.status).toBe(503);
    expect(api.body).toHaveProperty('error', 'not-ready');
    const pageRes = await request(loading).get('/');
    expect(pageRes.status).toBe(503);
    expect(pageRes.text).toContain('Faultline is getting ready');

    holder.install(fixtureKnowledgeBase());
    const ready = await request(loading).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', generation: 'server', documents: 4, incidents: 4, loadedAt: expect.any(String) as unknown, verified: false, fallback: null });
    expect(JSON.stringify(ready.body)).not.toContain('/');
    expect((await request(loading).get('/api/search?q=zone')).body).toHaveProperty('total', 1);
  });
});

describe('security headers', () => {
  it('sends a strict CSP without unsafe-inline and the usual helmet headers', async () => {
    const res = await request(app).get('/');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect((await request(app).get('/api/search')).headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('static files', () => {
  it('serves public/ with ETag and max-age, and answers 304 to a matching If-None-Match', async () => {
    const css = await request(app).get('/static/style.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=3600');
    expect(css.headers.etag).toMatch(/^W\/"/);
    const again = await request(app).get('/static/style.css').set('If-None-Match', css.headers.etag!);
    expect(again.status).toBe(304);
    expect((await request(app).get('/static/search.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves files outside public/ (traversal, dotfiles, directories)', async () => {
    for (const url of ['/static/../package.json', '/static/%2e%2e/package.json', '/static/..%2fpackage.json', '/static/', '/static/.env', '/package.json', '/src/server/create-app.ts']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.status, url).toBeLessThan(500);
      expect(res.text).not.toContain('"dependencies"');
    }
  });
});

describe('request limits and methods', () => {
  it('405 for methods other than GET and HEAD', async () => {
    const res = await request(app).post('/api/search').send({ q: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body).toHaveProperty('error', 'method-not-allowed');
    expect((await request(app).delete('/incidents/x')).status).toBe(405);
  });

  it('413 for a GET carrying a large body', async () => {
    const res = await request(app).get('/api/search').set('Content-Type', 'text/plain').send('x'.repeat(5000));
    expect(res.status).toBe(413);
    expect(res.body).toHaveProperty('error', 'payload-too-large');
  });

  it('HEAD works on pages and the API', async () => {
    expect((await request(app).head('/')).status).toBe(200);
    expect((await request(app).head('/api/stats')).status).toBe(200);
  });
});

describe('hostile URLs', () => {
  it('invalid percent-encoding in the path is a 400, never a 5xx', async () => {
    const res = await request(app).get('/incidents/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.text).toContain('invalid percent-encoding');
    const api = await request(app).get('/api/incidents/%ZZ');
    expect(api.status).toBe(400);
    expect(api.body).toHaveProperty('message', 'The address contains invalid percent-encoding.');
  });

  it('invalid UTF-8 and bad escapes in the query string are answered, never a 5xx', async () => {
    for (const qs of ['q=%FF%FE', 'q=%E0%A4%A', 'q=%', 'layer=%C0%AF', 'q=%00', 'q[]=x', 'q[a]=b']) {
      const res = await request(app).get(`/api/search?${qs}`);
      expect(res.status, qs).toBeLessThan(500);
      const pageRes = await request(app).get(`/?${qs}`);
      expect(pageRes.status, qs).toBeLessThan(500);
    }
  });

  it('thousands of terms get 400, a pathological wildcard is searched as its words (docs/query-language.md); a huge page number gets 400', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`).join('+');
    expect((await request(app).get(`/api/search?q=${many.slice(0, 12000)}`)).status).toBe(400);
    expect((await request(app).get('/api/search?q=*a*b*c*')).status).toBe(200);
    expect((await request(app).get('/api/search?page=9999999999')).body).toHaveProperty('parameter', 'page');
  });

  it('a URL over the header size limit is refused by Node with 431', async () => {
    const res = await request(app).get(`/api/search?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
  });
});

describe('rate limiting on /api', () => {
  it('answers 429 JSON once the configured limit is reached', async () => {
    const limited = createApp({ kb: fixtureKnowledgeBase(), options: { rateLimit: 3 } });
    for (let i = 0; i < 3; i++) expect((await request(limited).get('/api/facets')).status).toBe(200);
    const res = await request(limited).get('/api/facets');
    expect(res.status).toBe(429);
    expect(res.body).toHaveProperty('error', 'too-many-requests');
    expect(res.headers.ratelimit).toMatch(/^"3-in-1min"; r=0; t=\d+$/);
  });

  it('counts the search page against the same limit as the API (HTML 429 on pages); health checks and static files are not limited', async () => {
    const limited = createApp({ kb: fixtureKnowledgeBase(), options: { rateLimit: 3 } });
    expect((await request(limited).get('/?q=outage')).status).toBe(200);
    expect((await request(limited).get('/api/search?q=outage')).status).toBe(200);
    expect((await request(limited).get('/?q=dns')).status).toBe(200);
    const page = await request(limited).get('/?q=storage');
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await request(limited).get('/api/search?q=outage')).status).toBe(429);
    expect((await request(limited).get('/stats')).status).toBe(429);
    expect((await request(limited).get('/healthz')).status).toBe(200);
    expect((await request(limited).get('/readyz')).status).toBe(200);
    expect((await request(limited).get('/static/style.css')).status).toBe(200);
  });

  it('can be disabled', async () => {
    const open = createApp({ kb: fixtureKnowledgeBase(), options: { rateLimit: false } });
    const res = await request(open).get('/api/facets');
    expect(res.headers.ratelimit).toBeUndefined();
  });

  it('rejects bad options with a FaultlineError naming them', () => {
    expect(() => createApp({ kb: fixtureKnowledgeBase(), options: { rateLimit: 0 } })).toThrow(/option rateLimit/);
    expect(() => createApp({ kb: fixtureKnowledgeBase(), options: { maxPage: -1 } })).toThrow(/option maxPage/);
  });
});

describe('internal errors', () => {
  it('answer 500 without a stack trace and log the error once', async () => {
    let fail = false;
    const real = fixtureKnowledgeBase();
    const broken = withSearch(real, (r) => {
      if (fail) throw new TypeError('secret internal detail');
      return real.search(r);
    });
    const lines: Record<string, unknown>[] = [];
    const failing = createApp({ kb: broken, logger: captureLogger(lines) });
    fail = true;
    const api = await request(failing).get('/api/search?q=x');
    expect(api.status).toBe(500);
    expect(api.body).toEqual({ error: 'internal-error', parameter: null, message: 'An internal error occurred. It has been logged.' });
    const pageRes = await request(failing).get('/?q=x');
    expect(pageRes.status).toBe(500);
    expect(pageRes.text).not.toContain('secret internal detail');
    expect(pageRes.text).not.toContain('TypeError');
    expect(pageRes.text).toContain('Sorry, something broke on our side');
    const failures = lines.filter((l) => l.msg === 'request failed');
    expect(failures).toHaveLength(2);
    expect((failures[0]!.err as { message: string }).message).toBe('secret internal detail');
  });

  it('a lunr QueryParseError from the search becomes a 400 on q', async () => {
    const parseError = Object.assign(new Error('expecting term, found field at 7'), { name: 'QueryParseError' });
    let fail = false;
    const real = fixtureKnowledgeBase();
    const app2 = createApp({
      kb: withSearch(real, (r) => {
        if (fail) throw parseError;
        return real.search(r);
      }),
    });
    fail = true;
    const res = await request(app2).get('/api/search?q=title:title:x');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'bad-parameter', parameter: 'q', message: 'search: parameter q: expecting term, found field at 7' });
  });
});

describe('request logs', () => {
  it('writes one structured line per request (not for health checks)', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createApp({ kb: fixtureKnowledgeBase(), logger: captureLogger(lines) });
    await request(logged).get('/api/search?q=zone');
    await request(logged).get('/healthz');
    await request(logged).get('/api/search?layer=nope');
    const requests = lines.filter((l) => l.msg === 'request completed');
    expect(requests).toHaveLength(2);
    expect((requests[0]!.req as { url: string }).url).toBe('/api/search?q=zone');
    expect((requests[0]!.res as { statusCode: number }).statusCode).toBe(200);
    expect(requests[0]!.level).toBe(30);
    expect(requests[1]!.level).toBe(40);
    expect(typeof requests[0]!.responseTime).toBe('number');
  });
});
