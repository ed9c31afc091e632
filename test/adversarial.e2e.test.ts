/**
 * The cases of issue 11 (an adversarial run): each through the built CLI as a process, each
 * ending in whole outputs and clean one-line errors. Numbers in the test names are the issue's
 * item numbers; SECURITY.md's table points here. All inputs are generated here, under /tmp.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, cli, type Run } from './cli-process.js';

async function filesUnder(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true, recursive: true })) {
    if (e.isFile() || e.isSymbolicLink()) out.push(relative(d, join(e.parentPath, e.name)));
  }
  return out.sort();
}

async function zipOf(entries: Array<[string, string | Buffer]>, patch: Array<[string, string]> = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  // yazl refuses unsafe names: they are patched into the bytes (same length) afterwards.
  let bytes = Buffer.concat(chunks).toString('latin1');
  for (const [from, to] of patch) bytes = bytes.replaceAll(from, to);
  return Buffer.from(bytes, 'latin1');
}

/** Control characters (C0 other than none, DEL, C1) and bidi controls: none may reach a name or a message. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const PARA = 'The river authority opened the new flood barrier on Thursday after three years of building work, and engineers said it would protect several thousand homes.';
export const page = (i: number) => `<!doctype html><html><head><title>Barrier story ${i} | Valley Times</title></head><body><article><h1>Barrier story ${i}</h1><p>${PARA}</p><p>${PARA} Story ${i}.</p></article></body></html>`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-adversarial-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every stderr line is a message or the summary: none forged by a name, none with a control character. */
function expectCleanStderr(stderr: string): void {
  for (const line of stderr.trimEnd().split('\n')) {
    expect(line).toMatch(/^(?:article-extract: |converted |interrupted|  )/);
    expect(line).not.toMatch(UNSAFE);
  }
}

describe('9. names in output fields and messages', () => {
  it('an archive entry, an NDJSON id and url carrying escapes, newlines and bidi controls come out clean', async () => {
    const osc = '\u001b]0;pwned\u0007';
    const file = join(dir, 'names.zip');
    // Same-length placeholders patched into the archive's bytes.
    const evilEntry = `a${osc}\u202e.html`; // 1 + 12 + 1 + 5 characters, all single bytes but U+202E
    const placeholder = 'a'.padEnd(Buffer.byteLength(evilEntry, 'latin1') - 5, 'X') + '.html';
    await writeFile(file, await zipOf([[placeholder, page(1)], ['b.html', 'PNG\u0000\u0000']], [[placeholder, Buffer.from(evilEntry, 'utf8').toString('latin1').slice(0, placeholder.length)]]));
    const r = await cli(['--format', 'ndjson', file]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      for (const v of Object.values(l.source as Record<string, string>)) expect(String(v)).not.toMatch(UNSAFE);
      if (l.error) expect(l.error.message).not.toMatch(UNSAFE);
    }
    expect(lines[0].source.entry).toMatch(/^a\uFFFD/);
    expectCleanStderr(r.stderr);

    const records = [
      { id: `x${osc}\nforged`, url: 'https://valley.example/a\u001b[2J\u202eb', html: page(2) },
      { id: 'bad\narticle-extract: forged error', text: '' },
    ];
    const n = await cli(['--input-format', 'ndjson', '--format', 'ndjson'], records.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const out = n.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0].source.entry).toBe('x\uFFFD\uFFFDforged');
    expect(out[0].source.url).not.toMatch(UNSAFE);
    expect(out[0].url).toBe('https://valley.example/ab'); // escapes and controls dropped from an address
    expect(out[1].error.message).not.toMatch(UNSAFE);
    expectCleanStderr(n.stderr);
    expect(n.stderr.trim().split('\n').filter((l) => l.startsWith('article-extract: '))).toHaveLength(1);
  });

  it('a newline in a file name cannot split an error into two lines', async () => {
    const src = join(dir, 'nl');
    await mkdir(src);
    await writeFile(join(src, 'x\narticle-extract: forged.txt'), '');
    await writeFile(join(src, 'ok.txt'), `Barrier story\n\n${PARA}\n\n${PARA}\n`);
    const r = await cli(['--out-dir', join(dir, 'nl-out'), src]);
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('article-extract: '))).toEqual([expect.stringMatching(/x\uFFFDarticle-extract: forged\.txt: input is empty$/)]);
  });
});

