/**
 * The command line: options and I/O around the library. Only this file turns errors into exit
 * codes (0 ok, 1 an input failed, 2 usage) and only this file writes to stdout/stderr.
 */
import { Command, CommanderError, Option } from 'commander';
import { Chalk, supportsColorStderr } from 'chalk';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ExtractError, UsageError } from './errors.js';
import { extractFile } from './io/read.js';
import { writeAtomic } from './io/write.js';
import type { Article, InputFormat } from './model.js';
import { renderJson, renderNdjsonLine } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderText } from './render/text.js';

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2 } as const;

type Format = 'md' | 'json' | 'ndjson' | 'text';

interface Options {
  format: Format;
  output?: string;
  outDir?: string;
  inputFormat: InputFormat | 'auto';
  url?: string;
  dom: 'linkedom' | 'jsdom';
  frontMatter: boolean;
  quotes: boolean;
  explain: boolean;
  debug: boolean;
  quiet: boolean;
  maxSize: number;
}

const EXTENSIONS: Record<Format, string> = { md: '.md', json: '.json', ndjson: '.json', text: '.txt' };
/** Characters of a removed line shown by --explain. */
const EXPLAIN_WIDTH = 100;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const EXAMPLES = `
Examples:
  $ article-extract page.html                      Markdown with front matter on stdout
  $ article-extract --format json story.txt        the article as JSON (schema in the README)
  $ curl -s https://example.com/a | article-extract --url https://example.com/a -
  $ article-extract --format ndjson *.html | jq -r .title
  $ article-extract --out-dir out/ pages/*.html    one out/<name>.md per input
  $ article-extract --explain story.txt >/dev/null what was removed as boilerplate, and why

Exit codes: 0 all inputs converted, 1 an input could not be converted, 2 usage error.`;

function buildProgram(): Command {
  return new Command()
    .name('article-extract')
    .description('Turn a scraped web article (raw HTML or raw text) into clean Markdown, JSON or text.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files to convert; "-" (or nothing, with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'ndjson', 'text']).default('md'))
    .option('-o, --output <file>', 'write the output to this file instead of stdout')
    .option('--out-dir <dir>', 'write one file per input into this folder (name.md, name.json, name.txt)')
    .addOption(new Option('--input-format <kind>', 'input kind; auto sniffs each input').choices(['auto', 'html', 'text']).default('auto'))
    .option('--url <url>', "the page's address: resolves relative links and fills the url field")
    .addOption(new Option('--dom <engine>', 'DOM engine for HTML input (jsdom is also the fallback when linkedom fails)').choices(['linkedom', 'jsdom']).default('linkedom'))
    .option('--no-front-matter', 'Markdown without the YAML front matter')
    .option('--quotes', 'Markdown: add a "Quotes" section listing each quote and its speaker', false)
    .option('--explain', 'on stderr, list every line or block removed and the rule that removed it', false)
    .option('--max-size <bytes>', 'largest input to read, in bytes', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-size: "${v}" is not a positive whole number of bytes`);
      return n;
    }, 64 * 1024 * 1024)
    .option('--debug', 'print stack traces for errors', false)
    .option('-q, --quiet', 'print no messages except errors', false)
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride();
}

function render(article: Article, opts: Options): string {
  switch (opts.format) {
    case 'json':
      return renderJson(article);
    case 'ndjson':
      return renderNdjsonLine(article);
    case 'text':
      return renderText(article);
    case 'md':
      return renderMarkdown(article, { frontMatter: opts.frontMatter, quotes: opts.quotes });
  }
}

function checkUsage(inputs: string[], opts: Options): void {
  if (opts.output && opts.outDir) throw new UsageError('--output and --out-dir cannot be used together');
  if (inputs.length > 1 && !opts.outDir && opts.format !== 'ndjson') {
    throw new UsageError(`${inputs.length} inputs need --format ndjson (one JSON object a line) or --out-dir DIR`);
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (opts.url) {
    try {
      new URL(opts.url);
    } catch {
      throw new UsageError(`--url: "${opts.url}" is not an absolute URL`);
    }
  }
}

/** Output file names for --out-dir: the input's base name with the format's extension, made unique. */
function outputNames(inputs: string[], dir: string, format: Format): string[] {
  const used = new Map<string, number>();
  return inputs.map((input) => {
    const stem = input === '-' ? 'stdin' : basename(input, extname(input)) || 'article';
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return join(dir, `${n > 1 ? `${stem}-${n}` : stem}${EXTENSIONS[format]}`);
  });
}

export async function main(argv: string[]): Promise<void> {
  const color = new Chalk({ level: process.env.NO_COLOR || !process.stderr.isTTY ? 0 : (supportsColorStderr || { level: 0 }).level });
  const say = (line: string) => process.stderr.write(line + '\n');
  const fail = (line: string) => say(`${color.red('article-extract:')} ${line}`);
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  const program = buildProgram();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(`${color.red('article-extract:')} ${s.replace(/^error: /, '')}`),
  });
  let opts: Options;
  let inputs: string[];
  try {
    program.parse(argv);
    opts = program.opts<Options>();
    inputs = program.args.length ? [...program.args] : [];
    if (inputs.length === 0) {
      if (process.stdin.isTTY) throw new UsageError('no input given (a file, or "-" for standard input); see --help');
      inputs = ['-'];
    }
    checkUsage(inputs, opts);
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

  const targets = opts.outDir ? outputNames(inputs, opts.outDir, opts.format) : [];
  const chunks: string[] = [];
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    try {
      const article = await extractFile(input, { inputFormat: opts.inputFormat, url: opts.url ?? null, dom: opts.dom, maxBytes: opts.maxSize });
      if (opts.explain) {
        say(color.bold(`${input}: ${article.removed.length} removed`));
        for (const r of article.removed) say(`  ${color.yellow(r.rule.padEnd(18))} ${r.text.replace(/\s+/g, ' ').slice(0, EXPLAIN_WIDTH)}`);
      }
      const out = render(article, opts);
      if (opts.outDir) {
        await writeAtomic(targets[i]!, out);
        if (!opts.quiet) say(`${input} -> ${targets[i]}`);
      } else if (opts.output) {
        chunks.push(out);
      } else {
        process.stdout.write(out);
      }
    } catch (err) {
      failed++;
      const known = err instanceof ExtractError;
      const message = known ? err.message : `${input}: internal error: ${(err as Error)?.message ?? String(err)}`;
      fail(message + (known || opts.debug ? '' : ' (run with --debug for details)'));
      if (opts.debug && err instanceof Error && err.stack) say(err.stack);
      if (opts.format === 'ndjson' && !opts.outDir) {
        const line = JSON.stringify({ source: { path: input }, error: { code: known ? err.code : 'INTERNAL', message } }) + '\n';
        if (opts.output) chunks.push(line);
        else process.stdout.write(line);
      }
    }
  }
  if (opts.output && chunks.length) {
    try {
      await writeAtomic(opts.output, chunks.join(''));
    } catch (err) {
      fail((err as Error).message);
      failed = Math.max(failed, 1);
    }
  }
  process.exitCode = failed ? EXIT.INPUT_FAILED : EXIT.OK;
}
