/**
 * Writing output files atomically: a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written file under the real name.
 *   - Folders are created one level at a time inside the output folder (mkdirInside): a symbolic
 *     link planted there cannot make the tool create a folder, or write a file, outside it.
 *   - Temporary files are tracked from the moment they may exist until their rename, removed on
 *     every failure path and when the process exits for any reason; a crash (kill -9) can still
 *     leave one, so a run over the same output folder first removes stale temporary files of its
 *     own naming (whose process is gone).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ExtractError } from '../errors.js';
import { isInside } from './paths.js';

const inFlight = new Set<string>();
let counter = 0;

/** The temporary name beside `target` (unique in this process; the pid lets a later run tell a stale one). */
export function temporaryPath(target: string): string {
  const tmp = join(dirname(target), `.${basename(target)}.ae-${process.pid}-${(counter++).toString(36)}.tmp`);
  return tmp;
}

/** Our temporary files: `.<name>.ae-<pid>-<n>.tmp`. */
const TEMPORARY_NAME = /^\..+\.ae-(\d+)-[0-9a-z]+\.tmp$/;

/** Registers a temporary file that may exist from now on (removed at exit unless released). */
export function trackTemporary(tmp: string): void {
  inFlight.add(tmp);
}
export function releaseTemporary(tmp: string): void {
  inFlight.delete(tmp);
}

/** Removes the temporary files of writes still in flight (a hard stop, or process exit). */
export function removeTemporaryFiles(): void {
  for (const tmp of inFlight) rmSync(tmp, { force: true });
  inFlight.clear();
}
// Whatever ends the process (an error on stdout, process.exit, an uncaught error), no temporary file stays.
process.once('exit', removeTemporaryFiles);

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temporary file older than this is stale even if its pid is alive again (pids are reused). */
const STALE_AFTER_MS = 24 * 3600 * 1000;

function isStale(path: string, name: string): boolean {
  const m = TEMPORARY_NAME.exec(name);
  if (!m) return false;
  if (!processAlive(Number(m[1]))) return true;
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

/**
 * Removes stale temporary files of our naming: under `dir` (recursively, without following
 * symbolic links) or, with `only`, those beside the file `only`. Returns how many went.
 */
export async function removeStaleTemporaryFiles(dir: string, only?: string): Promise<number> {
  let removed = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = only ? readdirSync(dir, { withFileTypes: true }) : await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!e.isFile() || (only && !e.name.startsWith(`.${only}.`))) continue;
    const path = join(e.parentPath, e.name);
    if (isStale(path, e.name)) {
      await rm(path, { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/** A file-system error code in words. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENOTDIR':
      return 'a file stands where a folder should be';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such folder';
    case 'EOUTSIDE':
      return 'a symbolic link leads outside the output folder';
    default:
      return code ?? (err as Error)?.message ?? String(err);
  }
}

const outside = () => Object.assign(new Error('path leaves the output folder'), { code: 'EOUTSIDE' });

/**
 * Creates `dir` and its parents inside `root`, one level at a time, and returns its real path.
 * Each level is resolved before the next is created: a level that is (or leads through) a
 * symbolic link to somewhere outside the real root stops the walk before anything is created
 * there. The root itself is the user's choice and may be reached through links.
 */
export async function mkdirInside(root: string, dir: string): Promise<string> {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const rel = relative(resolve(root), resolve(dir));
  if (rel === '') return realRoot;
  if (!isInside(root, dir)) throw outside();
  let current = realRoot;
  for (const seg of rel.split(sep)) {
    const next = join(current, seg);
    try {
      await mkdir(next);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    // A dangling link fails here (ENOENT) without anything being created at its target.
    const real = await realpath(next);
    if (real !== realRoot && !isInside(realRoot, real)) throw outside();
    if (!(await stat(real)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    current = real;
  }
  return current;
}

/**
 * Writes `data` to `target` atomically. With `root`, every folder is created by mkdirInside and
 * the file is written into the real folder found there, so nothing lands outside the real root.
 */
export async function writeAtomic(target: string, data: string | Uint8Array, root?: string): Promise<void> {
  let tmp: string | null = null;
  try {
    const dir = root ? await mkdirInside(root, dirname(target)) : (await mkdir(dirname(target), { recursive: true }), dirname(target));
    const final = join(dir, basename(target));
    tmp = temporaryPath(final);
    trackTemporary(tmp);
    await writeFile(tmp, data);
    await rename(tmp, final);
  } catch (err) {
    if (tmp) await rm(tmp, { force: true }).catch(() => undefined);
    throw new ExtractError('WRITE_FAILED', `${target}: cannot write (${describeFsError(err)})`, { cause: err });
  } finally {
    if (tmp) releaseTemporary(tmp);
  }
}
