import {
  describeFsError,
  releaseTemporary,
  removeStaleTemporaryFiles,
  temporaryPath,
  trackTemporary
} from "./chunk-QELOQFQE.js";
import {
  ExtractError
} from "./chunk-ZA5YYWVB.js";

// dist/io/sink.js
import { createWriteStream, rmSync } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
var failure = (target, err) => new ExtractError("WRITE_FAILED", `${target}: cannot write (${describeFsError(err)})`, { cause: err });
var FileSink = class _FileSink {
  target;
  tmp;
  stream;
  error = null;
  bytes = 0;
  constructor(target, tmp, stream) {
    this.target = target;
    this.tmp = tmp;
    this.stream = stream;
    stream.on("error", (err) => this.error ??= err);
  }
  /** Checks the target and opens the temporary file; throws ExtractError('WRITE_FAILED'). */
  static async open(target) {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory())
      throw new ExtractError("WRITE_FAILED", `${target}: cannot write (is a directory)`);
    await removeStaleTemporaryFiles(dirname(target), basename(target));
    const tmp = temporaryPath(target);
    trackTemporary(tmp);
    const stream = createWriteStream(tmp);
    try {
      await new Promise((resolve, reject) => {
        stream.once("open", () => resolve());
        stream.once("error", reject);
      });
    } catch (err) {
      stream.destroy();
      await rm(tmp, { force: true }).catch(() => void 0);
      releaseTemporary(tmp);
      throw failure(target, err);
    }
    return new _FileSink(target, tmp, stream);
  }
  write(data) {
    if (this.error)
      return;
    this.bytes += data.length;
    this.stream.write(data);
  }
  /** Ends the temporary file and renames it onto the target (nothing written: no file). */
  async commit() {
    try {
      await new Promise((resolve, reject) => this.stream.end((err) => err ? reject(err) : resolve()));
      if (this.error)
        throw this.error;
      if (this.bytes === 0) {
        await rm(this.tmp, { force: true });
        return;
      }
      await rename(this.tmp, this.target);
    } catch (err) {
      await rm(this.tmp, { force: true }).catch(() => void 0);
      throw failure(this.target, this.error ?? err);
    } finally {
      releaseTemporary(this.tmp);
    }
  }
  /** Removes the temporary file now (a hard stop). */
  abort() {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
    releaseTemporary(this.tmp);
  }
};
export {
  FileSink
};
