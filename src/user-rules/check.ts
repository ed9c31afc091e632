/**
 * Checks a rule set and compiles it: the JSON Schema (schema/rules.schema.json, validated with
 * ajv), then what a schema cannot say: every selector is tried on a tiny document, every line
 * pattern is compiled by RE2 (linear-time matching) and refused when it nests repetitions (the
 * shape that takes exponential time in a backtracking engine), every URL glob is compiled.
 * A problem carries the path of the value at fault, so a file's loader can name its line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom/worker'; // the build the HTML path loads (html/dom.ts), as published: checking selectors on one tiny page needs no lazy listener maps
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import safeRegex from 'safe-regex2';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PICK_KEYS, type CompiledRule, type LineMatcher, type Pick, type RuleSet, type UserRule } from './types.js';
import { packageFile } from '../package-files.js';

export type ValuePath = ReadonlyArray<string | number>;

export interface Problem {
  path: ValuePath;
  message: string;
}

/** The shipped schema, read once. */
const SCHEMA_URL = packageFile('schema/rules.schema.json');
/**
 * Most repetitions (`*`, `+`, `{n,m}`) in one pattern: safe-regex2's default, far above what a
 * line pattern needs; nested repetitions (star height above 1) are refused whatever the count.
 */
const MAX_REPETITIONS = 25;
/** Most selectors in one rule set: each is one search of every page a rule applies to (a site needs tens). */
const MAX_SELECTORS = 2000;
/** Most line patterns in one rule set. */
const MAX_PATTERNS = 2000;
/** Longest URL matched against a rule's globs (longer ones are cut): bounds the glob matcher's work. */
export const MAX_URL_CHARS = 2048;

let validator: ValidateFunction | null = null;
function validate(): ValidateFunction {
  if (validator) return validator;
  // ajv is CommonJS; createRequire avoids the default-export interop question under NodeNext.
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')));
  return validator;
}

const ALLOWED_KEYS = ['id', 'reason', 'hosts', 'urls', 'content', 'remove', 'keep', ...PICK_KEYS, 'dropLines', 'endAt', 'titleLine', 'bylineLine'];

