/**
 * Golden fixtures: every fixtures/<area>--<slug>/ holds an input (input.txt or input.html) and
 * the expected Markdown and JSON. Each input goes through the library exactly as the CLI runs it
 * (bytes in, default options); the output must equal the expectation byte for byte, and the JSON
 * must satisfy the shipped schema.
 *
 * A missing expectation FAILS. `npm run fixtures:update` (UPDATE_GOLDEN=1) rewrites them from
 * the current output: review the diff before committing. `source.path` is the fixture's path
 * relative to the project root, so the expectations do not depend on the machine.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, renderJson, renderMarkdown, toJson, type Article } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Fixtures whose expectation was written by hand because the tool is wrong on them today; the
 * reason names the stage (and the helper) that must fix it. Their tests are marked `.fails`, so a
 * fix makes them fail loudly: then delete the entry. fixtures:update never overwrites these.
 */
const KNOWN_WRONG: Record<string, string> = {};

/**
 * Fixtures whose Markdown does not yet convert back to itself through the text path, with the
 * reason; their round-trip test is marked `.fails` (a fix makes it fail loudly: then delete the entry).
 */
const ROUND_TRIP_KNOWN_WRONG: Record<string, string> = {
  'html--links-figure-code': 'text path: a nested list is read back flattened, and an image-only line and the front matter image are dropped (issue 15 fixture; text-path stages)',
};

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('--'))
  .map((d) => d.name)
  .sort();

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function inputOf(name: string): string {
  const found = ['input.html', 'input.txt'].filter((f) => existsSync(join(FIXTURES, name, f)));
  if (found.length !== 1) throw new Error(`fixtures/${name}: needs exactly one of input.html, input.txt (found ${found.length})`);
  return found[0]!;
}

/** Compares with the expectation file, or (UPDATE_GOLDEN=1) writes it. */
function golden(name: string, file: string, actual: string): void {
  const path = join(FIXTURES, name, file);
  if (UPDATE) {
    if (KNOWN_WRONG[name]) return; // hand-written: the tool's output is known to be wrong here
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`fixtures/${name}/${file} is missing: run \`npm run fixtures:update\` and review the diff`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

it('has the fixtures the project promises', () => {
  for (const required of ['text--seed-shaped', 'text--hard-wrapped', 'text--by-line', 'html--table-list-quote', 'html--windows-1252-meta-charset', 'html--http-equiv-latin1', 'html--shift-jis', 'html--gbk', 'text--utf8-bom', 'text--windows-1252', 'text--outlet-byline']) {
    expect(cases).toContain(required);
  }
});

for (const name of cases) {
  describe(name, () => {
    const input = inputOf(name);
    const knownWrong = !UPDATE && KNOWN_WRONG[name];
    let article: Article;
    beforeAll(async () => {
      const bytes = readFileSync(join(FIXTURES, name, input));
      article = await extract(bytes, { path: `fixtures/${name}/${input}` });
    });

    (knownWrong ? it.fails : it)('Markdown equals expected.md', () => {
      golden(name, 'expected.md', renderMarkdown(article, { frontMatter: true }));
    });

    (knownWrong ? it.fails : it)('JSON equals expected.json', () => {
      golden(name, 'expected.json', renderJson(article));
    });

    it('JSON satisfies schema/article.schema.json', () => {
      const ok = validate(toJson(article));
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    });

    it('every quote points at its words in text', () => {
      const json = toJson(article);
      for (const q of json.quotes) expect(json.text.slice(q.start, q.end)).toBe(q.text);
    });

    if (!UPDATE) {
      (ROUND_TRIP_KNOWN_WRONG[name] ? it.fails : it)('its Markdown converts back to itself (front matter and Markdown read as such)', async () => {
        const md = readFileSync(join(FIXTURES, name, 'expected.md'), 'utf8');
        const again = await extract(md, { path: `fixtures/${name}/expected.md` });
        const withoutSource = (s: string) => s.replace(/^source: .*\n/m, '');
        expect(withoutSource(renderMarkdown(again, { frontMatter: true }))).toBe(withoutSource(md));
      });

      it('has both expectation files, and expected.json is itself valid against the schema', () => {
        // Checked apart from the comparisons, which may be marked .fails (KNOWN_WRONG).
        for (const f of ['expected.md', 'expected.json']) expect(existsSync(join(FIXTURES, name, f)), `fixtures/${name}/${f} is missing`).toBe(true);
        const path = join(FIXTURES, name, 'expected.json');
        expect(validate(JSON.parse(readFileSync(path, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
      });
    }
  });
}
