/**
 * Lines above an article that are never its headline, by what they are: a promotion for the
 * site's newsletter or app, a button of the page's tools, a rating widget, a shop's offer, a
 * recipe's figures, a "more stories" heading, a help or notice line, the site's own blurb or name.
 * Such lines sit right over the article on many pages and repeat its topic words, so they would
 * win on overlap; text/title.ts (notTitle) never takes them for a headline.
 *
 * Each entry lists pattern sources per language (ISO 639-1; 'any' for marks every language
 * shares); they are compiled once into one pattern per entry (case-insensitive unless `cased`).
 * `where` says how a source must match: at the line's start ('opening', then a word boundary),
 * as the whole line ('whole') or anywhere between word boundaries ('anywhere'; a source may
 * still start with "^").
 */
import { Prefilters } from './prefilter.js';

export interface TitleJunk {
  id: string;
  sources: Readonly<Record<string, readonly string[]>>;
  where: 'opening' | 'whole' | 'anywhere';
  /** Applies only to lines of at most this many words (a button's label is short; a headline may open the same way). */
  maxWords?: number;
  /** Match case as written (a label glued to the next word is told by the capital that follows it). */
  cased?: boolean;
  reason: string;
}

/** Longest line (words) taken for a tool's button label ("Grafik herunterladen", "Edit this block"). */
export const TOOL_LABEL_MAX_WORDS = 4;
/** Longest line (words) taken for a site or publication name ("The Harbour Blog"). */
export const PUBLICATION_NAME_MAX_WORDS = 3;

/** A number as printed in figures and prices ("4.5", "1'200", "700"). */
const NUM = String.raw`\d+(?:[.,'’]\d+)*`;

