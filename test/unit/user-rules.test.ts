/**
 * Site rules (src/user-rules/): rule files checked with file, line and problem; rules scoped by
 * host, URL glob, canonical and record URL; applied on the HTML path (remove, keep, content,
 * metadata picks) and the text path (titleLine, bylineLine, dropLines, endAt) in the documented
 * order; hostile files refused or bounded.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { extract } from '../../src/pipeline.js';
import { RuleFileError } from '../../src/user-rules/errors.js';
import { loadRuleFile, parseRules } from '../../src/user-rules/load.js';
import { hostMatches } from '../../src/user-rules/scope.js';
import { unifiedDiff } from '../../src/user-rules/command.js';
import type { RuleSet } from '../../src/user-rules/types.js';

const DIR = join(import.meta.dirname, '..', 'site-rules');
const PAGE = readFileSync(join(DIR, 'courier-page.html'), 'utf8');
const STORY = readFileSync(join(DIR, 'courier-story.txt'), 'utf8');
const URL_ = 'https://www.lakeside-courier.example/local/2026/03/harbour-ferry-returns';
const WIDGET = 'Timetables for every boat on the lake';
/** The page without its canonical link: only --url or a record URL can scope rules to it. */
const BARE_PAGE = PAGE.replace(/<link rel="canonical"[^>]*>/, '');

const body = (a: { blocks: Array<{ text: string }> }) => a.blocks.map((b) => b.text).join('\n');
const set = (yaml: string, name = 'site.yaml'): RuleSet => parseRules(yaml, name).set;
const problem = (yaml: string, name = 'site.yaml'): string => {
  try {
    parseRules(yaml, name);
  } catch (err) {
    expect(err).toBeInstanceOf(RuleFileError);
    return (err as Error).message;
  }
  throw new Error('no error');
};

describe('site rules: the HTML page the general extraction gets wrong', () => {
  it('without rules the widget stays in the body and the byline is missed', async () => {
    const a = await extract(PAGE, { url: URL_ });
    expect(body(a)).toContain(WIDGET);
    expect(a.authors).toEqual([]);
  });

  it('the two-line rule file removes the widget and finds the byline, and the removals name the rule', async () => {
    const rules = loadRuleFile(join(DIR, 'courier.yaml')).set;
    expect(readFileSync(join(DIR, 'courier.yaml'), 'utf8').trim().split('\n')).toHaveLength(2);
    const a = await extract(PAGE, { url: URL_, rules });
    expect(body(a)).not.toContain(WIDGET);
    expect(a.authors).toEqual(['Marta Olsen']);
    const named = a.removed.map((r) => r.rule);
    expect(named).toContain(`${join(DIR, 'courier.yaml')}#1 remove .c-tile`);
    expect(named).toContain(`${join(DIR, 'courier.yaml')}#1 byline .c-person`);
    // The rest of the article is untouched.
    expect(body(a)).toContain('The harbour authority said the new engine');
  });
});

describe('site rules: scope', () => {
  const fix = 'rules:\n  - { id: fix, HOSTS remove: [.c-tile], byline: .c-person, reason: r }\n';
  const scoped = (hosts: string) => set(fix.replace('HOSTS', hosts));

  it('a rule scoped to another host has no effect', async () => {
    const plain = await extract(BARE_PAGE, { url: URL_ });
    const other = await extract(BARE_PAGE, { url: URL_, rules: scoped('hosts: [other-paper.example],') });
    expect(body(other)).toBe(body(plain));
    expect(other.authors).toEqual(plain.authors);
    expect(other.removed.some((r) => r.rule.startsWith('site.yaml'))).toBe(false);
  });

  it('a global rule (no hosts, no urls) applies everywhere, with or without a URL', async () => {
    for (const url of [URL_, 'https://elsewhere.example/x', null]) {
      const a = await extract(BARE_PAGE, { url, rules: scoped('') });
      expect(body(a)).not.toContain(WIDGET);
      expect(a.authors).toEqual(['Marta Olsen']);
    }
  });

  it('a scoped rule applies through --url, the canonical URL, or a record URL', async () => {
    const rules = scoped('hosts: [lakeside-courier.example],');
    expect(body(await extract(BARE_PAGE, { url: URL_, rules }))).not.toContain(WIDGET);
    expect(body(await extract(PAGE, { rules }))).not.toContain(WIDGET); // canonical link
    expect(body(await extract(BARE_PAGE, { recordUrl: URL_, rules }))).not.toContain(WIDGET); // WARC/NDJSON record
    expect(body(await extract(BARE_PAGE, { rules }))).toContain(WIDGET); // no address: no match
  });

  it('url globs match the whole address; hosts and urls together must both match', async () => {
    const inSection = set('rules:\n  - { id: local, urls: ["https://*.lakeside-courier.example/local/**"], remove: [.c-tile], reason: r }\n');
    const otherSection = set('rules:\n  - { id: sport, urls: ["https://*.lakeside-courier.example/sport/**"], remove: [.c-tile], reason: r }\n');
    const both = set('rules:\n  - { id: both, hosts: [other.example], urls: ["**/local/**"], remove: [.c-tile], reason: r }\n');
    expect(body(await extract(BARE_PAGE, { url: URL_, rules: inSection }))).not.toContain(WIDGET);
    expect(body(await extract(BARE_PAGE, { url: URL_, rules: otherSection }))).toContain(WIDGET);
    expect(body(await extract(BARE_PAGE, { url: URL_, rules: both }))).toContain(WIDGET);
  });

  it('host patterns: example.com also means www.example.com; *.example.com any subdomain, not the apex', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'www.example.com')).toBe(true);
    expect(hostMatches('example.com', 'news.example.com')).toBe(false);
    expect(hostMatches('example.com', 'badexample.com')).toBe(false);
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'example.com')).toBe(false);
    expect(hostMatches('*.example.com', 'notexample.com')).toBe(false);
  });
});

