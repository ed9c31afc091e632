/**
 * The npm tarball installs into an empty project and works there: `npx article-extract FILE`
 * and `import { extract } from 'article-extract'`. Uses `npm pack --ignore-scripts` (npm test has
 * just built dist/, and rebuilding here would race the other test files reading dist/).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** Installing pulls the dependencies (from npm's cache when it can); allow a slow network. */
const INSTALL_TIMEOUT_MS = 300_000;

let dir = '';
let project = '';
let files: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-pack-'));
  const packed = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 64 << 20 });
  const info = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info[0]!.files.map((f) => f.path);
  project = join(dir, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'pack-smoke-test', version: '1.0.0', private: true, type: 'module' }));
  await run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, info[0]!.filename)], { cwd: project, timeout: INSTALL_TIMEOUT_MS, maxBuffer: 64 << 20 });
}, INSTALL_TIMEOUT_MS + 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the CLI, the built library with types, the schema and the README; no sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/article-extract.js', 'bin/package.json', 'dist/bundle/load.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/bundle/cli.cjs', 'dist/bundle/cli.cjs.cache', 'dist/bundle/worker.js', 'dist/cached-bundle.js', 'schema/article.schema.json', 'schema/rules.schema.json', 'README.md', 'package.json']));
    expect(files.filter((f) => /^(?:src|test|fixtures|bench)\//.test(f))).toEqual([]);
  });

  it('installed elsewhere, `npx article-extract` converts a fixture', async () => {
    const input = join(ROOT, 'fixtures', 'text--seed-shaped', 'input.txt');
    const { stdout, stderr } = await run(NPX, ['--no-install', 'article-extract', '--no-front-matter', input], { cwd: project, env: { ...process.env, NO_COLOR: '1' } });
    expect(stderr).toBe('');
    const expected = (await readFile(join(ROOT, 'fixtures', 'text--seed-shaped', 'expected.md'), 'utf8')).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    expect(stdout).toBe(expected);
  });

  it('installed elsewhere, converts HTML (the lazily loaded DOM libraries are installed too)', async () => {
    const input = join(ROOT, 'fixtures', 'html--table-list-quote', 'input.html');
    const { stdout } = await run(NPX, ['--no-install', 'article-extract', '-f', 'json', input], { cwd: project });
    expect(JSON.parse(stdout).title).toBe('Northfield library extends its opening hours');
  });

  it('installed elsewhere, `rules check` finds the shipped rules schema and its validator', async () => {
    await writeFile(join(project, 'site.yaml'), 'rules:\n  - { id: promo, remove: [.promo-box], reason: "a promo box in the article" }\n');
    const { stdout } = await run(NPX, ['--no-install', 'article-extract', 'rules', 'check', 'site.yaml'], { cwd: project });
    expect(stdout).toBe('site.yaml: 1 rule, valid\n');
    const resolved = await run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('article-extract/rules.schema.json'))"], { cwd: project });
    expect(resolved.stdout).toMatch(/schema\/rules\.schema\.json/);
  });

  it('installed elsewhere, the library imports and its types are found', async () => {
    const script = "import { extract, toJson } from 'article-extract'; const a = await extract('Bridge reopens\\n\\nBy Ana Ruiz\\n\\nThe bridge over the river reopened on Monday after a year of repairs, the council said.\\n'); console.log(JSON.stringify(toJson(a)));";
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    const json = JSON.parse(stdout);
    expect(json.title).toBe('Bridge reopens');
    expect(json.authors).toEqual(['Ana Ruiz']);
    const pkg = JSON.parse(await readFile(join(project, 'node_modules', 'article-extract', 'package.json'), 'utf8'));
    const types = join(project, 'node_modules', 'article-extract', pkg.exports['.'].types);
    expect(await readFile(types, 'utf8')).toMatch(/export \{ extract/);
  });
});
