/**
 * The JSON contract: schema/article.schema.json (JSON Schema 2020-12) accepts every JSON output
 * (each golden fixture through the CLI in json and ndjson, batch error lines excepted) and
 * rejects broken objects.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'article-extract.js');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const fixtureInputs = readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('--'))
  .map((d) => {
    const file = readdirSync(join(ROOT, 'fixtures', d.name)).find((f) => f.startsWith('input.'));
    return join('fixtures', d.name, file!);
  })
  .sort();

function errorsOf(value: unknown): string {
  validate(value);
  return ajv.errorsText(validate.errors);
}

describe('the schema file', () => {
  it('is a valid JSON Schema 2020-12 document', () => {
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('CLI outputs validate', () => {
  it('--format json for every fixture', () => {
    expect(fixtureInputs.length).toBeGreaterThanOrEqual(10);
    for (const input of fixtureInputs) {
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', input], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, `${input}: ${r.stderr}`).toBe(0);
      const value = JSON.parse(r.stdout);
      expect(validate(value), `${input}: ${errorsOf(value)}`).toBe(true);
    }
  });

  it('--format ndjson over all fixtures at once: every line validates, in input order', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'ndjson', '-j', '2', ...fixtureInputs], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.source.path)).toEqual(fixtureInputs);
    for (const value of out) expect(validate(value), errorsOf(value)).toBe(true);
  });

  it('standard input and --url outputs validate', () => {
    const input = readFileSync(join(ROOT, 'fixtures', 'html--table-list-quote', 'input.html'));
    const r = spawnSync(process.execPath, [CLI, '-f', 'json', '--url', 'https://gazette.example/x', '-'], { cwd: ROOT, input, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const value = JSON.parse(r.stdout);
    expect(value.source.path).toBe('-');
    expect(validate(value), errorsOf(value)).toBe(true);
  });
});

describe('broken objects are rejected', () => {
  const good = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'text--seed-shaped', 'expected.json'), 'utf8'));
  const broken: Array<[string, (o: Record<string, unknown>) => void]> = [
    ['an empty-string title (missing must be null)', (o) => (o.title = '')],
    ['an empty-string description', (o) => (o.description = '')],
    ['a missing field', (o) => delete o.wordCount],
    ['an unknown field', (o) => (o.extra = 1)],
    ['another schema version', (o) => (o.schemaVersion = 2)],
    ['authors as a string', (o) => (o.authors = 'Maria Lindqvist')],
    ['an empty author name', (o) => (o.authors = [''])],
    ['a date that is not ISO 8601', (o) => (o.published = 'March 4, 2024')],
    ['a date-time without seconds', (o) => (o.published = '2024-03-04T10:00')],
    ['an unknown source format', (o) => ((o.source as Record<string, unknown>).format = 'pdf')],
    ['a source without encoding', (o) => delete (o.source as Record<string, unknown>).encoding],
    ['a quote without speaker', (o) => delete (o.quotes as Record<string, unknown>[])[0]!.speaker],
    ['a negative quote offset', (o) => ((o.quotes as Record<string, unknown>[])[0]!.start = -1)],
    ['a fractional word count', (o) => (o.wordCount = 1.5)],
  ];

  it('the unbroken object validates', () => {
    expect(validate(good), errorsOf(good)).toBe(true);
  });

  it.each(broken)('%s', (_what, breakIt) => {
    const o = structuredClone(good);
    breakIt(o);
    expect(validate(o)).toBe(false);
  });

  it('accepts null where a value is unknown, and dates with and without a time', () => {
    for (const published of [null, '2024-03-04', '2024-03-04T10:00:00Z', '2024-03-04T10:00:00+01:00']) {
      const o = { ...structuredClone(good), published, title: null, lang: null, quotes: [] };
      expect(validate(o), `${published}: ${errorsOf(o)}`).toBe(true);
    }
  });
});
