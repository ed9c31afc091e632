import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheBytes, cacheFileOf, cachedDataFor, compileBundle, loadBundle, WRAPPER_HEAD, WRAPPER_TAIL } from '../../src/cached-bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'ae-cached-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIST_MODULE = pathToFileURL(join(import.meta.dirname, '../../dist/cached-bundle.js')).href;

/** Runs `code` in a new Node process (no flags, as a user's run) with the built module's functions in scope; its stdout, trimmed. */
async function inChild(code: string): Promise<string> {
  const script = `import { cacheBytes, cacheFileOf, compileBundle, loadBundle } from ${JSON.stringify(DIST_MODULE)}; import { readFileSync, writeFileSync } from 'node:fs'; import { pathToFileURL } from 'node:url'; ${code}`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env });
  return stdout.trim();
}

/** A small CommonJS bundle, wrapped as the build writes it: its exports, __filename, and a function that runs only when called. */
function writeBundle(name: string, body = 'module.exports = { file: __filename, add: (a, b) => a + b, later() { return [1, 2, 3].map((x) => x * 2); } };'): string {
  const file = join(dir, name);
  writeFileSync(file, `${WRAPPER_HEAD}${body}${WRAPPER_TAIL}`);
  return file;
}

describe('compileBundle / loadBundle', () => {
  it('runs a CommonJS file as require would (exports, __filename, require)', () => {
    const file = writeBundle('plain.cjs', "const path = require('node:path'); module.exports = { base: path.basename(__filename), dir: __dirname };");
    const { exports, cache } = compileBundle(file);
    expect(exports).toEqual({ base: 'plain.cjs', dir });
    expect(cache).toBe('none');
  });

  it('a cache written after a run is taken by V8 on the next load, with the same results', async () => {
    const file = writeBundle('cached.cjs');
    // Each load in a process of its own: within one process V8 reuses its in-memory compilation
    // of the same source and never reads the data offered.
    await inChild(`const b = compileBundle(${JSON.stringify(file)}); b.exports.later(); writeFileSync(cacheFileOf(${JSON.stringify(file)}), cacheBytes(b.digest, b.script.createCachedData())); console.log(b.cache);`);
    expect(await inChild(`const e = loadBundle(pathToFileURL(${JSON.stringify(file)})); const b = compileBundle(${JSON.stringify(file)}, readFileSync(cacheFileOf(${JSON.stringify(file)}))); console.log(b.cache, e.add(2, 3), e.later().join());`)).toBe('accepted 5 2,4,6');
  });

  it('a cache made for other bytes of the bundle is never offered to V8 (the header names the bundle)', () => {
    const file = writeBundle('changed.cjs');
    const first = compileBundle(file);
    const cache = cacheBytes(first.digest, first.script.createCachedData());
    // Same length, other code: V8's own check (source length) would not see the change.
    writeFileSync(file, readFileSync(file, 'utf8').replace('a + b', 'a - b'));
    const second = compileBundle(file, cache);
    expect(second.cache).toBe('none');
    expect((second.exports.add as (a: number, b: number) => number)(2, 3)).toBe(-1);
  });

  it('data V8 cannot use is rejected and the source compiled instead', async () => {
    const file = writeBundle('garbage.cjs');
    const { digest } = compileBundle(file);
    writeFileSync(cacheFileOf(file), cacheBytes(digest, Buffer.alloc(4096, 7)));
    expect(await inChild(`const b = compileBundle(${JSON.stringify(file)}, readFileSync(cacheFileOf(${JSON.stringify(file)}))); console.log(b.cache, b.exports.add(2, 3));`)).toBe('rejected 5');
  });

  it('a file that is not a wrapped bundle is refused with its name', () => {
    const file = join(dir, 'plain.js');
    writeFileSync(file, 'module.exports = 1;');
    expect(() => compileBundle(file)).toThrow(/plain\.js: not a wrapped CommonJS bundle/);
  });

  it('a missing cache file, or one that is not a cache, only means compiling', () => {
    const file = writeBundle('nocache.cjs');
    expect((loadBundle(pathToFileURL(file)).add as (a: number, b: number) => number)(1, 1)).toBe(2);
    expect(cachedDataFor(compileBundle(file).digest, Buffer.from('not a cache at all, just some bytes of text'))).toBeUndefined();
  });
});

describe('the built CLI bundle', () => {
  it("its build-time cache fits this Node: V8 takes it (else the cache would silently do nothing)", async () => {
    const bundle = join(import.meta.dirname, '../../dist/bundle/cli.cjs');
    expect(existsSync(bundle) && existsSync(cacheFileOf(bundle))).toBe(true);
    const out = await inChild(`const f = ${JSON.stringify(bundle)}; const b = compileBundle(f, readFileSync(cacheFileOf(f))); console.log(b.cache, typeof b.exports.main, typeof b.exports.worker);`);
    expect(out).toBe('accepted function function');
  });

  it('a one-file run starts as CommonJS and loads no more of Node than it uses (no ES module loader, no child_process)', async () => {
    // What Node had loaded when the run ended, written by a preload (a Node option, not a V8 flag: the cache still fits).
    const list = join(dir, 'loaded.txt');
    const preload = join(dir, 'loaded.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const input = join(dir, 'article.txt');
    writeFileSync(input, 'A Title For The Test\n\nBy Jane Roe\n\nThe first paragraph of the article says enough words to be a body of text.\n');
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', preload, join(import.meta.dirname, '../../bin/article-extract.js'), input], { env });
    expect(stdout).toContain('The first paragraph of the article');
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule vm'); // the list is real: the bundle is compiled through vm
    expect(loaded.filter((m) => /^NativeModule (child_process|internal\/modules\/esm\/translators)$/.test(m))).toEqual([]);
  });
});