/** A pid that belonged to a process which has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('close', r));
  return child.pid!;
}

describe('10-11, 14. the output folder', () => {
  it('10. a symbolic link planted in the output folder creates no folder outside it', async () => {
    const src = join(dir, 'link-src');
    await mkdir(join(src, 'pages', 'sub', 'deep'), { recursive: true });
    await writeFile(join(src, 'pages', 'sub', 'deep', 'a.html'), page(1));
    await writeFile(join(src, 'top.html'), page(2));
    const out = join(dir, 'link-out');
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(out);
    await mkdir(elsewhere);
    const { symlink } = await import('node:fs/promises');
    await symlink(elsewhere, join(out, 'pages'));
    const r = await cli(['--out-dir', out, src]);
    expect(r.code).toBe(1);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(r.stderr).toMatch(/a\.md: cannot write \(a symbolic link leads outside the output folder\)/);
    expect(await filesUnder(out)).toEqual(['pages', 'top.md']);
    expectCleanStderr(r.stderr);
  });

  it('11. a run removes stale temporary files a crashed run left in --out-dir and beside --output', async () => {
    const pid = await deadPid();
    const out = join(dir, 'stale-out');
    await mkdir(join(out, 'sub'), { recursive: true });
    const stale = [`.a.md.ae-${pid}-0.tmp`, join('sub', `.b.md.ae-${pid}-1a.tmp`)];
    for (const f of stale) await writeFile(join(out, f), 'half');
    await writeFile(join(out, 'keep.tmp'), 'not ours'); // another program's file stays
    await writeFile(join(out, `.c.md.ae-${process.pid}-0.tmp`), 'a live process'); // this test process is alive
    const story = join(dir, 'stale-story.html');
    await writeFile(story, page(3));
    const r = await cli(['--out-dir', out, story]);
    expect(r.code).toBe(0);
    expect(await filesUnder(out)).toEqual([`.c.md.ae-${process.pid}-0.tmp`, 'keep.tmp', 'stale-story.md']);
    // --output: the stale temporary file beside the target goes too.
    const target = join(dir, 'stale-target.ndjson');
    await writeFile(join(dir, `.stale-target.ndjson.ae-${pid}-3.tmp`), 'half');
    const o = await cli(['-f', 'ndjson', '-o', target, story]);
    expect(o.code).toBe(0);
    expect((await readdir(dir)).filter((f) => f.includes('stale-target'))).toEqual(['stale-target.ndjson']);
  });

  it('14. an --out-dir that is a file fails once, before the run', async () => {
    const notDir = join(dir, 'not-a-folder');
    await writeFile(notDir, 'x');
    const a = join(dir, 'od-a.html');
    const b = join(dir, 'od-b.html');
    await writeFile(a, page(4));
    await writeFile(b, page(5));
    const r = await cli(['--out-dir', notDir, a, b]);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('article-extract: '));
    expect(errors).toEqual([`article-extract: ${notDir}: cannot write (--out-dir is a file, not a folder)`]);
  });
});

describe('12-13. names of outputs', () => {
  it('12. an --out-dir inside the input folder is not read back as input on the next run', async () => {
    const src = join(dir, 'self');
    await mkdir(src);
    await writeFile(join(src, 'a.html'), page(6));
    for (let run = 0; run < 3; run++) {
      const r = await cli(['--out-dir', join(src, 'out'), src]);
      expect(r.code).toBe(0);
    }
    expect(await filesUnder(src)).toEqual(['a.html', join('out', 'a.md')]);
    // The same through a glob, and with the output folder spelled another way.
    const g = await cli(['-f', 'ndjson', '--out-dir', `${src}/./out/`, `${src}/**/*.md`]);
    expect(g.code).toBe(1); // the glob matches only the output: nothing to convert
    expect(await filesUnder(src)).toEqual(['a.html', join('out', 'a.md')]);
  });
});

describe('13. archive entries', () => {
  it("a zip entry named '..' stays below the archive's folder and takes no sibling's name", async () => {
    const box = join(dir, 'dots');
    await mkdir(box);
    const file = join(box, 'pages.zip');
    await writeFile(file, await zipOf([['XX', page(7)], ['a/XX', page(9)]], [['XX', '..']]));
    const out = join(box, 'out');
    await mkdir(out);
    await writeFile(join(out, 'pages.md'), 'a sibling output');
    const r = await cli(['--out-dir', out, file]);
    expect(r.code).toBe(0);
    expect(await readFile(join(out, 'pages.md'), 'utf8')).toBe('a sibling output');
    const made = (await filesUnder(out)).filter((f) => f !== 'pages.md');
    expect(made).toEqual([join('pages', 'a.md'), join('pages', 'entry-1.md')]);
  });
});

describe('2, 8. NDJSON on standard input', () => {
  it('8. every input line gets one output line: blank and whitespace-only lines are EMPTY error lines', async () => {
    const rec = (i: number) => JSON.stringify({ id: `d${i}`, html: page(i) });
    const input = `${rec(1)}\n\n   \t\n${rec(2)}\n`;
    const r = await cli(['--input-format', 'ndjson', '-f', 'ndjson'], input);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out.map((l) => l.source.entry)).toEqual(['d1', 'line 2', 'line 3', 'd2']);
    expect(out[1].error).toEqual({ code: 'EMPTY', message: '-: line 2: blank line, no record' });
    expect(out[3].title).toBe('Barrier story 2');
    expect(r.code).toBe(1);
  });

  it('2. --max-size bounds a record and a line; an over-long line is an error line and the stream goes on', async () => {
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(3000) });
    const huge = 'x'.repeat(300_000); // not even JSON: refused by length, unread
    const ok = JSON.stringify({ id: 'ok', html: page(3) });
    const r = await cli(['--input-format', 'ndjson', '-f', 'ndjson', '--max-size', '5000'], `${big}\n${huge}\n${ok}\n`);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].error.code).toBe('TOO_LARGE');
    expect(out[0].error.message).toBe('-: big: record is 15000 bytes, larger than the limit of 5000');
    expect(out[1].error.code).toBe('TOO_LARGE');
    expect(out[1].error.message).toMatch(/^-: line 2: line is 300000 bytes, longer than the limit of/);
    expect(out[2].title).toBe('Barrier story 3');
    expectCleanStderr(r.stderr);
  });
});

// ---- WARC ------------------------------------------------------------------------------------

/** One WARC record, written by hand so that each field can be wrong on purpose. */
function warcRecord(url: string, http: Buffer | string, opts: { type?: string; length?: number } = {}): Buffer {
  const block = Buffer.isBuffer(http) ? http : Buffer.from(http);
  const head = [`WARC/1.1`, `WARC-Type: ${opts.type ?? 'response'}`, `WARC-Target-URI: ${url}`, `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>`, 'Content-Type: application/http; msgtype=response', `Content-Length: ${opts.length ?? block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}
