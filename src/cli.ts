/**
 * The command line: options and I/O around the library. Only this file turns errors into exit
 * codes (0 ok, 1 an input failed, 2 usage, 130 interrupted) and only the CLI layer writes to
 * stdout/stderr. Every run, one file or an archive of thousands, goes through the batch runner.
 */
import { Command, CommanderError, Option } from 'commander';
import { Chalk, supportsColorStderr } from 'chalk';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { UsageError } from './errors.js';
import { sameFile } from './io/paths.js';
import type { InputFormat, Removal } from './model.js';
import type { Format } from './batch/convert.js';
import { archiveKind } from './batch/sources.js';
import { runBatch } from './batch/run.js';
import { DEFAULT_MAX_TOTAL, MAX_UNPACK_RATIO } from './batch/limits.js';
import { DEFAULT_TIMEOUT_SECONDS } from './batch/timeout.js';
import { cleanName, stripControls } from './sanitise.js';
import type { LinkStyle } from './render/markdown-links.js';
import { addWebOptions, checkWebUsage, WEB_EXAMPLES, webOptionsFrom, type WebCliOptions } from './fetch/cli-options.js';
import { isWebAddress } from './fetch/source.js';
import { parseLangs } from './batch/filters.js';
import { FIELD_OPTIONS, fieldPath, fieldsFrom, needsRecords, type FieldOptions } from './batch/record-options.js';
import { CHOSE_STAGE, type RuleSet } from './user-rules/types.js';
import { packageFile } from './package-files.js';
import { SPACE_RUNS } from './space.js';

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

interface Options extends WebCliOptions {
  format: Format;
  output?: string;
  outDir?: string;
  inputFormat: InputFormat | 'auto' | 'ndjson';
  url?: string;
  dom: 'linkedom' | 'jsdom';
  frontMatter: boolean;
  quotes: boolean;
  explain: boolean;
  debug: boolean;
  quiet: boolean;
  maxSize: number;
  maxTotal: number;
  timeout: number;
  jobs: number;
  include: string[];
  exclude: string[];
  skipExisting: boolean;
  progress: boolean;
  // Output shaping (render/markdown-links.ts, render/chunk.ts).
  links: boolean;
  images: boolean;
  linkStyle: LinkStyle;
  chunk?: number;
  lang?: string[];
  minWords?: number;
  rules: string[];
}

/** Characters of a removed line shown by --explain. */
const EXPLAIN_WIDTH = 100;
/** Default --max-size: 64 MiB, far above any real article page, far below memory trouble. */
const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

