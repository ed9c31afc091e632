/**
 * The HTML body on the open web (src/html/body.ts, clean.ts, dom.ts, rules/html-blocks.ts):
 * malformed pages, lead paragraphs, page-builder widgets, teaser lists and the per-language
 * page furniture.
 */
import { describe, expect, it } from 'vitest';
import { filterBlocks } from '../../src/html/clean.js';
import type { Block } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { LANGUAGE_PHRASES, PHRASE_PATTERNS } from '../../src/rules/html-blocks.js';

const S1 = 'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Mühle am Fluss zu einem Kulturzentrum umzubauen, nachdem ein Verein jahrelang dafür gesammelt hatte.';
const S2 = 'Die Bauarbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit, die mit Kosten von etwa drei Millionen Euro rechnet.';
const S3 = 'Im Erdgeschoss sind ein Café und eine Werkstatt geplant, im ersten Stock Räume für Ausstellungen, Lesungen und kleinere Konzerte des Vereins.';
const S4 = 'Der Vorsitzende des Vereins sagte, man freue sich darauf, das Gebäude nach so langer Zeit wieder mit Leben zu füllen und allen Bürgern zu öffnen.';
const ARTICLE = `<article><h1>Alte Mühle wird Kulturzentrum</h1><p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S4}</p></article>`;

const html = (body: string, head = '') => `<!DOCTYPE html><html lang="de"><head><title>Alte Mühle wird Kulturzentrum</title>${head}</head><body>${body}</body></html>`;
const textOf = async (page: string) => (await extract(page, { inputFormat: 'html' })).blocks.map((b) => b.text).join('\n');

describe('pages the fast DOM builds wrongly', () => {
  it('a PHP warning before the page\'s <!DOCTYPE> does not hide the article', async () => {
    const page = `<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/db.php</b> on line <b>29</b><br />\n${html(`<nav><a href="/">Start</a></nav>${ARTICLE}`)}`;
    const text = await textOf(page);
    expect(text).toContain(S1);
    expect(text).toContain(S4);
  });

  it('a whole document pasted into the article (a second <!DOCTYPE><html><body>) keeps its text', async () => {
    const page = `<!DOCTYPE html><head><title>T</title></head><body><div class="wrap"><article><h1>Alte Mühle wird Kulturzentrum</h1> <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body><p>${S1}</p><p>${S2}</p><p>${S3}</p></body></html></article></div></body></html>`;
    const text = await textOf(page);
    expect(text).toContain(S1);
    expect(text).toContain(S3);
  });
});

