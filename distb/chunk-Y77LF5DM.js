import {
  PICK_KEYS
} from "./chunk-BLY5CGHA.js";
import {
  cleanName
} from "./chunk-5WVJ2EEO.js";
import {
  UsageError
} from "./chunk-ZA5YYWVB.js";

// dist/user-rules/load.js
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";

// dist/user-rules/errors.js
var RuleFileError = class extends UsageError {
  kind = "rules";
};

// dist/user-rules/check.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseHTML } from "linkedom/worker";
import picomatch from "picomatch";
import { RE2JS } from "re2js";
import safeRegex from "safe-regex2";
var SCHEMA_URL = new URL("../../schema/rules.schema.json", import.meta.url);
var MAX_REPETITIONS = 25;
var MAX_SELECTORS = 2e3;
var MAX_PATTERNS = 2e3;
var MAX_URL_CHARS = 2048;
var validator = null;
function validate() {
  if (validator)
    return validator;
  const require2 = createRequire(import.meta.url);
  const { Ajv2020 } = require2("ajv/dist/2020");
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, "utf8")));
  return validator;
}
var ALLOWED_KEYS = ["id", "reason", "hosts", "urls", "content", "remove", "keep", ...PICK_KEYS, "dropLines", "endAt", "titleLine", "bylineLine"];
function pathLabel(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
var fromPointer = (pointer) => pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
function schemaProblem(errors, data) {
  const sorted = [...errors].sort((a, b) => fromPointer(b.instancePath).length - fromPointer(a.instancePath).length || (a.keyword === "additionalProperties" ? -1 : 0));
  const e = sorted.find((x) => x.keyword === "additionalProperties") ?? sorted[0];
  const path = fromPointer(e.instancePath);
  if (e.keyword === "additionalProperties") {
    const key = String(e.params.additionalProperty);
    const isRule = path.length === 2 && path[0] === "rules";
    return { path: [...path, key], message: `unknown key "${key}"${isRule ? ` (allowed: ${ALLOWED_KEYS.join(", ")})` : ""}` };
  }
  if (e.keyword === "pattern" && path[2] === "hosts")
    return { path, message: `"${pathValue(data, path)}" is not a host name ('example.com' or '*.example.com')` };
  if (e.keyword === "pattern" && path[2] === "id")
    return { path, message: `id "${pathValue(data, path)}" must be letters, digits, '.', '_' or '-' (at most 80)` };
  if (e.keyword === "pattern" && e.params.pattern.startsWith("^[^\\u0000"))
    return { path, message: "contains a control character" };
  if (e.keyword === "required")
    return { path, message: `missing "${e.params.missingProperty}"` };
  if (e.keyword === "oneOf" || e.keyword === "type" && path.length === 3 && PICK_KEYS.includes(String(path[2]))) {
    return { path, message: "must be a selector, or { selector, attribute }" };
  }
  return { path, message: `${pathLabel(path) || "the file"} ${e.message ?? "is not valid"}` };
}
function pathValue(data, path) {
  let v = data;
  for (const p of path)
    v = v && typeof v === "object" ? v[p] : void 0;
  return String(v);
}
var MAX_HAS = 2;
var tinyDoc = null;
function tiny() {
  tinyDoc ??= parseHTML('<!doctype html><html><head><title>t</title></head><body><main><article><h1>t</h1><p>x <a href="/">y</a></p></article></main></body></html>').document;
  return tinyDoc;
}
function selectorProblem(selector, path, wholePage) {
  if ((selector.match(/:has\(/gi)?.length ?? 0) > MAX_HAS)
    return { path, message: `"${selector}" has more than ${MAX_HAS} :has(), which can take very long on a large page` };
  let matches;
  try {
    matches = [...tiny().querySelectorAll(selector)];
  } catch (err) {
    return { path, message: `"${selector}" is not a valid CSS selector (${String(err?.message ?? err).split("\n", 1)[0]})` };
  }
  if (wholePage && matches.some((el) => el.tagName === "HTML" || el.tagName === "HEAD" || el.tagName === "BODY")) {
    return { path, message: `"${selector}" matches the whole page (html, head or body)` };
  }
  return null;
}
var LEADING_FLAGS = /^\(\?[imsU]+\)/;
function compilePattern(source) {
  let re;
  try {
    re = RE2JS.compile(source);
  } catch (err) {
    return `"${source}" is not a valid pattern in RE2 syntax (${String(err?.message ?? err).replace(/^error parsing regexp: /, "")}; RE2 has no look-around or back-references)`;
  }
  let js = null;
  try {
    js = new RegExp(source.replace(LEADING_FLAGS, ""), "u");
  } catch {
    js = null;
  }
  if (js && !safeRegex(js, { limit: MAX_REPETITIONS })) {
    return `"${source}" could take exponential time (a repetition inside a repetition, as in (a+)+, or more than ${MAX_REPETITIONS} repetitions)`;
  }
  const groups = re.groupCount();
  return {
    source,
    test: (line) => re.test(line),
    value: (line) => {
      const m = re.matcher(line);
      if (!m.find())
        return null;
      return (groups > 0 ? m.group(1) : null) ?? line;
    }
  };
}
function globProblem(glob, path) {
  let re;
  try {
    re = picomatch.makeRe(glob, { dot: true });
  } catch (err) {
    return { path, message: `"${glob}" is not a valid URL glob (${err?.message})` };
  }
  if (!safeRegex(re))
    return { path, message: `"${glob}" could take exponential time to match; simplify the glob` };
  return { match: (url) => re.test(url.slice(0, MAX_URL_CHARS)) };
}
var pickOf = (v) => typeof v === "string" ? { selector: v } : v;
function compileRule(rule, index, label) {
  const at = (...p) => ["rules", index, ...p];
  for (const [key, list, whole] of [["remove", rule.remove, true], ["keep", rule.keep, false]]) {
    for (const [i, s] of (list ?? []).entries()) {
      const p = selectorProblem(s, at(key, i), whole);
      if (p)
        return p;
    }
  }
  if (rule.content) {
    const p = selectorProblem(rule.content, at("content"), false);
    if (p)
      return p;
    if ([...tiny().querySelectorAll(rule.content)].some((el) => el.tagName === "HTML" || el.tagName === "HEAD")) {
      return { path: at("content"), message: `"${rule.content}" matches the whole document, not an element of the page` };
    }
  }
  const picks = {};
  for (const key of PICK_KEYS) {
    const v = rule[key];
    if (v === void 0)
      continue;
    const pick = pickOf(v);
    const p = selectorProblem(pick.selector, typeof v === "string" ? at(key) : at(key, "selector"), false);
    if (p)
      return p;
    picks[key] = pick;
  }
  const patterns = (key) => {
    const out = [];
    for (const [i, s] of (rule[key] ?? []).entries()) {
      const m = compilePattern(s);
      if (typeof m === "string")
        return { path: at(key, i), message: m };
      out.push(m);
    }
    return out;
  };
  const dropLines = patterns("dropLines");
  if (!Array.isArray(dropLines))
    return dropLines;
  const endAt = patterns("endAt");
  if (!Array.isArray(endAt))
    return endAt;
  const single = {};
  for (const key of ["titleLine", "bylineLine"]) {
    const s = rule[key];
    if (s === void 0)
      continue;
    const m = compilePattern(s);
    if (typeof m === "string")
      return { path: at(key), message: m };
    single[key] = m;
  }
  const globs = [];
  for (const [i, g] of (rule.urls ?? []).entries()) {
    const m = globProblem(g, at("urls", i));
    if ("path" in m)
      return m;
    globs.push(m.match);
  }
  const hosts = (rule.hosts ?? []).map((h) => h.toLowerCase().replace(/\.$/, ""));
  return {
    label,
    id: rule.id,
    scope: hosts.length || globs.length ? { hosts, urls: globs.length ? (url) => globs.some((g) => g(url)) : null } : null,
    ...rule.content ? { content: rule.content } : {},
    remove: rule.remove ?? [],
    keep: rule.keep ?? [],
    picks,
    dropLines,
    endAt,
    ...single
  };
}
function checkRuleSet(data, source) {
  const v = validate();
  if (!v(data))
    return schemaProblem(v.errors ?? [], data);
  const set = data;
  let selectors = 0;
  let patterns = 0;
  for (const [i, rule] of set.rules.entries()) {
    selectors += (rule.remove?.length ?? 0) + (rule.keep?.length ?? 0) + (rule.content ? 1 : 0) + PICK_KEYS.filter((k) => rule[k] !== void 0).length;
    patterns += (rule.dropLines?.length ?? 0) + (rule.endAt?.length ?? 0) + (rule.titleLine ? 1 : 0) + (rule.bylineLine ? 1 : 0);
    if (selectors > MAX_SELECTORS)
      return { path: ["rules", i], message: `more than ${MAX_SELECTORS} selectors in one file` };
    if (patterns > MAX_PATTERNS)
      return { path: ["rules", i], message: `more than ${MAX_PATTERNS} patterns in one file` };
  }
  const ids = /* @__PURE__ */ new Map();
  const rules = [];
  for (const [i, rule] of set.rules.entries()) {
    if (ids.has(rule.id))
      return { path: ["rules", i, "id"], message: `id "${rule.id}" is used twice (entries ${ids.get(rule.id) + 1} and ${i + 1})` };
    ids.set(rule.id, i);
    const c = compileRule(rule, i, `${source}#${i + 1}`);
    if ("path" in c)
      return c;
    rules.push(c);
  }
  return { rules };
}

// dist/user-rules/load.js
var MAX_RULE_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function lineOf(doc, counter, path) {
  for (let n = path.length; n >= 0; n--) {
    const parent = n > 0 ? doc.getIn(path.slice(0, n - 1), true) : null;
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
      const node2 = pair && isScalar(pair.key) ? pair.key : null;
      if (node2?.range)
        return counter.linePos(node2.range[0]).line;
    }
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && node.range)
      return counter.linePos(node.range[0]).line;
  }
  return null;
}
function parseRules(text, name) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true, strict: true });
  const where = (line) => `${name}${line ? `:${line}` : ""}`;
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? null;
    throw new RuleFileError(`${where(line)}: not valid YAML or JSON (${yamlError.message.split("\n", 1)[0].replace(/ at line \d+, column \d+:?$/, "")})`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new RuleFileError(`${name}: refused: ${String(err?.message ?? err).split("\n", 1)[0]}`);
  }
  const checked = checkRuleSet(data, name);
  if ("path" in checked) {
    const label = pathLabel(checked.path);
    const message = checked.message.startsWith(label) ? checked.message : `${label ? `${label}: ` : ""}${checked.message}`;
    throw new RuleFileError(`${where(lineOf(doc, counter, checked.path))}: ${message}`);
  }
  return { set: { ...data, source: name }, rules: checked.rules };
}
function loadRuleFile(path) {
  const name = cleanName(path);
  let text;
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new RuleFileError(`${name}: is a folder, not a rule file`);
    if (st.size > MAX_RULE_FILE_BYTES)
      throw new RuleFileError(`${name}: refused: ${st.size} bytes, larger than the limit of ${MAX_RULE_FILE_BYTES} for a rule file`);
    const bytes = readFileSync2(path);
    if (bytes.length > MAX_RULE_FILE_BYTES)
      throw new RuleFileError(`${name}: refused: larger than the limit of ${MAX_RULE_FILE_BYTES} bytes for a rule file`);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch (err) {
    if (err instanceof RuleFileError)
      throw err;
    const code = err?.code;
    throw new RuleFileError(`${name}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : err instanceof TypeError ? "not UTF-8 text" : `cannot read (${code ?? err?.message})`}`);
  }
  return parseRules(text, name);
}
function loadRuleFiles(paths) {
  return paths.map((p) => loadRuleFile(p).set);
}

export {
  RuleFileError,
  pathLabel,
  checkRuleSet,
  MAX_RULE_FILE_BYTES,
  parseRules,
  loadRuleFile,
  loadRuleFiles
};
