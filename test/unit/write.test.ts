/** Atomic writes: a temporary file then a rename; failures are typed; no write escapes the root. */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { removeTemporaryFiles, writeAtomic } from '../../src/io/write.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(p: Promise<unknown>): Promise<ExtractError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractError);
  return err as ExtractError;
}

describe('writeAtomic', () => {
  it('creates missing folders, writes the data, leaves no temporary file', async () => {
    const target = join(dir, 'a', 'b', 'story.md');
    await writeAtomic(target, '# Story\n');
    expect(await readFile(target, 'utf8')).toBe('# Story\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['story.md']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'replace.md');
    await writeFile(target, 'old content that is longer than the new one');
    await writeAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('concurrent writes to one target leave one whole version and no temporary files', async () => {
    const sub = join(dir, 'race');
    const target = join(sub, 'x.json');
    const versions = Array.from({ length: 20 }, (_, i) => `${String(i).repeat(5000)}\n`);
    await Promise.all(versions.map((v) => writeAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(sub)).toEqual(['x.json']);
  });

  it('a failure is ExtractError WRITE_FAILED naming the target, and cleans its temporary file', async () => {
    const blocker = join(dir, 'blocker');
    await writeFile(blocker, 'a file where a folder is needed');
    const err = await rejection(writeAtomic(join(blocker, 'x.md'), 'data'));
    expect(err.code).toBe('WRITE_FAILED');
    expect(err.message).toMatch(/blocker\/x\.md: cannot write/);
    const target = join(dir, 'is-a-dir');
    await mkdir(target);
    const err2 = await rejection(writeAtomic(target, 'data'));
    expect(err2.code).toBe('WRITE_FAILED');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('with a root, refuses a folder that a planted symbolic link redirects outside it', async () => {
    const root = join(dir, 'root');
    const outside = join(dir, 'outside');
    await mkdir(root);
    await mkdir(outside);
    await symlink(outside, join(root, 'link'));
    const err = await rejection(writeAtomic(join(root, 'link', 'evil.md'), 'data', root));
    expect(err.code).toBe('WRITE_FAILED');
    expect(await readdir(outside)).toEqual([]);
    await writeAtomic(join(root, 'ok', 'fine.md'), 'data', root);
    expect(await readFile(join(root, 'ok', 'fine.md'), 'utf8')).toBe('data');
    await writeAtomic(join(root, 'top.md'), 'data', root); // directly in the root is inside
    expect(await readFile(join(root, 'top.md'), 'utf8')).toBe('data');
  });

  it('removeTemporaryFiles with nothing in flight does nothing', () => {
    expect(() => removeTemporaryFiles()).not.toThrow();
  });
});

describe('mkdirInside and error wording (issue 11, items 10, 11, 14)', () => {
  it('a dangling link to a missing folder outside creates nothing there', async () => {
    const { existsSync } = await import('node:fs');
    const root = join(dir, 'dangling-root');
    await mkdir(root);
    const outsideTarget = join(dir, 'never-made');
    await symlink(outsideTarget, join(root, 'x'));
    const err = await rejection(writeAtomic(join(root, 'x', 'y', 'z.md'), 'data', root));
    expect(err.code).toBe('WRITE_FAILED');
    expect(existsSync(outsideTarget)).toBe(false);
  });

  it('names a read-only or full disk in words, not by errno code', async () => {
    const { describeFsError } = await import('../../src/io/write.js');
    expect(describeFsError({ code: 'EROFS' })).toBe('read-only file system');
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied');
    expect(describeFsError({ code: 'ENOSPC' })).toBe('no space left on the device');
  });

  it('a temporary file still tracked when the process exits is removed', async () => {
    const { spawnSync } = await import('node:child_process');
    const target = join(dir, 'exit-hook.md');
    const script = `import { temporaryPath, trackTemporary } from ${JSON.stringify(join(import.meta.dirname, '../../dist/io/write.js'))};
      import { writeFileSync } from 'node:fs';
      const tmp = temporaryPath(${JSON.stringify(target)}); trackTemporary(tmp); writeFileSync(tmp, 'half'); process.exit(3);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.status).toBe(3);
    expect((await readdir(dir)).filter((f) => f.includes('exit-hook'))).toEqual([]);
  });
});
