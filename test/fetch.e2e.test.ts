/**
 * Web addresses through the built CLI, against a local HTTP server on 127.0.0.1 (never any other
 * address) that serves the project's own fixture pages, redirects, slow, silent and endless
 * responses, wrong types and error statuses, and counts every request.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, cli } from './cli-process.js';
import { endless, redirect, serve, silent, slow, startServer, type Handler, type TestServer } from './http-server.js';

const FIXTURES = join(ROOT, 'fixtures');
const fixtureInput = (name: string) => join(FIXTURES, name, existsSync(join(FIXTURES, name, 'input.html')) ? 'input.html' : 'input.txt');
const FIXTURE_NAMES = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** A fixture page with references to resources (images, scripts, styles, frames, a next page) that must never be requested. */
const withResources = (html: string) =>
  html.replace(/<\/head>/i, '<link rel="stylesheet" href="/res/style.css"><script src="/res/app.js"></script><link rel="next" href="/res/page2"></head>')
    .replace(/<\/body>/i, '<img src="/res/photo.jpg" srcset="/res/photo-2x.jpg 2x"><iframe src="/res/frame"></iframe><video src="/res/v.mp4" poster="/res/poster.jpg"></video></body>');

let dir = '';
let servers: TestServer[] = [];
const server = async (routes: Record<string, Handler>, fallback?: Handler) => {
  const s = await startServer(routes, fallback);
  servers.push(s);
  return s;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-fetch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The JSON of a run without the fields that name the input (path, and the fetched URL). */
const withoutSource = (json: string) => {
  const o = JSON.parse(json);
  delete o.source.path;
  delete o.source.url;
  return o;
};

describe('one web address', () => {
  it('converts exactly as the same bytes from a file, with url the final address (every fixture)', async () => {
    const routes: Record<string, Handler> = {};
    for (const name of FIXTURE_NAMES) {
      const file = fixtureInput(name);
      routes[`/go/${name}`] = redirect(`/pages/${name}/story`, 301);
      // No charset in the header: the bytes decode by the document's own declaration, as from a file.
      routes[`/pages/${name}/story`] = serve(readFileSync(file), file.endsWith('.html') ? 'text/html' : 'text/plain');
    }
    const s = await server(routes);
    for (const name of FIXTURE_NAMES) {
      const final = `${s.origin}/pages/${name}/story`;
      const [web, file] = await Promise.all([cli([`${s.origin}/go/${name}`, '--format', 'json']), cli([fixtureInput(name), '--url', final, '--format', 'json'])]);
      expect(web.stderr, name).toBe('');
      expect([web.code, file.code], name).toEqual([0, 0]);
      const w = JSON.parse(web.stdout);
      expect(w.source.path).toBe(`${s.origin}/go/${name}`);
      expect(w.source.url).toBe(final);
      expect(w.url).toBe(final);
      expect(withoutSource(web.stdout), name).toEqual(withoutSource(file.stdout));
    }
    expect(s.log.length).toBe(2 * FIXTURE_NAMES.length);
  }, 300_000);

  it('takes the charset from the Content-Type first; Markdown links are resolved against the final address', async () => {
    const file = fixtureInput('html--windows-1252-meta-charset');
    const s = await server({ '/a': serve(readFileSync(file), 'text/html; charset=windows-1252') });
    const web = await cli([`${s.origin}/a`, '--format', 'json']);
    const local = await cli([file, '--url', `${s.origin}/a`, '--format', 'json']);
    expect(withoutSource(web.stdout)).toEqual(withoutSource(local.stdout));
    expect(JSON.parse(web.stdout).source.encoding).toBe('windows-1252');
    const md = await cli([`${s.origin}/a`]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`^url: "?${s.origin}/a"?$`, 'm'));
  });

  it('--url still overrides url; source.url stays the fetched address', async () => {
    const s = await server({ '/a': serve(readFileSync(fixtureInput('html--table-list-quote'))) });
    const r = await cli([`${s.origin}/a`, '--url', 'https://news.example/a', '--format', 'json']);
    const o = JSON.parse(r.stdout);
    expect([o.url, o.source.url]).toEqual(['https://news.example/a', `${s.origin}/a`]);
  });

  it('fails cleanly: one line naming the address, exit 1, no stack trace', async () => {
    const s = await server({
      '/404': serve('gone', 'text/html', 404),
      '/500': serve('oops', 'text/html', 500),
      '/pdf': serve(Buffer.from('%PDF-1.4 ...'), 'application/pdf'),
      '/file': redirect('file:///etc/passwd'),
      '/js': redirect('javascript:alert(1)'),
      '/loop': redirect('/loop'),
    });
    const cases: Array<[string, string]> = [
      ['/404', 'HTTP 404 Not Found'],
      ['/500', 'HTTP 500 Internal Server Error'],
      ['/pdf', 'application/pdf is not HTML, XHTML or text; not converted'],
      ['/file', 'redirect to a file: address refused (only http and https are followed)'],
      ['/js', 'redirect to a javascript: address refused (only http and https are followed)'],
      ['/loop', `redirect loop (back to ${s.origin}/loop)`],
    ];
    for (const [path, message] of cases) {
      const r = await cli([`${s.origin}${path}`]);
      expect(r.code, path).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`article-extract: ${s.origin}${path}: ${message}\n`);
    }
  });

  it('an endless body stops at --max-size, a silent server at --fetch-timeout', async () => {
    const s = await server({ '/endless': endless, '/silent': silent });
    let t0 = Date.now();
    const big = await cli([`${s.origin}/endless`, '--max-size', '1000000']);
    expect(big.code).toBe(1);
    expect(big.stderr).toBe(`article-extract: ${s.origin}/endless: body is larger than the limit of 1000000 bytes (--max-size); stopped reading there\n`);
    expect(Date.now() - t0).toBeLessThan(15_000);
    t0 = Date.now();
    const quiet = await cli([`${s.origin}/silent`, '--fetch-timeout', '1']);
    const took = Date.now() - t0;
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe(`article-extract: ${s.origin}/silent: no complete answer within 1 s (--fetch-timeout)\n`);
    expect(took).toBeGreaterThanOrEqual(1000);
    expect(took).toBeLessThan(15_000);
  });

  it('honours Retry-After on a 503 and sends the User-Agent (--user-agent)', async () => {
    let calls = 0;
    const page = readFileSync(fixtureInput('html--table-list-quote'));
    const s = await server({
      '/busy': (_q, res) => {
        if (++calls === 1) res.writeHead(503, { 'retry-after': '2' }).end();
        else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      },
    });
    const r = await cli([`${s.origin}/busy`, '--user-agent', 'NewsBot/3.1 (+https://example.org)']);
    expect(r.code).toBe(0);
    const [a, b] = s.log;
    expect(s.log).toHaveLength(2);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(1990);
    expect(a!.headers['user-agent']).toBe('NewsBot/3.1 (+https://example.org)');
    const d = await cli([`${s.origin}/busy`, '-f', 'json']);
    expect(s.log[2]!.headers['user-agent']).toMatch(/^article-extract\/\d+\.\d+\.\d+ /);
    expect(d.code).toBe(0);
  });
});

