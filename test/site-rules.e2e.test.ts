/**
 * Site rules through the built CLI (`npm run build` first): --rules with --explain, scoping in
 * batches (NDJSON record URLs, worker threads), `rules check` and `rules test`, and rule files
 * with mistakes or hostile content: exit 2, one line on stderr, nothing on stdout, no document
 * converted, no hang.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-process.js';

const DIR = join(import.meta.dirname, 'site-rules');
const PAGE = join(DIR, 'courier-page.html');
const RULES = join(DIR, 'courier.yaml');
const URL_ = 'https://www.lakeside-courier.example/local/2026/03/harbour-ferry-returns';
const WIDGET = 'Timetables for every boat on the lake';
const tmp = mkdtempSync(join(tmpdir(), 'ae-rules-e2e-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('--rules', () => {
  it('the two-line rule file removes the widget and finds the byline; --explain names the rule and entry', async () => {
    const without = await cli(['-f', 'json', PAGE]);
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout).authors).toEqual([]);
    expect(without.stdout).toContain(WIDGET);
    const r = await cli(['-f', 'json', '--explain', '--rules', RULES, PAGE]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.authors).toEqual(['Marta Olsen']);
    expect(r.stdout).not.toContain(WIDGET);
    expect(r.stderr).toMatch(/^ {2}drop \S*courier\.yaml#1 remove \.c-tile +Timetables for every boat/m);
    expect(r.stderr).toMatch(/chose .*courier\.yaml#1 byline \.c-person +Marta Olsen/);
  });

  it('NDJSON records are scoped by their url; several documents go through the worker threads', async () => {
    const html = readFileSync(PAGE, 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
    const lines = [
      { id: 'ours', url: URL_, html },
      { id: 'theirs', url: 'https://other-paper.example/a', html },
    ].map((o) => JSON.stringify(o)).join('\n');
    const r = await cli(['--input-format', 'ndjson', '-f', 'ndjson', '--jobs', '2', '--rules', RULES], lines + '\n');
    expect(r.code).toBe(0);
    const [ours, theirs] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(ours.authors).toEqual(['Marta Olsen']);
    expect(JSON.stringify(ours)).not.toContain(WIDGET);
    expect(theirs.authors).toEqual([]);
    expect(JSON.stringify(theirs)).toContain(WIDGET);
  });

  it('rule files apply in the order given (the first pick that finds a value wins)', async () => {
    const other = file('charset.yaml', 'rules:\n  - { id: c, byline: { selector: "meta[charset]", attribute: charset }, reason: r }\n');
    const first = await cli(['-f', 'json', '--rules', RULES, '--rules', other, PAGE]);
    expect(JSON.parse(first.stdout).byline).toBe('Marta Olsen');
    const second = await cli(['-f', 'json', '--rules', other, '--rules', RULES, PAGE]);
    expect(JSON.parse(second.stdout).byline).toBe('utf-8');
  });
});

describe('rules check and rules test', () => {
  it('check: a valid file, exit 0; a mistake, exit 2 with file, line and problem', async () => {
    const ok = await cli(['rules', 'check', RULES]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/courier\.yaml: 1 rule, valid\n$/);
    const bad = file('bad.yaml', 'rules:\n  - id: a\n    reason: r\n    remove: [".promo-box"]\n    bylne: ".writer"\n');
    const r = await cli(['rules', 'check', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-extract: .*bad\.yaml:5: rules\[0\]\.bylne: unknown key "bylne"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('test: the text before and after, the metadata that changed, and what each rule did', async () => {
    const r = await cli(['rules', 'test', RULES, PAGE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ authors: (none) -> Marta Olsen');
    expect(r.stdout).toMatch(/^# drop .*courier\.yaml#1 remove \.c-tile: Timetables/m);
    expect(r.stdout).toMatch(/^-Timetables for every boat on the lake/m);
    expect(r.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
  });
});

describe('rule files with mistakes or hostile content: exit 2 before any document is converted', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['catastrophic.yaml', 'rules:\n  - { id: a, reason: r, dropLines: ["^(a|aa)+$", "^(\\\\w+\\\\s?)*$"] }\n', /catastrophic\.yaml:2: rules\[0\]\.dropLines\[\d\]: .* could take exponential time/],
    ['selector.yaml', 'rules:\n  - { id: a, reason: r, remove: ["div >> p"] }\n', /selector\.yaml:2: .*is not a valid CSS selector/],
    ['everything.yaml', 'rules:\n  - { id: a, reason: r, remove: ["*"] }\n', /everything\.yaml:2: .*matches the whole page/],
    ['bomb.yaml', `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`).join('\n')}\nrules: []\n`, /bomb\.yaml: refused: Excessive alias count/],
    ['huge.yaml', `rules: []\n#${'x'.repeat(1100 * 1024)}\n`, /huge\.yaml: refused: \d+ bytes, larger than the limit/],
    ['notyaml.yaml', 'rules: [\n', /notyaml\.yaml:2: not valid YAML or JSON/],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      const p = file(name, text);
      const t = Date.now();
      const r = await cli(['-f', 'json', '--rules', p, PAGE]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(expected);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(Date.now() - t).toBeLessThan(15_000);
    });
  }

  it('a missing rule file: exit 2 and nothing written to --out-dir', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['--out-dir', out, '--rules', join(tmp, 'nope.yaml'), PAGE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: no such file/);
    expect(() => readFileSync(join(out, 'courier-page.md'))).toThrow();
  });
});
