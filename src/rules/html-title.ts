/**
 * Rules for the visible headline on the HTML path (src/html/title.ts): which headings are site
 * furniture, which part of a heading is a kicker, and which title segments are labels rather than
 * headlines. Each entry has an id and a reason.
 */

export interface ClassRule {
  id: string;
  /** Tested on an element's class and id attributes. */
  pattern: RegExp;
  reason: string;
}

/** A heading (or an ancestor up to <body>) marked like this is hidden from view: never the headline. */
export const HIDDEN_HEADING: readonly ClassRule[] = [
  {
    id: 'screen-reader-only',
    pattern: /(?:^|[\s_-])(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|hide-accessible|aural|offscreen|off-screen|element-invisible|a11y-hidden|assistive-text|show-for-sr|u-hidden|hidden|invisible)(?:$|[\s_])/i,
    reason: 'Text for screen readers only ("Navigation", "detail", the site name as a hidden <h1>): the page does not show it as its headline.',
  },
];

/** A heading (or its parent) marked like this is the site's name or logo, never the article's headline. */
export const SITE_HEADING: readonly ClassRule[] = [
  {
    id: 'site-title',
    pattern: /(?:^|\s)(?:site[-_]?(?:title|name|logo|brand|branding)|blog-?name|logo|brand|branding|masthead)(?:$|\s)/i,
    reason: 'WordPress and other themes put the site name in <h1 id="site-title">, <h1 class="logo">: it is on every page of the site.',
  },
];

/**
 * A leading part of a heading marked like this is a kicker (the topic line over the headline:
 * "Dachzeile", "overline", "roofline"), not part of the headline.
 */
export const KICKER_PART: readonly ClassRule[] = [
  {
    id: 'kicker-class',
    pattern: /kicker|overline|over-line|dachzeile|roofline|topline|top-line|toptitle|top-title|supertitle|super-title|superheadline|pretitle|pre-title|preheadline|eyebrow|spitzmarke|subheadline|sub-headline|subtitle|sub-title|h1small|small|label|rubric|ressort|category|flag|date|time/i,
    reason: 'News and magazine templates print the topic or date above the headline in its own element inside the <h1>; as the heading\'s first part it is the kicker (a subtitle comes after the headline, never first).',
  },
];

/** Elements that, as a heading's first part, are a kicker by their tag alone. */
export const KICKER_TAGS: ReadonlySet<string> = new Set(['small', 'time']);

/**
 * Labels that name a section, a page type or the navigation, per language: as a whole <h1> or
 * as a segment of a <title> ("Blog Archive", "News", "Aktuelles", "detail", "Literatur") they
 * are not the headline when the page offers another. Compared after folding case; a headline is
 * longer than one of these.
 */
