import {
  ExtractError
} from "./chunk-ZA5YYWVB.js";

// dist/io/paths.js
import { statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var MAX_SEGMENT_CHARS = 200;
var MAX_DEPTH = 32;
function safeSegments(name) {
  const out = [];
  for (const raw of name.replace(/^[a-zA-Z]:/, "").split(/[\\/]+/)) {
    const seg = raw.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069<>:"|?*]/g, "_").replace(/^\.+$/, "").replace(/[. ]+$/, "").slice(0, MAX_SEGMENT_CHARS);
    if (seg)
      out.push(seg);
  }
  return out.slice(-MAX_DEPTH);
}
function withExtension(segments, ext) {
  if (segments.length === 0)
    return [`article${ext}`];
  const last = segments[segments.length - 1];
  const dot = last.lastIndexOf(".");
  const stem = dot > 0 ? last.slice(0, dot) : last;
  return [...segments.slice(0, -1), stem + ext];
}
function nameFromUrl(url) {
  try {
    const u = new URL(url);
    let path = decodeURIComponent(u.pathname).replace(/\/$/, "/index");
    if (u.search)
      path += `_${u.search.slice(1)}`;
    return `${u.hostname}${path}`;
  } catch {
    return url;
  }
}
function isInside(root, target) {
  const rel = relative(resolve(root), resolve(target));
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !rel.split(sep).includes("..");
}
var OutputNamer = class {
  root;
  ext;
  used = /* @__PURE__ */ new Set();
  constructor(root, ext) {
    this.root = root;
    this.ext = ext;
  }
  name(relativeName) {
    const segs = withExtension(safeSegments(relativeName), this.ext);
    const last = segs.pop();
    const stem = last.slice(0, last.length - this.ext.length);
    let candidate = join(this.root, ...segs, last);
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++)
      candidate = join(this.root, ...segs, `${stem}-${n}${this.ext}`);
    if (!isInside(this.root, candidate))
      throw new Error(`refusing to write outside ${this.root}: ${relativeName}`);
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
};
function sameFile(a, b) {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

// dist/io/write.js
import { readdirSync, rmSync, statSync as statSync2 } from "node:fs";
import { mkdir, readdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var inFlight = /* @__PURE__ */ new Set();
var counter = 0;
function temporaryPath(target) {
  const tmp = join2(dirname(target), `.${basename(target)}.ae-${process.pid}-${(counter++).toString(36)}.tmp`);
  return tmp;
}
var TEMPORARY_NAME = /^\..+\.ae-(\d+)-[0-9a-z]+\.tmp$/;
function trackTemporary(tmp) {
  inFlight.add(tmp);
}
function releaseTemporary(tmp) {
  inFlight.delete(tmp);
}
function removeTemporaryFiles() {
  for (const tmp of inFlight)
    rmSync(tmp, { force: true });
  inFlight.clear();
}
process.once("exit", removeTemporaryFiles);
function processAlive(pid) {
  if (pid === process.pid)
    return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
var STALE_AFTER_MS = 24 * 3600 * 1e3;
function isStale(path, name) {
  const m = TEMPORARY_NAME.exec(name);
  if (!m)
    return false;
  if (!processAlive(Number(m[1])))
    return true;
  try {
    return Date.now() - statSync2(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}
async function removeStaleTemporaryFiles(dir, only) {
  let removed = 0;
  let entries;
  try {
    entries = only ? readdirSync(dir, { withFileTypes: true }) : await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!e.isFile() || only && !e.name.startsWith(`.${only}.`))
      continue;
    const path = join2(e.parentPath, e.name);
    if (isStale(path, e.name)) {
      await rm(path, { force: true }).catch(() => void 0);
      removed++;
    }
  }
  return removed;
}
function describeFsError(err) {
  const code = err?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "ENOTDIR":
      return "a file stands where a folder should be";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
      return "no such folder";
    case "EOUTSIDE":
      return "a symbolic link leads outside the output folder";
    default:
      return code ?? err?.message ?? String(err);
  }
}
var outside = () => Object.assign(new Error("path leaves the output folder"), { code: "EOUTSIDE" });
async function mkdirInside(root, dir) {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const rel = relative2(resolve2(root), resolve2(dir));
  if (rel === "")
    return realRoot;
  if (!isInside(root, dir))
    throw outside();
  let current = realRoot;
  for (const seg of rel.split(sep2)) {
    const next = join2(current, seg);
    try {
      await mkdir(next);
    } catch (err) {
      if (err.code !== "EEXIST")
        throw err;
    }
    const real = await realpath(next);
    if (real !== realRoot && !isInside(realRoot, real))
      throw outside();
    if (!(await stat(real)).isDirectory())
      throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
    current = real;
  }
  return current;
}
async function writeAtomic(target, data, root) {
  let tmp = null;
  try {
    const dir = root ? await mkdirInside(root, dirname(target)) : (await mkdir(dirname(target), { recursive: true }), dirname(target));
    const final = join2(dir, basename(target));
    tmp = temporaryPath(final);
    trackTemporary(tmp);
    await writeFile(tmp, data);
    await rename(tmp, final);
  } catch (err) {
    if (tmp)
      await rm(tmp, { force: true }).catch(() => void 0);
    throw new ExtractError("WRITE_FAILED", `${target}: cannot write (${describeFsError(err)})`, { cause: err });
  } finally {
    if (tmp)
      releaseTemporary(tmp);
  }
}

export {
  safeSegments,
  nameFromUrl,
  isInside,
  OutputNamer,
  sameFile,
  temporaryPath,
  trackTemporary,
  releaseTemporary,
  removeTemporaryFiles,
  removeStaleTemporaryFiles,
  describeFsError,
  writeAtomic
};
