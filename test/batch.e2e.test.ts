/**
 * Batch conversion through the built CLI: folders, archives (zip, tar.gz, WARC.gz), NDJSON
 * filter mode, bad documents among good ones, hostile archive entry names, Ctrl-C and resume,
 * and GNU parallel driving the filter. All inputs are generated here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import tarStream from 'tar-stream';
import yazl from 'yazl';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, cli, type Run } from './cli-process.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)));
  }
  return out.sort();
}

const PARA = 'The river authority opened the new flood barrier on Thursday after three years of building work, and engineers said it would protect several thousand homes.';
const page = (i: number) => `<!doctype html><html><head><title>Barrier story ${i} | Valley Times</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Barrier story ${i}</h1><p>${PARA}</p><p>${PARA} Story ${i}.</p></article><footer>Copyright 2024 Valley Times</footer></body></html>`;
const text = (i: number) => `Barrier story ${i}\n\nBy Ana Ruiz\n\n${PARA}\n\n${PARA} Story ${i}.\n`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-batch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('folders', () => {
  it('converting a folder into itself never replaces an input by its output; Markdown inputs are picked up', async () => {
    const src = join(dir, 'in-place');
    await mkdir(src, { recursive: true });
    const md = `# Barrier story\n\n* [Home](https://valley.example/)\n* [News](https://valley.example/news)\n\n${PARA}\n\n${PARA} Again.\n`;
    await writeFile(join(src, 'story.md'), md);
    await writeFile(join(src, 'other.txt'), text(1));
    // Into another folder, the Markdown input converts like any other.
    const out = join(dir, 'in-place-out');
    const r1 = await cli(['--out-dir', out, '--no-progress', src]);
    expect(r1.code).toBe(0);
    expect(await filesUnder(out)).toEqual(['other.md', 'story.md']);
    expect(await readFile(join(out, 'story.md'), 'utf8')).toMatch(/^# Barrier story$/m);
    // Into the input folder itself: story.md would be replaced by its own output.
    const r = await cli(['--out-dir', src, '--no-progress', src]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(src, 'story.md')}: refusing to overwrite the input with its output; choose another --out-dir`);
    expect(await readFile(join(src, 'story.md'), 'utf8')).toBe(md);
    expect(await readFile(join(src, 'other.md'), 'utf8')).toContain('# Barrier story 1');
  });

  it('converts 150 HTML and 150 text pages into 300 mirrored outputs', async () => {
    const src = join(dir, 'mixed');
    await mkdir(join(src, 'html'), { recursive: true });
    await mkdir(join(src, 'text'), { recursive: true });
    await Promise.all(Array.from({ length: 150 }, (_, i) => Promise.all([writeFile(join(src, 'html', `p${i}.html`), page(i)), writeFile(join(src, 'text', `t${i}.txt`), text(i))])));
    const out = join(dir, 'mixed-out');
    const r = await cli(['--out-dir', out, '-j', '2', src]);
    expect(r.stderr).toMatch(/converted 300, skipped 0, failed 0/);
    expect(r.code).toBe(0);
    const files = await filesUnder(out);
    expect(files).toHaveLength(300);
    expect(files).toContain(join('html', 'p7.md'));
    expect(files).toContain(join('text', 't149.md'));
    expect(await readFile(join(out, 'html', 'p7.md'), 'utf8')).toContain('# Barrier story 7');
    expect(r.stdout).toBe('');
  });

  it('converts every good file when one is corrupt and one empty, names the bad ones, exits 1', async () => {
    const src = join(dir, 'bad');
    await mkdir(src, { recursive: true });
    for (let i = 0; i < 5; i++) await writeFile(join(src, `good${i}.html`), page(i));
    await writeFile(join(src, 'corrupt.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    await writeFile(join(src, 'empty.txt'), '');
    const out = join(dir, 'bad-out');
    const r = await cli(['--out-dir', out, src]);
    expect(r.code).toBe(1);
    expect(await filesUnder(out)).toEqual(['good0.md', 'good1.md', 'good2.md', 'good3.md', 'good4.md']);
    expect(r.stderr).toMatch(/corrupt\.html: binary input/);
    expect(r.stderr).toMatch(/empty\.txt: input is empty/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('honours --include and --exclude', async () => {
    const out = join(dir, 'incl-out');
    const r = await cli(['--out-dir', out, '--include', '**/*.txt', '--exclude', '**/t1*.txt', join(dir, 'mixed')]);
    expect(r.code).toBe(0);
    const files = await filesUnder(out);
    expect(files.every((f) => f.startsWith('text'))).toBe(true);
    expect(files).not.toContain(join('text', 't1.md'));
    expect(files).toContain(join('text', 't2.md'));
    expect(files).toHaveLength(150 - 61); // t1, t10-t19, t100-t149
  });
});