const httpOk = (body: Buffer | string, extra = '') => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n${extra}\r\n`), Buffer.isBuffer(body) ? body : Buffer.from(body)]);

/** The CLI run with its peak memory (maxRSS, bytes) reported on stderr at exit. */
async function cliMeasured(args: string[]): Promise<Run & { rss: number }> {
  const wrapper = join(dir, 'measured.mjs');
  // VmHWM is this process's own peak (getrusage's maxRSS can carry the parent's peak across exec).
  await writeFile(wrapper, `import { readFileSync } from 'node:fs';\nprocess.on('exit', () => { let kb; try { kb = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch { kb = process.resourceUsage().maxRSS; } process.stderr.write('maxrss ' + kb * 1024 + '\\n'); });\nconst { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))});\nawait main(process.argv);\n`);
  const r = await new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [wrapper, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
  const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
  return { ...r, stderr: r.stderr.replace(/maxrss \d+\n/, ''), rss };
}

describe('5-7. WARC: no record lost without an error', () => {
  const good = (i: number) => warcRecord(`https://valley.example/${i}`, httpOk(page(i)));

  it('5. a .warc cut in the middle of a record reports that record as truncated', async () => {
    const whole = Buffer.concat([good(1), good(2)]);
    const file = join(dir, 'cut.warc');
    await writeFile(file, whole.subarray(0, whole.length - 400));
    const r = await cli(['-f', 'ndjson', file]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0].title).toBe('Barrier story 1');
    expect(out[1].error.code).toBe('UNREADABLE');
    expect(out[1].error.message).toMatch(/cut\.warc: record 2 \(https:\/\/valley\.example\/2\) at byte \d+: truncated: \d+ of \d+ bytes$/);
    expectCleanStderr(r.stderr);
  });

  it('6. a junk .warc and an empty .warc.gz are errors, not silent successes', async () => {
    const junk = join(dir, 'junk.warc');
    await writeFile(junk, 'this is not a web archive at all\n'.repeat(50));
    const empty = join(dir, 'empty.warc.gz');
    await writeFile(empty, '');
    const { gzipSync } = await import('node:zlib');
    const emptyMember = join(dir, 'empty-member.warc.gz');
    await writeFile(emptyMember, gzipSync(Buffer.alloc(0)));
    for (const file of [junk, empty, emptyMember]) {
      const r = await cli(['-f', 'ndjson', file]);
      expect(r.code, file).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('article-extract: '));
      expect(errors.length, r.stderr).toBe(1);
      expectCleanStderr(r.stderr);
    }
  });

  it('7. a wrong Content-Length (too long, too short, 10^15) loses only its record, reported; reading resynchronises', async () => {
    const bad = (i: number, length: number) => warcRecord(`https://valley.example/${i}`, httpOk(page(i)), { length });
    const len = httpOk(page(5)).length;
    const file = join(dir, 'lengths.warc');
    await writeFile(file, Buffer.concat([good(1), bad(5, len + 300), good(2), bad(6, len - 300), good(3), bad(7, 10 ** 15), good(4)]));
    const r = await cli(['-f', 'ndjson', file]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.filter((l) => l.title).map((l) => l.title)).toEqual([1, 2, 3, 4].map((i) => `Barrier story ${i}`));
    const errors = out.filter((l) => l.error);
    expect(errors.map((l) => l.source.url)).toEqual([5, 6, 7].map((i) => `https://valley.example/${i}`));
    for (const e of errors) expect(e.error.message).toMatch(/Content-Length \d+ (?:does not match|runs past)/);
    expectCleanStderr(r.stderr);
  });
});

