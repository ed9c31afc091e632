/**
 * Lines above an article that look like a headline by length but are something else. Each entry
 * lowers a headline candidate's score (text/title.ts) by `cost`; ids show in --explain.
 */

import { CREDIT_SLASH } from './byline.js';
import { escapeRegExp, longestFirst } from './regex.js';
import { SPACE_RUNS } from '../space.js';

export interface TitlePenalty {
  id: string;
  pattern: RegExp;
  cost: number;
  /** Applies only to lines of at most this many words (a menu item is short; "Home Depot sales miss" is not). */
  maxWords?: number;
  reason: string;
}

/** Longest picture credit (words): "Name Surname/The Valley Times"; a longer line with a slash is a headline ("A/B merger ..."). */
export const CREDIT_MAX_WORDS = 8;
/** Longest line (words) the navigation-word penalty applies to: nav and share items are a few words. */
export const NAV_LINE_MAX_WORDS = 4;

/** Longest line (words) a section label ("Latest Sports", "Top Stories") has. */
export const SECTION_LABEL_MAX_WORDS = 3;
/** Longest line (words) taken for a site label ("AS - site.example.com"). */
export const SITE_LABEL_MAX_WORDS = 6;

export const TITLE_PENALTIES: readonly TitlePenalty[] = [
  {
    id: 'sentence-end',
    pattern: /[.!]["'”’)]*$/u,
    cost: 0.5,
    reason: 'Headlines rarely end with a period; a line that does is usually the standfirst or a caption.',
  },
  {
    id: 'several-sentences',
    pattern: /[.!?]["'”’]?\s+\p{Lu}.*[.!?]["'”’]?$/u,
    cost: 0.8,
    reason: 'Two sentences or more: a standfirst, teaser or caption, not a headline.',
  },
  {
    id: 'reported-speech',
    pattern: /\b(?:said|told|according to)\b/i,
    cost: 0.5,
    reason: 'Headlines report speech in the present ("exec says"); "said", "told", "according to" belong to the standfirst or the first paragraph.',
  },
  {
    id: 'photo-credit',
    pattern: /\b(?:getty images|ap photo|afp|reuters|shutterstock|istock|photograph|photo(?:s|graph)?:|image:|credit:|picture:|fotos?:|bild(?:er)?:|fotografía:|zdjęcie:|\(c\))|©|\/(?:ap|afp|reuters|getty)\b/i,
    cost: 1.2,
    reason: 'Caption and picture credit lines above the article (also "Foto:", "Bild:", "Fotografía:", "Zdjęcie:").',
  },
  {
    id: 'caption-label',
    pattern: /^(?:[Mm]edia |[Ii]mage |[Pp]hoto |[Vv]ideo )?[Cc]aption(?!\p{Ll})/u,
    cost: 1.2,
    reason: 'A caption printed with its label ("Media caption: Who is ...?"): the caption of a video or picture.',
  },
  {
    id: 'credit-slash',
    pattern: CREDIT_SLASH,
    cost: 1.2,
    maxWords: CREDIT_MAX_WORDS,
    reason: 'A photographer\'s credit "Name/Outlet" under a picture.',
  },
  {
    id: 'share-or-nav',
    pattern: /\b(?:share|tweet|e-?mail|print|copy link|comments?|subscribe|sign (?:in|up)|log ?in|menu|search|home|back to|browse|newsletter|follow)\b/i,
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS,
    reason: 'Share bars, navigation and account links: short lines; in a longer line these are ordinary words ("Home Depot sales miss", "Search for survivors").',
  },
  {
    id: 'share-or-nav-multilingual',
    pattern: new RegExp(`(?:^|\\s)(?:${Object.values({
      de: ['teilen', 'drucken', 'seite drucken', 'herunterladen', 'empfehlen', 'weiterempfehlen', 'kommentieren', 'kommentare', 'suchen', 'anmelden', 'abmelden', 'merken', 'zurück zur übersicht'],
      fr: ['partager', 'imprimer', 'télécharger', 'commenter', 'commentaires', 'rechercher', 'se connecter', "s'abonner"],
      es: ['compartir', 'imprimir', 'descargar', 'comentar', 'comentarios', 'buscar', 'iniciar sesión', 'suscríbete'],
      it: ['condividi', 'stampa', 'scarica', 'commenta', 'commenti', 'cerca', 'accedi'],
      pl: ['udostępnij', 'drukuj', 'pobierz', 'skomentuj', 'komentarze', 'szukaj', 'zaloguj'],
      nl: ['delen', 'printen', 'afdrukken', 'downloaden', 'reageren', 'reacties', 'zoeken', 'inloggen'],
      pt: ['compartilhar', 'partilhar', 'imprimir', 'baixar', 'comentar', 'comentários', 'buscar', 'entrar'],
    }).flat().join('|')})(?=$|[\\s:!.])`, 'iu'),
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS,
    reason: 'Share, print, download and account links in German, French, Spanish, Italian, Polish, Dutch, Portuguese ("Seite drucken", "Grafik herunterladen", "Partager"): short lines only.',
  },
  {
    id: 'picture-marker',
    pattern: new RegExp(`(?:^|[\\s(\\[])(?:${Object.values({
      en: ['file photo', 'file image', 'stock photo', 'symbolic image', 'illustrative image', 'illustrative photo'],
      de: ['symbolbild', 'symbolfoto', 'archivbild', 'archivfoto', 'beispielbild', 'themenbild'],
      fr: ["photo d'illustration", "image d'illustration", "image d'archive", "photo d'archive"],
      es: ['foto de archivo', 'imagen de archivo', 'imagen ilustrativa', 'foto ilustrativa', 'imagen de referencia'],
      it: ["foto d'archivio", "immagine d'archivio", 'immagine di repertorio', 'foto di repertorio', 'immagine simbolica'],
      pl: ['zdjęcie ilustracyjne', 'zdjęcie archiwalne', 'fot. ilustracyjne'],
      nl: ['archiefbeeld', 'archieffoto', 'illustratiebeeld', 'stockfoto'],
      pt: ['foto de arquivo', 'imagem de arquivo', 'imagem ilustrativa', 'foto ilustrativa'],
    }).flat().join('|')})(?=$|[\\s)\\]:.,])`, 'iu'),
    cost: 1.2,
    reason: 'A picture caption marked as a symbolic or archive picture ("Parade in Köln (Symbolbild)", "(file photo)", "Foto de archivo"): the caption over the article, not its headline.',
  },
  {
    id: 'image-file-name',
    pattern: /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$/i,
    cost: 1.2,
    reason: 'A picture\'s file name printed as its alt text ("CSD-Parade.jpg").',
  },
  {
    id: 'share-bar-line',
    pattern: /\b(share|teilen|partager|compartir|condividi|udostępnij|delen|compartilhar|partilhar)\b.*\b\1\b/iu,
    cost: 1,
    reason: 'One share verb twice on a line ("Compartir en Facebook Compartir en Twitter"): a share bar printed on one line, of any length.',
  },
  {
    id: 'category-pair',
    pattern: /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*&\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u,
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS + 1,
    reason: 'Two capitalised names joined by "&" ("Energie & Umwelt", "Produkte & Services", "Food & Drink"): a menu\'s or section\'s category label.',
  },
  {
    id: 'word-list',
    pattern: /^\p{Lu}[\p{L}/-]*(?:\s*[,–—·•|]\s*\p{Lu}[\p{L}/-]*){1,}\s*(?:[,–—·•|&]|\s(?:und|and|et|y|e|i|en|oraz))\s*\p{Lu}[\p{L}/-]*$/u,
    cost: 0.8,
    reason: 'Three single words or more in a list ("Umwelt, Klima und Soziales", "Kommunikation – Lebensentwürfe – Rollenbilder"): a tag list, a category or a site\'s tagline, not a headline.',
  },
  {
    id: 'category-list',
    pattern: /^\p{Lu}[\p{L}-]*(?:,\s*\p{Lu}[\p{L}-]*)+$/u,
    cost: 0.6,
    reason: 'Single capitalised words joined by commas only ("Wirtschaft, Tipps", "Travel, Amerika"): the categories a post is filed under, not a headline (which has more than nouns in a row).',
  },
  {
    id: 'dateline-or-time',
    pattern: /\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:updated|published|posted)\b/i,
    cost: 0.8,
    reason: 'Times, numeric dates and "Updated" markers belong to date lines.',
  },
  {
    id: 'all-caps',
    pattern: /^[^\p{Ll}]*\p{Lu}{3,}[^\p{Ll}]*$/u,
    cost: 0.5,
    reason: 'An all-capitals line is a section label, kicker or menu item more often than a headline.',
  },
  {
    id: 'breadcrumb',
    pattern: /\s(?:[»>›/|]|››|>>|→)\s|^[»>›]|\s[»>›]$/u,
    cost: 0.6,
    reason: 'Breadcrumbs and "Section | Site" lines.',
  },
  {
    id: 'call-to-action',
    pattern: /^(?:click|tap|download|subscribe|sign up|join us|join now|buy|shop now|order now|register now|try (?:it|now|something|our|the new)|get (?:your|our|the app|it now)|baixe|baixar|clique|assine|inscreva-se|descarga|descargue|haz clic|suscr[ií]bete|t[ée]l[ée]chargez|cliquez|abonnez-vous|inscrivez-vous|jetzt|laden sie|klicken sie|abonnieren sie|scarica|clicca|iscriviti|abbonati|pobierz|kliknij|zapisz si[ęe]|download nu|klik)\b/iu,
    cost: 1.2,
    reason: 'A call to action ("Click here to ...", "Download the e-book ...", "Baixe agora ...") in several languages: a promotion box, not the headline.',
  },
  {
    id: 'emoji',
    pattern: /(?![©®™])\p{Extended_Pictographic}/u,
    cost: 0.5,
    reason: 'Emoji belong to promotions, social posts and comment teasers; news headlines rarely carry them (©, ® and ™ are not counted).',
  },
  {
    id: 'section-label',
    pattern: /^(?:latest|breaking|top|more|trending|featured|popular|recent|related|editor'?s'? picks?|must read|most (?:read|popular|viewed|shared))\b(?!\s*[:—–-]\s)/i,
    cost: 0.6,
    maxWords: SECTION_LABEL_MAX_WORDS,
    reason: 'A section or list label ("Latest Sports", "Breaking News", "Top Stories"); a kicker followed by a colon ("Breaking: ...") is not one, and a longer line is a headline ("Top court rules on ferry fares").',
  },
  {
    id: 'site-label',
    pattern: /(?:^|\s)(?:https?:\/\/|www\.)\S+|(?:^|\s)[-–—|•·]\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u,
    cost: 0.8,
    maxWords: SITE_LABEL_MAX_WORDS,
    reason: 'A site name with its address ("AB - www.site.example", "News | site.example"): the site\'s label, not the article\'s headline.',
  },
  {
    id: 'previous-next-link',
    pattern: /^\s*[«←‹]\s+\S|\S\s+[»→›]\s*$/u,
    cost: 1,
    reason: 'A link to the previous or next post ("« Older post title", "Newer post title →"): another article\'s headline. The arrow stands apart; a guillemet hugging the words is a quote mark («Liebe kennt keine Pause»).',
  },
  {
    id: 'breadcrumb-trail',
    pattern: /(?:\s[»>›/]\s.*){2,}/u,
    cost: 0.6,
    reason: 'Two separators or more ("Blog > Health > Tips"): a breadcrumb trail for sure, on top of the breadcrumb cost.',
  },
];

/**
 * Penalties for a line's shape only (a sentence, reported speech): such a line may still be the
 * headline over a standfirst. The others say what the line is instead (a caption, a share item,
 * a promotion, a label).
 */
export const SHAPE_PENALTIES: ReadonlySet<string> = new Set(['sentence-end', 'several-sentences', 'reported-speech']);

/** Whether penalty `p` applies to `text` (its pattern matches and the line is short enough). */
export function penaltyApplies(p: TitlePenalty, text: string): boolean {
  if (p.maxWords !== undefined && text.trim().split(/\s+/).length > p.maxWords) return false;
  return p.pattern.test(text);
}

/**
 * Lines that are never the headline, by what they start with, in several languages: each entry
 * lists its openings per language and is compiled into one pattern (case-insensitive, at the
 * line's start, the opening a whole word or words). Checked on headline candidates only
 * (text/title.ts), so a word that also opens ordinary prose costs nothing elsewhere.
 */
export interface NotTitleOpening {
  id: string;
  /** Openings per language (ISO 639-1); the line must start with one of them. */
  openings: Readonly<Record<string, readonly string[]>>;
  /** What must follow the opening: the rest of the line ('any'), or a colon or dash and then anything ('label'). */
  then: 'any' | 'label';
  reason: string;
}

export const NOT_TITLE_OPENINGS: readonly NotTitleOpening[] = [
  {
    id: 'skip-link',
    openings: {
      en: ['skip to', 'skip navigation', 'jump to', 'go to content', 'go to main'],
      de: ['navigation überspringen', 'zum inhalt', 'zur navigation', 'zum hauptinhalt', 'direkt zum', 'springe zum', 'springe zur', 'inhalt überspringen', 'menü überspringen', 'zur suche springen'],
      fr: ['aller au', 'aller à', 'passer au contenu', 'accéder au contenu', 'sauter la navigation'],
      es: ['saltar al', 'saltar a', 'ir al contenido', 'ir a contenido', 'pasar al contenido'],
      it: ['vai al', 'salta al', 'passa al contenuto', 'vai ai contenuti'],
      pl: ['przejdź do', 'pomiń nawigację', 'przeskocz do'],
      nl: ['ga naar', 'naar de inhoud', 'spring naar', 'navigatie overslaan'],
      pt: ['ir para o', 'ir para a', 'ir para conteúdo', 'pular para', 'saltar para'],
    },
    then: 'any',
    reason: 'Accessibility skip links at the top of a page ("Skip to content", "Zum Inhalt springen", "Navigation überspringen").',
  },
  {
    id: 'menu-toggle',
    openings: {
      en: ['toggle navigation', 'toggle menu', 'open menu', 'close menu', 'open navigation', 'close navigation', 'show menu', 'hide menu'],
      de: ['navigation öffnen', 'navigation schließen', 'menü öffnen', 'menü schließen', 'navigation ein-/ausblenden', 'menü ein-/ausblenden'],
      fr: ['ouvrir le menu', 'fermer le menu', 'afficher le menu', 'ouvrir la navigation'],
      es: ['abrir menú', 'cerrar menú', 'mostrar menú', 'abrir navegación'],
      it: ['apri menu', 'chiudi menu', 'apri il menu', 'chiudi il menu'],
      pl: ['otwórz menu', 'zamknij menu', 'pokaż menu'],
      nl: ['menu openen', 'menu sluiten', 'open menu', 'sluit menu'],
      pt: ['abrir menu', 'fechar menu', 'mostrar menu'],
    },
    then: 'any',
    reason: 'The label of the button that opens or closes a small screen\'s menu ("Toggle navigation", "Menü öffnen"), printed as a line over the page.',
  },
  {
    id: 'tag-line',
    openings: {
      en: ['tagged', 'tagged with', 'tagged as', 'filed under', 'posted in', 'posted under'],
      de: ['getaggt mit', 'getaggt', 'verschlagwortet mit', 'abgelegt unter', 'eingeordnet unter', 'veröffentlicht in', 'kategorisiert in'],
      fr: ['classé dans', 'classé sous', 'publié dans'],
      es: ['archivado en', 'publicado en', 'etiquetado con', 'etiquetado como'],
      it: ['archiviato in', 'pubblicato in', 'taggato'],
      pl: ['opublikowano w', 'otagowane'],
      nl: ['geplaatst in', 'gepubliceerd in', 'getagd met'],
      pt: ['arquivado em', 'publicado em', 'marcado com'],
    },
    then: 'any',
    reason: 'Tag and category lines ("Getaggt mit A, B", "Filed under News") list topics; their words recur in the article, so they would win on overlap.',
  },
  {
    id: 'tag-label',
    openings: {
      en: ['tags', 'tag', 'topics', 'keywords', 'categories', 'category'],
      de: ['tags', 'schlagwörter', 'schlagworte', 'stichwörter', 'stichworte', 'themen', 'kategorie', 'kategorien'],
      fr: ['étiquettes', 'tags', 'mots-clés', 'mots clés', 'catégorie', 'catégories', 'thèmes'],
      es: ['etiquetas', 'palabras clave', 'categoría', 'categorías', 'temas'],
      it: ['tag', 'argomenti', 'parole chiave', 'categoria', 'categorie'],
      pl: ['tagi', 'słowa kluczowe', 'kategoria', 'kategorie', 'tematy'],
      nl: ['tags', 'trefwoorden', 'categorie', 'categorieën', 'onderwerpen'],
      pt: ['tags', 'etiquetas', 'palavras-chave', 'categoria', 'categorias', 'temas'],
    },
    then: 'label',
    reason: 'A tag list with its label ("Tags: A, B", "Schlagwörter: A"): the label word alone may open a headline ("Themen der Woche"), with a colon it is the list.',
  },
  {
    id: 'credit-line',
    openings: {
      en: ['text', 'words', 'photos', 'photo', 'photography', 'pictures', 'images', 'image', 'illustration', 'illustrations', 'source', 'credits', 'credit', 'text and photos', 'an article by', 'a post by', 'posted by', 'written by', 'story by', 'a film by', 'a documentary by', 'a report by', 'a podcast by'],
      de: ['text und interview', 'text und fotos', 'text und bilder', 'text', 'fotos', 'foto', 'bilder', 'bild', 'bildquelle', 'fotocredit', 'quelle', 'grafik', 'illustration', 'ein artikel von', 'ein beitrag von', 'ein gastbeitrag von', 'artikel von', 'beitrag von', 'geschrieben von', 'verfasst von', 'ein film von', 'eine dokumentation von', 'eine reportage von', 'ein podcast von'],
      fr: ['texte', 'textes', 'photos', 'photo', 'crédit photo', 'crédits', 'crédit', 'illustration', 'source', 'propos recueillis par', 'un article de', 'écrit par', 'publié par', 'un film de', 'un documentaire de', 'un reportage de', 'une série de', 'un podcast de'],
      es: ['texto', 'textos', 'fotos', 'foto', 'fotografía', 'fotografías', 'imagen', 'ilustración', 'fuente', 'créditos', 'crédito', 'un artículo de', 'escrito por', 'publicado por', 'una película de', 'un documental de', 'un reportaje de', 'un podcast de'],
      it: ['testo', 'testi', 'foto', 'fotografie', 'immagine', 'immagini', 'illustrazione', 'fonte', 'crediti', 'un articolo di', 'scritto da', 'pubblicato da', 'un film di', 'un documentario di', 'un reportage di'],
      pl: ['tekst', 'zdjęcia', 'zdjęcie', 'fot', 'foto', 'ilustracja', 'źródło', 'autor zdjęć', 'artykuł autorstwa'],
      nl: ['tekst', "foto's", 'foto', 'beeld', 'illustratie', 'bron', 'een artikel van', 'geschreven door'],
      pt: ['texto', 'textos', 'fotos', 'foto', 'fotografia', 'imagem', 'ilustração', 'fonte', 'créditos', 'um artigo de', 'escrito por', 'publicado por'],
    },
    then: 'label',
    reason: 'Credit lines ("Text und Interview: A", "Fotos: B", "Ein Artikel von C, veröffentlicht am …", "Un documentaire de D") name who made the piece; a colon, a dash or a name follows the opening.',
  },
];


/** NOT_TITLE_OPENINGS compiled once: id -> pattern. */
export const NOT_TITLE_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  NOT_TITLE_OPENINGS.map((r) => {
    const alts = longestFirst(Object.values(r.openings).flat(), escapeRegExp);
    // 'label': the opening then a colon or dash ("Fotos: A"), or a credit's "von/by/de/di/por/door A" already inside it.
    const tail = r.then === 'any' ? '(?![\\p{L}\\p{N}])' : '(?:(?:\\s*[:：]|\\s+[–—-])\\s*\\S|(?<=(?:von|by|de|di|por|door|par|da|autorstwa))\\s+\\p{Lu})';
    return [r.id, new RegExp(`^[\\s«»"'“”„]*(?:${alts})${tail}`, 'iu')] as const;
  }),
);