describe('site rules: order of application (README "Site rules")', () => {
  it('remove runs before the metadata picks: a removed element is not read', async () => {
    const rules = set('rules:\n  - { id: drop-person, remove: [.c-person], reason: r }\n  - { id: pick-person, byline: .c-person, reason: r }\n');
    const a = await extract(BARE_PAGE, { rules });
    expect(a.authors).toEqual([]);
    expect(a.removed.map((r) => r.rule)).toContain('site.yaml#1 remove .c-person');
  });

  it('the first rule (files in the order given, entries in file order) whose pick finds a value wins', async () => {
    const first = set('rules:\n  - { id: a, byline: .missing, reason: r }\n  - { id: b, byline: .c-person, reason: r }\n', 'one.yaml');
    const second = set('rules:\n  - { id: c, byline: { selector: "meta[charset]", attribute: charset }, reason: r }\n', 'two.yaml');
    const a = await extract(BARE_PAGE, { rules: [first, second] });
    expect(a.byline).toBe('Marta Olsen');
    const b = await extract(BARE_PAGE, { rules: [second, first] });
    expect(b.byline).toBe('utf-8');
  });

  it('an element two remove rules match is credited to the first rule, in rule order', async () => {
    const rules = set('rules:\n  - { id: one, remove: [main .c-tile], reason: r }\n  - { id: two, remove: [.c-tile, .stamp], reason: r }\n');
    const a = await extract(BARE_PAGE, { rules });
    const mine = a.removed.filter((r) => r.stage === 'user-rules').map((r) => r.rule);
    expect(mine).toEqual(['site.yaml#2 remove .stamp', 'site.yaml#1 remove main .c-tile']);
  });

  it('the same rules on the jsdom engine', async () => {
    const a = await extract(BARE_PAGE, { dom: 'jsdom', rules: set('rules:\n  - { id: fix, remove: [.c-tile], byline: .c-person, reason: r }\n') });
    expect(body(a)).not.toContain(WIDGET);
    expect(a.authors).toEqual(['Marta Olsen']);
  });

  it('keep: ["*"] keeps everything the boilerplate rules would remove, and stays one text', async () => {
    const page = PAGE.replace('class="c-tile"', 'class="newsletter-signup"');
    const a = await extract(page, { url: URL_, rules: set('rules:\n  - { id: k, keep: ["*"], reason: r }\n') });
    expect(body(a)).toContain(WIDGET);
  });

  it('keep protects an element from the built-in boilerplate rules; content skips the content finder', async () => {
    const page = PAGE.replace('class="c-tile"', 'class="newsletter-signup"');
    expect(body(await extract(page, { url: URL_ }))).not.toContain(WIDGET); // the built-in class rule
    const kept = await extract(page, { url: URL_, rules: set('rules:\n  - { id: k, keep: [.newsletter-signup], reason: r }\n') });
    expect(body(kept)).toContain(WIDGET);
    const only = await extract(page, { url: URL_, rules: set('rules:\n  - { id: c, content: ".newsletter-signup", reason: r }\n') });
    expect(body(only)).toBe(`${WIDGET}${body(only).slice(WIDGET.length)}`);
    expect(only.blocks).toHaveLength(1);
    expect(only.removed.map((r) => r.rule)).toContain('site.yaml#1 content .newsletter-signup');
  });

  it('published and image picks: an attribute, a <time> datetime, an <img> src resolved against the URL', async () => {
    const page = BARE_PAGE.replace('<div class="stamp">', '<div class="stamp" data-ts="2026-03-02T08:15:00Z"><img class="lead" src="/img/ferry.jpg" alt="">');
    const rules = set('rules:\n  - id: m\n    reason: r\n    published: { selector: .stamp, attribute: data-ts }\n    image: img.lead\n    title: { selector: title }\n');
    const a = await extract(page, { url: URL_, rules });
    expect(a.published).toBe('2026-03-02T08:15:00Z');
    expect(a.image).toBe('https://www.lakeside-courier.example/img/ferry.jpg');
    expect(a.title).toBe('Harbour ferry returns after winter repairs | Lakeside Courier');
  });
});