export const TITLE_JUNK: readonly TitleJunk[] = [
  {
    id: 'feed-promo',
    sources: {
      en: [String.raw`(?:get|sign up|subscribe)\b.{0,60}\b(?:to|in) your inbox\b.*`, String.raw`(?:install|get|download) (?:the |our )?app`, String.raw`sign up (?:for|to) (?:our|the) newsletter`, String.raw`(?:follow|read|find|get|receive) .{0,40}\b(?:on|via|in) google ?news`],
      de: [String.raw`(?:jetzt )?(?:unsere |die )?app (?:installieren|herunterladen|laden)`, String.raw`(?:jetzt )?newsletter abonnieren`, String.raw`(?:folgen sie|folge|lesen sie|finden sie|abonnieren sie) .{0,40}\b(?:auf|bei|über|in) google ?news`],
      fr: [String.raw`recevez .{1,60} newsletter`, String.raw`(?:installez|téléchargez) (?:l['’]|notre )app`, String.raw`(?:suivez|retrouvez|lisez) .{0,40}\bsur google ?(?:news|actualités)`],
      es: [String.raw`recib[ae] (?:las )?noticias`, String.raw`(?:descarga|instala) (?:la |nuestra )?app`, String.raw`(?:síguenos|sigue|lee|encuentra) .{0,40}\b(?:en|desde) google ?news`],
      it: [String.raw`(?:scarica|installa) (?:l['’]|la nostra )app`, String.raw`(?:seguici|segui|leggi) .{0,40}\bsu google ?news`],
      nl: [String.raw`(?:download|installeer) (?:de |onze )?app`, String.raw`(?:volg|lees) .{0,40}\bop google ?news`],
      pl: [String.raw`(?:pobierz|zainstaluj) (?:naszą )?aplikację`, String.raw`(?:obserwuj|czytaj) .{0,40}\bw google ?news`],
      pt: [String.raw`(?:baixe|instale) (?:o |nosso )?app`, String.raw`receba (?:as )?notícias`, String.raw`(?:siga|leia|acompanhe) .{0,40}\bno google ?(?:news|notícias)`],
    },
    where: 'opening',
    reason: 'A promotion for the site\'s newsletter, app or news-feed channel ("Get the Valley Times to your inbox daily", "Install App", "Receive our news on Google News"): it names the site, not the article.',
  },
  {
    id: 'account-prompt',
    sources: {
      en: ['sign in to', 'log in to', 'sign in or register', 'log in or register', 'register or sign in', 'create an account', 'create a free account'],
      de: ['melden sie sich an', 'melde dich an', 'registrieren sie sich', 'registriere dich', 'jetzt registrieren', 'einloggen oder registrieren', 'anmelden oder registrieren'],
      fr: ['connectez-vous', 'inscrivez-vous', 'identifiez-vous', 'créez un compte', 'créez votre compte'],
      es: ['regístrate', 'regístrese', 'ingrese o regístrese', 'ingresa o regístrate', 'inicia sesión', 'inicie sesión', 'crea una cuenta', 'cree una cuenta'],
      it: ['accedi per', 'accedi o registrati', 'registrati', 'crea un account'],
      nl: ['log in om', 'meld je aan', 'meld u aan', 'registreer je', 'registreer u', 'maak een account'],
      pl: ['zaloguj się', 'zarejestruj się', 'załóż konto'],
      pt: ['faça login', 'faça o login', 'cadastre-se', 'inicie sessão', 'registe-se', 'crie uma conta'],
    },
    where: 'opening',
    reason: 'A prompt to log in or register ("Sign in to save this story", "Regístrese para comentar"): the site\'s account box, not the article.',
  },
  {
    id: 'tool-button',
    sources: {
      en: [String.raw`edit (?:this |the )?(?:[\p{L}-]+ )?(?:page|post|element|block|section|entry|article)`, String.raw`download (?:the |this )?(?:graphic|chart|pdf|file|image|photo|picture|video|data|map|e-?book|brochure|now|here)`, String.raw`copy (?:the )?(?:link|url|text|code|address)`, String.raw`embed (?:the |this )?(?:code|video|graphic|chart)`],
      de: [String.raw`[\p{L}-]+ (?:herunterladen|downloaden|kopieren|bearbeiten|einbetten)`],
      fr: [String.raw`(?:télécharger|copier|intégrer) (?:le |la |l['’])?(?:pdf|graphique|fichier|lien|image|photo|vidéo|code|carte)`],
      es: [String.raw`(?:descargar|copiar|insertar) (?:el |la )?(?:pdf|gráfico|archivo|enlace|imagen|foto|vídeo|video|código|mapa)`],
      it: [String.raw`(?:scarica|copia|incorpora) (?:il |la |l['’])?(?:pdf|grafico|file|link|immagine|foto|video|codice|mappa)`],
      nl: [String.raw`[\p{L}-]+ (?:downloaden|kopiëren|bewerken|insluiten)`],
      pl: [String.raw`(?:pobierz|kopiuj|skopiuj) (?:pdf|plik|grafikę|link|obraz|zdjęcie|wideo|kod|mapę)`],
      pt: [String.raw`(?:baixar|copiar|incorporar) (?:o |a )?(?:pdf|gráfico|arquivo|link|imagem|foto|vídeo|código|mapa)`],
    },
    where: 'opening',
    maxWords: TOOL_LABEL_MAX_WORDS,
    reason: 'A button of the page\'s tools or its editor ("Download graphic", "Grafik herunterladen", "Link kopieren", "Edit this block"): short; a longer line opening so is a headline ("Download speeds double on the island").',
  },
  {
    id: 'rating-widget',
    sources: {
      any: [
        String.raw`${NUM}\s*(?:\/|out of|sur)\s*(?:5|6|10|20|100)(?![\/.\d]).*\b(?:votes?|ratings?|reviews?|stars?|bewertung(?:en)?|stimmen?|sterne[n]?|avis|étoiles?|votos?|valoraci(?:ón|ones)|estrellas|voti|stelle|recensioni|głos(?:y|ów)?|ocen[ay]?|gwiazd\p{L}*|stemmen|sterren|beoordelingen?|avalia(?:ção|ções)|estrelas)`,
        String.raw`^(?:rating|bewertung|note|valoración|voto|valutazione|ocena|beoordeling|avaliação)\s*:\s*${NUM}`,
        String.raw`\(${NUM} (?:votes?|ratings?|reviews?|bewertung(?:en)?|stimmen?|votos?|voti|avis|głos(?:y|ów)?|stemmen)\b[^)]*\)`,
      ],
    },
    where: 'anywhere',
    reason: 'A rating widget ("Score 4.5/5 (12 votes)", "4.8 out of 5 based on 30 ratings", "Bewertung: 4,2 von 5"): the page\'s star box, not its headline.',
  },
  {
    id: 'shop-offer',
    sources: {
      en: ['for new customers'],
      de: ['für neukunden', String.raw`^bis zu (?:chf|€|eur|fr\.)?\s?${NUM}\s?(?:chf|€|eur|franken|euro|%)?\s+(?:weniger zahlen|sparen)`],
      fr: ['pour les nouveaux clients'],
      es: ['para nuevos clientes'],
      it: ['per i nuovi clienti'],
      nl: ['voor nieuwe klanten'],
      pl: ['dla nowych klientów'],
      pt: ['para novos clientes'],
    },
    where: 'anywhere',
    reason: 'A shop\'s offer to new customers or a saving it promises ("For new customers: free delivery", "Bis zu 300 Euro sparen"): a promotion over the page. A discount alone ("35% off …") is not listed: on deal sites that is the headline.',
  },
  {
    id: 'recipe-figure',
    sources: {
      any: [String.raw`${NUM}\s*(?:kcal|kj|cal|g|kg|mg|ml|cl|l|min\.?|std\.?|h|hrs?\.?|minutes?|minuten|minutos|stunden?|portions?|portionen|servings?)(?:\s+${NUM}\s*(?:min\.?|minutes?|minuten|minutos))?`],
    },
    where: 'whole',
    reason: 'A figure of a recipe card ("620 kcal", "45 Min.", "1 Std. 20 Min."): a number and its unit alone.',
  },
  {
    id: 'more-stories',
    sources: {
      en: ['discover our', 'discover more', 'explore more', 'more stories', 'more from', 'more on this', 'you may also like', 'you might also like', 'recommended for you', 'related stories', 'related articles'],
      de: ['entdecke weitere', 'entdecken sie weitere', 'entdecke mehr', 'mehr zum thema', 'neues aus', 'weitere artikel', 'weitere beiträge', 'weitere meldungen', 'das könnte sie auch', 'das könnte dich auch', 'lesen sie auch', 'auch interessant'],
      fr: ['découvrez nos', 'découvrez aussi', 'à lire aussi', 'lire aussi', "plus d'articles", 'sur le même sujet', 'vous aimerez aussi'],
      es: ['le puede interesar', 'te puede interesar', 'más noticias', 'lea también', 'noticias relacionadas', 'temas relacionados', 'descubre más'],
      it: ['leggi anche', 'potrebbe interessarti', 'altre notizie', 'scopri di più'],
      nl: ['lees ook', 'meer nieuws', 'ontdek meer', 'meer over'],
      pl: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'więcej z'],
      pt: ['leia também', 'veja também', 'mais notícias', 'descubra mais'],
    },
    where: 'opening',
    reason: 'The heading of a list of other stories ("Discover our latest picks", "Entdecke weitere Geschichten vom Hafen", "Neues aus der Markthalle"): it leads to other articles, and repeats the article\'s topic words.',
  },
  {
    id: 'notice-line',
    sources: {
      en: ["why can['’]?t i see", 'why am i seeing', 'please enable javascript', 'javascript is disabled', 'you have disabled javascript'],
      de: ['warum sehe ich', 'sie haben javascript', 'bitte aktivieren sie javascript', 'javascript ist deaktiviert'],
      fr: ['pourquoi ne puis-je pas voir', 'veuillez activer javascript'],
      es: ['por qué no puedo ver', 'habilite javascript', 'active javascript'],
      it: ['perché non vedo', 'abilita javascript'],
      nl: ['waarom zie ik', 'schakel javascript in'],
      pl: ['dlaczego nie widzę', 'włącz javascript'],
      pt: ['por que não consigo ver', 'ative o javascript'],
    },
    where: 'opening',
    reason: 'A help or notice line of the site ("Why can\'t I see the Valley Times?", "Bitte aktivieren Sie JavaScript"): printed where the article did not load.',
  },
  {
    id: 'site-blurb',
    sources: {
      en: ['here you will find', "here you['’]ll find", 'here you can find', String.raw`(?:news|tips|stories|views)(?:,? (?:and|&) (?:news|tips|stories|views|blog posts))+ (?:about|on|from)`],
      de: ['hier finden sie', 'hier findest du', String.raw`(?:news|neuigkeiten|aktuelles|infos?|informationen|tipps|stories|geschichten|wissenswertes|alles)\b[^:]{0,40}\brund ums?`],
      fr: ['ici vous trouverez', 'vous trouverez ici'],
      es: ['aquí encontrará', 'aquí encontrarás', 'aquí puede encontrar'],
      it: ['qui trovi', 'qui troverai'],
      nl: ['hier vind je', 'hier vindt u'],
      pl: ['tutaj znajdziesz'],
      pt: ['aqui você encontra', 'aqui encontra'],
    },
    where: 'opening',
    reason: 'The site\'s own blurb ("Here you will find news from the harbour district", "Hier finden Sie alle Termine", "News and stories about the valley", "Tipps und Infos rund um den Hafen"): it describes the site, not the article. A greeting ("Welcome to …") is not listed: a blog\'s first post may be headed so.',
  },
  {
    id: 'publication-name',
    sources: {
      any: [String.raw`(?:the\s+)?[\p{L}\d.&'’-]+(?:\s+[\p{L}\d.&'’-]+)?\s+(?:blog|magazin|magazine|journal|zeitung|podcast|newsletter)`],
    },
    where: 'whole',
    maxWords: PUBLICATION_NAME_MAX_WORDS,
    reason: 'The name of the site or its publication ("The Harbour Blog", "Hafen Magazin"): a short line ending in the kind of publication, printed over every article.',
  },
  {
    id: 'glued-label',
    sources: {
      en: ['Tags', 'Topics', 'Categories'],
      de: ['Schlagwörter', 'Schlagworte', 'Themen', 'Kategorien'],
      fr: ['Étiquettes', 'Thèmes', 'Sujets'],
      es: ['Etiquetas', 'Temas', 'Categorías'],
      it: ['Argomenti', 'Categorie'],
      nl: ['Trefwoorden', 'Onderwerpen'],
      pl: ['Tagi', 'Tematy'],
      pt: ['Etiquetas', 'Assuntos'],
    },
    where: 'opening',
    cased: true,
    reason: 'A tag list whose label the text render glued to the first tag ("TopicsHarbourFerry market"): the label\'s last letter runs into a capital.',
  },
];