function version(): string {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const EXAMPLES = `
Examples:
  $ article-extract page.html                      Markdown with front matter on stdout
  $ article-extract --format json story.txt        the article as JSON (schema in the README)
  $ curl -s https://example.com/a | article-extract --url https://example.com/a -
  $ article-extract --format ndjson *.html | jq -r .title
  $ article-extract --out-dir out/ pages/          every page under pages/ -> out/<same path>.md
  $ article-extract --out-dir out/ crawl.warc.gz   HTML responses of a web archive
  $ article-extract --input-format ndjson -f ndjson < in.ndjson > out.ndjson
  $ article-extract --format html --url https://example.com/a page.html > clean.html
  $ article-extract --no-links --no-images page.html   Markdown for a search index or a model
  $ article-extract -f ndjson --chunk 300 pages/   chunks of at most 300 words, one a line
  $ article-extract -f ndjson --lang en --min-words 150 crawl.warc.wet.gz
                                                   Common Crawl page texts: English, 150 words or more
  $ article-extract -f ndjson --url-field link --text-field content export.json
                                                   a scraper's export with its own field names
  $ article-extract --explain story.txt >/dev/null what was removed as boilerplate, and why
  $ article-extract --rules site.yaml pages/ -f ndjson   with site rules (README "Site rules")
  $ article-extract rules check site.yaml          check a rule file
  $ article-extract rules test site.yaml page.html the text before and after the rules

Exit codes: 0 all inputs converted, 1 an input could not be converted, 2 usage error,
130 interrupted (Ctrl-C).`;

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name}: "${v}" is not a positive whole number`);
  return n;
};
const seconds = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v.trim()) || !Number.isFinite(n)) throw new UsageError(`${name}: "${v}" is not a number of seconds (0 for no limit)`);
  return n;
};
const collectList = (v: string, prev: string[]) => [...prev, v];

function buildProgram(): Command {
  return addWebOptions(new Command()
    .name('article-extract')
    .description('Turn scraped web articles (raw HTML or raw text) into clean Markdown, JSON, HTML or text.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files, folders, globs, archives (.zip .tar .tar.gz .tgz .warc .warc.gz, WET .warc.wet.gz .wet), records (.json array, .ndjson, .jsonl), web addresses (http:// or https://); "-" (or nothing, with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'ndjson', 'text', 'html']).default('md'))
    .option('-o, --output <file>', 'write the output to this file instead of stdout')
    .option('--out-dir <dir>', 'write one file per document into this folder, mirroring input paths')
    .addOption(new Option('--input-format <kind>', 'input kind; auto sniffs each input; ndjson reads {"html"|"text", "url", "id"} lines from stdin').choices(['auto', 'html', 'text', 'ndjson']).default('auto'))
    .option('--url <url>', "the page's address: resolves relative links and fills the url field")
    .addOption(new Option('--dom <engine>', 'DOM engine for HTML input (jsdom is also the fallback when linkedom fails)').choices(['linkedom', 'jsdom']).default('linkedom'))
    .option('--no-front-matter', 'Markdown without the YAML front matter')
    .option('--quotes', 'Markdown: add a "Quotes" section listing each quote and its speaker', false)
    .option('--no-links', 'Markdown: keep the text of links, drop their targets')
    .option('--no-images', 'Markdown: drop images (and image captions)')
    .addOption(new Option('--link-style <style>', 'Markdown: inline links, or referenced (numbered, listed after the body)').choices(['inline', 'referenced']).default('inline'))
    .option('--chunk <words>', 'ndjson: one line per chunk of at most this many words, split between blocks (headings first)', positiveInt('--chunk'))
    .option('--explain', 'on stderr, list every line or block removed and the rule that removed it', false)
    .option('-j, --jobs <n>', 'documents converted in parallel (worker threads)', positiveInt('--jobs'), availableParallelism())
    .option('--include <glob>', 'in folders and archives, convert only matching files (repeatable)', collectList, [])
    .option('--exclude <glob>', 'in folders and archives, skip matching files (repeatable)', collectList, [])
    .option('--skip-existing', 'with --out-dir, skip documents whose output file exists (resume a run)', false)
    .option('--no-progress', 'no progress bar (it is shown only on a terminal anyway)')
    .option('--max-size <bytes>', 'largest input to read, in bytes (a file, an archive entry, a WARC record body, an NDJSON record)', positiveInt('--max-size'), DEFAULT_MAX_SIZE)
    .option('--max-total <bytes>', `largest total one archive may unpack to, in bytes (default ${DEFAULT_MAX_TOTAL}, 4 GiB); an archive unpacking to over ${MAX_UNPACK_RATIO} times its own size stops too`, positiveInt('--max-total'), DEFAULT_MAX_TOTAL)
    .option('--timeout <seconds>', 'time budget per document; a slower one is reported (TIMEOUT) and skipped; 0 for none', seconds('--timeout'), DEFAULT_TIMEOUT_SECONDS)
    .option('--lang <codes>', 'keep only documents in these languages (comma-separated: en,de); others are skipped', parseLangs)
    .option('--min-words <n>', 'keep only documents whose body has at least n words; shorter ones are skipped', positiveInt('--min-words'))
    .option('--text-field <path>', 'NDJSON/JSON records: the field holding the text (dotted path: page.content)', fieldPath('--text-field'))
    .option('--html-field <path>', 'NDJSON/JSON records: the field holding the HTML', fieldPath('--html-field'))
    .option('--url-field <path>', "NDJSON/JSON records: the field holding the page's URL", fieldPath('--url-field'))
    .option('--id-field <path>', 'NDJSON/JSON records: the field holding the record id', fieldPath('--id-field'))
    .option('--rules <file>', 'site rules (YAML or JSON, see README "Site rules"), applied in order (repeatable); check with "article-extract rules check FILE"', collectList, [])
    .option('--debug', 'print stack traces for errors, and skipped archive records', false)
    .option('-q, --quiet', 'print no messages except errors', false)
    .addHelpText('after', WEB_EXAMPLES + '\n' + EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride());
}

/** True when an input can name more than one document (folder, archive, glob). */
function isMulti(input: string, opts: Options): boolean {
  if (isWebAddress(input)) return false;
  if (input === '-') return opts.inputFormat === 'ndjson';
  if (archiveKind(input)) return true;
  try {
    return statSync(input).isDirectory();
  } catch {
    return /[*?[\]{}]/.test(input);
  }
}

function checkUsage(inputs: string[], opts: Options): void {
  if (opts.output && opts.outDir) throw new UsageError('--output and --out-dir cannot be used together');
  const overwritten = opts.output ? inputs.find((i) => i !== '-' && sameFile(i, opts.output!)) : undefined;
  if (overwritten) throw new UsageError(`--output ${opts.output} is the input ${overwritten}: the output would replace it`);
  const multi = inputs.length > 1 || inputs.some((i) => isMulti(i, opts));
  if (multi && !opts.outDir && opts.format !== 'ndjson') {
    throw new UsageError('several documents need --format ndjson (one JSON object a line) or --out-dir DIR');
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (opts.inputFormat === 'ndjson' && inputs.some((i) => i !== '-')) throw new UsageError('--input-format ndjson reads standard input only');
  if (opts.chunk !== undefined && opts.format !== 'ndjson') throw new UsageError('--chunk needs --format ndjson');
  if (opts.skipExisting && !opts.outDir) throw new UsageError('--skip-existing needs --out-dir');
  checkWebUsage(inputs, opts);
  const given = FIELD_OPTIONS.find((o) => (opts as Options & FieldOptions)[o.key] !== undefined);
  if (given && !needsRecords(inputs, opts.inputFormat === 'ndjson')) throw new UsageError(`${given.flag} reads NDJSON or JSON records: give --input-format ndjson for standard input, or a .json, .ndjson or .jsonl file`);
  if (opts.url) {
    try {
      new URL(opts.url);
    } catch {
      throw new UsageError(`--url: "${opts.url}" is not an absolute URL`);
    }
  }
}

export async function main(argv: string[]): Promise<void> {
  try {
    await run(argv);
  } catch (err) {
    // Never a stack trace for a failure nobody foresaw: one line, exit 1 (the trace with --debug).
    const e = err as Error;
    process.stderr.write(`article-extract: internal error: ${cleanName(stripControls(e?.message ?? String(err)).split('\n', 1)[0]!)}${argv.includes('--debug') ? `\n${e?.stack ?? ''}` : ' (run with --debug for details)'}\n`);
    process.exitCode = EXIT.INPUT_FAILED;
  }
}

async function run(argv: string[]): Promise<void> {
  const color = new Chalk({ level: process.env.NO_COLOR || !process.stderr.isTTY ? 0 : (supportsColorStderr || { level: 0 }).level });
  // Messages name inputs and archive entries, which a hostile file can fill with terminal escapes.
  // A message is one line: cleanName turns a newline, tab or bidi control inside a name into U+FFFD.
  const say = (line: string) => process.stderr.write(cleanName(line) + '\n');
  const fail = (line: string) => process.stderr.write(`${color.red('article-extract:')} ${cleanName(line)}\n`);
  // --debug stack traces are several lines by nature; only their escapes and control characters go.
  const sayLines = (text: string) => process.stderr.write(stripControls(text) + '\n');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk or a broken device behind stdout: one line, exit 1 (nothing more can be written).
    fail(`cannot write to standard output (${err.code ?? err.message})`);
    process.exit(EXIT.INPUT_FAILED);
  });

  // `article-extract rules check|test …`: the site-rule tools (src/user-rules/command.ts).
  if (argv[2] === 'rules' && (['check', 'test', 'help', '--help', '-h'].includes(argv[3]!) || (argv.length === 3 && !existsSync('rules')))) {
    const { runRulesCommand } = await import('./user-rules/command.js');
    process.exitCode = await runRulesCommand(argv.slice(3), { out: (s) => process.stdout.write(s), fail });
    return;
  }
  const program = buildProgram();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(`${color.red('article-extract:')} ${s.replace(/^error: /, '')}`),
  });
  let opts: Options;
  let inputs: string[];
  let ruleSets: RuleSet[] | undefined;
  try {
    program.parse(argv);
    opts = program.opts<Options>();
    inputs = program.args.length ? [...program.args] : [];
    if (inputs.length === 0 && opts.urls === undefined) {
      if (process.stdin.isTTY) throw new UsageError('no input given (a file, or "-" for standard input); see --help');
      inputs = ['-'];
    }
    checkUsage(inputs, opts);
    // Site rules are read and checked before any document is converted (a mistake: exit 2).
    if (opts.rules.length) ruleSets = (await import('./user-rules/load.js')).loadRuleFiles(opts.rules);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    if (err instanceof UsageError) {
      fail(err.message);
      process.exitCode = EXIT.USAGE;
      return;
    }
    throw err;
  }

  // Text input also records its kept lines (stage KEEP_STAGE), so every line shows with its decision.
  // (Imported only for --explain: the text path is not loaded into this thread otherwise.)
  const KEEP_STAGE = opts.explain ? (await import('./text/parse.js')).KEEP_STAGE : null;
  const explain = (input: string, removed: Removal[]) => {
    const dropped = removed.filter((r) => r.stage !== KEEP_STAGE && r.stage !== CHOSE_STAGE);
    // Written raw, not through say(): the parts that come from the input are stripped here, the colour stays.
    process.stderr.write(color.bold(`${cleanName(input)}: ${dropped.length} removed`) + '\n');
    for (const r of removed) {
      const mark = r.stage === KEEP_STAGE ? 'keep' : r.stage === CHOSE_STAGE ? 'chose' : 'drop';
      process.stderr.write(`  ${mark} ${color.yellow(r.rule.padEnd(28))} ${stripControls(r.text).replace(SPACE_RUNS, ' ').slice(0, EXPLAIN_WIDTH)}\n`);
    }
  };
  const ndjsonIn = opts.inputFormat === 'ndjson';
  const summary = await runBatch({
    inputs,
    sources: { include: opts.include, exclude: opts.exclude, maxBytes: opts.maxSize, maxTotal: opts.maxTotal, ndjson: ndjsonIn, fields: fieldsFrom(opts as Options & FieldOptions), web: webOptionsFrom(opts), ...(opts.urls !== undefined ? { urls: opts.urls } : {}) },
    task: {
      inputFormat: ndjsonIn ? 'auto' : (opts.inputFormat as InputFormat | 'auto'),
      maxBytes: opts.maxSize,
      render: { format: opts.format, frontMatter: opts.frontMatter, quotes: opts.quotes, links: opts.links, images: opts.images, linkStyle: opts.linkStyle, ...(opts.chunk ? { chunk: opts.chunk } : {}) },
      extract: { url: opts.url ?? null, dom: opts.dom, ...(ruleSets ? { rules: ruleSets } : {}) },
      explain: opts.explain,
      ...(opts.lang || opts.minWords ? { filter: { ...(opts.lang ? { langs: opts.lang } : {}), ...(opts.minWords ? { minWords: opts.minWords } : {}) } } : {}),
    },
    ...(opts.outDir ? { outDir: opts.outDir } : {}),
    ...(opts.output ? { output: opts.output } : {}),
    jobs: opts.jobs,
    timeout: opts.timeout,
    skipExisting: opts.skipExisting,
    progress: opts.progress && !opts.quiet && !!process.stderr.isTTY,
    debug: opts.debug,
    log: sayLines,
    error: (line) => fail(line + (opts.debug || !/internal error/.test(line) ? '' : ' (run with --debug for details)')),
    explain,
    ...(opts.quiet ? {} : { notice: say }),
  });
  const total = summary.converted + summary.failed + summary.skipped;
  if (!opts.quiet && (total > 1 || summary.interrupted || Object.keys(summary.filtered).length > 0)) {
    const rate = summary.converted / Math.max(summary.seconds, 0.001);
    // --lang / --min-words skips by reason: "skipped 7 (5 language not in --lang en, 2 under --min-words 150)".
    const filtered = Object.entries(summary.filtered).map(([kind, n]) => `${n} ${kind}`).join(', ');
    say(`${summary.interrupted ? 'interrupted: ' : ''}converted ${summary.converted}, skipped ${summary.skipped}${filtered ? ` (${filtered})` : ''}, failed ${summary.failed} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s)`);
    if (summary.failed) for (const r of summary.reasons) say(`  ${r}`);
  }
  process.exitCode = summary.interrupted ? EXIT.INTERRUPTED : summary.failed ? EXIT.INPUT_FAILED : EXIT.OK;
}