/** The id of the first NOT_TITLE_OPENINGS entry whose opening starts `text`, or null. */
export function notTitleOpening(text: string): string | null {
  for (const [id, re] of NOT_TITLE_PATTERNS) if (re.test(text.trim())) return id;
  return null;
}

/**
 * Site navigation and section labels per language: a candidate line that is only one of these
 * (case and a final "!" or "…" aside) is a menu item or the site's section, never the headline.
 * These are the labels that sit right above an article on small sites, where a one- or two-word
 * headline is taken (text/title.ts).
 */
export const NAV_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['home', 'home page', 'homepage', 'news', 'latest news', 'all news', 'blog', 'articles', 'posts', 'archive', 'archives', 'overview', 'about', 'about us', 'contact', 'menu', 'navigation', 'search', 'services', 'events', 'shop', 'products', 'press', 'press releases', 'media', 'downloads', 'links', 'categories', 'main menu', 'top stories', 'features', 'opinion', 'sports', 'business', 'world', 'politics', 'magazine', 'current', 'updates', 'more', 'back', 'next', 'previous', 'reviews', 'resources', 'login', 'register', 'sport', 'weather', 'entertainment', 'lifestyle', 'health', 'science', 'technology', 'tech', 'travel', 'food', 'culture', 'local', 'national', 'video', 'videos', 'photos', 'gallery', 'podcasts', 'newsletter', 'jobs', 'careers'],
  de: ['startseite', 'start', 'home', 'aktuelles', 'aktuell', 'news', 'alle news', 'nachrichten', 'neuigkeiten', 'neues', 'meldungen', 'pressemitteilungen', 'presse', 'blog', 'artikel', 'beiträge', 'archiv', 'übersicht', 'über uns', 'kontakt', 'menü', 'hauptmenü', 'navigation', 'suche', 'suchen', 'leistungen', 'angebote', 'veranstaltungen', 'termine', 'shop', 'produkte', 'service', 'downloads', 'links', 'kategorien', 'themen', 'magazin', 'ratgeber', 'mehr', 'zurück', 'weiter', 'aktuelle meldungen', 'alle meldungen', 'alle artikel', 'anmelden', 'registrieren', 'mediathek', 'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'lokales', 'regional', 'wetter', 'wissen', 'gesundheit', 'reise', 'digital', 'leben', 'karriere', 'videos', 'bilder', 'fotos', 'podcast', 'podcasts'],
  fr: ['accueil', 'actualités', 'actualité', 'actus', 'toutes les actualités', 'blog', 'articles', 'archives', 'à propos', 'contact', 'menu', 'navigation', 'recherche', 'rechercher', 'services', 'événements', 'agenda', 'boutique', 'produits', 'presse', 'communiqués', 'catégories', 'magazine', 'plus', 'retour', 'suivant', 'précédent', 'politique', 'économie', 'sport', 'sports', 'culture', 'société', 'international', 'météo', 'santé', 'sciences', 'voyage', 'vidéos', 'photos'],
  es: ['inicio', 'portada', 'noticias', 'actualidad', 'todas las noticias', 'últimas noticias', 'blog', 'artículos', 'archivo', 'acerca de', 'sobre nosotros', 'contacto', 'menú', 'navegación', 'buscar', 'búsqueda', 'servicios', 'eventos', 'agenda', 'tienda', 'productos', 'prensa', 'categorías', 'revista', 'más', 'volver', 'siguiente', 'anterior', 'política', 'economía', 'deportes', 'cultura', 'sociedad', 'internacional', 'opinión', 'tiempo', 'salud', 'ciencia', 'tecnología', 'viajes', 'vídeos', 'fotos'],
  it: ['home', 'home page', 'notizie', 'news', 'attualità', 'tutte le notizie', 'ultime notizie', 'blog', 'articoli', 'archivio', 'chi siamo', 'contatti', 'menu', 'navigazione', 'cerca', 'ricerca', 'servizi', 'eventi', 'negozio', 'prodotti', 'stampa', 'comunicati', 'categorie', 'rivista', 'altro', 'indietro', 'avanti', 'politica', 'economia', 'sport', 'cultura', 'cronaca', 'esteri', 'meteo', 'salute', 'scienza', 'tecnologia', 'viaggi', 'video', 'foto'],
  pl: ['strona główna', 'start', 'aktualności', 'wiadomości', 'newsy', 'blog', 'artykuły', 'archiwum', 'o nas', 'kontakt', 'menu', 'nawigacja', 'szukaj', 'wyszukaj', 'usługi', 'wydarzenia', 'sklep', 'produkty', 'prasa', 'kategorie', 'więcej', 'wstecz', 'dalej', 'polityka', 'gospodarka', 'sport', 'kultura', 'kraj', 'świat', 'opinie', 'pogoda', 'zdrowie', 'nauka', 'technologie', 'podróże', 'wideo', 'zdjęcia'],
  nl: ['home', 'startpagina', 'nieuws', 'actueel', 'alle nieuws', 'laatste nieuws', 'blog', 'artikelen', 'archief', 'over ons', 'contact', 'menu', 'navigatie', 'zoeken', 'diensten', 'evenementen', 'agenda', 'winkel', 'producten', 'pers', 'categorieën', 'meer', 'terug', 'volgende', 'vorige', 'politiek', 'economie', 'sport', 'cultuur', 'binnenland', 'buitenland', 'weer', 'gezondheid', 'wetenschap', 'reizen', 'video', "foto's"],
  pt: ['início', 'página inicial', 'notícias', 'atualidade', 'todas as notícias', 'últimas notícias', 'blog', 'artigos', 'arquivo', 'sobre', 'sobre nós', 'contato', 'contacto', 'menu', 'navegação', 'pesquisar', 'buscar', 'busca', 'serviços', 'eventos', 'agenda', 'loja', 'produtos', 'imprensa', 'categorias', 'revista', 'mais', 'voltar', 'próximo', 'anterior', 'política', 'economia', 'esportes', 'desporto', 'cultura', 'sociedade', 'mundo', 'opinião', 'tempo', 'saúde', 'ciência', 'tecnologia', 'viagem', 'vídeos', 'fotos'],
};