describe('site rules: the text path', () => {
  it('bylineLine (its capture group), dropLines and endAt fix a text dump, each named in removed', async () => {
    const plain = await extract(STORY, { inputFormat: 'text' });
    expect(plain.authors).toEqual([]);
    expect(body(plain)).toContain('Tip from the desk');
    expect(body(plain)).toContain('From the archive');
    const a = await extract(STORY, { inputFormat: 'text', rules: loadRuleFile(join(DIR, 'courier-text.yaml')).set });
    expect(a.authors).toEqual(['Marta Olsen']);
    expect(body(a)).not.toContain('Tip from the desk');
    expect(body(a)).not.toContain('From the archive');
    expect(body(a)).toContain('The harbour authority said');
    expect(a.removed.map((r) => r.rule)).toContain(`${join(DIR, 'courier-text.yaml')}#1 endAt ^From the archive:`);
  });

  it('titleLine takes the first matching line and removes it from the body', async () => {
    const story = `Lakeside Courier\n\n${STORY.split('\n').slice(2).join('\n')}`.replace('The small ferry', 'FERRY BACK: The small ferry');
    const a = await extract(story, { inputFormat: 'text', rules: set('rules:\n  - { id: t, titleLine: "^Lakeside (Courier)$", reason: r }\n') });
    expect(a.title).toBe('Courier');
  });

  it('text rules follow the scope too', async () => {
    const rules = set('rules:\n  - { id: t, hosts: [other.example], dropLines: ["^>> Tip"], reason: r }\n');
    expect(body(await extract(STORY, { inputFormat: 'text', url: URL_, rules }))).toContain('Tip from the desk');
    expect(body(await extract(STORY, { inputFormat: 'text', url: 'https://other.example/a', rules }))).not.toContain('Tip from the desk');
  });
});

