/**
 * Rule files: read (size-limited), parsed as YAML or JSON with the `yaml` package (JSON is YAML
 * 1.2, so one parser gives line numbers for both; its alias limit stops "billion laughs"
 * files), then checked (check.ts). A mistake is one RuleFileError line naming the file, the line
 * and the problem: a usage error, raised before any document is converted.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { RuleFileError } from './errors.js';
import { cleanName } from '../sanitise.js';
import { checkRuleSet, pathLabel, type ValuePath } from './check.js';
import type { CompiledRule, RuleSet } from './types.js';

/** Largest rule file read: 1 MiB, hundreds of times a real site's rules. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/**
 * Most alias expansions while a file is turned into data (the `yaml` package's default is 100):
 * a file of aliases of aliases ("billion laughs") is refused instead of filling memory.
 */
const MAX_ALIAS_COUNT = 100;

export { RuleFileError };

/** A rule file read and checked: its data, for workers, and the compiled rules. */
export interface LoadedRules {
  set: RuleSet;
  rules: CompiledRule[];
}

/** The line (from 1) of the value at `path`, or of its nearest ancestor the file has. */
function lineOf(doc: Document, counter: LineCounter, path: ValuePath): number | null {
  for (let n = path.length; n >= 0; n--) {
    const parent = n > 0 ? doc.getIn(path.slice(0, n - 1), true) : null;
    // An unknown key points at the key itself (it has no value node the schema knows).
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
      const node = pair && isScalar(pair.key) ? pair.key : null;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/** Parses and checks a rule file's text; `name` is how messages and --explain name the file. */
export function parseRules(text: string, name: string): LoadedRules {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true, strict: true });
  const where = (line: number | null) => `${name}${line ? `:${line}` : ''}`;
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? null;
    throw new RuleFileError(`${where(line)}: not valid YAML or JSON (${yamlError.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '')})`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new RuleFileError(`${name}: refused: ${String((err as Error)?.message ?? err).split('\n', 1)[0]}`);
  }
  const checked = checkRuleSet(data, name);
  if ('path' in checked) {
    const label = pathLabel(checked.path);
    const message = checked.message.startsWith(label) ? checked.message : `${label ? `${label}: ` : ''}${checked.message}`;
    throw new RuleFileError(`${where(lineOf(doc, counter, checked.path))}: ${message}`);
  }
  return { set: { ...(data as RuleSet), source: name }, rules: checked.rules };
}

/** Reads and checks a rule file. */
export function loadRuleFile(path: string): LoadedRules {
  const name = cleanName(path);
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new RuleFileError(`${name}: is a folder, not a rule file`);
    if (st.size > MAX_RULE_FILE_BYTES) throw new RuleFileError(`${name}: refused: ${st.size} bytes, larger than the limit of ${MAX_RULE_FILE_BYTES} for a rule file`);
    const bytes = readFileSync(path);
    if (bytes.length > MAX_RULE_FILE_BYTES) throw new RuleFileError(`${name}: refused: larger than the limit of ${MAX_RULE_FILE_BYTES} bytes for a rule file`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof RuleFileError) throw err;
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new RuleFileError(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : err instanceof TypeError ? 'not UTF-8 text' : `cannot read (${code ?? (err as Error)?.message})`}`);
  }
  return parseRules(text, name);
}

/** Reads and checks every file, in order; the first mistake stops the run. */
export function loadRuleFiles(paths: readonly string[]): RuleSet[] {
  return paths.map((p) => loadRuleFile(p).set);
}
