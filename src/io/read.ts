/**
 * Stage 0: read an input's bytes: a file path, or "-" for standard input.
 * File-system failures become typed ExtractErrors with a plain message.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { ExtractError } from '../errors.js';
import type { Article } from '../model.js';
// The pipeline loads with the first extraction: the batch runner reads inputs through this
// module in a thread where workers do the converting.
import type { ExtractOptions } from '../pipeline.js';

/** Largest input read by default (bytes). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function fsError(path: string, err: unknown): ExtractError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new ExtractError('NOT_FOUND', `${path}: no such file`, { cause: err });
    case 'EISDIR':
      return new ExtractError('IS_DIRECTORY', `${path}: is a directory, not a file`, { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new ExtractError('UNREADABLE', `${path}: permission denied`, { cause: err });
    default:
      return new ExtractError('UNREADABLE', `${path}: cannot read (${code ?? (err as Error)?.message ?? 'unknown error'})`, { cause: err });
  }
}

/** Reads a stream up to `maxBytes`; more is TOO_LARGE (a pipe or a device has no size to check first). */
async function readLimited(stream: AsyncIterable<unknown>, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new ExtractError('TOO_LARGE', `${name}: input is larger than ${maxBytes} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The bytes of a file, or of standard input for "-". */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (path === '-') return readLimited(process.stdin, maxBytes, '-');
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new ExtractError('TOO_LARGE', `${path}: file is ${info.size} bytes, larger than the limit of ${maxBytes}`);
    // A pipe (shell process substitution) or a device (/dev/zero) reports no size: read it with the limit.
    if (!info.isFile()) return await readLimited(createReadStream(path), maxBytes, path);
    return await readFile(path);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw fsError(path, err);
  }
}

/** Reads a file (or "-") and extracts its article. */
export async function extractFile(path: string, options: Omit<ExtractOptions, 'path'> & { maxBytes?: number } = {}): Promise<Article> {
  const bytes = await readInput(path, options.maxBytes);
  const { extract } = await import('../pipeline.js');
  return extract(bytes, { ...options, path });
}
