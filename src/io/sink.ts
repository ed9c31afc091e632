/**
 * The --output file of a run: everything is written to a temporary file beside the target and
 * renamed onto it at the end, so the target is never half-written. The target is checked and the
 * temporary file opened before any document is converted, so a bad --output fails at once; a
 * write error later (a full disk) is kept and reported by commit(), which then leaves no file.
 */
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ExtractError } from '../errors.js';
import { describeFsError, releaseTemporary, removeStaleTemporaryFiles, temporaryPath, trackTemporary } from './write.js';

const failure = (target: string, err: unknown) => new ExtractError('WRITE_FAILED', `${target}: cannot write (${describeFsError(err)})`, { cause: err });

export class FileSink {
  private error: unknown = null;
  private bytes = 0;

  private constructor(
    readonly target: string,
    private readonly tmp: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (err) => (this.error ??= err));
  }

  /** Checks the target and opens the temporary file; throws ExtractError('WRITE_FAILED'). */
  static async open(target: string): Promise<FileSink> {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) throw new ExtractError('WRITE_FAILED', `${target}: cannot write (is a directory)`);
    // A crashed earlier run may have left its temporary file beside the target.
    await removeStaleTemporaryFiles(dirname(target), basename(target));
    const tmp = temporaryPath(target);
    trackTemporary(tmp);
    const stream = createWriteStream(tmp);
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
    } catch (err) {
      stream.destroy();
      await rm(tmp, { force: true }).catch(() => undefined);
      releaseTemporary(tmp);
      throw failure(target, err);
    }
    return new FileSink(target, tmp, stream);
  }

  write(data: string): void {
    if (this.error) return;
    this.bytes += data.length;
    this.stream.write(data);
  }

  /** Ends the temporary file and renames it onto the target (nothing written: no file). */
  async commit(): Promise<void> {
    try {
      await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      if (this.error) throw this.error;
      if (this.bytes === 0) {
        await rm(this.tmp, { force: true });
        return;
      }
      await rename(this.tmp, this.target);
    } catch (err) {
      await rm(this.tmp, { force: true }).catch(() => undefined);
      throw failure(this.target, this.error ?? err);
    } finally {
      releaseTemporary(this.tmp);
    }
  }

  /** Removes the temporary file now (a hard stop). */
  abort(): void {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
    releaseTemporary(this.tmp);
  }
}
