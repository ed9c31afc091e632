/**
 * Writing output files atomically: a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written file under the real name. Temporary files in
 * flight are tracked so an abrupt stop can remove them.
 */
import { rmSync } from 'node:fs';
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExtractError } from '../errors.js';
import { isInside } from './paths.js';

const inFlight = new Set<string>();
let counter = 0;

/** The temporary name beside `target` that a write goes to before its rename (unique in this process). */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${(counter++).toString(36)}.tmp`);
}

/** Removes the temporary files of writes still in flight (for a hard stop). */
export function removeTemporaryFiles(): void {
  for (const tmp of inFlight) rmSync(tmp, { force: true });
  inFlight.clear();
}

/**
 * Writes `data` to `target` atomically. With `root`, the real (symlink-resolved) folder of the
 * target must lie inside the real root: a symbolic link planted in the output folder cannot
 * redirect a write outside it.
 */
export async function writeAtomic(target: string, data: string, root?: string): Promise<void> {
  const tmp = temporaryPath(target);
  try {
    await mkdir(dirname(target), { recursive: true });
    if (root) {
      const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dirname(target))]);
      if (realDir !== realRoot && !isInside(realRoot, realDir)) {
        throw Object.assign(new Error('path leaves the output folder'), { code: 'EOUTSIDE' });
      }
    }
    inFlight.add(tmp);
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new ExtractError('WRITE_FAILED', `${target}: cannot write (${code})`, { cause: err });
  } finally {
    inFlight.delete(tmp);
  }
}