const NAV_LABEL_SET: ReadonlySet<string> = new Set(Object.values(NAV_LABELS).flat());

/** The line is only a navigation or section label of NAV_LABELS (any listed language). */
export function isNavLabel(text: string): boolean {
  const key = text.trim().toLowerCase().replace(/[\s!.…:»›>]+$/u, '').replace(SPACE_RUNS, ' ');
  return NAV_LABEL_SET.has(key);
}

/**
 * Headings of a page's comment or review section that name the article in quotes ("3 thoughts on
 * “Need for Speed”", "Ein Gedanke zu „Headline“", "Kundenbewertungen für "Product""): per language,
 * the section's nouns and the words linking them to the named title (text/title.ts takes the line
 * printing that title as the headline). A reply to one commenter ("Reply to Jane") is not listed.
 */
export const NAMING_HEADINGS: Readonly<Record<string, { nouns: readonly string[]; links: readonly string[] }>> = {
  en: { nouns: ['comment', 'comments', 'thought', 'thoughts', 'response', 'responses', 'review', 'reviews'], links: ['on', 'to', 'for', 'about'] },
  de: { nouns: ['kommentar', 'kommentare', 'gedanke', 'gedanken', 'antworten', 'bewertungen', 'kundenbewertungen', 'rezensionen', 'meinungen'], links: ['zu', 'zum', 'für', 'über', 'on', 'for'] },
  fr: { nouns: ['commentaire', 'commentaires', 'réponse', 'réponses', 'avis'], links: ['sur', 'à', 'pour', 'de'] },
  es: { nouns: ['comentario', 'comentarios', 'respuesta', 'respuestas', 'opiniones', 'reseñas'], links: ['en', 'a', 'sobre', 'para', 'de'] },
  it: { nouns: ['commento', 'commenti', 'risposta', 'risposte', 'recensioni'], links: ['su', 'a', 'per', 'di'] },
  pl: { nouns: ['komentarz', 'komentarze', 'komentarzy', 'odpowiedzi', 'opinie', 'opinii'], links: ['do', 'na', 'o'] },
  nl: { nouns: ['reactie', 'reacties', 'gedachten', 'beoordelingen', 'recensies'], links: ['op', 'over', 'voor'] },
  pt: { nouns: ['comentário', 'comentários', 'resposta', 'respostas', 'avaliações'], links: ['em', 'para', 'sobre', 'a', 'de'] },
};

