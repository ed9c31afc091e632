/**
 * Output naming for --out-dir: input and archive-entry names, however hostile, become paths
 * inside the output folder, unique, with the output's extension.
 */
import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, nameFromUrl, OutputNamer, safeSegments, withExtension } from '../../src/io/paths.js';

describe('safeSegments', () => {
  it.each([
    ['a/b/c.html', ['a', 'b', 'c.html']],
    ['../../etc/passwd', ['etc', 'passwd']],
    ['/abs/evil.html', ['abs', 'evil.html']],
    ['C:\\Windows\\System32\\x.html', ['Windows', 'System32', 'x.html']],
    ['a\\..\\..\\b.txt', ['a', 'b.txt']],
    ['dir//./x.html', ['dir', 'x.html']],
    ['.../....', []],
    ['name. /x.', ['name', 'x']],
    ['tab\there/new\nline?.html', ['tab_here', 'new_line_.html']],
    ['a<b>c:"d"|e*.html', ['a_b_c__d__e_.html']],
    ['', []],
  ])('%j -> %j', (input, out) => {
    expect(safeSegments(input)).toEqual(out);
  });

  it('cuts over-long segments and over-deep paths', () => {
    expect(safeSegments('x'.repeat(500))[0]).toHaveLength(200);
    const deep = safeSegments(Array.from({ length: 100 }, (_, i) => `d${i}`).join('/'));
    expect(deep).toHaveLength(32);
    expect(deep.at(-1)).toBe('d99');
  });
});

describe('withExtension', () => {
  it('replaces the last extension, adds one when there is none, names an empty path', () => {
    expect(withExtension(['a', 'b.html'], '.md')).toEqual(['a', 'b.md']);
    expect(withExtension(['page.tar.gz'], '.json')).toEqual(['page.tar.json']);
    expect(withExtension(['README'], '.md')).toEqual(['README.md']);
    expect(withExtension(['.hidden'], '.md')).toEqual(['.hidden.md']);
    expect(withExtension([], '.txt')).toEqual(['article.txt']);
  });
});

describe('nameFromUrl', () => {
  it('host and path, an index for a trailing slash, the query folded in, escapes decoded', () => {
    expect(nameFromUrl('https://news.example/world/story-1')).toBe('news.example/world/story-1');
    expect(nameFromUrl('https://news.example/world/')).toBe('news.example/world/index');
    expect(nameFromUrl('https://news.example/')).toBe('news.example/index');
    expect(nameFromUrl('https://news.example/a?id=7&p=2')).toBe('news.example/a_id=7&p=2');
    expect(nameFromUrl('https://news.example/caf%C3%A9')).toBe('news.example/café');
  });

  it('a malformed URL or escape comes back as given (and is sanitised by the namer)', () => {
    expect(nameFromUrl('not a url')).toBe('not a url');
    expect(nameFromUrl('https://news.example/%E0%A4%A')).toBe('https://news.example/%E0%A4%A');
  });
});

describe('isInside', () => {
  it('is true strictly inside, false for the root itself, parents, siblings sharing a prefix', () => {
    expect(isInside('/out', '/out/a/b.md')).toBe(true);
    expect(isInside('/out', '/out')).toBe(false);
    expect(isInside('/out', '/out/../etc/passwd')).toBe(false);
    expect(isInside('/out', '/out2/a.md')).toBe(false);
    expect(isInside('/out', '/')).toBe(false);
    expect(isInside('out', resolve('out', 'x.md'))).toBe(true);
  });
});

describe('OutputNamer', () => {
  const root = join('/tmp', 'ae-out');

  it('mirrors the relative path with the format extension', () => {
    const n = new OutputNamer(root, '.md');
    expect(n.name('a/b/page.html')).toBe(join(root, 'a', 'b', 'page.md'));
    expect(n.name('pages.zip/site/p1.html')).toBe(join(root, 'pages.zip', 'site', 'p1.md'));
  });

  it('gives a repeated name -2, -3 (case-insensitively, for case-insensitive file systems)', () => {
    const n = new OutputNamer(root, '.json');
    expect(n.name('story.html')).toBe(join(root, 'story.json'));
    expect(n.name('story.txt')).toBe(join(root, 'story-2.json'));
    expect(n.name('STORY.htm')).toBe(join(root, 'STORY-3.json'));
  });

  it('keeps hostile names inside the root', () => {
    const n = new OutputNamer(root, '.md');
    expect(n.name('../../../../etc/cron.d/x')).toBe(join(root, 'etc', 'cron.d', 'x.md'));
    expect(n.name('/etc/passwd')).toBe(join(root, 'etc', 'passwd.md'));
    expect(n.name('..')).toBe(join(root, 'article.md'));
    expect(n.name(nameFromUrl('https://evil.example/a%2F..%2F..%2F..%2Fetc%2Fpasswd'))).toBe(join(root, 'evil.example', 'a', 'etc', 'passwd.md'));
  });

  it('property: any name gives a unique path strictly inside the root ending in the extension', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('..', '../', '/', '\\..\\', 'C:', '.', ' ', '\0')), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')), fc.nat(5), (name, repeat) => {
        const n = new OutputNamer(root, '.md');
        const seen = new Set<string>();
        for (let i = 0; i <= repeat; i++) {
          const out = n.name(name);
          expect(isInside(root, out)).toBe(true);
          expect(out.endsWith('.md')).toBe(true);
          expect(seen.has(out)).toBe(false);
          seen.add(out);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('names that start with two dots', () => {
  it('"..notes.html" is an ordinary file name inside the root', () => {
    expect(isInside('/out', '/out/..notes.md')).toBe(true);
    expect(new OutputNamer('/out', '.md').name('..notes.html')).toBe(join('/out', '..notes.md'));
  });
});
