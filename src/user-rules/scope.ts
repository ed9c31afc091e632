/**
 * Which rules apply to a document: a rule without hosts and urls applies everywhere; a scoped
 * rule applies when one of the document's addresses (--url, the canonical URL, a WARC or NDJSON
 * record's URL) matches its hosts (and its url globs, when it has both).
 * Rule sets given as data (the library, worker threads) are compiled once per thread.
 */
import { RuleFileError } from './errors.js';
import { checkRuleSet, pathLabel } from './check.js';
import type { CompiledRule, RuleSet } from './types.js';

/** Compiled rule sets kept per thread (a batch passes the same sets with every document). */
const CACHE_SIZE = 8;
const cache = new Map<string, CompiledRule[]>();
/** The same list object again (the library in one thread): no key to build. */
const byIdentity = new WeakMap<object, CompiledRule[]>();

/** Checks and compiles rule sets, in order (a bad set throws RuleFileError). */
export function compileRuleSets(sets: RuleSet | readonly RuleSet[]): CompiledRule[] {
  const same = byIdentity.get(sets);
  if (same) return same;
  const list = Array.isArray(sets) ? (sets as readonly RuleSet[]) : [sets as RuleSet];
  const key = JSON.stringify(list);
  const hit = cache.get(key);
  if (hit) {
    byIdentity.set(sets, hit);
    return hit;
  }
  const out: CompiledRule[] = [];
  list.forEach((set, i) => {
    const source = set.source ?? `rules[${i}]`;
    const { source: _s, ...data } = set;
    const checked = checkRuleSet(data, source);
    if ('path' in checked) throw new RuleFileError(`${source}: ${pathLabel(checked.path)}: ${checked.message}`);
    out.push(...checked.rules);
  });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  byIdentity.set(sets, out);
  return out;
}

/** The host and whole address of a URL, or null when it is not one. */
function address(url: string | null | undefined): { host: string; href: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return { host: u.hostname.toLowerCase().replace(/\.$/, ''), href: u.href };
  } catch {
    return null;
  }
}

/** 'example.com' matches example.com and www.example.com; '*.example.com' any subdomain (not example.com itself). */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return host === pattern || host === `www.${pattern}`;
}

/** The rules that apply to a document with these addresses, in their order. */
export function rulesFor(rules: readonly CompiledRule[], urls: ReadonlyArray<string | null | undefined>): CompiledRule[] {
  const addresses = urls.map(address).filter((a): a is { host: string; href: string } => a !== null);
  return rules.filter((r) => {
    if (!r.scope) return true;
    const { hosts, urls: globs } = r.scope;
    return addresses.some((a) => (!hosts.length || hosts.some((h) => hostMatches(h, a.host))) && (!globs || globs(a.href)));
  });
}