describe('the lead paragraph', () => {
  const LEAD = 'Nach jahrelangem Streit ist die Entscheidung gefallen: Die alte Mühle am Fluss wird ein Kulturzentrum. Der Verein hatte dafür über zehn Jahre lang Spenden gesammelt und Pläne gezeichnet.';
  const body = (lead: string) => `<div class="page"><header class="intro-box"><div class="kicker"><span>Lokales</span></div><div><div><p class="intro">${lead}</p></div></div></header><div class="columns"><div class="main">${ARTICLE.replace('<h1>Alte Mühle wird Kulturzentrum</h1>', '')}</div><aside><p>Anzeige</p></aside></div></div>`;

  it('is put back when the description was cut from it and Readability left it out', async () => {
    const page = html(`<h1>Alte Mühle wird Kulturzentrum</h1>${body(LEAD)}`, `<meta name="description" content="${LEAD.slice(0, 100)}…">`);
    const a = await extract(page, { inputFormat: 'html' });
    expect(a.blocks.map((b) => b.text)).toContain(LEAD);
    expect(a.blocks.findIndex((b) => b.text === LEAD)).toBe(0);
    expect(a.removed.some((r) => r.rule === 'lead-restored')).toBe(true);
  });

  it('a standfirst that is the description word for word is not added', async () => {
    const page = html(`<h1>Alte Mühle wird Kulturzentrum</h1>${body(LEAD)}`, `<meta name="description" content="${LEAD}">`);
    const a = await extract(page, { inputFormat: 'html' });
    expect(a.removed.some((r) => r.rule === 'lead-restored')).toBe(false);
  });

  it('a standfirst in an element the template names as one is put back when Readability left it out', async () => {
    const a = await extract(html(`<h1>Alte Mühle wird Kulturzentrum</h1>${body(LEAD)}`), { inputFormat: 'html' });
    expect(a.blocks[0]!.text).toBe(LEAD);
    expect(a.blocks.map((b) => b.text)).toContain(S4);
    expect(a.removed.some((r) => r.rule === 'teaser-restored')).toBe(true);
  });

  it('a paragraph under the headline whose element is not named as a standfirst is left to Readability', async () => {
    const a = await extract(html(`<h1>Alte Mühle wird Kulturzentrum</h1>${body(LEAD).replace('class="intro"', 'class="note"')}`), { inputFormat: 'html' });
    expect(a.removed.some((r) => r.rule === 'teaser-restored')).toBe(false);
    expect(a.blocks.map((b) => b.text)).not.toContain(LEAD);
  });

  it('a standfirst inside a link (a teaser for another page) is not put back', async () => {
    const linked = body(LEAD).replace(`<p class="intro">${LEAD}</p>`, `<a href="/elsewhere"><p class="intro">${LEAD}</p></a>`);
    const a = await extract(html(`<h1>Alte Mühle wird Kulturzentrum</h1>${linked}`), { inputFormat: 'html' });
    expect(a.removed.some((r) => r.rule === 'teaser-restored')).toBe(false);
  });

  it('a teaser of another page that opens like the description (inside a link) is not taken', async () => {
    const page = html(`<h1>Alte Mühle wird Kulturzentrum</h1>${ARTICLE.replace('<h1>Alte Mühle wird Kulturzentrum</h1>', '')}<a href="/x"><p>${LEAD}</p></a>`, `<meta name="description" content="${LEAD.slice(0, 100)}…">`);
    const a = await extract(page, { inputFormat: 'html' });
    expect(a.removed.some((r) => r.rule === 'lead-restored')).toBe(false);
  });
});

describe('page builders and teaser lists', () => {
  it('text in Elementor "widgets" is article text, not a sidebar widget', async () => {
    const w = (s: string) => `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><div class="elementor-text-editor"><p>${s}</p></div></div></div>`;
    const page = html(`<h1>Alte Mühle wird Kulturzentrum</h1><div class="elementor-column"><div class="elementor-widget-wrap">${w(S1)}${w(S2)}${w(S3)}</div></div><div class="widget sidebar-box"><p>Archiv: Januar, Februar, März</p></div>`);
    const text = await textOf(page);
    expect(text).toContain(S1);
    expect(text).toContain(S3);
    expect(text).not.toContain('Archiv');
  });

  it('a "related" block of teasers goes even when its text outweighs a short article', async () => {
    const teaser = (n: number) => `<li><article class="post_teaser"><h3 class="post_title"><a href="/p${n}">Noch ein Beitrag Nummer ${n}</a></h3><div class="excerpt"><p>Teaser ${n}: ${S2} ${S3} ${S4} ${S1}</p></div></article></li>`;
    const page = html(`<div class="main"><h1>Alte Mühle wird Kulturzentrum</h1><div class="post"><p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S4}</p><p>${S1.replace('Dienstagabend', 'Montag')}</p></div></div><div id="related_posts"><h3>Related Posts</h3><ul>${teaser(1)}${teaser(2)}${teaser(3)}</ul></div>`);
    const text = await textOf(page);
    expect(text).toContain(S1);
    expect(text).toContain(S4);
    expect(text).not.toContain('Noch ein Beitrag');
    expect(text).not.toContain('Teaser 1');
  });
});