describe('site rules: mistakes are usage errors naming the file, the line and the problem', () => {
  it('an unknown key, at its line', () => {
    expect(problem('rules:\n  - id: a\n    reason: r\n    remvoe: [".x"]\n')).toMatch(/^site\.yaml:4: rules\[0\]\.remvoe: unknown key "remvoe" \(allowed: id, reason/);
  });
  it('a bad selector, a bad pattern, a pattern that could take exponential time', () => {
    expect(problem('rules:\n  - id: a\n    reason: r\n    remove: [".ok", ".x["]\n')).toMatch(/^site\.yaml:4: rules\[0\]\.remove\[1\]: "\.x\[" is not a valid CSS selector/);
    expect(problem('rules:\n  - id: a\n    reason: r\n\n    dropLines:\n      - "(x"\n')).toMatch(/^site\.yaml:6: rules\[0\]\.dropLines\[0\]: "\(x" is not a valid pattern/);
    expect(problem('rules:\n  - id: a\n    reason: r\n    endAt: ["^(a+)+$"]\n')).toMatch(/^site\.yaml:4: .*could take exponential time/);
    expect(problem('rules:\n  - id: a\n    reason: r\n    endAt: ["^(\\\\w|\\\\d)*\\\\1$"]\n')).toMatch(/not a valid pattern in RE2 syntax/);
  });
  it('a missing reason, a duplicate id, a bad host, and JSON with its line', () => {
    expect(problem('rules:\n  - id: a\n')).toMatch(/^site\.yaml:2: rules\[0\]: missing "reason"/);
    expect(problem('rules:\n  - { id: a, reason: r }\n  - { id: a, reason: r }\n')).toMatch(/^site\.yaml:3: rules\[1\]\.id: id "a" is used twice/);
    expect(problem('{\n  "rules": [\n    { "id": "a", "reason": "r",\n      "hosts": ["not a host"] }\n  ]\n}\n', 'site.json')).toMatch(/^site\.json:4: rules\[0\]\.hosts\[0\]: "not a host" is not a host name/);
  });
  it('a selector or pattern with a control character (it would reach the terminal through --explain)', () => {
    expect(problem('rules:\n  - { id: a, reason: r, remove: [".a\\e[31m"] }\n')).toMatch(/^site\.yaml:2: rules\[0\]\.remove\[0\]: contains a control character$/);
  });
  it('the library throws the same error for a bad rule set given as data', async () => {
    const err = await extract(PAGE, { rules: { rules: [{ id: 'a', reason: 'r', remove: ['.x['] }] } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuleFileError);
    expect((err as Error).message).toMatch(/^rules\[0\]: rules\[0\]\.remove\[0\]: "\.x\[" is not a valid CSS selector/);
  });
});

describe('site rules: hostile files are refused or bounded', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ae-rules-'));

  it('a YAML alias bomb is refused without expanding it', () => {
    let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (const name of 'bcdefghijk') {
      yaml += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = name;
    }
    yaml += `rules: *${prev}\n`;
    const t = Date.now();
    expect(problem(yaml)).toMatch(/^site\.yaml: refused: Excessive alias count/);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a huge file is refused unread', () => {
    const path = join(tmp, 'huge.yaml');
    writeFileSync(path, `rules: []\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(() => loadRuleFile(path)).toThrow(/huge\.yaml: refused: \d+ bytes, larger than the limit/);
  });

  it('selectors that match the whole page are refused; one that matches every element is bounded by the no-content error', async () => {
    expect(problem('rules:\n  - { id: a, reason: r, remove: ["*"] }\n')).toMatch(/"\*" matches the whole page/);
    expect(problem('rules:\n  - { id: a, reason: r, remove: ["html, .ad"] }\n')).toMatch(/matches the whole page/);
    expect(problem('rules:\n  - { id: a, reason: r, content: "head" }\n')).toMatch(/matches the whole document/);
    expect(problem('rules:\n  - { id: a, reason: r, keep: [":has(:has(:has(p)))"] }\n')).toMatch(/more than 2 :has\(\)/);
    const t = Date.now();
    const err = await extract(PAGE, { rules: set('rules:\n  - { id: a, reason: r, remove: ["body *"] }\n') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('NO_CONTENT');
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('patterns run on RE2: a long line against a pattern with polynomial backtracking stays fast', async () => {
    const line = 'a'.repeat(9000);
    const story = `${STORY}\n${line}!\n`;
    const rules = set('rules:\n  - { id: a, reason: r, dropLines: ["^.*a.*a.*a.*a.*b$"] }\n');
    const t = Date.now();
    await extract(story, { inputFormat: 'text', rules });
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe('the README', () => {
  it("its example rule file is valid and fixes the Courier's page and text dump", async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const yaml = /```yaml\n# courier\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeTruthy();
    const rules = set(yaml!, 'courier.yaml');
    expect(rules.rules.map((r) => r.id)).toEqual(['timetable-box', 'opinion-columnist', 'courier-text-dumps', 'print-copies']);
    const page = await extract(PAGE, { rules });
    expect(body(page)).not.toContain(WIDGET);
    const story = await extract(STORY, { inputFormat: 'text', url: URL_, rules });
    expect(story.authors).toEqual(['Marta Olsen']);
  });
});

describe('rules test: the diff', () => {
  it('shows removed and added lines with context', () => {
    expect(unifiedDiff(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e'])).toEqual(['@@ -1,4 +1,4 @@', ' a', '-b', ' c', ' d', '+e']);
    expect(unifiedDiff(['a'], ['a'])).toEqual([]);
  });
});

describe('site rules: selectors on attributes the pre-pass would drop', () => {
  it('with rules given, a data attribute no stage reads is still there for a rule to select', async () => {
    const promo = 'The old boathouse keeps a map of the footpaths around the water';
    const html = `<html><head><title>Pond life</title></head><body><article><h1>Pond life</h1>${'<p>The frogs in the village pond returned early this spring, and the newts followed a week later.</p>'.repeat(5)}<div data-slot="promo">${promo}</div>${'<p>Volunteers counted the spawn on three mornings and shared the figures with the parish.</p>'.repeat(3)}</article></body></html>`;
    const rules = set('rules:\n  - { id: promo, remove: ["[data-slot=promo]"], reason: r }\n');
    expect(body(await extract(html, { inputFormat: 'html' }))).toContain(promo);
    expect(body(await extract(html, { inputFormat: 'html', rules }))).not.toContain(promo);
  });
});
