import {
  renderText
} from "./chunk-NTKKPD2S.js";
import {
  extract
} from "./chunk-XNDJVHGI.js";
import "./chunk-IYCBOZJ3.js";
import {
  readInput
} from "./chunk-6MMM5J6Q.js";
import "./chunk-OT65QENL.js";
import "./chunk-GPVHPBCS.js";
import "./chunk-GUANEAVC.js";
import "./chunk-HWIERG6U.js";
import "./chunk-2ELLDX6N.js";
import {
  loadRuleFile
} from "./chunk-Y77LF5DM.js";
import {
  CHOSE_STAGE,
  USER_STAGE
} from "./chunk-BLY5CGHA.js";
import {
  cleanName,
  stripControls
} from "./chunk-5WVJ2EEO.js";
import {
  ExtractError,
  UsageError
} from "./chunk-ZA5YYWVB.js";
import "./chunk-45DHUUIA.js";
import "./chunk-DJWOFNSH.js";

// dist/user-rules/command.js
import { Command, CommanderError } from "commander";
var CONTEXT_LINES = 2;
var MAX_DIFF_CELLS = 4e6;
function diffLines(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start])
    start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops = [];
  for (let i = 0; i < start; i++)
    ops.push({ op: " ", line: a[i], a: i, b: i });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_DIFF_CELLS) {
    for (let i = start; i < endA; i++)
      ops.push({ op: "-", line: a[i], a: i, b: start });
    for (let j = start; j < endB; j++)
      ops.push({ op: "+", line: b[j], a: endA, b: j });
  } else {
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i2 = n - 1; i2 >= 0; i2--) {
      for (let j2 = m - 1; j2 >= 0; j2--) {
        lcs[i2][j2] = a[start + i2] === b[start + j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        ops.push({ op: " ", line: a[start + i], a: start + i, b: start + j });
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        ops.push({ op: "+", line: b[start + j], a: start + i, b: start + j });
        j++;
      } else {
        ops.push({ op: "-", line: a[start + i], a: start + i, b: start + j });
        i++;
      }
    }
  }
  for (let i = endA, j = endB; i < a.length; i++, j++)
    ops.push({ op: " ", line: a[i], a: i, b: j });
  return ops;
}
function unifiedDiff(a, b) {
  const ops = diffLines(a, b);
  const out = [];
  const changed = ops.map((o, k2) => o.op !== " " ? k2 : -1).filter((k2) => k2 >= 0);
  let k = 0;
  while (k < changed.length) {
    const first = Math.max(0, changed[k] - CONTEXT_LINES);
    let last = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - last <= 2 * CONTEXT_LINES + 1)
      last = changed[++k];
    k++;
    const end = Math.min(ops.length - 1, last + CONTEXT_LINES);
    const hunk = ops.slice(first, end + 1);
    const lenA = hunk.filter((o) => o.op !== "+").length;
    const lenB = hunk.filter((o) => o.op !== "-").length;
    out.push(`@@ -${hunk[0].a + 1},${lenA} +${hunk[0].b + 1},${lenB} @@`);
    for (const o of hunk)
      out.push(`${o.op}${o.line}`);
  }
  return out;
}
var METADATA = ["title", "byline", "authors", "published", "image"];
var show = (v) => Array.isArray(v) ? v.join("; ") || "(none)" : v == null ? "(none)" : String(v);
var oneLine = (s) => stripControls(s).replace(/\s+/g, " ");
function report(page, rulesName, before, after) {
  const out = [`--- ${page} (without rules)`, `+++ ${page} (with ${rulesName})`];
  for (const key of METADATA) {
    if (show(before[key]) !== show(after[key]))
      out.push(`~ ${key}: ${oneLine(show(before[key]))} -> ${oneLine(show(after[key]))}`);
  }
  for (const r of after.removed) {
    if (r.stage === USER_STAGE || r.stage === CHOSE_STAGE)
      out.push(`# ${r.stage === CHOSE_STAGE ? "chose" : "drop"} ${r.rule}: ${oneLine(r.text).slice(0, 100)}`);
  }
  const diff = unifiedDiff(renderText(before).split("\n"), renderText(after).split("\n"));
  out.push(...diff.length ? diff.map(stripControls) : ["(the text is the same)"]);
  return out;
}
async function runRulesCommand(argv, io) {
  let code = 0;
  const program = new Command("article-extract rules").description("check site rule files, and show their effect on pages").exitOverride().configureOutput({ writeErr: (s) => io.fail(s.replace(/^error: /, "").trimEnd()), writeOut: (s) => io.out(s) });
  program.command("check").description("check rule files: exit 0 when every file is valid, 2 with the file, line and problem otherwise").argument("<files...>", "rule files (YAML or JSON)").action((files) => {
    for (const f of files) {
      const loaded = loadRuleFile(f);
      io.out(`${cleanName(f)}: ${loaded.rules.length} rule${loaded.rules.length === 1 ? "" : "s"}, valid
`);
    }
  });
  program.command("test").description("show what a rule file changes on pages: a diff of the text before and after, and the metadata that changed").argument("<file>", "rule file (YAML or JSON)").argument("<pages...>", "pages (HTML or text)").option("--url <url>", "the pages' address, to which scoped rules are matched").option("--input-format <kind>", "auto, html or text", "auto").action(async (file, pages, opts) => {
    if (opts.url) {
      try {
        new URL(opts.url);
      } catch {
        throw new UsageError(`--url: "${opts.url}" is not an absolute URL`);
      }
    }
    const { set } = loadRuleFile(file);
    for (const page of pages) {
      try {
        const input = await readInput(page);
        const base = { path: page, inputFormat: opts.inputFormat, url: opts.url ?? null };
        const before = await extract(input, base);
        const after = await extract(input, { ...base, rules: set });
        io.out(report(cleanName(page), cleanName(file), before, after).join("\n") + "\n");
      } catch (err) {
        if (!(err instanceof ExtractError))
          throw err;
        io.fail(err.message);
        code = 1;
      }
    }
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError)
      return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.fail(err.message);
      return 2;
    }
    throw err;
  }
  return code;
}
export {
  diffLines,
  runRulesCommand,
  unifiedDiff
};
