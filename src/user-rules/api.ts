/**
 * The library's entry points to rule files: thin async wrappers, so importing the library does
 * not load the checker (ajv, RE2, a DOM for selector checks) until rules are used.
 */
import type { RuleSet } from './types.js';

/** Reads and checks a rule file (YAML or JSON); throws RuleFileError naming the file, line and problem. */
export async function loadRules(path: string): Promise<RuleSet> {
  return (await import('./load.js')).loadRuleFile(path).set;
}

/** Parses and checks a rule file's text; `name` is how errors and --explain name it. */
export async function parseRules(text: string, name = 'rules'): Promise<RuleSet> {
  return (await import('./load.js')).parseRules(text, name).set;
}
