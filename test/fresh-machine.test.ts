/**
 * A fresh machine has Node and nothing else (README: `npm ci && npm test`). A test that needs an
 * optional system tool skips itself with the reason; CI installs the tools (.ci/run) and waits
 * for a package-manager lock held by another process (.ci/apt-install).
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-fresh-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a machine with only Node', () => {
  it('the GNU parallel test is skipped with its reason, not failed, when parallel is absent', async () => {
    // A PATH holding node alone: no parallel, no shell tools.
    const bin = join(dir, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/batch.e2e.test.ts', '-t', 'GNU parallel', '--reporter=verbose'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: bin, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/GNU parallel[^\n]*\[GNU parallel is not installed/);
  });
});

describe('.ci/apt-install', () => {
  it('retries while another process holds the package-manager lock', async (ctx) => {
    if (process.platform === 'win32') ctx.skip('bash script');
    // A stand-in apt-get: the first two calls fail as apt does when dpkg's lock is held.
    const bin = join(dir, 'apt-bin');
    await mkdir(bin);
    const count = join(dir, 'calls');
    await writeFile(count, '');
    await writeFile(
      join(bin, 'apt-get'),
      `#!/usr/bin/env bash\necho "$*" >> "${count}"\nif [ "$(wc -l < "${count}")" -le 2 ]; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)" >&2; exit 100; fi\nexit 0\n`,
    );
    await chmod(join(bin, 'apt-get'), 0o755);
    const r = spawnSync('bash', [join(ROOT, '.ci', 'apt-install'), 'parallel'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, APT_SUDO: '', APT_WAIT: '0', APT_TRIES: '5' },
    });
    expect(r.status, r.stderr).toBe(0);
    const calls = (await readFile(count, 'utf8')).trim().split('\n');
    expect(calls.at(-1)).toMatch(/install -y parallel/);
    expect(calls.every((c) => c.includes('DPkg::Lock::Timeout='))).toBe(true);
    expect(r.stderr).toMatch(/retrying/);
  });
});
