/** Byline splitting: one table of bylines as scraped and the names they credit. */
import { describe, expect, it } from 'vitest';
import { leadingName, mergeAuthors, splitAuthors, stripBylineNoise } from '../../src/metadata/authors.js';

const TABLE: Array<[string, string[]]> = [
  ['By Jonny Hallam, Josh Pennington and Tim Lister, CNN', ['Jonny Hallam', 'Josh Pennington', 'Tim Lister']],
  ['By Ana Pereira', ['Ana Pereira']],
  ['by MARTA KOWALSKA and JOHN O’NEILL', ['Marta Kowalska', 'John O’Neill']],
  ['Ruth Adeyemi, Senior Reporter', ['Ruth Adeyemi']],
  ['Lena Ostrova | March 7, 2023', ['Lena Ostrova']],
  ['Lena Park - Mar 4, 2021, 9:12 pm CST', ['Lena Park']],
  ['By Tomas Berg - 03/04/21 08:15 AM EST', ['Tomas Berg']],
  ['By Nora Vance | Special to the Valley Post', ['Nora Vance']],
  ['Von Klara Hoffmann und Jens Weber', ['Klara Hoffmann', 'Jens Weber']],
  ['Par Camille Roux et Hugo Lambert', ['Camille Roux', 'Hugo Lambert']],
  ['Von Moritz Anders publiziert am 25. September 2018', ['Moritz Anders']],
  ['By Meg JonesStaff Writer', ['Meg Jones']],
  ['By PAULA RIOS and EDGAR LUNDAssociated Press', ['Paula Rios', 'Edgar Lund']],
  ['By Sam Ortiz Thursday, March 4, 2021, 03:25 pm PT', ['Sam Ortiz']],
  ['Ivo Petrov, Wednesday', ['Ivo Petrov']],
  ['Harbour Gazette Staff', []],
  ['The Associated Press', []],
  ['Reuters', []],
  ['written by Regan', []],
  ['By Hanna van der Berg', ['Hanna van der Berg']],
  ['Author: Luis García', ['Luis García']],
  ['By jane@example.com', []],
  ['By Rita Sol @RitaSolWrites Mar 4, 2021, 10:52am EST', ['Rita Sol']],
  ['By Rita Sol@RitaSolWrites Mar 4, 2021, 10:52am EST', ['Rita Sol']],
  ['Omar Lind Omar Lind is a reporter for the Valley Post.', ['Omar Lind']],
];

describe('splitAuthors', () => {
  for (const [byline, names] of TABLE) {
    it(JSON.stringify(byline), () => expect(splitAuthors(byline)).toEqual(names));
  }
  it('gives nothing for null, empty or overlong input', () => {
    expect(splitAuthors(null)).toEqual([]);
    expect(splitAuthors('')).toEqual([]);
    expect(splitAuthors('By A B '.repeat(60))).toEqual([]);
  });
});

describe('stripBylineNoise', () => {
  it('drops the prefix, the date tail, handles and addresses', () => {
    expect(stripBylineNoise('By Kim Lee @kimlee - Nov 2, 2021')).toBe('Kim Lee');
    expect(stripBylineNoise('By Kim Lee kim@example.org')).toBe('Kim Lee');
    expect(stripBylineNoise('By Kim Lee@kimlee')).toBe('Kim Lee');
  });
  it('keeps a tail that is not a date', () => {
    expect(stripBylineNoise('Kim Lee - Harbour Gazette')).toBe('Kim Lee - Harbour Gazette');
  });
});

describe('leadingName', () => {
  it('cuts where the words stop looking like a name', () => {
    expect(leadingName('Moritz Anders publiziert am 3. Mai')).toBe('Moritz Anders');
    expect(leadingName('Sam Ortiz Monday')).toBe('Sam Ortiz');
  });
  it('leaves a part that does not start with a full name', () => {
    expect(leadingName('the newsroom of the Post')).toBe('the newsroom of the Post');
    expect(leadingName('Ana Pereira')).toBe('Ana Pereira');
  });
});

describe('mergeAuthors', () => {
  it('keeps the first spelling of each name', () => {
    expect(mergeAuthors(['Ana Pereira'], ['ana pereira', 'Tim Roe'])).toEqual(['Ana Pereira', 'Tim Roe']);
  });
});

describe('interview bylines', () => {
  it('credits both people of "A im Gespräch mit B" and its kin', async () => {
    const { splitAuthors } = await import('../../src/metadata/authors.js');
    expect(splitAuthors('Anna Berg im Gespräch mit Tom Kurz')).toEqual(['Anna Berg', 'Tom Kurz']);
    expect(splitAuthors('Anna Berg in conversation with Tom Kurz')).toEqual(['Anna Berg', 'Tom Kurz']);
  });
});
