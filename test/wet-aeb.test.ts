/**
 * WET input over real pages (issue 13): the extraction benchmark's 181 text renders laid out as a
 * Common Crawl WET file (bench/wet-aeb.mjs). The benchmark is not part of the repository (a clean
 * clone has no ../shared), so this test skips itself, with that reason, where it is absent.
 * WET_AEB_DIR names another folder of text renders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-process.js';

const AEB_TEXT = process.env.WET_AEB_DIR ?? join(ROOT, '..', 'shared', 'bench', 'aeb', 'text');

describe('benchmark text renders as a WET file', () => {
  it('one line per page, in order, url from the record, text identical to each file converted alone; .wet and .warc.gz the same', (ctx) => {
    if (!existsSync(AEB_TEXT)) ctx.skip(`${AEB_TEXT} is absent: the benchmark data is not part of the repository`);
    const pages = readdirSync(AEB_TEXT).filter((f) => f.endsWith('.txt')).length;
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'wet-aeb.mjs'), AEB_TEXT], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${pages} pages from ${AEB_TEXT}: ${pages} lines, ${pages} with text identical to the file's conversion; .wet same, .warc.gz same`);
  }, 600_000);
});
