import {
  MAX_RULE_FILE_BYTES,
  RuleFileError,
  loadRuleFile,
  loadRuleFiles,
  parseRules
} from "./chunk-Y77LF5DM.js";
import "./chunk-BLY5CGHA.js";
import "./chunk-5WVJ2EEO.js";
import "./chunk-ZA5YYWVB.js";
export {
  MAX_RULE_FILE_BYTES,
  RuleFileError,
  loadRuleFile,
  loadRuleFiles,
  parseRules
};
