/** HTML byline and author candidates (src/html/byline.ts, src/rules/html-byline.ts). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorNames, bylineText, chooseAuthors, prepareByline, type SiteNames } from '../../src/html/byline.js';

const site: SiteNames = { siteName: 'Harbour Gazette', publisher: 'Harbour Media Group', host: 'www.harbourgazette.example' };

describe('bylineText', () => {
  it('keeps a gap between the texts of neighbouring elements', () => {
    const { document } = parseHTML('<div id="b">By <a>ANNA BERG</a><span>Harbour Wire</span><br>Monday</div>');
    expect(bylineText(document.getElementById('b')!)).toBe('By ANNA BERG Harbour Wire Monday');
  });

  it('joins a word split by a styled last letter, as the page shows it', () => {
    const { document } = parseHTML('<div id="b"><a>Lena Marto<span class="last-letter">s</span></a></div>');
    expect(bylineText(document.getElementById('b')!)).toBe('Lena Martos');
  });
});

describe('prepareByline', () => {
  it.each([
    ['By Ann Smith and Bo Chen Monday, November 18, 2019, 04:05 pm PT', 'By Ann Smith and Bo Chen'],
    ['Ann Smith 5 Min Read', 'Ann Smith'],
    ['Ann Smith Published 7:07 PM EST Nov 19, 2019', 'Ann Smith'],
    ['By Ann Smith, Bo Chen 2019-11-18T22:05:36Z', 'By Ann Smith, Bo Chen'],
    ['Analysis by Ann Smith, Chief Correspondent', 'Ann Smith, Chief Correspondent'],
    ['By ANN SMITH and BO CHEN Associated Press', 'By ANN SMITH and BO CHEN'],
    ['Ann Smith, MS, RDN', 'Ann Smith'],
    ['Ann Smith View More Articles', 'Ann Smith'],
    // A month name without a day after it is a first name, not a date.
    ['By April Jones', 'By April Jones'],
  ])('%s -> %s', (raw, expected) => {
    expect(prepareByline(raw)).toBe(expected);
  });
});

describe('authorNames', () => {
  it('splits and cleans names', () => {
    expect(authorNames('By ANN SMITH, BO CHEN and CARLA DIAZ Associated Press', site)).toEqual(['Ann Smith', 'Bo Chen', 'Carla Diaz']);
  });
  it('rejects the site, its publisher and its host name', () => {
    expect(authorNames('Harbour Gazette', site)).toEqual([]);
    expect(authorNames('Harbour Media Group', site)).toEqual([]);
    expect(authorNames('Harbourgazette', site)).toEqual([]);
  });
  it('rejects single words, "The ..." and outlet names with an acronym', () => {
    expect(authorNames('by Catherine', site)).toEqual([]);
    expect(authorNames('The Morning Desk Team', site)).toEqual([]);
    expect(authorNames('By Ann Smith, HGN Business', site)).toEqual(['Ann Smith']);
  });
  it('drops the site name run into the end of the byline', () => {
    expect(authorNames('Ann Smith Harbour Gazette Published 2:16 AM EST Nov 20, 2019', site)).toEqual(['Ann Smith']);
  });
});

describe('chooseAuthors', () => {
  it('keeps JSON-LD names unless the visible byline adds co-authors', () => {
    expect(chooseAuthors(['Ann Smith'], ['Ann Smith', 'Bo Chen'], [])).toEqual(['Ann Smith', 'Bo Chen']);
    expect(chooseAuthors(['Ann Smith', 'Bo Chen'], ['Ann Smith'], [])).toEqual(['Ann Smith', 'Bo Chen']);
  });
  it('lets a byline element overrule a disjoint JSON-LD author, but not a loose author box', () => {
    expect(chooseAuthors(['Site Admin Account'], ['Ann Smith'], [], true)).toEqual(['Ann Smith']);
    expect(chooseAuthors(['Ann Smith'], ['Bo Chen'], [], false)).toEqual(['Ann Smith']);
  });
  it('falls back to the visible byline, then the meta tag', () => {
    expect(chooseAuthors([], ['Bo Chen'], ['Ann Smith'])).toEqual(['Bo Chen']);
    expect(chooseAuthors([], [], ['Ann Smith'])).toEqual(['Ann Smith']);
  });
});

describe('names in capitals followed by an outlet', () => {
  it('keeps the capitals and drops the mixed-case outlet after them', () => {
    expect(prepareByline('By ANN SMITH and BO CHEN Harbour Wire')).toBe('By ANN SMITH and BO CHEN');
    expect(prepareByline('ANN SMITH, BO CHEN Harbour Wire Service')).toBe('ANN SMITH, BO CHEN');
  });
  it('leaves mixed-case bylines alone', () => {
    expect(prepareByline('By Ann Smith and Bo Chen')).toBe('By Ann Smith and Bo Chen');
  });
});

describe('bylines in other languages', () => {
  it.each([
    ['Von Max Muster 20. November 2019, 10:31 Uhr', 'Von Max Muster'],
    ['Par Claire Dubois, mis à jour le 3 mai 2021', 'Par Claire Dubois'],
    ['Por Ana Ruiz 3 de mayo de 2020', 'Por Ana Ruiz'],
    ['Max Muster Aktualisiert am 20.11.2019', 'Max Muster'],
  ])('%s -> %s', (raw, expected) => {
    expect(prepareByline(raw)).toBe(expected);
  });
  it('keeps Domingo as a name', () => {
    expect(authorNames('By Plácido Domingo', site)).toEqual(['Plácido Domingo']);
  });
});

describe('AUTHOR_REJECTS', () => {
  it('does not take a CJK name written without a space for a single word', async () => {
    const { AUTHOR_REJECTS } = await import('../../src/rules/html-byline.js');
    const single = AUTHOR_REJECTS.find((r) => r.id === 'single-word')!;
    expect(single.test('王小明')).toBe(false);
    expect(single.test('Regan')).toBe(true);
  });
});
