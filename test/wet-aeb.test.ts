/**
 * WET input over real pages (issue 13): the extraction benchmark's 181 text renders laid out as a
 * Common Crawl WET file (bench/wet-aeb.mjs). The benchmark is not part of the repository (a clean
 * clone has no ../shared), so this test is skipped, with that reason, where it is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-process.js';

const AEB_TEXT = join(ROOT, '..', 'shared', 'bench', 'aeb', 'text');
const present = existsSync(AEB_TEXT);

describe.skipIf(!present)(`aeb text renders as a WET file${present ? '' : ` (skipped: ${AEB_TEXT} is absent; the benchmark is not part of the repository)`}`, () => {
  it('one line per page, in order, url from the record, text identical to each file converted alone; .wet and .warc.gz the same', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'wet-aeb.mjs'), AEB_TEXT], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^181 pages from .*: 181 lines, 181 with text identical to the file's conversion; \.wet same, \.warc\.gz same/);
  }, 600_000);
});