describe('a list of addresses (--urls)', () => {
  const N = 200;
  /** Address i of the list: mostly fixture pages, with failures of every kind mixed in. */
  const kind = (i: number) => (i % 10 === 3 ? '404' : i % 10 === 7 ? 'pdf' : i % 20 === 11 ? 'redirect' : i % 50 === 25 ? 'silent' : i % 50 === 45 ? '500' : 'page');
  const pages = FIXTURE_NAMES.map((name) => {
    const file = fixtureInput(name);
    return file.endsWith('.html') ? { body: withResources(readFileSync(file, 'latin1')), type: 'text/html', bytes: readFileSync(file) } : { body: '', type: 'text/plain', bytes: readFileSync(file) };
  });

  async function listServer(delayMs = 0): Promise<TestServer> {
    const handler: Handler = async (req, res) => {
      const path = (req.url ?? '').split('?')[0]!;
      if (path.startsWith('/res/')) return void res.writeHead(200, { 'content-type': 'image/png' }).end('x');
      const m = /^\/(?:a|final)\/(\d+)$/.exec(path);
      if (!m) return void res.writeHead(404).end();
      const i = Number(m[1]);
      const k = path.startsWith('/final/') ? 'page' : kind(i);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (k === '404') return void res.writeHead(404, { 'content-type': 'text/html' }).end('<p>gone</p>');
      if (k === '500') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<p>oops</p>');
      if (k === 'pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      if (k === 'redirect') return void res.writeHead(302, { location: `/final/${i}` }).end();
      if (k === 'silent') return; // never answers
      const p = pages[i % pages.length]!;
      res.writeHead(200, { 'content-type': p.type });
      res.end(p.type === 'text/html' ? Buffer.from(p.body, 'latin1') : p.bytes);
    };
    return server({}, handler);
  }

  it('200 addresses with failures mixed in: 200 NDJSON lines in order, exit 1, one request per address, none for page resources', async () => {
    const s = await listServer(5);
    // The silent addresses are on a host of their own (a dead server among the list): a request
    // given up at --fetch-timeout is closed by the client a moment after, and that close may reach
    // a loaded server after the next request, so only the other host's peak is measured exactly.
    const dead = await server({}, silent);
    const list = join(dir, 'list-200.txt');
    const addresses = Array.from({ length: N }, (_, i) => `${kind(i) === 'silent' ? dead.origin : s.origin}/a/${i}`);
    await writeFile(list, `# two hundred addresses\n\n${addresses.join('\n')}\n`);
    const r = await cli(['--urls', list, '--format', 'ndjson', '--delay', '0', '--per-host', '2', '--fetch-timeout', '2', '--jobs', '2']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(N);
    lines.forEach((line, i) => {
      expect(line.source.entry).toBe(addresses[i]);
      const k = kind(i);
      if (k === 'page' || k === 'redirect') {
        expect(line.error, `${i}: ${JSON.stringify(line.error)}`).toBeUndefined();
        expect(line.source.url).toBe(k === 'redirect' ? `${s.origin}/final/${i}` : addresses[i]);
      } else {
        expect(line.error.code, String(i)).toBe({ '404': 'HTTP_STATUS', '500': 'HTTP_STATUS', pdf: 'UNSUPPORTED_TYPE', silent: 'FETCH_TIMEOUT' }[k]);
        expect(line.error.message.startsWith(`${list}: ${addresses[i]}: `)).toBe(true);
      }
    });
    for (let i = 0; i < N; i++) expect((kind(i) === 'silent' ? dead : s).count(`/a/${i}`), String(i)).toBe(1);
    const redirects = addresses.filter((_, i) => kind(i) === 'redirect').length;
    const silents = addresses.filter((_, i) => kind(i) === 'silent').length;
    expect(silents).toBe(4);
    expect(s.log.length).toBe(N - silents + redirects);
    expect(dead.log.length).toBe(silents);
    expect(s.log.filter((q) => q.path.startsWith('/res/'))).toEqual([]);
    expect(s.peak).toBeLessThanOrEqual(2);
    expect(r.stderr).toMatch(/converted \d+, skipped 0, failed \d+ in/);
  }, 180_000);

  it('--per-host 2 never has more than 2 requests in flight to one host; other hosts run beside it', async () => {
    const a = await listServer(60);
    const b = await listServer(60);
    const list = join(dir, 'two-hosts.txt');
    const ids = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 14, 15];
    await writeFile(list, ids.flatMap((i) => [`${a.origin}/a/${i}`, `${b.origin}/a/${i}`]).join('\n'));
    const r = await cli(['--urls', list, '-f', 'ndjson', '--delay', '0', '--per-host', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2 * ids.length);
    expect(a.peak).toBe(2);
    expect(b.peak).toBe(2);
    const one = await listServer(60);
    await writeFile(list, ids.map((i) => `${one.origin}/a/${i}`).join('\n'));
    await cli(['--urls', list, '-f', 'ndjson', '--delay', '0', '--per-host', '1']);
    expect(one.peak).toBe(1);
  });

  it('--delay spaces the requests to one host', async () => {
    const s = await listServer();
    const list = join(dir, 'delay.txt');
    await writeFile(list, [0, 1, 2, 4].map((i) => `${s.origin}/a/${i}`).join('\n'));
    const r = await cli(['--urls', list, '-f', 'ndjson', '--delay', '0.5', '--per-host', '2']);
    expect(r.code).toBe(0);
    const at = s.log.map((q) => q.at);
    // The first request also pays for the first connection (and loading fetch itself), so its gap is measured shorter here.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(250);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(450);
    expect(at[3]! - at[2]!).toBeGreaterThanOrEqual(450);
  });

  it('--respect-robots: robots.txt once per host, disallowed addresses skipped (not failed), with their NDJSON line', async () => {
    const robots = serve('User-agent: *\nDisallow: /a/1\n', 'text/plain');
    const a = await listServer();
    const b = await listServer();
    // listServer's fallback handles pages; robots.txt gets its own route on each.
    const withRobots = async (s: TestServer) => {
      const r = await server({ '/robots.txt': robots }, async (req, res) => {
        const upstream = await fetch(`${s.origin}${req.url}`);
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/html' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      });
      return r;
    };
    const ra = await withRobots(a);
    const rb = await withRobots(b);
    const addresses = [0, 1, 2, 12, 5, 14].flatMap((i) => [`${ra.origin}/a/${i}`, `${rb.origin}/a/${i}`]);
    const list = join(dir, 'robots.txt.list');
    await writeFile(list, addresses.join('\n'));
    const r = await cli(['--urls', list, '-f', 'ndjson', '--delay', '0', '--respect-robots']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.entry)).toEqual(addresses);
    const skipped = lines.filter((l) => l.skipped);
    // /a/1, /a/12 and /a/14 start with /a/1 on both hosts.
    expect(skipped.map((l) => l.source.entry)).toEqual(addresses.filter((u) => /\/a\/1\d*$/.test(u)));
    expect(skipped.every((l) => l.skipped.code === 'ROBOTS' && !l.error)).toBe(true);
    expect(ra.count('/robots.txt')).toBe(1);
    expect(rb.count('/robots.txt')).toBe(1);
    expect(ra.log.length).toBe(1 + 3);
    expect(r.stderr).toMatch(/converted 6, skipped 6, failed 0/);
    expect(r.stderr).toContain(`${list}: ${ra.origin}/a/1: disallowed by ${ra.origin}/robots.txt; skipped (--respect-robots)\n`);
    // One address, disallowed: nothing on stdout, a notice on stderr, exit 0.
    const one = await cli([`${ra.origin}/a/1`, '--respect-robots']);
    expect([one.code, one.stdout, one.stderr]).toEqual([0, '', `${ra.origin}/a/1: disallowed by ${ra.origin}/robots.txt; skipped (--respect-robots)\n`]);
  });

  it('reads the list from standard input; a bad line is an error line in its place', async () => {
    const s = await listServer();
    const r = await cli(['--urls', '-', '-f', 'ndjson', '--delay', '0'], `${s.origin}/a/0\nnot a url\n\n# note\n${s.origin}/a/2\n`);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'BAD_URL', 'ok']);
    expect(lines[1].error.message).toBe('-: line 2: "not a url" is not an http:// or https:// address');
  });

  it('--out-dir names files from host and path; --skip-existing fetches only what is missing; --save-html keeps the bytes', async () => {
    const s = await listServer();
    const out = join(dir, 'out');
    const saved = join(dir, 'saved');
    const list = join(dir, 'out-list.txt');
    await writeFile(list, [`${s.origin}/a/0`, `${s.origin}/a/1?page=2`, `${s.origin}/a/3`].join('\n'));
    const r = await cli(['--urls', list, '--out-dir', out, '--save-html', saved, '--delay', '0']);
    expect(r.code).toBe(1); // /a/3 is a 404
    expect(readdirSync(join(out, '127.0.0.1', 'a')).sort()).toEqual(['0.md', '1_page=2.md']);
    // Exactly the bytes served for /a/0 (the first fixture page, with its resource references).
    const served = pages[0]!.type === 'text/html' ? Buffer.from(pages[0]!.body, 'latin1') : pages[0]!.bytes;
    expect(readFileSync(join(saved, '127.0.0.1', 'a', `0${pages[0]!.type === 'text/html' ? '.html' : '.txt'}`)).equals(served)).toBe(true);
    expect(readdirSync(join(saved, '127.0.0.1', 'a')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const before = s.log.length;
    const again = await cli(['--urls', list, '--out-dir', out, '--skip-existing', '--delay', '0']);
    expect(again.code).toBe(1);
    expect(s.log.slice(before).map((q) => q.path)).toEqual(['/a/3']);
    expect(again.stderr).toMatch(/converted 0, skipped 2, failed 1/);
  });

  it('usage errors: --urls needs ndjson or --out-dir; --url with --urls; --respect-robots without an address', async () => {
    const list = join(dir, 'u.txt');
    await writeFile(list, 'https://example.com/a\n');
    const cases: Array<[string[], RegExp]> = [
      [['--urls', list], /--urls gives several documents/],
      [['--urls', list, '-f', 'ndjson', '--url', 'https://x.example/'], /--url names one page/],
      [['--respect-robots', fixtureInput('html--gbk')], /--respect-robots needs a web address/],
      [['--urls', '-', '-f', 'ndjson', '-'], /standard input/],
      [['https://example.com/a', '--per-host', '0'], /--per-host/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('runs a URL list under GNU parallel (the README recipe): every address once, lines in list order', async (ctx) => {
    if (spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status !== 0) ctx.skip('GNU parallel is not installed (optional; .ci/run installs it)');
    const s = await listServer();
    const addresses = Array.from({ length: 30 }, (_, i) => `${s.origin}/a/${i}`);
    const child = spawn('parallel', ['--will-cite', '--pipe', '-N', '8', '-j', '2', '--keep-order', process.execPath, CLI, '--urls', '-', '--format', 'ndjson', '-j', '1', '-q', '--delay', '0', '--fetch-timeout', '2'], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stdin.end(addresses.join('\n') + '\n');
    await new Promise((resolve) => child.on('close', resolve));
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.entry)).toEqual(addresses);
    for (let i = 0; i < addresses.length; i++) expect(s.count(`/a/${i}`)).toBe(1);
  }, 120_000);

  it('Ctrl-C: addresses in flight finish, those still waiting are not fetched, exit 130', async () => {
    const s = await server({}, slow(700, readFileSync(fixtureInput('html--table-list-quote'), 'latin1')));
    const list = join(dir, 'interrupt.txt');
    await writeFile(list, Array.from({ length: 8 }, (_, i) => `${s.origin}/p${i}`).join('\n'));
    const child = spawn(process.execPath, [CLI, '--urls', list, '-f', 'ndjson', '--per-host', '1', '--delay', '0'], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (s.log.length < 1) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(s.log.length).toBeLessThanOrEqual(2);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].title).toBeTruthy();
    expect(lines.slice(1).every((l) => l.skipped?.code === 'INTERRUPTED' || l.title)).toBe(true);
  });
});
