/**
 * The month and weekday tables come from a build-time snapshot when it was built from this
 * runtime's ICU data, and are built from Intl otherwise (rules/date-words.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDateVocabulary, loadDateVocabulary, MONTH_NAMES, vocabularyKey, WEEKDAY_NAMES } from '../../src/rules/date-words.js';

const write = (data: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ae-dates-')), 'snapshot.json');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
};

describe('date vocabulary snapshot', () => {
  it('reads a snapshot built from the same ICU data instead of building the tables', () => {
    const file = write({ key: vocabularyKey(), months: [['zzmonth', 4]], weekdays: ['zzday'] });
    expect(loadDateVocabulary(file).months).toEqual([['zzmonth', 4]]);
  });

  it('builds the tables when the snapshot is from other ICU data, or missing', () => {
    const live = buildDateVocabulary();
    expect(loadDateVocabulary(write({ key: 'icu 1.0 other', months: [['zzmonth', 4]], weekdays: [] }))).toEqual(live);
    expect(loadDateVocabulary(path.join(os.tmpdir(), 'no-such-snapshot.json'))).toEqual(live);
  });

  it('a snapshot round trip keeps the tables and their order (the month alternation is built in table order)', () => {
    const live = buildDateVocabulary();
    const back = loadDateVocabulary(write(live));
    expect([...new Map(back.months)]).toEqual([...MONTH_NAMES]);
    expect([...new Set(back.weekdays)]).toEqual([...WEEKDAY_NAMES]);
    expect(MONTH_NAMES.get('märz')).toBe(3);
  });
});
