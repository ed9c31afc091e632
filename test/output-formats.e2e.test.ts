/**
 * Issue 15 end to end: the built CLI with --format html, --out-dir .html, --no-links,
 * --no-images, --link-style and --chunk. Run `npm run build` first (npm test does).
 */
import { mkdtemp, readdir, readFile, rm, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-process.js';
import { checkHtml } from '../bench/output-checks.mjs';

const LINKS = 'fixtures/html--links-figure-code/input.html';
const RTL = 'fixtures/html--arabic-rtl/input.html';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-formats-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--format html', () => {
  it('prints one safe, valid document whose text is the JSON text', async () => {
    const [h, j] = await Promise.all([cli(['--format', 'html', LINKS]), cli(['--format', 'json', LINKS])]);
    expect(h.code).toBe(0);
    expect(h.stderr).toBe('');
    expect(h.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(checkHtml(h.stdout, JSON.parse(j.stdout).text)).toEqual([]);
    expect(h.stdout).not.toMatch(/<script|<style|onclick|javascript:/i);
    expect(JSON.parse(j.stdout).html).toContain('<a href="https://courier.example/science/flood-map">flood map</a>');
  });

  it('sets dir="rtl" for an Arabic page that declares no language, and the JSON says so', async () => {
    const [h, j] = await Promise.all([cli(['--format', 'html', RTL]), cli(['--format', 'json', RTL])]);
    expect(h.stdout).toContain('<html dir="rtl">');
    expect(JSON.parse(j.stdout).dir).toBe('rtl');
  });

  it('--out-dir writes .html files', async () => {
    const src = join(dir, 'in');
    await mkdir(src);
    await copyFile(LINKS, join(src, 'a.html'));
    await copyFile(RTL, join(src, 'b.html'));
    const out = join(dir, 'out');
    const r = await cli(['--format', 'html', '--out-dir', out, '-q', src]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['a.html', 'b.html']);
    expect(await readFile(join(out, 'b.html'), 'utf8')).toContain('dir="rtl"');
  });
});

describe('Markdown switches', () => {
  it('--no-links --no-images leaves no "](" and no "!["', async () => {
    const r = await cli(['--no-links', '--no-images', '--no-front-matter', LINKS]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('](');
    expect(r.stdout).not.toContain('![');
    expect(r.stdout).toContain('Their flood map is now online');
  });

  it('--link-style referenced lists the targets after the body', async () => {
    const r = await cli(['--link-style', 'referenced', '--no-front-matter', LINKS]);
    expect(r.stdout).toContain('Their [flood map][1] is now online, and the [raw readings][2]');
    expect(r.stdout.trimEnd().endsWith('[1]: https://courier.example/science/flood-map\n[2]: https://data.example/river.csv')).toBe(true);
  });

  it('--link-style accepts only inline or referenced', async () => {
    const r = await cli(['--link-style', 'footnote', LINKS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('--chunk', () => {
  it('prints one line per chunk, joined back to the JSON text', async () => {
    const [c, j] = await Promise.all([cli(['-f', 'ndjson', '--chunk', '40', LINKS]), cli(['-f', 'json', LINKS])]);
    expect(c.code).toBe(0);
    const lines = c.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('\n\n')).toBe(JSON.parse(j.stdout).text);
    expect(lines.every((l) => l.chunks === lines.length && l.title === 'How the river survey measured the flood')).toBe(true);
    expect(lines.find((l) => l.text.startsWith('Turning readings'))?.headings).toEqual(['Turning readings into a map']);
  });

  it('needs --format ndjson and a positive number (usage errors, exit 2)', async () => {
    const a = await cli(['--chunk', '40', LINKS]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--chunk needs --format ndjson');
    const b = await cli(['-f', 'ndjson', '--chunk', '0', LINKS]);
    expect(b.code).toBe(2);
  });

  it('with --out-dir writes .ndjson files', async () => {
    const out = join(dir, 'chunks');
    const r = await cli(['-f', 'ndjson', '--chunk', '40', '--out-dir', out, '-q', LINKS]);
    expect(r.code).toBe(0);
    const files = await readdir(out, { recursive: true });
    expect(files.some((f) => String(f).endsWith('input.ndjson'))).toBe(true);
  });
});
