/**
 * Property-based fuzzing: random and mutated HTML and text (truncated, byte-flipped, tag-injected,
 * random tag soup) through the library and the built CLI. Every input ends in an article whose
 * JSON validates against the schema and whose output is safe, or in a typed ExtractError; the CLI
 * in NDJSON batch mode always ends in valid JSON lines or clean error lines, never a stack trace.
 *
 * `npm test` runs a quick pass; `npm run fuzz` a long one (FUZZ_RUNS sets the number of runs,
 * FUZZ_PAGES the number of mutated pages through the CLI; the benchmark's HTML pages join the
 * seeds when ../shared/bench/aeb/html exists).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFileSync, rm, writeFile } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError, type ErrorCode } from '../src/errors.js';
import type { Article } from '../src/model.js';
import { extract } from '../src/pipeline.js';
import { toJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { benchPages, mutate, mutationArb, SEED_HTML, SEED_TEXT } from './fuzz-seeds.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'article-extract.js');
const LONG = process.env.FUZZ_LONG === '1';
const RUNS = Number(process.env.FUZZ_RUNS ?? (LONG ? 500 : 20));
const CLI_PAGES = Number(process.env.FUZZ_PAGES ?? (LONG ? 240 : 24));
/** Per-test time: the long run takes minutes. */
const TEST_MS = LONG ? 30 * 60_000 : 60_000;
const SEEDS = [...SEED_HTML, ...SEED_TEXT, ...(LONG ? benchPages(60) : [])];

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const CODES: ErrorCode[] = ['NOT_FOUND', 'UNREADABLE', 'IS_DIRECTORY', 'EMPTY', 'BINARY', 'NO_CONTENT', 'TOO_LARGE', 'TIMEOUT', 'WRITE_FAILED'];

/** Control characters other than tab and line feed, and terminal escapes. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Markdown that could execute when rendered: raw HTML openings, unsafe link destinations (an escaped "\]" ends no link text). */
const UNSAFE_MD = [/(?<!\\)<(?:script|img|iframe|svg|object|embed|a\s|[a-z]+\s+on\w+\s*=)/i, /(?<!\\)\]\(\s*<?\s*(?:javascript|vbscript|data|file):/i];

/** Markdown outside fenced code blocks and inline code spans (where markup is inert). */
function prose(md: string): string {
  let fence: string | null = null;
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const f = /^(?:\s*>)*\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    out.push(line.replace(/(?<!\\)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ''));
  }
  return out.join('\n');
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Everything an article must satisfy, whatever the input. */
function checkArticle(article: Article): void {
  const json = toJson(article);
  if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  for (const s of strings(json)) expect(s).not.toMatch(CONTROL);
  for (const q of json.quotes) expect(json.text.slice(q.start, q.end)).toBe(q.text);
  const md = renderMarkdown(article, { frontMatter: true, quotes: true });
  // The body is Markdown: no raw HTML, no unsafe link. The front matter is YAML data (a
  // link-shaped title string is not a link there), so it is checked for raw HTML only.
  for (const pattern of UNSAFE_MD) expect(prose(renderMarkdown(article, { frontMatter: false, quotes: true }))).not.toMatch(pattern);
  expect(prose(md)).not.toMatch(UNSAFE_MD[0]!);
  expect(md).not.toMatch(CONTROL);
}

async function oneInput(input: Uint8Array | string, inputFormat: 'auto' | 'html' | 'text'): Promise<void> {
  let article: Article;
  try {
    article = await extract(input, { inputFormat, path: 'fuzz.html' });
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    expect(CODES).toContain(err.code);
    expect(err.message).not.toMatch(/\n/);
    return;
  }
  checkArticle(article);
}

const formatArb = fc.constantFrom('auto' as const, 'html' as const, 'text' as const);

describe('library fuzzing', () => {
  it('mutated seed pages: an article that validates and is safe, or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SEEDS.length - 1), mutationArb, formatArb, async (i, m, format) => oneInput(mutate(SEEDS[i]!, m), format)),
      { numRuns: RUNS },
    );
  }, TEST_MS);

  it('random strings and random bytes: an article or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), fc.uint8Array({ maxLength: 400 })), formatArb, async (input, format) => oneInput(input, format)),
      { numRuns: RUNS },
    );
  }, TEST_MS);

  it('the unmutated seeds convert, with their text', async () => {
    for (const seed of [...SEED_HTML, ...SEED_TEXT]) {
      const article = await extract(seed, { path: 'seed' });
      checkArticle(article);
      expect(toJson(article).text).toMatch(/\w{4,}/);
    }
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('CLI fuzzing', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await promisify(mkdtemp)(join(tmpdir(), 'ae-fuzz-'));
  });
  afterAll(async () => {
    await promisify(rm)(dir, { recursive: true, force: true });
  });

  it(`${CLI_PAGES} mutated pages in one NDJSON batch: every line valid JSON or a clean error line`, async () => {
    const pages = fc.sample(fc.tuple(fc.nat(SEEDS.length - 1), mutationArb), { numRuns: CLI_PAGES, seed: Number(process.env.FUZZ_SEED ?? 42) });
    const files: string[] = [];
    for (const [n, [i, m]] of pages.entries()) {
      const file = join(dir, `${String(n).padStart(3, '0')}-${m.kind}.html`);
      await promisify(writeFile)(file, mutate(SEEDS[i]!, m));
      files.push(file);
    }
    const run = await cli(['--format', 'ndjson', '--no-progress', ...files]);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/internal error/);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(files.length);
    let failed = 0;
    lines.forEach((line, n) => {
      const obj = JSON.parse(line) as { error?: { code: string; message: string }; source: { path: string } };
      expect(obj.source.path).toBe(files[n]);
      if (obj.error) {
        failed++;
        expect(CODES).toContain(obj.error.code);
        expect(obj.error.message).not.toMatch(/\n/);
      } else if (!validate(obj)) {
        throw new Error(`line ${n}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
    });
    expect(run.code).toBe(failed ? 1 : 0);
  }, TEST_MS);
});