describe('archives', () => {
  it('zip: 50 pages plus hostile entry names, nothing written outside the output folder', async () => {
    const zip = new yazl.ZipFile();
    for (let i = 0; i < 50; i++) zip.addBuffer(Buffer.from(page(i)), `site/p${i}.html`);
    // yazl refuses unsafe names, so hostile names are patched into the archive's bytes below.
    zip.addBuffer(Buffer.from(page(90)), 'XX/XX/evil1.html');
    zip.addBuffer(Buffer.from(page(91)), 'XXab/evil2.html');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
    let bytes = Buffer.concat(chunks).toString('latin1');
    bytes = bytes.replaceAll('XX/XX/evil1.html', '../../evil1.html').replaceAll('XXab/evil2.html', '/abs/evil2.html');
    const box = join(dir, 'zipbox');
    await mkdir(box, { recursive: true });
    const file = join(box, 'pages.zip');
    await writeFile(file, Buffer.from(bytes, 'latin1'));
    const out = join(box, 'a', 'out');
    const r = await cli(['--out-dir', out, file]);
    expect(r.code).toBe(0);
    const inside = await filesUnder(out);
    expect(inside.filter((f) => f.startsWith(join('pages', 'site')))).toHaveLength(50);
    expect(inside).toContain(join('pages', 'evil1.md'));
    expect(inside).toContain(join('pages', 'abs', 'evil2.md'));
    // Nothing else anywhere in the box: only the archive and the output folder.
    expect((await filesUnder(box)).filter((f) => !f.startsWith(join('a', 'out')))).toEqual(['pages.zip']);
  });

  it('tar.gz of 50 texts gives 50 NDJSON lines with source.entry; a symlink entry is skipped', async () => {
    const pack = tarStream.pack();
    for (let i = 0; i < 50; i++) pack.entry({ name: `texts/t${i}.txt` }, text(i));
    pack.entry({ name: 'texts/passwd.txt', type: 'symlink', linkname: '/etc/passwd' });
    pack.finalize();
    const file = join(dir, 'texts.tar.gz');
    await pipeline(pack, createGzip(), createWriteStream(file));
    const r = await cli(['--format', 'ndjson', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(50);
    expect(lines[3].source).toMatchObject({ path: file, entry: 'texts/t3.txt', format: 'text' });
    expect(lines[3].title).toBe('Barrier story 3');
    expect(lines[3].authors).toEqual(['Ana Ruiz']);
    expect(r.stderr).toMatch(/skipped 1/);
  });

  it('WARC.gz: exactly the 50 HTML responses become articles, with source.url', async () => {
    const file = join(dir, 'crawl.warc.gz');
    const out = createWriteStream(file);
    const body = (s: string) => (async function* () { yield new TextEncoder().encode(s); })();
    for (let i = 0; i < 50; i++) {
      const url = `https://valley.example/news/${i}`;
      out.write(await WARCSerializer.serialize(WARCRecord.create({ url, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET /news/${i} HTTP/1.1`, httpHeaders: { Host: 'valley.example' } }, body('')), { gzip: true }));
      out.write(await WARCSerializer.serialize(WARCRecord.create({ url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, body(page(i))), { gzip: true }));
    }
    out.write(await WARCSerializer.serialize(WARCRecord.create({ url: 'https://valley.example/logo.png', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'image/png' } }, body('PNG')), { gzip: true }));
    await new Promise<void>((res) => out.end(res));
    const r = await cli(['--format', 'ndjson', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(50);
    lines.forEach((l, i) => {
      expect(l.source.url).toBe(`https://valley.example/news/${i}`);
      expect(l.url).toBe(`https://valley.example/news/${i}`);
      expect(l.title).toBe(`Barrier story ${i}`);
      expect(l.text).toContain('flood barrier');
    });
    expect(r.stderr).toMatch(/converted 50, skipped 51/);
  });

  it('a truncated archive reports a clean error and keeps what came before it', async () => {
    const whole = await readFile(join(dir, 'texts.tar.gz'));
    const file = join(dir, 'cut.tar.gz');
    await writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await cli(['--format', 'ndjson', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cut\.tar\.gz/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('NDJSON filter mode', () => {
  const records = Array.from({ length: 40 }, (_, i) => (i % 2 ? { id: `doc-${i}`, url: `https://valley.example/${i}`, html: page(i) } : { id: `doc-${i}`, text: text(i) }));
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\nnot json\n';

  it('reads {html|text,url,id} lines and writes one line each, in order, errors included', async () => {
    const r = await cli(['--input-format', 'ndjson', '--format', 'ndjson'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(41);
    expect(lines.slice(0, 40).map((l) => l.source.entry)).toEqual(records.map((x) => x.id));
    expect(lines[1].source.url).toBe('https://valley.example/1');
    expect(lines[40].error.code).toBe('UNREADABLE');
  });

  it('runs under GNU parallel as a line-oriented filter', async (ctx) => {
    // An optional system tool: absent on a fresh machine with only Node (README: npm ci && npm test).
    // .ci/run installs it, so CI always runs this test.
    const which = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    if (which.status !== 0) ctx.skip('GNU parallel is not installed (optional; .ci/run installs it)');
    const good = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const r = await new Promise<Run>((resolve) => {
      const child = spawn('parallel', ['--will-cite', '--pipe', '-N', '8', '-j', '2', '--keep-order', process.execPath, CLI, '--input-format', 'ndjson', '--format', 'ndjson', '-j', '1'], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      Readable.from([good]).pipe(child.stdin);
    });
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.entry);
    expect(ids).toEqual(records.map((x) => x.id));
  });
});

describe('interrupt and resume', () => {
  it('Ctrl-C leaves only whole files, exits 130; --skip-existing completes the set', async () => {
    const src = join(dir, 'many');
    await mkdir(src, { recursive: true });
    // Enough pages that a run with -j 1 lasts seconds after the 20th output (each page has ~32
    // paragraphs), few enough that the resume finishes well within the time limit on a loaded machine.
    const N = 600;
    const long = (i: number) => page(i).replace('</article>', `${`<p>${PARA}</p>`.repeat(30)}</article>`);
    await Promise.all(Array.from({ length: N }, (_, i) => writeFile(join(src, `p${String(i).padStart(4, '0')}.html`), long(i))));
    const out = join(dir, 'many-out');
    const child = spawn(process.execPath, [CLI, '--out-dir', out, '-j', '1', src], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
    // Wait until some outputs exist, then interrupt.
    for (let t = 0; t < 200; t++) {
      await new Promise((r) => setTimeout(r, 100));
      const made = await readdir(out).catch(() => []);
      if (made.length >= 20) break;
    }
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    const partial = await readdir(out);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(N);
    expect(partial.filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
    for (const f of partial) expect((await readFile(join(out, f), 'utf8')).length).toBeGreaterThan(100);
    const resumed = await cli(['--out-dir', out, '--skip-existing', src]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`skipped ${partial.length},`));
    expect(await readdir(out)).toHaveLength(N);
  }, 180_000);
});