describe('discussion pages', () => {
  const post = (who: string, text: string) => `<div class="ForumComment"><div class="ForumCommentAuthor">${who}</div><div class="ForumCommentText">${text}</div></div>`;
  const side = `<div class="teasers"><p>Neue Tarife für das Telefon im Vergleich, alle Angebote nur kurze Zeit verfügbar und günstig.</p></div>`;

  it('a forum thread whose posts are named like comments keeps its opening post', async () => {
    const page = html(`<h1>Kein Zugriff auf den Laden über mobile Daten</h1>${side}<main>${post('anna', S1 + ' ' + S2)}${post('ben', S3)}${post('carl', S4)}</main>`);
    const a = await extract(page, { inputFormat: 'html' });
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(S1);
    expect(text).toContain(S3);
    expect(a.removed.some((r) => r.rule === 'discussion-page')).toBe(true);
  });

  it('a blog post whose many comments outweigh it is not a thread: the comments follow the article', async () => {
    const many = Array.from({ length: 6 }, (_, i) => post(`leser${i}`, `Kommentar ${i}: ${S2} ${S3}`)).join('');
    const page = html(`<div class="site"><h1>Alte Mühle wird Kulturzentrum</h1><div class="entry"><p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S4}</p></div><ol class="commentlist">${many}</ol></div>`);
    const a = await extract(page, { inputFormat: 'html' });
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(S1);
    expect(text).not.toContain('Kommentar 3');
    expect(a.removed.some((r) => r.rule === 'discussion-page')).toBe(false);
  });

  it('an article followed by a few shorter comments still loses the comments', async () => {
    const page = html(`${ARTICLE}<section id="comments">${post('anna', 'Schöne Idee, endlich passiert etwas.')}${post('ben', 'Das wurde auch Zeit.')}${post('carl', 'Hoffentlich bleibt es bezahlbar.')}</section>`);
    const a = await extract(page, { inputFormat: 'html' });
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(S1);
    expect(text).not.toContain('Das wurde auch Zeit');
    expect(a.removed.some((r) => r.rule === 'discussion-page')).toBe(false);
  });
});

describe('page furniture in the page\'s language', () => {
  const p = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });
  const h = (text: string): Block => ({ kind: 'heading', level: 2, text, markdown: `## ${text}` });
  const ctx = { title: null, byline: null, authors: [] };
  const kept = (blocks: Block[]) => filterBlocks(blocks, ctx, []).map((b) => b.text);

  it('a "more" heading goes with the linked headlines under it, and stops at prose', () => {
    const blocks = [p(S1), h('Weiterführende Links'), p('Mühlen in Bayern', '[Mühlen in Bayern](https://example.com/a)'), p('Der Verein', '[Der Verein](https://example.com/b)'), p(S2)];
    expect(kept(blocks)).toEqual([S1, S2]);
  });

  it.each([
    ['Das könnte dich auch interessieren:'], ['Zum Weiterlesen:'], ['Inhaltsverzeichnis'], ['Lade weitere Inhalte ...'], ['Valora esta noticia'],
    ['À lire aussi'], ['Czytaj także'], ['Leggi anche'], ['drukuj'], ['Externer Inhalt'], ['Kontakt:'],
  ])('drops "%s"', (line) => {
    expect(kept([p(S1), p(line), p(S2)])).toEqual([S1, S2]);
  });

  it.each([
    ['¿Ya sabías que en Ejemplo.com tenemos canal de Telegram? Únete desde tu celular en este enlace.'],
    ['Folgen Sie uns auf Facebook und Instagram, um keine Neuigkeiten zu verpassen.'],
    ['Zapraszamy też do subskrypcji tygodnika i oglądania naszych audycji.'],
    ['Get the latest news straight to your phone with the Example app.'],
    ['*Werbung. Dieser Beitrag enthält Werbung für eine Beispielmarke.'],
    ['Titelbild: Max Muster/Bildagentur'],
    ['Verraten Sie uns gerne in den Kommentaren, wie Ihnen die Idee gefällt.'],
    ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.'],
    ['À lire aussi » Jardinage : cinq plantes qui aiment l’ombre'],
    ['Lesen Sie hier: Neuer Radweg am Fluss eröffnet'],
    ['Le puede interesar: Tres nuevos casos en la corte'],
  ])('drops the promo sentence "%s"', (line) => {
    expect(kept([p(S1), p(line), p(S2)])).toEqual([S1, S2]);
  });

  it('keeps prose that only mentions the words', () => {
    const prose = ['Lesen Sie auch, was der Bürgermeister dazu sagt: Er hält das Projekt für einen Gewinn.', 'Wir folgen Sie uns auf dem Weg durch die Stadt, sagte die Führerin.', 'Kontakt zu den Anwohnern habe man frühzeitig gesucht, hieß es.', 'Werbung sei teuer geworden, sagte der Händler.', 'Fotos von der Baustelle zeigen, wie weit die Arbeiten sind.', 'Zum Thema Verkehr sagte der Bürgermeister: Die Straße bleibt offen.'];
    expect(kept(prose.map((s) => p(s)))).toEqual(prose);
  });

  it('every language table has phrases of each kind that compile and match whole lines only', () => {
    for (const t of LANGUAGE_PHRASES) {
      expect(t.more.length + t.chrome.length + t.promo.length).toBeGreaterThan(0);
      for (const s of [...t.more, ...t.chrome]) expect(() => new RegExp(`^(?:${s})$`, 'iu')).not.toThrow();
    }
    expect(PHRASE_PATTERNS.chrome.test('Inhaltsverzeichnis der Gemeinde')).toBe(false);
  });
});