const alternation = (words: Iterable<string>) => longestFirst(words);
/**
 * A whole line: at most two words before the noun (a count, "No", "Keine", "Ein"), a link word,
 * the title in quotes. Group 1 is the title.
 */
export const NAMING_HEADING = new RegExp(
  `^(?:\\S+\\s+){0,2}(?:${alternation(Object.values(NAMING_HEADINGS).flatMap((h) => h.nouns))})\\s+(?:${alternation(Object.values(NAMING_HEADINGS).flatMap((h) => h.links))})\\s*:?\\s*["“„«‚‘‹'](.+?)["”“»‘’›']\\s*$`,
  'iu',
);

export interface KickerLanguage {
  id: string;
  /** ISO 639-1 code, as the language guess gives it. */
  lang: string;
  reason: string;
}

/**
 * Languages whose sites print a kicker (a short line naming the topic or the kind of piece) over
 * the headline, so that of two headline-shaped lines of about the same length over the byline
 * or date the lower is the headline (text/title.ts KICKER_MAX_RATIO). Elsewhere (English news)
 * the line under the headline is a standfirst of about the same length.
 */
export const KICKER_LANGUAGES: readonly KickerLanguage[] = [
  { id: 'kicker-de', lang: 'de', reason: 'German news and association sites print a Dachzeile or Spitzmarke ("Interview mit Autorin A", "Nach dem Hochwasser") over the headline.' },
];

