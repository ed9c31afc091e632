/**
 * The fetch module (src/fetch/): one address fetched against a local server on 127.0.0.1 that
 * counts requests: redirects, loops and schemes, statuses and types, size and time limits,
 * retries with Retry-After, per-host limits, robots.txt, and the charset of the Content-Type.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { convertedAs, parseContentType } from '../../src/fetch/content-type.js';
import { HostLimiter, WaitAborted } from '../../src/fetch/hosts.js';
import { describeFetchError, Fetcher, MAX_REDIRECTS, parseWebAddress, type FetchSettings, type Page } from '../../src/fetch/http.js';
import { backoffMs, retryAfterMs } from '../../src/fetch/retry.js';
import { isWebAddress, WebInputs } from '../../src/fetch/source.js';
import { convertFetched } from '../../src/fetch/run.js';
import { convert, type Task } from '../../src/batch/convert.js';
import { decode } from '../../src/decode.js';
import type { SourceItem } from '../../src/batch/sources.js';
import { endless, redirect, serve, silent, slow, startServer, type TestServer } from '../http-server.js';

const ARTICLE = readFileSync(join(import.meta.dirname, '../../fixtures/html--table-list-quote/input.html'));

const settings = (over: Partial<FetchSettings> = {}): FetchSettings => ({
  timeoutMs: 5000,
  maxBytes: 1024 * 1024,
  retries: 2,
  perHost: 2,
  delayMs: 0,
  userAgent: 'article-extract/9.9.9 (+test)',
  respectRobots: false,
  inputFormat: 'auto',
  ...over,
});

let servers: TestServer[] = [];
const server = async (...args: Parameters<typeof startServer>) => {
  const s = await startServer(...args);
  servers.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The ExtractError a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<ExtractError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('content types and charsets', () => {
  it('reads the media type and a known charset label', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({ type: 'text/html', charset: 'windows-1252' });
    expect(parseContentType('text/plain;charset=utf-8')).toEqual({ type: 'text/plain', charset: 'utf-8' });
    expect(parseContentType('text/html; charset=no-such-charset')).toEqual({ type: 'text/html', charset: null });
    expect(parseContentType(undefined)).toEqual({ type: null, charset: null });
  });
  it('converts HTML, XHTML and text only', () => {
    expect(convertedAs('text/html')).toBe('html');
    expect(convertedAs('application/xhtml+xml')).toBe('html');
    expect(convertedAs('text/plain')).toBe('text');
    expect(convertedAs(null)).toBe('auto');
    for (const t of ['application/pdf', 'image/png', 'application/json', 'text/css', 'application/javascript']) expect(convertedAs(t)).toBeNull();
  });
  it('decodes with the Content-Type charset before the document declaration', () => {
    // "Café – “quoted”" in windows-1252, declared by the page as ISO-8859-2 (whose 0xE9 is é too, but 0x93 is not a quote).
    const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-7"><p>Caf'), Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x93]), Buffer.from('q'), Buffer.from([0x94]), Buffer.from('</p>')]);
    expect(decode(bytes, 'x', 'windows-1252').text).toContain('Café – “q”');
    expect(decode(bytes, 'x', 'windows-1252').encoding).toBe('windows-1252');
    expect(decode(bytes, 'x').encoding).toBe('iso-8859-7');
    // Valid UTF-8 stays UTF-8 whatever the header says (a server default of ISO-8859-1 is common).
    expect(decode(Buffer.from('<p>Café “q”</p>'), 'x', 'windows-1252').text).toBe('<p>Café “q”</p>');
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
    expect([0, 1, 2].map(backoffMs)).toEqual([1000, 2000, 4000]);
  });
});

describe('web addresses', () => {
  it('takes http and https only, without credentials', () => {
    expect(isWebAddress('https://example.com/a')).toBe(true);
    expect(isWebAddress('HTTP://example.com/a')).toBe(true);
    expect(isWebAddress('ftp://example.com/a')).toBe(false);
    expect(isWebAddress('example.com/a')).toBe(false);
    expect(parseWebAddress('https://example.com/a#top').href).toBe('https://example.com/a');
    expect(() => parseWebAddress('https://user:pw@example.com/')).toThrow(/user name or password/);
    expect(() => parseWebAddress('https://')).toThrow(ExtractError);
  });
});

describe('network errors', () => {
  it('are one line in words, by the code along the cause chain', () => {
    const dns = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.example'), { code: 'ENOTFOUND' }) });
    expect(describeFetchError(dns, 'https://news.example/a', false, 1000)).toMatchObject({ code: 'FETCH_FAILED', message: 'https://news.example/a: host not found (DNS)' });
    const reset = Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    expect(describeFetchError(reset, 'u', false, 1000).message).toBe('u: connection closed by the server before the whole answer arrived');
    const cert = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }) });
    expect(describeFetchError(cert, 'u', false, 1000).message).toBe('u: TLS error (CERT_HAS_EXPIRED)');
    expect(describeFetchError(new Error('x\ny'), 'u', true, 2500)).toMatchObject({ code: 'FETCH_TIMEOUT', message: 'u: no complete answer within 2.5 s (--fetch-timeout)' });
    expect(describeFetchError(new Error('weird\nsecond line'), 'u', false, 1000).message).toBe('u: weird');
  });
});

describe('HostLimiter', () => {
  it('never has more than perHost in flight to one host, and others are not held up', async () => {
    const limiter = new HostLimiter(2, 0);
    let inFlight = 0;
    let peak = 0;
    const task = () => limiter.run('a', async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
    });
    const other = limiter.run('b', async () => 'b');
    await Promise.all([...Array.from({ length: 8 }, task), other]);
    expect(peak).toBe(2);
    expect(limiter.peak).toBe(2);
  });
  it('spaces the starts of requests to one host by the delay, and honours a pause', async () => {
    const limiter = new HostLimiter(5, 100);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => limiter.run('a', async () => void starts.push(Date.now()))));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(95);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(95);
    limiter.pause('a', 300);
    const t0 = Date.now();
    await limiter.run('a', async () => undefined);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });
  it('gives up a wait when the run is interrupted', async () => {
    const limiter = new HostLimiter(1, 0);
    let release!: () => void;
    const busy = limiter.run('a', () => new Promise<void>((r) => (release = r)));
    const stop = new AbortController();
    const waiting = limiter.run('a', async () => 'ran', stop.signal);
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(WaitAborted);
    release();
    await busy;
  });
});

describe('Fetcher', () => {
  it('fetches a page: its bytes, final address after redirects, charset and kind, with the User-Agent', async () => {
    const s = await server({
      '/start': redirect('/middle', 301),
      '/middle': redirect('next/page?x=1', 307),
      '/next/page': serve(ARTICLE, 'text/html; charset=ISO-8859-1'),
    });
    const f = new Fetcher(settings());
    const page = (await f.page(`${s.origin}/start`)) as Page;
    expect(page.kind).toBe('page');
    expect(page.url).toBe(`${s.origin}/next/page?x=1`);
    expect(Buffer.from(page.data).equals(ARTICLE)).toBe(true);
    expect(page.charset).toBe('windows-1252');
    expect(page.inputFormat).toBe('html');
    expect(s.log.map((r) => r.path)).toEqual(['/start', '/middle', '/next/page?x=1']);
    expect(s.log.every((r) => r.headers['user-agent'] === 'article-extract/9.9.9 (+test)')).toBe(true);
    expect(f.requests).toBe(3);
  });

  it('refuses redirects to other schemes, loops, and too many hops', async () => {
    const s = await server({
      '/file': redirect('file:///etc/passwd'),
      '/js': redirect('javascript:alert(1)'),
      '/data': redirect('data:text/html,<p>x</p>'),
      '/loop-a': redirect('/loop-b'),
      '/loop-b': redirect('/loop-a'),
      '/nolocation': (_q, r) => void r.writeHead(302).end(),
    }, (req, res) => {
      // /hop/N -> /hop/N+1, for ever
      const n = Number(/\/hop\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      res.writeHead(302, { location: `/hop/${n + 1}` }).end();
    });
    const f = new Fetcher(settings());
    for (const [path, pattern] of [['/file', /file: address refused/], ['/js', /javascript: address refused/], ['/data', /data: address refused/]] as const) {
      const e = await failure(f.page(`${s.origin}${path}`));
      expect(e.code).toBe('REDIRECT');
      expect(e.message).toMatch(pattern);
    }
    const loop = await failure(f.page(`${s.origin}/loop-a`));
    expect([loop.code, loop.message]).toEqual(['REDIRECT', `${s.origin}/loop-a: redirect loop (back to ${s.origin}/loop-a)`]);
    const many = await failure(f.page(`${s.origin}/hop/0`));
    expect(many.code).toBe('REDIRECT');
    expect(many.message).toMatch(`more than ${MAX_REDIRECTS} redirects`);
    expect(s.log.filter((r) => r.path.startsWith('/hop/')).length).toBe(MAX_REDIRECTS + 1);
    expect((await failure(f.page(`${s.origin}/nolocation`))).code).toBe('HTTP_STATUS');
  });

  it('reports error statuses (not retried) and unconverted types without reading them', async () => {
    const pdfBody = Buffer.alloc(4 * 1024 * 1024, 1);
    const s = await server({
      '/404': serve('gone', 'text/html', 404),
      '/500': serve('oops', 'text/html', 500),
      '/pdf': serve(pdfBody, 'application/pdf'),
      '/png': serve(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    });
    const f = new Fetcher(settings());
    expect(await failure(f.page(`${s.origin}/404`))).toMatchObject({ code: 'HTTP_STATUS', message: `${s.origin}/404: HTTP 404 Not Found` });
    expect(await failure(f.page(`${s.origin}/500`))).toMatchObject({ code: 'HTTP_STATUS', message: `${s.origin}/500: HTTP 500 Internal Server Error` });
    expect(s.count('/500')).toBe(1);
    expect(await failure(f.page(`${s.origin}/pdf`))).toMatchObject({ code: 'UNSUPPORTED_TYPE', message: `${s.origin}/pdf: application/pdf is not HTML, XHTML or text; not converted` });
    expect((await failure(f.page(`${s.origin}/png`))).code).toBe('UNSUPPORTED_TYPE');
  });

  it('stops an endless body at maxBytes, and refuses a declared length over it unread', async () => {
    const s = await server({ '/endless': endless, '/big': serve(Buffer.alloc(300_000, 'a'), 'text/plain', 200, { 'content-length': '300000' }) });
    const f = new Fetcher(settings({ maxBytes: 200_000 }));
    const t0 = Date.now();
    const e = await failure(f.page(`${s.origin}/endless`));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/larger than the limit of 200000 bytes/);
    expect(Date.now() - t0).toBeLessThan(30_000); // stopped at the limit, not after the fetch timeout
    expect(await failure(f.page(`${s.origin}/big`))).toMatchObject({ code: 'TOO_LARGE', message: `${s.origin}/big: body is 300000 bytes, larger than the limit of 200000 (--max-size)` });
  });

  it('gives up on a silent server, and on a slow body, at the timeout', async () => {
    const s = await server({
      '/silent': silent,
      '/trickle': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>first</p>');
        // ...and nothing more.
      },
    });
    const f = new Fetcher(settings({ timeoutMs: 400 }));
    for (const path of ['/silent', '/trickle']) {
      const t0 = Date.now();
      const e = await failure(f.page(`${s.origin}${path}`));
      expect([e.code, e.message]).toEqual(['FETCH_TIMEOUT', `${s.origin}${path}: no complete answer within 0.4 s (--fetch-timeout)`]);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
      expect(Date.now() - t0).toBeLessThan(3000);
    }
  });

  it('retries a 503 after its Retry-After, and a 429 with backoff, up to --retries', async () => {
    let calls = 0;
    const s = await server({
      '/busy': (_q, res) => {
        calls++;
        if (calls === 1) res.writeHead(503, { 'retry-after': '1' }).end();
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      },
      '/always429': (_q, res) => void res.writeHead(429, { 'retry-after': '0' }).end(),
      '/hour': (_q, res) => void res.writeHead(503, { 'retry-after': '3600' }).end(),
    });
    const f = new Fetcher(settings({ retries: 2 }));
    const page = (await f.page(`${s.origin}/busy`)) as Page;
    expect(page.kind).toBe('page');
    const [first, second] = s.log.filter((r) => r.path === '/busy');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(await failure(f.page(`${s.origin}/always429`))).toMatchObject({ code: 'HTTP_STATUS', message: `${s.origin}/always429: HTTP 429 Too Many Requests (after 2 retries)` });
    expect(s.count('/always429')).toBe(3);
    const hour = await failure(f.page(`${s.origin}/hour`));
    expect(hour.message).toMatch(/asked to retry after 3600 s .*given up/);
    expect(s.count('/hour')).toBe(1);
    const none = new Fetcher(settings({ retries: 0 }));
    expect((await failure(none.page(`${s.origin}/always429`))).message).toBe(`${s.origin}/always429: HTTP 429 Too Many Requests`);
  });

  it('reports a refused connection, a reset mid-body and a bad address as one line each', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    const f = new Fetcher(settings());
    expect(await failure(f.page(`http://127.0.0.1:${port}/a`))).toMatchObject({ code: 'FETCH_FAILED', message: `http://127.0.0.1:${port}/a: connection refused` });
    const s = await server({
      '/reset': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
        res.write('<p>part</p>');
        setTimeout(() => req.socket.destroy(), 50);
      },
    });
    const reset = await failure(f.page(`${s.origin}/reset`));
    expect(reset.code).toBe('FETCH_FAILED');
    expect(reset.message).toMatch(new RegExp(`^${s.origin}/reset: `));
    expect(reset.message).not.toMatch(/\n/);
    expect((await failure(f.page('ftp://example.com/a'))).code).toBe('BAD_URL');
  });

  it('names a TLS failure by its certificate code, and a corrupt compressed body', async (ctx) => {
    const gz = await server({ '/gz': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('this is not gzip data at all') });
    const f = new Fetcher(settings());
    expect(await failure(f.page(`${gz.origin}/gz`))).toMatchObject({ code: 'FETCH_FAILED', message: `${gz.origin}/gz: corrupt compressed body` });
    const dir = mkdtempSync(join(tmpdir(), 'ae-tls-'));
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=localhost'], { encoding: 'utf8' });
    if (made.status !== 0) ctx.skip('openssl is not installed (needed to make a self-signed certificate)');
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_q, res) => res.end('<p>x</p>'));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const port = (tls.address() as { port: number }).port;
      expect(await failure(f.page(`https://127.0.0.1:${port}/`))).toMatchObject({ code: 'FETCH_FAILED', message: `https://127.0.0.1:${port}/: TLS error (DEPTH_ZERO_SELF_SIGNED_CERT)` });
    } finally {
      tls.closeAllConnections();
      tls.close();
    }
  });

  it('reads robots.txt once per host and skips what it disallows', async () => {
    const s = await server({
      '/robots.txt': serve('User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private\n', 'text/plain'),
      '/private/a': serve('<p>secret</p>'),
      '/open': redirect('/private/b'),
    }, serve('<p>page</p>'));
    const other = await server({ '/robots.txt': serve('not found', 'text/plain', 404) }, serve('<p>other</p>'));
    const f = new Fetcher(settings({ respectRobots: true, userAgent: 'article-extract/1.0 (+x)' }));
    const results = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => f.page(`${s.origin}/p${i}`)),
      f.page(`${s.origin}/private/a`),
      f.page(`${s.origin}/open`),
      f.page(`${other.origin}/private/a`),
    ]);
    expect(results.slice(0, 5).every((r) => r.kind === 'page')).toBe(true);
    expect(results[5]).toMatchObject({ kind: 'skip', code: 'ROBOTS', message: `${s.origin}/private/a: disallowed by ${s.origin}/robots.txt; skipped (--respect-robots)` });
    // A redirect into a disallowed path is not followed.
    expect(results[6]).toMatchObject({ kind: 'skip' });
    expect(s.count('/private/b')).toBe(0);
    expect(results[7]).toMatchObject({ kind: 'page' });
    expect(s.count('/robots.txt')).toBe(1);
    expect(other.count('/robots.txt')).toBe(1);
    expect(s.count('/private/a')).toBe(0);
  });

  it("matches robots.txt groups by the User-Agent's product token (--user-agent)", async () => {
    const s = await server({ '/robots.txt': serve('User-agent: mybot\nDisallow: /news\n\nUser-agent: *\nDisallow: /\n', 'text/plain') }, serve('<p>page</p>'));
    const f = new Fetcher(settings({ respectRobots: true, userAgent: 'MyBot/2.0 (+https://example.org/bot)' }));
    expect(f.robotsToken).toBe('MyBot');
    expect(await f.page(`${s.origin}/news/a`)).toMatchObject({ kind: 'skip' });
    expect(await f.page(`${s.origin}/blog/a`)).toMatchObject({ kind: 'page' });
    const tool = new Fetcher(settings({ respectRobots: true }));
    expect(await tool.page(`${s.origin}/blog/a`)).toMatchObject({ kind: 'skip' });
  });

  it('takes a site whose robots.txt answers 5xx as closed, and honours a Crawl-delay', async () => {
    const down = await server({ '/robots.txt': serve('down', 'text/plain', 500) }, serve('<p>page</p>'));
    const f = new Fetcher(settings({ respectRobots: true }));
    expect(await f.page(`${down.origin}/a`)).toMatchObject({ kind: 'skip', code: 'ROBOTS' });
    expect(down.count('/a')).toBe(0);
    const slowSite = await server({ '/robots.txt': serve('User-agent: *\nCrawl-delay: 0.3\n', 'text/plain') }, serve('<p>page</p>'));
    await Promise.all([f.page(`${slowSite.origin}/a`), f.page(`${slowSite.origin}/b`)]);
    const [a, b] = slowSite.log.filter((r) => r.path !== '/robots.txt');
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(280);
  });

  it('keeps at most perHost requests in flight to one host', async () => {
    const s = await server({}, slow(100, '<p>page</p>'));
    const f = new Fetcher(settings({ perHost: 2 }));
    await Promise.all(Array.from({ length: 10 }, (_, i) => f.page(`${s.origin}/p${i}`)));
    expect(s.peak).toBe(2);
    expect(s.log.length).toBe(10);
  });
});

describe('web documents', () => {
  const collect = async (gen: AsyncGenerator<SourceItem>) => {
    const out: SourceItem[] = [];
    for await (const item of gen) out.push(item);
    return out;
  };

  it('reads a --urls list: one document per address line, comments and blank lines skipped, bad lines as BAD_URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ae-urls-'));
    const file = join(dir, 'list.txt');
    writeFileSync(file, '\uFEFF# my list\nhttps://example.com/a\r\n\n   \nexample.com/b\nhttps://example.com/news/c?id=3\n');
    const web = new WebInputs(settings());
    let counted = 0;
    const items = await collect(web.list(file, { include: [], exclude: [], maxBytes: 1e6, ndjson: false, onCount: (n) => (counted += n) }));
    const docs = items.map((i) => ('doc' in i ? i.doc : null));
    expect(docs.map((d) => [d?.entry, d?.outName, d?.error?.code ?? null, typeof d?.fetch])).toEqual([
      ['https://example.com/a', 'example.com/a', null, 'function'],
      ['line 5', 'line-5', 'BAD_URL', 'undefined'],
      ['https://example.com/news/c?id=3', 'example.com/news/c_id=3', null, 'function'],
    ]);
    expect(docs[1]?.error?.message).toBe(`${file}: line 5: "example.com/b" is not an http:// or https:// address`);
    expect(counted).toBe(3);
  });

  it('keeps the fetched bytes under --save-html, named from the address', async () => {
    const s = await server({ '/news/story': serve(ARTICLE) });
    const dir = mkdtempSync(join(tmpdir(), 'ae-save-'));
    const web = new WebInputs({ ...settings(), saveHtml: dir });
    const doc = web.doc(`${s.origin}/news/story`, `${s.origin}/news/story`);
    const got = await doc.fetch!();
    expect('data' in got).toBe(true);
    const saved = join(dir, '127.0.0.1', 'news', 'story.html');
    expect(existsSync(saved)).toBe(true);
    expect(readFileSync(saved).equals(ARTICLE)).toBe(true);
  });

  it('converts the fetched bytes with the final address as source.url and url, --url overriding url', async () => {
    const s = await server({ '/a': redirect('/final'), '/final': serve(ARTICLE) });
    const web = new WebInputs(settings());
    const task = (url: string | null): Task => ({
      path: `${s.origin}/a`,
      url: `${s.origin}/a`,
      inputFormat: 'auto',
      maxBytes: 1e6,
      render: { format: 'json', frontMatter: true, quotes: false },
      extract: { url },
      explain: false,
    });
    const doc = web.doc(`${s.origin}/a`, `${s.origin}/a`);
    const plain = await convertFetched(doc.fetch!, task(null), convert, new AbortController().signal);
    expect(plain.ok).toBe(true);
    const json = JSON.parse((plain as { output: string }).output);
    expect(json.source.url).toBe(`${s.origin}/final`);
    expect(json.url).toBe(`${s.origin}/final`);
    const given = await convertFetched(doc.fetch!, task('https://example.com/given'), convert, new AbortController().signal);
    const j2 = JSON.parse((given as { output: string }).output);
    expect([j2.url, j2.source.url]).toEqual(['https://example.com/given', `${s.origin}/final`]);
  });

  it('reports an address still waiting for its host when interrupted as skipped, not failed', async () => {
    const s = await server({}, slow(300, '<p>page</p>'));
    const web = new WebInputs(settings({ perHost: 1 }));
    const t = (p: string): Task => ({ path: p, inputFormat: 'auto', maxBytes: 1e6, render: { format: 'json', frontMatter: true, quotes: false }, extract: {}, explain: false });
    const stop = new AbortController();
    const first = convertFetched(web.doc(`${s.origin}/1`, `${s.origin}/1`).fetch!, t('1'), convert, stop.signal);
    const second = convertFetched(web.doc(`${s.origin}/2`, `${s.origin}/2`).fetch!, t('2'), convert, stop.signal);
    await new Promise((r) => setTimeout(r, 50));
    stop.abort(new WaitAborted('interrupted'));
    expect(await second).toMatchObject({ ok: false, skipped: true, code: 'INTERRUPTED' });
    expect((await first).ok).toBe(false); // in flight: finished (its body is no article: NO_CONTENT or similar), not cancelled
    expect(s.count('/2')).toBe(0);
  });
});