export const GENERIC_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['home', 'homepage', 'home page', 'news', 'latest news', 'blog', 'blog archive', 'archive', 'archives', 'article', 'articles', 'post', 'posts', 'detail', 'details', 'page', 'forum', 'forums', 'magazine', 'navigation', 'main navigation', 'menu', 'search', 'press', 'press releases', 'press release', 'media', 'events', 'topics', 'category', 'categories', 'tag', 'tags', 'overview', 'index', 'main menu', 'content', 'main content', 'skip to content', 'user', 'login', 'account', 'opinion', 'opinions', 'comment', 'analysis',
    // newspaper sections
    'politics', 'business', 'economy', 'sport', 'sports', 'culture', 'science', 'technology', 'tech', 'health', 'travel', 'lifestyle', 'entertainment', 'world', 'local', 'music', 'film', 'books', 'literature'],
  de: ['startseite', 'aktuelles', 'aktuell', 'nachrichten', 'neuigkeiten', 'news', 'blog', 'blog archiv', 'archiv', 'artikel', 'beitrag', 'beiträge', 'detail', 'details', 'detailansicht', 'seite', 'magazin', 'navigation', 'hauptnavigation', 'menü', 'hauptmenü', 'suche', 'presse', 'pressemitteilungen', 'pressemitteilung', 'medienmitteilungen', 'medienmitteilung', 'meldungen', 'termine', 'veranstaltungen', 'themen', 'kategorie', 'kategorien', 'übersicht', 'inhalt', 'hauptinhalt', 'servicemenü', 'geschichte', 'meinung', 'kommentar', 'kommentare', 'analyse',
    // newspaper sections
    'politik', 'wirtschaft', 'sport', 'kultur', 'wissen', 'wissenschaft', 'gesundheit', 'reise', 'reisen', 'leben', 'panorama', 'unterhaltung', 'welt', 'lokales', 'regional', 'musik', 'film', 'literatur', 'digital', 'technik'],
  fr: ['accueil', 'actualités', 'actualité', 'actus', 'nouvelles', 'blog', 'archives', 'article', 'articles', 'détail', 'détails', 'page', 'magazine', 'navigation', 'menu', 'recherche', 'presse', 'communiqués', 'communiqué de presse', 'événements', 'agenda', 'catégorie', 'sommaire', 'contenu', 'opinion', 'opinions', 'tribune', 'analyse',
    // newspaper sections
    'politique', 'économie', 'sport', 'sports', 'culture', 'sciences', 'santé', 'voyage', 'monde', 'musique', 'cinéma', 'livres', 'littérature'],
  es: ['inicio', 'portada', 'noticias', 'actualidad', 'blog', 'archivo', 'artículo', 'artículos', 'detalle', 'detalles', 'página', 'revista', 'navegación', 'menú', 'buscar', 'búsqueda', 'prensa', 'eventos', 'agenda', 'categoría', 'categorías', 'contenido', 'opinión', 'análisis',
    // newspaper sections
    'política', 'economía', 'deportes', 'cultura', 'ciencia', 'salud', 'viajes', 'mundo', 'música', 'cine', 'libros'],
  it: ['home', 'notizie', 'news', 'attualità', 'blog', 'archivio', 'articolo', 'articoli', 'dettaglio', 'dettagli', 'pagina', 'rivista', 'navigazione', 'menu', 'cerca', 'ricerca', 'stampa', 'comunicati stampa', 'eventi', 'categoria', 'categorie', 'contenuto', 'opinioni', 'commento', 'analisi',
    // newspaper sections
    'politica', 'economia', 'sport', 'cultura', 'scienza', 'salute', 'viaggi', 'mondo', 'musica', 'cinema', 'libri'],
  pl: ['strona główna', 'aktualności', 'wiadomości', 'newsy', 'blog', 'archiwum', 'artykuł', 'artykuły', 'szczegóły', 'strona', 'magazyn', 'nawigacja', 'menu', 'szukaj', 'wyszukiwanie', 'prasa', 'wydarzenia', 'kategoria', 'kategorie', 'treść', 'opinie', 'komentarz', 'komentarze', 'analiza',
    // newspaper sections
    'polityka', 'gospodarka', 'sport', 'kultura', 'nauka', 'zdrowie', 'podróże', 'świat', 'muzyka', 'film', 'książki'],
  nl: ['home', 'startpagina', 'nieuws', 'actueel', 'blog', 'archief', 'artikel', 'artikelen', 'detail', 'details', 'pagina', 'magazine', 'navigatie', 'menu', 'zoeken', 'pers', 'persberichten', 'evenementen', 'agenda', 'categorie', 'inhoud', 'opinie', 'commentaar', 'analyse',
    // newspaper sections
    'politiek', 'economie', 'sport', 'cultuur', 'wetenschap', 'gezondheid', 'reizen', 'wereld', 'muziek', 'film', 'boeken'],
  pt: ['início', 'página inicial', 'notícias', 'atualidade', 'blog', 'arquivo', 'artigo', 'artigos', 'detalhe', 'detalhes', 'página', 'revista', 'navegação', 'menu', 'pesquisa', 'buscar', 'imprensa', 'eventos', 'categoria', 'categorias', 'conteúdo', 'opinião', 'análise',
    // newspaper sections
    'política', 'economia', 'desporto', 'esportes', 'cultura', 'ciência', 'saúde', 'viagens', 'mundo', 'música', 'cinema', 'livros'],
};

/** Every generic label, folded, in one set. */
export const GENERIC_LABEL_SET: ReadonlySet<string> = new Set(Object.values(GENERIC_LABELS).flat().map((s) => s.toLowerCase()));
