/**
 * Writing output files atomically: a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written file under the real name.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { ExtractError } from '../errors.js';

export async function writeAtomic(target: string, data: string): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ExtractError('WRITE_FAILED', `${target}: cannot write (${code})`, { cause: err });
  }
}
