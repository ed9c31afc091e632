/** The built CLI run as a process, for the end-to-end tests: exit code, stdout and stderr. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const CLI = join(ROOT, 'bin', 'article-extract.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args`, `input` on its standard input, colour off. */
export function cli(args: string[], input?: string | Buffer, cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    // Decoded as streams: a character split between two pipe reads stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A CLI that exits before reading all of its input is not a test failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}