/** TITLE_JUNK compiled once. */
const COMPILED: readonly { junk: TitleJunk; re: RegExp }[] = TITLE_JUNK.map((junk) => {
  const alts = [...new Set(Object.values(junk.sources).flat())].sort((a, b) => b.length - a.length).join('|');
  const body =
    junk.where === 'whole'
      ? `^(?:${alts})[\\s.!]*$`
      : junk.where === 'anywhere'
        ? `(?:^|[^\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`
        : junk.cased
          ? `^(?:${alts})(?=\\p{Lu}\\p{Ll})`
          : `^(?:${alts})(?![\\p{L}\\p{N}])`;
  return { junk, re: new RegExp(body, junk.cased ? 'u' : 'iu') };
});

/** The compiled patterns (the build's pre-check snapshot lists them, scripts/prefilter-snapshot.mjs). */
export const TITLE_JUNK_PATTERNS: readonly RegExp[] = COMPILED.map((c) => c.re);

/**
 * Pre-checks and case folding of the patterns (rules/prefilter.ts, rules/case-fold.ts), as the
 * boilerplate tables have them: a title candidate skips the patterns it cannot match, and a
 * process compiles only the ones some candidate may match, lower-cased.
 */
export const TITLE_JUNK_PREFILTERS = new Prefilters();

/** The id of the first TITLE_JUNK entry the text is, testing each pattern with `tester(t)`. */
function firstJunk(text: string, tester: (t: string) => (re: RegExp) => boolean): string | null {
  const t = text.trim().replace(/^[\s«»"'“”„]+/u, '');
  const words = t.split(/\s+/).length;
  const test = tester(t);
  for (const { junk, re } of COMPILED) if ((junk.maxWords === undefined || words <= junk.maxWords) && test(re)) return junk.id;
  return null;
}

/** The id of the first TITLE_JUNK entry `text` is, or null. */
export const titleJunk = (text: string): string | null => firstJunk(text, (t) => TITLE_JUNK_PREFILTERS.tester(t));

/** titleJunk without the pre-checks and folding (tests compare the two). */
export const titleJunkPlain = (text: string): string | null => firstJunk(text, (t) => (re) => re.test(t));
