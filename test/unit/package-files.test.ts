/** Files shipped with the package, found from the module's place (src/package-files.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../src/package-files.js';

describe('packageFile', () => {
  it('finds the package root from src/, as it does from dist/ and dist/bundle/', () => {
    expect(JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).name).toBe('article-extract');
    expect(existsSync(packageFile('schema/rules.schema.json'))).toBe(true);
  });
});
