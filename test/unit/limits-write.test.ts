/**
 * A full disk while writing an output file (simulated: the write stores part of the data, then
 * fails with ENOSPC): a clean WRITE_FAILED error, no temporary file left, and an earlier version
 * of the target untouched. Nothing is ever half-written under the real name.
 */
import { mkdtemp, readdir, readFile, rm, writeFile as realWriteFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: async (path: Parameters<typeof real.writeFile>[0], data: string) => {
      // Only the temporary file of the target named full-disk meets the full disk.
      if (!/full-disk.*\.tmp$/.test(String(path))) return real.writeFile(path, data);
      await real.writeFile(path, data.slice(0, 16));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

const { writeAtomic } = await import('../../src/io/write.js');
const { ExtractError } = await import('../../src/errors.js');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-fulldisk-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeAtomic on a full disk', () => {
  it('fails with WRITE_FAILED, leaves no temporary file and keeps the old target', async () => {
    const target = join(dir, 'full-disk.md');
    await realWriteFile(target, 'the earlier, complete version\n');
    const err = await writeAtomic(target, 'x'.repeat(10_000), dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as InstanceType<typeof ExtractError>).code).toBe('WRITE_FAILED');
    expect((err as Error).message).toBe(`${target}: cannot write (no space left on the device)`);
    expect(await readdir(dir)).toEqual(['full-disk.md']);
    expect(await readFile(target, 'utf8')).toBe('the earlier, complete version\n');
  });

  it('writes normally when the disk has room', async () => {
    const target = join(dir, 'fine.md');
    await writeAtomic(target, 'all of it\n', dir);
    expect(await readFile(target, 'utf8')).toBe('all of it\n');
  });
});