describe('1, 3. decompression is bounded while it streams', () => {
  it('1. a WARC record whose gzip body unpacks to 300 MB: TOO_LARGE at --max-size, little memory', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(300 << 20, 0x20), { level: 9 });
    const file = join(dir, 'bomb.warc.gz');
    await writeFile(file, gzipSync(Buffer.concat([warcRecord('https://valley.example/bomb', httpOk(bomb, 'Content-Encoding: gzip\r\n')), warcRecord('https://valley.example/ok', httpOk(page(8)))])));
    const r = await cliMeasured(['-f', 'ndjson', '--max-size', '1000000', file]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].error).toEqual({ code: 'TOO_LARGE', message: `${file}: https://valley.example/bomb: body unpacks to more than the limit of 1000000 bytes` });
    expect(out[1].title).toBe('Barrier story 8');
    expect(r.rss).toBeLessThan(300 << 20);
    expectCleanStderr(r.stderr);
  });

  it('3. a zip whose entries unpack to far more than the archive stops at the ratio check and at --max-total', async () => {
    // 100 entries of 1 MB of spaces: 100 MB from a zip of about 100 KB.
    const entries: Array<[string, Buffer]> = [];
    const filler = Buffer.from(`<html><body><p>${' '.repeat(1 << 20)}</p></body></html>`);
    for (let i = 0; i < 100; i++) entries.push([`p${i}.html`, filler]);
    const file = join(dir, 'bomb.zip');
    await writeFile(file, await zipOf(entries));
    const r = await cliMeasured(['-f', 'ndjson', '--jobs', '1', file]);
    expect(r.code).toBe(1);
    // Refused before any entry is unpacked: the zip's directory declares the sizes.
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => !l.error)).toEqual([]);
    expect(r.stderr).toMatch(/bomb\.zip: archive unpacks to more than 200 times its size of \d+ bytes \(a decompression bomb\?\); stopped there/);
    expect(r.rss).toBeLessThan(500 << 20);
    expectCleanStderr(r.stderr);
    // --max-total: the same archive stops at 10 MB.
    const t = await cli(['-f', 'ndjson', '--max-total', '10000000', file]);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/bomb\.zip: archive unpacks to more than 10000000 bytes \(--max-total\); stopped there/);
  });
});

describe('14. smaller messages', () => {
  it('an encrypted zip entry is named plainly, not with the library message', async () => {
    const zip = await zipOf([['secret.html', page(9)], ['open.html', page(10)]]);
    // Set "encrypted" (general purpose flag bit 0) on the first entry, local and central headers.
    const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[local + 6]! |= 1;
    zip[central + 8]! |= 1;
    const file = join(dir, 'enc.zip');
    await writeFile(file, zip);
    const r = await cli(['-f', 'ndjson', file]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].error).toEqual({ code: 'UNREADABLE', message: `${file}: secret.html: encrypted zip entry (encryption is not supported)` });
    expect(out[1].title).toBe('Barrier story 10');
  });

  it('device and fifo entries in a tar are counted as skipped, with the reason under --debug', async () => {
    const tarStream = (await import('tar-stream')).default;
    const { createWriteStream } = await import('node:fs');
    const { pipeline } = await import('node:stream/promises');
    const pack = tarStream.pack();
    pack.entry({ name: 'a.html' }, page(11));
    pack.entry({ name: 'pipe', type: 'fifo' });
    pack.entry({ name: 'tty', type: 'character-device', devmajor: 4, devminor: 1 });
    pack.finalize();
    const file = join(dir, 'dev.tar');
    await pipeline(pack, createWriteStream(file));
    const r = await cli(['-f', 'ndjson', '--debug', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/converted 1, skipped 2, failed 0/);
    expect(r.stderr).toMatch(/dev\.tar:pipe: fifo in archive/);
    expect(r.stderr).toMatch(/dev\.tar:tty: character device in archive/);
  });
});