/** A path as people read it: rules[2].remove[0]. */
export function pathLabel(path: ValuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const fromPointer = (pointer: string): Array<string | number> =>
  pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The most useful of ajv's errors: the deepest one (a oneOf also reports each branch). */
function schemaProblem(errors: readonly ErrorObject[], data: unknown): Problem {
  const sorted = [...errors].sort((a, b) => fromPointer(b.instancePath).length - fromPointer(a.instancePath).length || (a.keyword === 'additionalProperties' ? -1 : 0));
  const e = sorted.find((x) => x.keyword === 'additionalProperties') ?? sorted[0]!;
  const path = fromPointer(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const isRule = path.length === 2 && path[0] === 'rules';
    return { path: [...path, key], message: `unknown key "${key}"${isRule ? ` (allowed: ${ALLOWED_KEYS.join(', ')})` : ''}` };
  }
  if (e.keyword === 'pattern' && path[2] === 'hosts') return { path, message: `"${pathValue(data, path)}" is not a host name ('example.com' or '*.example.com')` };
  if (e.keyword === 'pattern' && path[2] === 'id') return { path, message: `id "${pathValue(data, path)}" must be letters, digits, '.', '_' or '-' (at most 80)` };
  if (e.keyword === 'pattern' && (e.params as { pattern: string }).pattern.startsWith('^[^\\u0000')) return { path, message: 'contains a control character' };
  if (e.keyword === 'required') return { path, message: `missing "${(e.params as { missingProperty: string }).missingProperty}"` };
  if (e.keyword === 'oneOf' || (e.keyword === 'type' && path.length === 3 && (PICK_KEYS as readonly string[]).includes(String(path[2])))) {
    return { path, message: 'must be a selector, or { selector, attribute }' };
  }
  return { path, message: `${pathLabel(path) || 'the file'} ${e.message ?? 'is not valid'}` };
}

/** The value at a path of the data (for messages). */
function pathValue(data: unknown, path: ValuePath): string {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return String(v);
}

/**
 * Most `:has()` in one selector: each one searches below every element it is tried on, so
 * nested ones multiply the work on a large page (one or two are what a site rule needs).
 */
const MAX_HAS = 2;

/** A tiny page every selector is tried on; a selector matching its root elements would match everything. */
let tinyDoc: Document | null = null;
function tiny(): Document {
  tinyDoc ??= parseHTML('<!doctype html><html><head><title>t</title></head><body><main><article><h1>t</h1><p>x <a href="/">y</a></p></article></main></body></html>').document as unknown as Document;
  return tinyDoc;
}

function selectorProblem(selector: string, path: ValuePath, wholePage: boolean): Problem | null {
  if ((selector.match(/:has\(/gi)?.length ?? 0) > MAX_HAS) return { path, message: `"${selector}" has more than ${MAX_HAS} :has(), which can take very long on a large page` };
  let matches: Element[];
  try {
    matches = [...tiny().querySelectorAll(selector)];
  } catch (err) {
    return { path, message: `"${selector}" is not a valid CSS selector (${String((err as Error)?.message ?? err).split('\n', 1)[0]})` };
  }
  if (wholePage && matches.some((el) => el.tagName === 'HTML' || el.tagName === 'HEAD' || el.tagName === 'BODY')) {
    return { path, message: `"${selector}" matches the whole page (html, head or body)` };
  }
  return null;
}

/** Inline flags RE2 accepts at a pattern's start ("(?i)"), left out for the JavaScript-syntax check. */
const LEADING_FLAGS = /^\(\?[imsU]+\)/;

/** A line pattern: RE2 syntax, matched anywhere in the trimmed line (anchor with ^…$). */
export function compilePattern(source: string): LineMatcher | string {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (err) {
    return `"${source}" is not a valid pattern in RE2 syntax (${String((err as Error)?.message ?? err).replace(/^error parsing regexp: /, '')}; RE2 has no look-around or back-references)`;
  }
  // The static check reads JavaScript syntax; RE2-only syntax it cannot read still runs in linear time.
  let js: RegExp | null = null;
  try {
    js = new RegExp(source.replace(LEADING_FLAGS, ''), 'u');
  } catch {
    js = null;
  }
  if (js && !safeRegex(js, { limit: MAX_REPETITIONS })) {
    return `"${source}" could take exponential time (a repetition inside a repetition, as in (a+)+, or more than ${MAX_REPETITIONS} repetitions)`;
  }
  const groups = re.groupCount();
  return {
    source,
    test: (line: string) => re.test(line),
    value: (line: string) => {
      const m = re.matcher(line);
      if (!m.find()) return null;
      return (groups > 0 ? m.group(1) : null) ?? line;
    },
  };
}

function globProblem(glob: string, path: ValuePath): { match: (url: string) => boolean } | Problem {
  let re: RegExp;
  try {
    re = picomatch.makeRe(glob, { dot: true });
  } catch (err) {
    return { path, message: `"${glob}" is not a valid URL glob (${(err as Error)?.message})` };
  }
  if (!safeRegex(re)) return { path, message: `"${glob}" could take exponential time to match; simplify the glob` };
  return { match: (url: string) => re.test(url.slice(0, MAX_URL_CHARS)) };
}

const pickOf = (v: string | Pick): Pick => (typeof v === 'string' ? { selector: v } : v);

/** Checks one entry and compiles it, or returns its first problem. */
function compileRule(rule: UserRule, index: number, label: string): CompiledRule | Problem {
  const at = (...p: Array<string | number>): ValuePath => ['rules', index, ...p];
  for (const [key, list, whole] of [['remove', rule.remove, true], ['keep', rule.keep, false]] as const) {
    for (const [i, s] of (list ?? []).entries()) {
      const p = selectorProblem(s, at(key, i), whole);
      if (p) return p;
    }
  }
  if (rule.content) {
    const p = selectorProblem(rule.content, at('content'), false);
    if (p) return p;
    if ([...tiny().querySelectorAll(rule.content)].some((el) => el.tagName === 'HTML' || el.tagName === 'HEAD')) {
      return { path: at('content'), message: `"${rule.content}" matches the whole document, not an element of the page` };
    }
  }
  const picks: CompiledRule['picks'] = {};
  for (const key of PICK_KEYS) {
    const v = rule[key];
    if (v === undefined) continue;
    const pick = pickOf(v);
    const p = selectorProblem(pick.selector, typeof v === 'string' ? at(key) : at(key, 'selector'), false);
    if (p) return p;
    picks[key] = pick;
  }
  const patterns = (key: 'dropLines' | 'endAt'): LineMatcher[] | Problem => {
    const out: LineMatcher[] = [];
    for (const [i, s] of (rule[key] ?? []).entries()) {
      const m = compilePattern(s);
      if (typeof m === 'string') return { path: at(key, i), message: m };
      out.push(m);
    }
    return out;
  };
  const dropLines = patterns('dropLines');
  if (!Array.isArray(dropLines)) return dropLines;
  const endAt = patterns('endAt');
  if (!Array.isArray(endAt)) return endAt;
  const single: Partial<Record<'titleLine' | 'bylineLine', LineMatcher>> = {};
  for (const key of ['titleLine', 'bylineLine'] as const) {
    const s = rule[key];
    if (s === undefined) continue;
    const m = compilePattern(s);
    if (typeof m === 'string') return { path: at(key), message: m };
    single[key] = m;
  }
  const globs: Array<(url: string) => boolean> = [];
  for (const [i, g] of (rule.urls ?? []).entries()) {
    const m = globProblem(g, at('urls', i));
    if ('path' in m) return m;
    globs.push(m.match);
  }
  const hosts = (rule.hosts ?? []).map((h) => h.toLowerCase().replace(/\.$/, ''));
  return {
    label,
    id: rule.id,
    scope: hosts.length || globs.length ? { hosts, urls: globs.length ? (url) => globs.some((g) => g(url)) : null } : null,
    ...(rule.content ? { content: rule.content } : {}),
    remove: rule.remove ?? [],
    keep: rule.keep ?? [],
    picks,
    dropLines,
    endAt,
    ...single,
  };
}

export type Checked = { rules: CompiledRule[] } | Problem;

/** Checks a rule set (parsed data) against the schema and the checks above, and compiles it. */
export function checkRuleSet(data: unknown, source: string): Checked {
  const v = validate();
  if (!v(data)) return schemaProblem(v.errors ?? [], data);
  const set = data as RuleSet;
  // Selectors and patterns a file may hold in all: each selector is a search of every page it applies to.
  let selectors = 0;
  let patterns = 0;
  for (const [i, rule] of set.rules.entries()) {
    selectors += (rule.remove?.length ?? 0) + (rule.keep?.length ?? 0) + (rule.content ? 1 : 0) + PICK_KEYS.filter((k) => rule[k] !== undefined).length;
    patterns += (rule.dropLines?.length ?? 0) + (rule.endAt?.length ?? 0) + (rule.titleLine ? 1 : 0) + (rule.bylineLine ? 1 : 0);
    if (selectors > MAX_SELECTORS) return { path: ['rules', i], message: `more than ${MAX_SELECTORS} selectors in one file` };
    if (patterns > MAX_PATTERNS) return { path: ['rules', i], message: `more than ${MAX_PATTERNS} patterns in one file` };
  }
  const ids = new Map<string, number>();
  const rules: CompiledRule[] = [];
  for (const [i, rule] of set.rules.entries()) {
    if (ids.has(rule.id)) return { path: ['rules', i, 'id'], message: `id "${rule.id}" is used twice (entries ${ids.get(rule.id)! + 1} and ${i + 1})` };
    ids.set(rule.id, i);
    const c = compileRule(rule, i, `${source}#${i + 1}`);
    if ('path' in c) return c;
    rules.push(c);
  }
  return { rules };
}