describe('teasers at the end of the body', () => {
  const p = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });
  const h = (text: string): Block => ({ kind: 'heading', level: 2, text, markdown: `## ${text}` });
  const link = (text: string, href = 'https://example.com/other') => p(text, `[${text}](${href})`);
  const kept = (blocks: Block[]) => filterBlocks(blocks, { title: null, byline: null, authors: [] }, []).map((b) => b.text);

  it('drops the headline links the body ends with, and the lead-in line above them', () => {
    const blocks = [p(S1), p(S2), p('Diese Beiträge könnten Sie auch mögen:', '_Diese Beiträge könnten Sie auch mögen:_'), link('Alte Brücke wird saniert: die Pläne'), link('Neuer Spielplatz am Stadtpark')];
    expect(kept(blocks)).toEqual([S1, S2]);
  });

  it('drops a teaser card (a link around an image and a headline) and a line ending in a colon after it', () => {
    const card = p('Ratgeber Brücken im Winter So kommt die Brücke durch die kalte Jahreszeit', '[\n\nRatgeber ![Brücke](https://example.com/b.jpg)\n\nBrücken im Winter So kommt die Brücke durch die kalte Jahreszeit\n\n](/bruecke.html "So kommt die Brücke")');
    expect(kept([p(S1), p(S2), card, p('Stichworte:')])).toEqual([S1, S2]);
  });

  it('drops a heading left with nothing under it', () => {
    expect(kept([p(S1), p(S2), h('Weitere Informationen zur Mühle:')])).toEqual([S1, S2]);
  });

  it('keeps a link shown by its address, a link inside a sentence, a closing lead-in without links, and a smiley', () => {
    const url = 'http://www.example.org/petition/online/fuer-die-muehle';
    expect(kept([p(S1), p('Bitte unterschreibt alle diese Petition:'), p(url, `[${url}](${url})`)])).toEqual([S1, 'Bitte unterschreibt alle diese Petition:', url]);
    expect(kept([p(S1), p(`${S2} Mehr beim Verein.`, `${S2} Mehr beim [Verein](https://example.com/v).`)])).toEqual([S1, `${S2} Mehr beim Verein.`]);
    expect(kept([p(S1), p('Lesen Sie dazu auch die Pressemitteilungen:')])).toEqual([S1, 'Lesen Sie dazu auch die Pressemitteilungen:']);
    expect(kept([p(S1), p('=)', '\\=)')])).toEqual([S1, '=)']);
  });

  it('leaves a body of nothing but links whole', () => {
    expect(kept([link('Alte Brücke wird saniert'), link('Neuer Spielplatz am Stadtpark')])).toEqual(['Alte Brücke wird saniert', 'Neuer Spielplatz am Stadtpark']);
  });
});

