/**
 * Files shipped with the package (package.json, schema/), found from wherever this module runs:
 * src/ (tests), dist/ (the library), or a chunk of the CLI's bundle in dist/bundle/ (a path
 * relative to one module's place would break when the module is moved into the bundle).
 */
import { existsSync } from 'node:fs';

/** Folders climbed from this module towards the package's root before giving up. */
const MAX_CLIMB = 4;

/** The package's root folder (the nearest folder above this module that holds package.json). */
function packageRoot(): URL {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i <= MAX_CLIMB; i++, dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
  }
  throw new Error(`article-extract: package.json not found above ${import.meta.url}`);
}

let root: URL | undefined;

/** A file of the package by its path from the root ("package.json", "schema/rules.schema.json"). */
export function packageFile(relative: string): URL {
  return new URL(relative, (root ??= packageRoot()));
}
