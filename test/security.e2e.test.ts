/**
 * Security guarantees of SECURITY.md, checked against the built CLI: page scripts never run,
 * nothing a page references is fetched, and unsafe links never reach the Markdown.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'bin', 'article-extract.js');

let server: Server;
let base = '';
const requests: string[] = [];
let dir = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'ae-security-'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

function hostilePage(url: string): string {
  const prose = 'The harbour council approved the new ferry timetable on Monday after a long public consultation with residents.';
  return `<!doctype html><html><head>
<meta http-equiv="refresh" content="0; url=${url}/refresh">
<title>Ferry timetable approved | Harbour News</title>
<link rel="stylesheet" href="${url}/style.css">
<link rel="preload" href="${url}/preload.js" as="script">
<script src="${url}/script.js"></script>
<script>fetch('${url}/inline-fetch'); document.write('<p>INJECTED BY SCRIPT</p>');</script>
<style>@import url('${url}/import.css'); body { background: url('${url}/bg.png'); }</style>
</head><body onload="fetch('${url}/onload')">
<article>
<h1>Ferry timetable approved</h1>
<p>${prose}</p>
<p>Officials said the first sailings under the new plan start in spring, weather permitting, and will run hourly.</p>
<img src="${url}/image.png" alt="The ferry at the pier">
<iframe src="${url}/frame.html"></iframe>
<object data="${url}/object.swf"></object>
<embed src="${url}/embed.swf">
<video src="${url}/video.mp4" poster="${url}/poster.png"></video>
<p>Residents can <a href="javascript:fetch('${url}/js-link')">read the plan</a> or <a href="data:text/html,hi">open it</a> at the library, where printed copies are available.</p>
<p onclick="fetch('${url}/onclick')">The council will review the timetable again next year after collecting feedback from passengers.</p>
</article></body></html>`;
}

describe('no scripts, no network', () => {
  it('converts a page that references a local server in every way, with zero requests', async () => {
    const file = join(dir, 'hostile.html');
    await writeFile(file, hostilePage(base));
    const { stdout } = await run(process.execPath, [CLI, '--format', 'json', file], { timeout: 60_000 });
    // Give any stray request time to arrive before counting.
    await new Promise((r) => setTimeout(r, 300));
    expect(requests).toEqual([]);
    const article = JSON.parse(stdout) as { text: string; markdown: string; title: string };
    expect(article.title).toBe('Ferry timetable approved');
    expect(article.text).toContain('approved the new ferry timetable');
    expect(article.text).toContain('review the timetable again');
    expect(article.text).not.toContain('INJECTED BY SCRIPT');
    expect(article.markdown).not.toMatch(/javascript:/i);
    expect(article.markdown).not.toMatch(/\]\(data:/i);
    expect(article.markdown).not.toMatch(/onclick|onload|<script/i);
  });
});