describe('affiliate disclosures written as a sentence', () => {
  const p = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });
  const h = (text: string): Block => ({ kind: 'heading', level: 2, text, markdown: `## ${text}` });
  const kept = (blocks: Block[]) => filterBlocks(blocks, { title: null, byline: null, authors: [] }, []).map((b) => b.text);

  it.each([
    ['In den Produktempfehlungen befinden sich Affiliate-Links. Wenn du darauf klickst und einkaufst, bekommen wir eine Provision. Für dich ändert sich der Preis nicht.'],
    ['Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten.'],
    ['Cet article contient des liens affiliés : nous touchons une commission sur vos achats.'],
    ['Este artículo incluye enlaces de afiliados por los que recibimos una comisión.'],
  ])('drops "%s", and the heading it leaves dangling', (line) => {
    expect(kept([p(S1), p(S2), h('Weitere Tourentipps'), p(line)])).toEqual([S1, S2]);
  });

  it('keeps prose about a commission or about links', () => {
    const broker = 'Der Makler bekommt beim Kauf der Wohnung eine Provision, die in Bayern meist der Käufer zahlt.';
    const eu = 'The Commission found links between the two firms and opened an inquiry into the merger.';
    expect(kept([p(S1), p(broker), p(eu), p(S2)])).toEqual([S1, broker, eu, S2]);
  });
});

describe('author biographies after the article, in the page\'s language', () => {
  const p = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });
  const kept = (blocks: Block[]) => filterBlocks(blocks, { title: null, byline: null, authors: [] }, []).map((b) => b.text);

  it.each([
    ['Inga Muster ist Head of Content bei Beispiel. Wenn sie nichts verkauft, testet sie Haushaltsgeräte.'],
    ['Jan Beispiel ist Redakteur im Ressort Wirtschaft und schreibt über Energie.'],
    ['Jean Dupont est journaliste à Lyon depuis 2010.'],
    ['Anna Kowalska jest dziennikarką działu krajowego.'],
  ])('drops "%s" at the end', (bio) => {
    expect(kept([p(S1), p(S2), p(bio)])).toEqual([S1, S2]);
  });

  it('keeps a closing sentence that starts with a noun, and a bio-like sentence mid-article', () => {
    const closing = 'Der Bürgermeister ist seit Jahren mit dem Autor des Buches befreundet.';
    expect(kept([p(S1), p(S2), p(closing)])).toEqual([S1, S2, closing]);
    const mid = 'Jan Beispiel ist Redakteur im Ressort Wirtschaft und schreibt über Energie.';
    expect(kept([p(mid), p(S1), p(S2), p(S3), p(S4), p(S1)])).toContain(mid);
  });
});

describe('licence footers', () => {
  const p = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });
  const kept = (blocks: Block[]) => filterBlocks(blocks, { title: null, byline: null, authors: [] }, []).map((b) => b.text);

  it.each([
    ['Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY'],
    ['Unless otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 License.'],
    ['Sauf mention contraire, le contenu de ce site est sous licence Creative Commons.'],
  ])('drops "%s" at the end', (line) => {
    expect(kept([p(S1), p(S2), p(line)])).toEqual([S1, S2]);
  });

  it('keeps a closing "unless otherwise stated" that is not about a licence', () => {
    const prices = 'Sofern nicht anders angegeben, gelten die Preise pro Person und Nacht.';
    expect(kept([p(S1), p(S2), p(prices)])).toEqual([S1, S2, prices]);
  });
});
