/** Dates (src/metadata/date.ts): found in free text, normalised to ISO 8601, never moved to another day. */
import { describe, expect, it } from 'vitest';
import { isDateLine, parseDate } from '../../src/metadata/date.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    // A late-evening time with its offset keeps its own day: no conversion to UTC.
    ['2024-03-05T23:30:00-08:00', '2024-03-05T23:30:00-08:00'],
    ['2024-03-05T23:30:00+0530', '2024-03-05T23:30:00+05:30'],
    ['2024-03-05T23:30:00.123Z', '2024-03-05T23:30:00Z'],
    ['2024-03-05 08:15', '2024-03-05T08:15:00'],
    ['March 7, 2023', '2023-03-07'],
    ['Sept. 9, 2021', '2021-09-09'],
    ['7 March 2023', '2023-03-07'],
    ['7. März 2023', '2023-03-07'],
    ['12 de enero de 2022', '2022-01-12'],
    ['05.03.2024', '2024-03-05'],
    ['Updated 10:31 PM EST, Tue March 7, 2023', '2023-03-07T22:31:00-05:00'],
    ['Published 12:05 am GMT, 1 April 2020', '2020-04-01T00:05:00+00:00'],
    ['February 30, 2023', null],
    ['no date here', null],
    ['', null],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('isDateLine', () => {
  it('accepts a date line and rejects a sentence that mentions a date', () => {
    expect(isDateLine('Published: March 7, 2023, 10:31 PM')).toBe(true);
    expect(isDateLine('The committee met on March 7, 2023 to discuss the budget of the city and the plans of the new mayor for the coming years.')).toBe(false);
  });
});

describe('more languages and scripts', () => {
  it('reads Polish and Russian genitive months, CJK dates and French "14h32" times', () => {
    expect(parseDate('12 marca 2024')).toBe('2024-03-12');
    expect(parseDate('12 марта 2024 года, 14:32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024年3月12日 14:32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024년 3월 12일')).toBe('2024-03-12');
    expect(parseDate('12 mars 2024 à 14h32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024年13月40日')).toBeNull();
    expect(parseDate('The 4h30 train')).toBeNull();
  });
});
