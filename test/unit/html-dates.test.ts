/** The publication date of an HTML page (src/html/metadata.ts, dates from src/metadata/date.ts). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata, TIME_SELECTORS, TIME_TESTS, VISIBLE_DATE_SELECTORS, VISIBLE_DATE_TESTS } from '../../src/html/metadata.js';

const published = (html: string, url: string | null = null) => readMetadata(parseHTML(html).document, url).published;

describe('published date of an HTML page', () => {
  it('reads a blog post date heading above the post title inside a "widget" wrapper, not the comments', () => {
    const html = `<html lang="de"><head><title>Ein Besuch im Garten | Mein Blog</title></head><body>
      <div class="widget Blog"><div class="date-outer"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2>
      <div class="post"><h3 class="post-title">Ein Besuch im Garten</h3><div class="post-body"><p>Heute waren wir im Garten und haben viele Blumen gesehen.</p></div></div>
      <div class="comments"><div class="comment"><span class="datetime">7. Oktober 2013 um 10:12</span><p>Schön!</p></div></div></div></div>
      <div class="sidebar"><div class="widget BlogArchive"><ul><li class="archivedate">Oktober 2013 (3)</li></ul></div></div></body></html>`;
    expect(published(html)).toBe('2013-10-05');
  });

  it('skips a <time datetime> in the comments and reads the date line under the headline', () => {
    const html = `<html lang="de"><head><title>Tomaten richtig schneiden</title></head><body>
      <h1>Tomaten richtig schneiden</h1><div class="info"><span>von Anna</span> <span>am 20.09.2020</span></div>
      <p>Mit einem scharfen Messer geht es am besten, und zwar quer zum Strunk.</p>
      <section id="comments"><div class="comment"><time datetime="2020-09-23T18:19:06+02:00">23.09.20 | 18:19</time> Sehr hilfreich.</div></section></body></html>`;
    expect(published(html)).toBe('2020-09-20');
  });

  it('takes the day in the address over a UTC timestamp that fell on the next day', () => {
    const html = `<html lang="en"><head><title>Markets close lower</title><link rel="canonical" href="https://news.example/2019/11/18/markets-close-lower/">
      <meta property="article:published_time" content="2019-11-19T03:05:46Z"></head><body><h1>Markets close lower</h1><p>Stocks fell.</p></body></html>`;
    expect(published(html)).toBe('2019-11-18');
  });

  it('reads the date in an aside of the article, and a French label', () => {
    const html = `<html lang="fr"><head><title>Le port se transforme</title></head><body><article><h1>Le port se transforme</h1>
      <aside class="meta"><p>Mis à jour le 4 mars 2021</p><p>Publié le 2 mars 2021</p></aside><p>Le vieux port devient un marché couvert.</p></article></body></html>`;
    expect(published(html)).toBe('2021-03-02');
  });

  it('does not take a date from a related-articles list', () => {
    const html = `<html lang="en"><head><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes</h1>
      <p>The winter timetable starts next week and brings fewer crossings to the islands.</p>
      <div class="related-posts"><ul><li><a href="/a">Fish prices fall</a> <span class="date">March 3, 2021</span></li></ul></div></body></html>`;
    expect(published(html)).toBeNull();
  });

  it('takes the day printed under the headline when a UTC timestamp fell on the next day', () => {
    const html = `<html lang="pt"><head><title>O porto muda</title><meta property="article:published_time" content="2022-05-04T00:44:52Z"></head><body>
      <h1>O porto muda</h1><div class="post-meta"><span class="data">03/05/2022 21:44</span></div><p>O velho porto vira um mercado coberto.</p></body></html>`;
    expect(published(html)).toBe('2022-05-03T21:44:00');
  });

  it('reads a dateline opening the first paragraph, and a published label anywhere as a last resort', () => {
    const dateline = `<html lang="de"><head><title>Radwege in Köln</title></head><body><h1>Radwege in Köln</h1>
      <p>3.5.2021 - Der Stadtrat hat am Montag einen neuen Plan für die Radwege der Innenstadt beschlossen, sagte die Sprecherin.</p></body></html>`;
    expect(published(dateline)).toBe('2021-05-03');
    const labelled = `<html lang="de"><head><title>Eine Kritik</title></head><body><h1>Eine Kritik</h1>${'<p>Ein langer Absatz über das Buch und seine Sprache.</p>'.repeat(45)}
      <div class="info"><p>Letzte Änderung: 13.03.2021</p><p>Erschienen am: 14.03.2021</p></div></body></html>`;
    expect(published(labelled)).toBe("2021-03-14");
  });

  it('reads a published label in a footer line broken by <br> elements (a text, not a container)', () => {
    const html = `<html lang="de"><head><title>Ein Roman</title></head><body><h1>Ein Roman</h1>${'<p>Ein langer Absatz über den Roman und seine Figuren.</p>'.repeat(45)}
      <div class="foot"><p>Diese Besprechung darf mit Quellenangabe und Verweis auf die Seite in Zeitschriften, Zeitungen und Rundbriefen nachgedruckt werden; für andere Zwecke fragen Sie bitte die Redaktion.</p><p>Letzte Änderung: 02.06.2020 - 10:15:00<br>Erschienen am: 03.06.2020<br>Aufrufe: 12<br>© beim Autor<br><a href="/lizenz">Lizenz</a></p></div></body></html>`;
    expect(published(html)?.slice(0, 10)).toBe('2020-06-03');
    // More than a few real child elements: a container, whose own children are searched instead.
    const container = `<html lang="de"><head><title>Ein Roman</title></head><body><h1>Ein Roman</h1><p>Ein Absatz.</p>
      <div><span>a</span><span>b</span><span>c</span><span>Erschienen am: 03.06.2020</span></div></body></html>`;
    expect(published(container)?.slice(0, 10)).toBe('2020-06-03');
  });

  it('falls back to an update date when the page states no other date, but prefers a published label', () => {
    const body = '<p>Die Anleitung erklärt Schritt für Schritt, wie der Antrag gestellt wird.</p>'.repeat(30);
    const onlyUpdated = `<html lang="de"><head><title>Antrag stellen</title></head><body><h1>Antrag stellen</h1>${body}<div class="meta"><p>Anleitung für Einsteiger</p><p>Zuletzt geändert am 05.02.2019</p></div></body></html>`;
    expect(published(onlyUpdated)?.slice(0, 10)).toBe('2019-02-05');
    const both = `<html lang="de"><head><title>Antrag stellen</title></head><body><h1>Antrag stellen</h1>${body}<div class="meta"><p>Anleitung für Einsteiger</p><p>Zuletzt geändert am 05.02.2019</p><p>Veröffentlicht am 01.12.2018</p></div></body></html>`;
    expect(published(both)?.slice(0, 10)).toBe('2018-12-01');
  });

  it('takes the datePublished of a recipe or how-to page described in JSON-LD', () => {
    const page = (type: string) => `<html lang="en"><head><title>Lemon bars</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Lemon bars","datePublished":"2021-04-09T08:00:00Z"}</script></head><body>
      <h1>Lemon bars</h1><p>Mix the butter and sugar, press into a tin and bake.</p></body></html>`;
    expect(published(page('Recipe'))).toBe('2021-04-09T08:00:00Z');
    expect(published(page('HowTo'))).toBe('2021-04-09T08:00:00Z');
    expect(published(page('Product'))).toBeNull();
  });

  it('reads an all-numeric date in a meta tag month first, as software writes it, whatever the page language', () => {
    const html = `<html lang="de"><head><title>Trinkwasser belastet</title><meta name="date" content="11/01/2023 12:43:42"></head><body>
      <h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht werden.</p></body></html>`;
    expect(published(html)).toBe('2023-11-01T12:43:42');
  });

  it('takes the printed day over a zoned timestamp one day off, but keeps the timestamp when they are farther apart', () => {
    const page = (stamp: string) => `<html lang="es"><head><title>Los candidatos</title><meta property="article:published_time" content="${stamp}"></head><body>
      <h1>Los candidatos</h1><div class="fecha date">6 de mayo de 2022</div><p>Los candidatos visitaron la universidad.</p></body></html>`;
    expect(published(page('2022-05-05T21:00:00-05:00'))).toBe('2022-05-06');
    expect(published(page('2022-05-01T21:00:00-05:00'))).toBe('2022-05-01T21:00:00-05:00');
  });
});

describe('date-named elements are found by tests that agree with their selectors', () => {
  // Every variant the selectors distinguish: tag case, attribute presence and value case, class
  // substrings in any case, <time> inside and outside <article>, elements inside <template>.
  const page = `<!doctype html><html><head><title>t</title></head><body>
    <TIME datetime="2020-01-01" pubdate>a</TIME><time>b</time><time datetime="2020-01-02">c</time>
    <span itemprop="datePublished">d</span><span itemprop="datepublished" datetime="x">e</span>
    <meta itemprop="datePublished" content="2020-01-03"><div itemprop="datePublished" datetime="2020">f</div>
    <article><div><time datetime="2020-01-04">g</time></div></article><section><time datetime="2020-01-05" pubdate="">h</time></section>
    <p class="Publish-Date">i</p><p class="entry-DATE">j</p><p class="TimeStamp">k</p><p class="submitted-by">l</p>
    <p class="post-META">m</p><p class="BylineBox">n</p><p class="other">o</p><p id="date">p</p><p class="">q</p>
    <template><time datetime="2020-01-06">r</time><p class="date">s</p></template>
    <svg><time datetime="2020-01-07">t</time></svg></body></html>`;
  const { document } = parseHTML(page);
  const all = [...document.querySelectorAll('*')];
  const label = (els: Element[]) => els.map((e) => `${e.localName}:${e.textContent}`);

  it.each(VISIBLE_DATE_SELECTORS.map((sel, i) => [sel, i] as const))('%s', (sel, i) => {
    expect(label(all.filter(VISIBLE_DATE_TESTS[i]!))).toEqual(label([...document.querySelectorAll(sel)]));
  });
  it.each(TIME_SELECTORS.map((sel, i) => [sel, i] as const))('%s', (sel, i) => {
    expect(label(all.filter(TIME_TESTS[i]!))).toEqual(label([...document.querySelectorAll(sel)]));
  });
  it('each list has one test per selector', () => {
    expect(VISIBLE_DATE_TESTS).toHaveLength(VISIBLE_DATE_SELECTORS.length);
    expect(TIME_TESTS).toHaveLength(TIME_SELECTORS.length);
  });
});