/**
 * Languages that capitalise every noun, so that most lines of prose look like Headline Case: the
 * Title Case signal of text/title.ts (a headline's typical shape in English) tells nothing there
 * and is not used. Measured on traf-dev text: title 0.7126 -> 0.7173.
 */
export const NOUN_CAPITALISING_LANGUAGES: readonly KickerLanguage[] = [
  { id: 'nouns-capitalised-de', lang: 'de', reason: 'German writes every noun with a capital ("Neue Regeln für den Hafen der Stadt"): a standfirst or menu label is as Title-Case-shaped as a headline.' },
];

/**
 * A slider's or carousel's buttons printed as a line ("Previous Next", "PrevNext", "‹ ›"): the
 * lines above it are the slides (teasers about other stories), so a headline-shaped first line of
 * the article right under it is the headline, not a caption or subhead (text/title.ts LEAD_COST).
 * Per language: the "previous" words, then the "next" words.
 */
export const SLIDER_CONTROLS: Readonly<Record<string, { previous: readonly string[]; next: readonly string[] }>> = {
  en: { previous: ['previous', 'prev', 'back'], next: ['next', 'forward'] },
  de: { previous: ['zurück', 'vorherige', 'vorheriges', 'voriges'], next: ['weiter', 'nächste', 'nächstes', 'vor'] },
  es: { previous: ['anterior'], next: ['siguiente'] },
  fr: { previous: ['précédent', 'précédente'], next: ['suivant', 'suivante'] },
  it: { previous: ['precedente'], next: ['successivo', 'successiva'] },
  pt: { previous: ['anterior'], next: ['próximo', 'seguinte'] },
};
const sliderWords = (key: 'previous' | 'next') => longestFirst(Object.values(SLIDER_CONTROLS).flatMap((c) => c[key]));
/** A slider's buttons: a "previous" word and a "next" word (glued or apart), or two arrows. */
export const SLIDER_CONTROL = new RegExp(`^(?:(?:${sliderWords('previous')})\\s*(?:${sliderWords('next')})|[‹<❮←]\\s*[›>❯→])$`, 'iu');
