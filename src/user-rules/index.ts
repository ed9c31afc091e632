/**
 * Site rules (README "Site rules"): rule files read and checked (load.ts, check.ts), chosen
 * per document (scope.ts), applied on the HTML path (html.ts) and the text path (text.ts).
 */
export { RuleFileError, loadRuleFile, loadRuleFiles, parseRules, MAX_RULE_FILE_BYTES } from './load.js';
export { compileRuleSets, rulesFor, hostMatches } from './scope.js';
export { HtmlRules } from './html.js';
export { isKept, KEEP_ATTRIBUTE } from './keep.js';
export { applyTextRules } from './text.js';
export type { RuleSet, UserRule, Pick } from './types.js';
export { USER_STAGE, CHOSE_STAGE } from './types.js';
