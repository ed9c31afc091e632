/** HTML byline and author candidates (src/html/byline.ts, src/rules/html-byline.ts). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorNames, bylineText, chooseAuthors, labelledBylines, prepareByline, type SiteNames } from '../../src/html/byline.js';

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
    ['By Ann Smith and Bo Chen Thursday, March 4, 2021, 03:25 pm PT', 'By Ann Smith and Bo Chen'],
    ['Ann Smith 5 Min Read', 'Ann Smith'],
    ['Ann Smith Published 6:12 PM EST Mar 4, 2021', 'Ann Smith'],
    ['By Ann Smith, Bo Chen 2021-03-04T21:15:36Z', 'By Ann Smith, Bo Chen'],
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
    expect(authorNames('Ann Smith Harbour Gazette Published 3:48 AM EST Mar 5, 2021', site)).toEqual(['Ann Smith']);
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
    // The label goes with the rest (src/rules/byline-labels.ts); "By" is left to the shared splitter.
    ['Von Max Muster 20. November 2019, 10:31 Uhr', 'Max Muster'],
    ['Par Claire Dubois, mis à jour le 3 mai 2021', 'Claire Dubois'],
    ['Por Ana Ruiz 3 de mayo de 2020', 'Ana Ruiz'],
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

describe('byline cleaning for the open web', () => {
  const none: SiteNames = { siteName: null, publisher: null, host: null };
  it.each([
    // A weekday's short form left before a cut date.
    ['Von Lena Hartmann Di, 12. März 2019', ['Lena Hartmann']],
    // Reading time and relative time in German, glued "vor" included.
    ['von Lena Hartmann Lesezeit: 6 Min.', ['Lena Hartmann']],
    ['Lena Hartmannvor 3 Stunden Mehr', ['Lena Hartmann']],
    ['Pablo Ortega hace 2 horas', ['Pablo Ortega']],
    // The label after a date line, and the next field of a meta box.
    ['Posted on March 3, 2021 by Tom Kurz', ['Tom Kurz']],
    ['Datum: 02.03.2021 Autor: Tom Kurz Quelle: Stadtblatt', ['Tom Kurz']],
    ['von Tom Kurz Seite teilen:', ['Tom Kurz']],
    ['Interview: Tom Kurz', ['Tom Kurz']],
    ['Veröffentlicht von Tom Kurz', ['Tom Kurz']],
    ['Rezept von Tom Kurz', ['Tom Kurz']],
    ['Autorin: Lena Hartmann', ['Lena Hartmann']],
    ['Door Pieter Jansen', ['Pieter Jansen']],
    ['Napisał Jan Nowak', ['Jan Nowak']],
    // A particle is no label inside a name; initials are no name in capitals.
    ['Lukas von Brandt', ['Lukas von Brandt']],
    ['T. R. Ammon', ['T. R. Ammon']],
    // Soft hyphens are not part of the name.
    ['Von Mat\u00adthi\u00adas Kern', ['Matthias Kern']],
  ])('%s -> %j', (raw, expected) => {
    expect(authorNames(raw, none)).toEqual(expected);
  });

  it('rejects phrases, CMS accounts, advertising labels, companies, publications and weekday rows', () => {
    for (const raw of ['Mein Motto', 'Site Admin', 'Anzeige Partner', 'Web Agentur GmbH', 'Mi Do Fr Sa', 'Nordstadt Zeitung', 'Zum Profil']) expect(authorNames(raw, none)).toEqual([]);
  });

  it('keeps a person named like their own domain, but not a one-word handle or a publication', () => {
    expect(authorNames('Lena Hartmann', { ...none, host: 'www.lenahartmann.example' })).toEqual(['Lena Hartmann']);
    expect(authorNames('NordBlog', { ...none, host: 'nordblog.example' })).toEqual([]);
  });

  it('drops the dateline after the outlet, and the bio sentence after the name', () => {
    expect(authorNames('By Ann Lee, Harbour News, Springfield', none)).toEqual(['Ann Lee']);
    expect(authorNames('By Ann Lee, CNN, and Bo Chen, AP', none)).toEqual(['Ann Lee', 'Bo Chen']);
    expect(authorNames('Tom Kurz Tom is a full-stack engineer', none)).toEqual(['Tom Kurz']);
  });
  it('drops avatar initials before each name', () => {
    expect(authorNames('LH Lena Hartmann TK Tom Kurz', none)).toEqual(['Lena Hartmann', 'Tom Kurz']);
    expect(authorNames('Lena Hartmann, TK Tom Kurz', none)).toEqual(['Lena Hartmann', 'Tom Kurz']);
  });
});

describe('labelledBylines', () => {
  const texts = (html: string) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    return [...labelledBylines(document.body, () => false)];
  };
  it('reads a label and the names after it, across elements and character references', () => {
    expect(texts('<p>Von <a href="/p/jm">J&ouml;rg M&uuml;ller</a></p>')).toEqual(['Von Jörg Müller']);
    expect(texts('<p>Lorem ipsum.<br><strong>Text:</strong> Lena Hartmann</p>')).toEqual(['Text: Lena Hartmann']);
    expect(texts('<h4>Autor</h4><p><a href="/p/lh">Lena Hartmann</a>, </p>')).toEqual(['Autor: Lena Hartmann,']);
    expect(texts('<div><span>Top!</span><span>| By </span><span>Lena Hartmann</span></div>')).toEqual(['By Lena Hartmann']);
  });
  it('skips a label in the middle of a sentence, in a link or headline, and in a data sheet', () => {
    expect(texts('<p>See the <a href="/g">care guide</a> by <a href="/a">Tom Kurz</a> for more.</p>')).toEqual([]);
    expect(texts('<a href="/x">Von Tom Kurz</a><h2>Von Tom Kurz</h2>')).toEqual([]);
    expect(texts('<div>Titel: Nachtzug</div><div>Autorin: Lena Hartmann</div><div>Verlag: Nordbuch</div>')).toEqual([]);
  });
  it('skips a label that opens a sentence', () => {
    expect(texts('<p>Von Anna Berg habe ich gelernt, dass es geht.</p>')).toEqual([]);
    expect(texts('<p>Von Anna Berg, 3. Mai 2021</p>')).toEqual(['Von Anna Berg, 3. Mai 2021']);
  });
});

describe('readMetadata authors', () => {
  const read = async (html: string, url: string | null = null) => {
    const { readMetadata } = await import('../../src/html/metadata.js');
    const { document } = parseHTML(html);
    return readMetadata(document, url);
  };
  it('reports a labelled byline in the page text, and lets it overrule a disjoint JSON-LD account', async () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Web Master Account"}}</script>';
    const m = await read(`<html><head>${ld}</head><body><h1>Ein Titel</h1><p><strong>Von Lena Hartmann</strong></p><p>Text.</p></body></html>`);
    expect(m.authors).toEqual(['Lena Hartmann']);
    expect(m.byline).toBe('Von Lena Hartmann');
  });
  it('gives no labelled byline on a page crediting many people', async () => {
    const m = await read('<html><body><ul><li>Von Anna Berg</li><li>Von Tom Kurz</li><li>Von Lena Hartmann</li><li>Von Pablo Ortega</li></ul></body></html>');
    expect(m.authors).toEqual([]);
  });
  it("reads the author in an article's own footer and aside, and beside a column class on the article", async () => {
    let m = await read('<html><body><article><h1>T</h1><p>Text.</p><footer><address itemprop="author"><span itemprop="name">Lena Hartmann</span></address></footer></article></body></html>');
    expect(m.authors).toEqual(['Lena Hartmann']);
    m = await read('<html><body><article class="sticky-sidebar-parent"><h1>T</h1><span class="byline">By Tom Kurz</span></article></body></html>');
    expect(m.authors).toEqual(['Tom Kurz']);
    m = await read('<html><body><div class="widget Blog"><div class="post hentry"><h3>T</h3><span class="post-author">Posted by Tom Kurz</span></div></div></body></html>');
    expect(m.authors).toEqual(['Tom Kurz']);
  });
  it('still ignores author names in a page-level sidebar', async () => {
    const m = await read('<html><body><h1>T</h1><p>Text.</p><div class="sidebar"><span class="byline">By Tom Kurz</span></div></body></html>');
    expect(m.authors).toEqual([]);
  });
  it('prefers the byline element that names the JSON-LD author over an earlier teaser', async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lena Hartmann"}}</script>';
    const m = await read(`<html><head>${ld}</head><body><div class="teaser"><div class="article-author">Tom Kurz</div></div><article><div class="story-author">Lena Hartmann</div></article></body></html>`);
    expect(m.byline).toBe('Lena Hartmann');
  });
  it('reads JSON-LD with raw line breaks in a string, and a Person that is also an Organization', async () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","articleBody":"line one\nline two","author":{"@type":["Person","Organization"],"name":"Lena Hartmann"}}</script>';
    const m = await read(`<html><head>${ld}</head><body><p>x</p></body></html>`);
    expect(m.authors).toEqual(['Lena Hartmann']);
  });
  it('reads the "Written by" label/data pair of twitter meta tags', async () => {
    const m = await read('<html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Lena Hartmann"></head><body><p>x</p></body></html>');
    expect(m.authors).toEqual(['Lena Hartmann']);
  });
  it('reads a name signed under the article, but not a bold name between paragraphs of prose', async () => {
    const prose = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(5)}</p>`;
    let m = await read(`<html><body><h1>T</h1>${prose}<p align="right"><em>Lena Hartmann</em></p><p>(1) A footnote.</p></body></html>`);
    expect(m.authors).toEqual(['Lena Hartmann']);
    m = await read(`<html><body><h1>T</h1>${prose}<p><strong>Lena Hartmann</strong></p>${prose}</body></html>`);
    expect(m.authors).toEqual([]);
  });
  it('reads a "date - name" line under the headline and a copyright line under the article', async () => {
    let m = await read('<html><body><h1>Ein Titel</h1><p class="text-muted">11.12.2019 - Lena Hartmann</p><p>Text.</p></body></html>');
    expect(m.authors).toEqual(['Lena Hartmann']);
    m = await read('<html><body><h1>Ein Titel</h1><p>Ein Untertitel ohne Namen - 11.12.2019</p><p>Text.</p></body></html>');
    expect(m.authors).toEqual([]);
    const prose = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(5)}</p>`;
    m = await read(`<html><body><h1>T</h1>${prose}<p>© 2019 Lena Hartmann</p></body></html>`);
    expect(m.authors).toEqual(['Lena Hartmann']);
  });
  it('reads a writer named by a class in another word or language', async () => {
    const m = await read('<html><body><h1>T</h1><div class="autor">Lena Hartmann</div><p>Text.</p></body></html>');
    expect(m.authors).toEqual(['Lena Hartmann']);
  });
});
