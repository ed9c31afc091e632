import {
  ExtractError
} from "./chunk-ZA5YYWVB.js";

// dist/io/read.js
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
function fsError(path, err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return new ExtractError("NOT_FOUND", `${path}: no such file`, { cause: err });
    case "EISDIR":
      return new ExtractError("IS_DIRECTORY", `${path}: is a directory, not a file`, { cause: err });
    case "EACCES":
    case "EPERM":
      return new ExtractError("UNREADABLE", `${path}: permission denied`, { cause: err });
    default:
      return new ExtractError("UNREADABLE", `${path}: cannot read (${code ?? err?.message ?? "unknown error"})`, { cause: err });
  }
}
async function readLimited(stream, maxBytes, name) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes)
      throw new ExtractError("TOO_LARGE", `${name}: input is larger than ${maxBytes} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
async function readInput(path, maxBytes = DEFAULT_MAX_BYTES) {
  if (path === "-")
    return readLimited(process.stdin, maxBytes, "-");
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (info.size > maxBytes)
      throw new ExtractError("TOO_LARGE", `${path}: file is ${info.size} bytes, larger than the limit of ${maxBytes}`);
    if (!info.isFile())
      return await readLimited(createReadStream(path), maxBytes, path);
    return await readFile(path);
  } catch (err) {
    if (err instanceof ExtractError)
      throw err;
    throw fsError(path, err);
  }
}
async function extractFile(path, options = {}) {
  const bytes = await readInput(path, options.maxBytes);
  const { extract } = await import("./pipeline-URYNMDDT.js");
  return extract(bytes, { ...options, path });
}

export {
  DEFAULT_MAX_BYTES,
  readInput,
  extractFile
};
