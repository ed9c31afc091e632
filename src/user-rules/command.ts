/**
 * `article-extract rules check FILE…` and `article-extract rules test FILE PAGE…`: check rule
 * files, and show what a rule set changes on pages (a line diff of the text output, the
 * metadata that changed, and each rule's removals and choices). Returns the exit code;
 * stdout carries the report, stderr the errors.
 */
import { Command, CommanderError } from 'commander';
import { ExtractError, UsageError } from '../errors.js';
import { readInput } from '../io/read.js';
import type { Article } from '../model.js';
import { extract } from '../pipeline.js';
import { renderText } from '../render/text.js';
import { cleanName, stripControls } from '../sanitise.js';
import { loadRuleFile } from './load.js';
import { CHOSE_STAGE, USER_STAGE } from './types.js';
import { SPACE_RUNS } from '../space.js';

export interface CommandIO {
  out: (s: string) => void;
  /** One error line (the caller adds the program's name). */
  fail: (line: string) => void;
}

/** Lines of context shown around each change. */
const CONTEXT_LINES = 2;
/** Largest changed middle (lines before x lines after) compared line by line; larger ones are shown as replaced whole. */
const MAX_DIFF_CELLS = 4_000_000;

type Op = { op: ' ' | '-' | '+'; line: string; a: number; b: number };

/** A line diff: common start and end, then a longest common subsequence over the middle. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: ' ', line: a[i]!, a: i, b: i });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_DIFF_CELLS) {
    for (let i = start; i < endA; i++) ops.push({ op: '-', line: a[i]!, a: i, b: start });
    for (let j = start; j < endB; j++) ops.push({ op: '+', line: b[j]!, a: endA, b: j });
  } else {
    // lcs[i][j]: longest common subsequence of a[start+i..endA) and b[start+j..endB)
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = a[start + i] === b[start + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        ops.push({ op: ' ', line: a[start + i]!, a: start + i, b: start + j });
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
        ops.push({ op: '+', line: b[start + j]!, a: start + i, b: start + j });
        j++;
      } else {
        ops.push({ op: '-', line: a[start + i]!, a: start + i, b: start + j });
        i++;
      }
    }
  }
  for (let i = endA, j = endB; i < a.length; i++, j++) ops.push({ op: ' ', line: a[i]!, a: i, b: j });
  return ops;
}

/** The changes with a little context, as unified-diff hunks. */
export function unifiedDiff(a: readonly string[], b: readonly string[]): string[] {
  const ops = diffLines(a, b);
  const out: string[] = [];
  const changed = ops.map((o, k) => (o.op !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const first = Math.max(0, changed[k]! - CONTEXT_LINES);
    let last = changed[k]!;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * CONTEXT_LINES + 1) last = changed[++k]!;
    k++;
    const end = Math.min(ops.length - 1, last + CONTEXT_LINES);
    const hunk = ops.slice(first, end + 1);
    const lenA = hunk.filter((o) => o.op !== '+').length;
    const lenB = hunk.filter((o) => o.op !== '-').length;
    out.push(`@@ -${hunk[0]!.a + 1},${lenA} +${hunk[0]!.b + 1},${lenB} @@`);
    for (const o of hunk) out.push(`${o.op}${o.line}`);
  }
  return out;
}

const METADATA = ['title', 'byline', 'authors', 'published', 'image'] as const;
const show = (v: unknown) => (Array.isArray(v) ? v.join('; ') || '(none)' : v == null ? '(none)' : String(v));
const oneLine = (s: string) => stripControls(s).replace(SPACE_RUNS, ' ');

function report(page: string, rulesName: string, before: Article, after: Article): string[] {
  const out = [`--- ${page} (without rules)`, `+++ ${page} (with ${rulesName})`];
  for (const key of METADATA) {
    if (show(before[key]) !== show(after[key])) out.push(`~ ${key}: ${oneLine(show(before[key]))} -> ${oneLine(show(after[key]))}`);
  }
  for (const r of after.removed) {
    if (r.stage === USER_STAGE || r.stage === CHOSE_STAGE) out.push(`# ${r.stage === CHOSE_STAGE ? 'chose' : 'drop'} ${r.rule}: ${oneLine(r.text).slice(0, 100)}`);
  }
  const diff = unifiedDiff(renderText(before).split('\n'), renderText(after).split('\n'));
  out.push(...(diff.length ? diff.map(stripControls) : ['(the text is the same)']));
  return out;
}

export async function runRulesCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  let code = 0;
  const program = new Command('article-extract rules')
    .description('check site rule files, and show their effect on pages')
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.fail(s.replace(/^error: /, '').trimEnd()), writeOut: (s) => io.out(s) });
  program
    .command('check')
    .description('check rule files: exit 0 when every file is valid, 2 with the file, line and problem otherwise')
    .argument('<files...>', 'rule files (YAML or JSON)')
    .action((files: string[]) => {
      for (const f of files) {
        const loaded = loadRuleFile(f);
        io.out(`${cleanName(f)}: ${loaded.rules.length} rule${loaded.rules.length === 1 ? '' : 's'}, valid\n`);
      }
    });
  program
    .command('test')
    .description('show what a rule file changes on pages: a diff of the text before and after, and the metadata that changed')
    .argument('<file>', 'rule file (YAML or JSON)')
    .argument('<pages...>', 'pages (HTML or text)')
    .option('--url <url>', "the pages' address, to which scoped rules are matched")
    .option('--input-format <kind>', 'auto, html or text', 'auto')
    .action(async (file: string, pages: string[], opts: { url?: string; inputFormat: 'auto' | 'html' | 'text' }) => {
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
          io.out(report(cleanName(page), cleanName(file), before, after).join('\n') + '\n');
        } catch (err) {
          if (!(err instanceof ExtractError)) throw err;
          io.fail(err.message);
          code = 1;
        }
      }
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.fail(err.message);
      return 2;
    }
    throw err;
  }
  return code;
}
