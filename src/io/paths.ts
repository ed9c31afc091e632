/**
 * Output paths for --out-dir: the input's relative path with the format's extension, sanitised
 * so that nothing is ever written outside the output folder ("../../x", absolute paths, drive
 * letters, control characters and over-long names are all neutralised).
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Longest path segment kept (bytes are what file systems limit; 200 chars leaves room for suffixes). */
const MAX_SEGMENT_CHARS = 200;
/** Deepest mirrored folder structure kept. */
const MAX_DEPTH = 32;

/** Splits a relative name into safe path segments. */
export function safeSegments(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/^[a-zA-Z]:/, '').split(/[\\/]+/)) {
    const seg = raw
      // Control characters, bidi controls (a name must read as it is) and characters Windows forbids.
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '_')
      .replace(/^\.+$/, '')
      .replace(/[. ]+$/, '')
      .slice(0, MAX_SEGMENT_CHARS);
    if (seg) out.push(seg);
  }
  return out.slice(-MAX_DEPTH);
}

/** Replaces the input's extension with the output's. */
export function withExtension(segments: string[], ext: string): string[] {
  if (segments.length === 0) return [`article${ext}`];
  const last = segments[segments.length - 1]!;
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  return [...segments.slice(0, -1), stem + ext];
}

/** A name for a WARC record from its URL: host/path, with a query folded into the name. */
export function nameFromUrl(url: string): string {
  try {
    const u = new URL(url);
    let path = decodeURIComponent(u.pathname).replace(/\/$/, '/index');
    if (u.search) path += `_${u.search.slice(1)}`;
    return `${u.hostname}${path}`;
  } catch {
    return url;
  }
}

/** True when `target` lies inside `root` (both resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(resolve(root), resolve(target));
  // "..md" is a file inside; only ".." itself or a path starting "../" leaves the root.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

/** Gives out unique output paths inside `root` (a repeated name gets -2, -3, ...). */
export class OutputNamer {
  private readonly used = new Set<string>();
  constructor(
    private readonly root: string,
    private readonly ext: string,
  ) {}

  name(relativeName: string): string {
    const segs = withExtension(safeSegments(relativeName), this.ext);
    const last = segs.pop()!;
    const stem = last.slice(0, last.length - this.ext.length);
    let candidate = join(this.root, ...segs, last);
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = join(this.root, ...segs, `${stem}-${n}${this.ext}`);
    if (!isInside(this.root, candidate)) throw new Error(`refusing to write outside ${this.root}: ${relativeName}`);
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Are two paths the same existing file (same device and inode, whatever the spelling or links)? */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}
