/**
 * Text rules for blocks of the extracted HTML body: short lines that a page's markup does not
 * mark as boilerplate but that are never article text (date lines, picture credits, "Read more:"
 * promos, slideshow controls, author bios). Each rule has an id (shown by --explain) and a reason.
 * A rule applies only to blocks of at most `maxWords` words, so prose is never removed.
 */

export interface BlockRule {
  id: string;
  pattern: RegExp;
  /** Longest block (words) the rule may remove. */
  maxWords: number;
  /** Where the block must sit: anywhere, or among the last blocks of the body. */
  where: 'any' | 'tail';
  reason: string;
}

/** How many blocks at the end of the body count as its tail (author bios, credits). */
export const TAIL_BLOCKS = 4;

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'picture-credit',
    pattern: /(?:\((?:image|photo|picture|pic|foto|credit|video|source)s?\s*:[^)]*\)|\((?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock)[^)]{0,60}\)|\b(?:getty images|ap photo[^.]{0,40}|shutterstock|istock(?:photo)?|via reuters|reuters\/[\w .]+|afp via getty images)\)?\.?)\s*$/i,
    maxWords: 60,
    where: 'any',
    reason: 'A picture caption ends with the picture credit ("(Image: GETTY)", "(AP Photo/...)").',
  },
  {
    id: 'credit-line',
    pattern: /^(?:(?:photo|image|picture|illustration|video|graphic)s?(?: credit)?\s*(?:by|:|©)|©|\(?(?:photo|image)s?:)\s*.{1,100}$|^[\p{L}. '’-]{2,40}(?:\s*[|/]\s*[\p{L}. '’-]{2,40}){1,3}\s*[|/]\s*(?:getty images|ap|reuters|afp|bloomberg|shutterstock|epa)$/iu,
    maxWords: 25,
    where: 'any',
    reason: 'Picture credit lines ("Photo by ...", "Name | Bloomberg | Getty Images").',
  },
  {
    id: 'promo-link',
    pattern: /^(?:related|read more|read also|also read|read next|see more|see also|more|more on this|more from [\w .'’&-]{1,40}|also on [\w.-]+|watch|listen|recommended|don'?t miss|must read|trending|top stories|editor'?s picks?|latest|click here|more great [\w ]{1,30} stories|[\w ]{1,30} related)\s*[:|»›-]\s*\S.*$/i,
    maxWords: 40,
    where: 'any',
    reason: '"Read more: <headline>" and "Related: <headline>" promos inside the body.',
  },
  {
    id: 'call-to-action',
    pattern: /\b(?:click(?:ing)? here|tap here|sign up (?:for|to)|subscribe (?:to|for|now|today)|download (?:the|our) (?:free )?app|get (?:the|our) (?:free )?(?:app|newsletter)|delivered (?:straight )?to your inbox|follow (?:us|me|him|her|them) on|share (?:it|this) with|like this story\??|join (?:our|the) [\w ]{1,30}(?:forums?|community|conversation))\b/i,
    maxWords: 40,
    where: 'any',
    reason: 'Calls to action: subscribe, download the app, follow us, click here.',
  },
  {
    id: 'gallery-chrome',
    pattern: /^(?:(?:image|photo|picture|slide|pic)s? \d+ (?:of|\/) ?\/? ?\d*|caption|close|expand|enlarge|next|previous|prev|view (?:the )?(?:gallery|slideshow|photos)|open gallery|\d+ (?:photos?|images?|pictures?)|hide caption|show caption|toggle caption|_{3,}|-{3,}|\*{3,})$/i,
    maxWords: 8,
    where: 'any',
    reason: 'Slideshow and caption controls, and rule lines.',
  },
  {
    id: 'contact-line',
    pattern: /^(?:e-?mail|contact|reach|follow|write to)\b.{0,120}(?:\S+@\S+\.\w+|twitter|@\w+|facebook|instagram)\b.{0,80}$|^\S+@\S+\.\w+(?:\s+(?:twitter\.com\/|@)\S+)?$/i,
    maxWords: 45,
    where: 'any',
    reason: 'How to reach the reporter ("Email X at ... or follow him @...").',
  },
  {
    id: 'author-bio',
    pattern: /^\p{Lu}[\p{L}.'’ -]{1,60}\s+(?:is|was|has been|joined|writes|covers|reports)\b.{0,200}\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|freelance|author|blogger|staff|covering|covers|reporting|joined)\b.*$/u,
    maxWords: 70,
    where: 'tail',
    reason: 'An author biography after the article ("Jane Doe is a reporter for ...").',
  },
  {
    id: 'author-bio-languages',
    // German, French, Spanish, Italian, Dutch, Portuguese, Polish: a name, "is/writes/works", a newsroom role.
    pattern: /^(?!(?:Der|Die|Das|Ein|Eine|Unser|Unsere|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|De|Het|Een|O|A|Os|As)\s)\p{Lu}\p{L}+(?:[ -]\p{Lu}[\p{L}.'’]*){1,3}\s+(?:ist|war|schreibt|arbeitet|est|écrit|travaille|es|escribe|trabaja|è|scrive|lavora|is|schrijft|werkt|é|escreve|trabalha|jest|pisze|pracuje)\s.{0,200}\b(?:[Hh]ead of|(?:[Cc]hef|[Ff]ach)?[Rr]edakteur\p{L}*|[Aa]utor\p{L}*|[Jj]ournalist\p{L}*|[Rr]eporter\p{L}*|[Kk]orrespondent\p{L}*|[Vv]olontär\p{L}*|[Rr]essortleiter\p{L}*|rédact(?:eur|rice)s?|correspondant\p{L}*|periodista|redact(?:or|ora)|corresponsal|giornalista|redatt(?:ore|rice)|corrispondente|redacteur|verslaggever|correspondent|jornalista|repórter|redator\p{L}*|dziennikar\p{L}*|redaktor\p{L}*)(?![\p{L}])[^]*$/u,
    maxWords: 70,
    where: 'tail',
    reason: 'An author biography after the article, in the page\'s language ("Inga Muster ist Redakteurin bei ...", "Jean Dupont est journaliste à ...").',
  },
  {
    id: 'contributed',
    pattern: /^(?:[\p{L}.'’ -]{2,80}\s+)?(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|additional reporting by\b.*|reporting by\b.*|editing by\b.*|compiled by\b.*)\.?$/iu,
    maxWords: 40,
    where: 'tail',
    reason: 'Reporting and editing credits after the article.',
  },
  {
    id: 'source-footer',
    pattern: /^(?:citation:|this document is subject to copyright|more information:|explore further|journal information:|the contents of this site are|this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared)\b.{0,100}|this post may contain affiliate|affiliate disclosure|disclosure:)/i,
    maxWords: 80,
    where: 'any',
    reason: 'Citation, copyright and affiliate footers.',
  },
  {
    id: 'license-footer',
    pattern: /^(?:unless otherwise (?:noted|stated|indicated|specified)|except where otherwise noted|sofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)|soweit nicht anders (?:angegeben|vermerkt)|sauf (?:mention|indication) contraire|salvo (?:que se indique lo contrario|indicación contraria)|salvo (?:diversa )?indicazione contraria|tenzij anders (?:vermeld|aangegeven)|salvo indicação em contrário)\b.{0,200}\b(?:licen[sc]\w*|lizen\w*|CC[- ]BY\S*|creative commons|copyright|urheberrecht\w*)\b.{0,100}$/iu,
    maxWords: 50,
    where: 'tail',
    reason: 'The site\'s licence footer ("Unless otherwise noted, content on this site is licensed under CC BY").',
  },
  {
    id: 'affiliate-note',
    // Both halves are needed: the links (or clicking them) and a commission they earn ("a
    // commission", not "the Commission"). German, English, French, Spanish, Italian, Dutch,
    // Portuguese, Polish.
    pattern: /^(?=.*\b(?:(?:affiliate|partner|werbe)-?links?|links?|klicks?t?|click(?:s|ing)?|liens?|enlaces?|collegament\w*|koppelingen)\b)(?=.*\b(?:eine provision|an? (?:small )?commission|une commission|una comisi[oó]n|una commissione|een commissie|uma comiss[aã]o|prowizj[eęia]\w*)\b).*$/iu,
    maxWords: 60,
    where: 'any',
    reason: 'Affiliate disclosures written as a sentence: the site earns a commission on purchases through its links ("Wenn du darauf klickst ..., bekommen wir eine Provision").',
  },
];

/**
 * Page furniture written in the page's language, one table per language. Each phrase is a
 * regular-expression source matched against a whole short block (case-insensitive, with an
 * optional trailing ":", "…", "»"), so prose that merely contains the words is never touched.
 * - more:   headings that introduce other content (related articles, further links); the heading
 *           goes, and the linked headlines, headings and lists right under it go with it;
 * - chrome: single controls and labels (table of contents, print, back, show picture, rate this);
 * - promo:  the opening of a sentence that asks the reader to follow, subscribe, comment or download
 *           an app, or that discloses advertising or where the text first appeared (the rest of the
 *           sentence may be anything, up to PROMO_MAX_WORDS);
 * - inline: the label of a one-line link to another article ("Lesen Sie auch: <headline>"),
 *           followed by ":", "»", ">" or "-" (up to PROMO_MAX_WORDS).
 */
export interface LanguagePhrases {
  lang: string;
  more: readonly string[];
  chrome: readonly string[];
  promo: readonly string[];
  inline: readonly string[];
}

export const LANGUAGE_PHRASES: readonly LanguagePhrases[] = [
  {
    lang: 'de',
    more: [
      'weiterführende links', 'weitere links', 'zum weiterlesen', 'mehr zum thema', 'mehr themen', 'mehr zum thema [\\p{L} -]{1,30}',
      '(?:neueste|aktuelle|ähnliche|verwandte|weitere|beliebte|empfohlene) (?:artikel|beiträge|nachrichten|news|meldungen|themen|posts)',
      '(?:das|dies|diese artikel|das thema) könnten? (?:dich|sie|euch) auch interessieren', 'auch interessant', 'ebenfalls interessant',
      'lesen sie auch(?: die folgenden beiträge)?', 'lies auch', 'lesen sie hier einen weiteren [\\p{L} ]{1,30}beitrag',
      'noch mehr (?:infos|artikel|themen|tipps)(?: für (?:dich|sie))?', 'entdecke weitere [\\p{L}-]+', 'entdecken sie weitere [\\p{L}-]+',
      'vorschau auf den nächsten artikel', '(?:nächster|vorheriger) (?:artikel|beitrag)', 'teilnehmende blogs', 'news rund um [\\p{L} &-]{1,40}',
    ],
    chrome: [
      'inhaltsverzeichnis', 'inhalt', 'externer inhalt', 'bild anzeigen(?: bild schließen)?', 'bild schließen', 'rezept drucken(?: bei pinterest speichern)?',
      'drucken', 'zurück', 'nach oben', 'kontakt', 'weitere informationen', 'zusatzinformationen', 'mehr laden', 'lade weitere inhalte',
      '(?:hier können sie )?(?:den |diesen )?artikel bewerten', 'kommentare insgesamt: ?\\d*',
      'aufrufe: .{0,120}', 'veröffentlichung', 'teilen', 'jetzt teilen', 'artikel teilen', 'beitrag teilen', 'newsletter abonnieren',
      '(?:der )?artikel wurde erfolgreich hinzugefügt\\.?', 'kommentarfeed(?: \\| .{0,80})?', 'von: ?[\\p{Lu}][\\p{L}.\' -]{1,40}',
    ],
    promo: [
      'folgen sie uns (?:auf|bei)', 'folge uns (?:auf|bei)', 'abonnieren sie (?:unseren|den)', 'melden sie sich (?:jetzt )?für (?:unseren|den) newsletter', 'gefällt (?:dir|ihnen) unser',
      '(?:verraten|schreiben|sagen) sie (?:es )?(?:uns )?(?:gerne )?in den kommentaren', 'schreibt? (?:es )?(?:uns )?(?:gerne )?in die kommentare',
      '\\*?(?:werbung|anzeige)\\s*[.:|]', '(?:dieser|der) (?:beitrag|artikel|post|text) enthält (?:werbung|affiliate-links|werbelinks)',
      '(?:dieser|der) (?:text|artikel|beitrag) (?:wurde|ist) (?:zuerst |ursprünglich )?(?:veröffentlicht|erschienen)', '(?:zuerst|ursprünglich) erschienen (?:in|bei|auf)',
      '(?:titelbild|titelfoto|bildquelle|fotoquelle|fotos?|bilder?|beitragsbild)\\s*:',
    ],
    inline: ['lesen sie (?:auch|hier|mehr)', 'lies auch', 'mehr dazu', 'auch interessant', 'passend dazu', 'zum thema'],
  },
  {
    lang: 'en',
    more: ['further reading', 'further information', 'recent posts', 'related links', 'useful links', 'external links', 'more (?:news|stories|articles) (?:about|on) [\\p{L} &-]{1,40}'],
    chrome: ['table of contents', 'contents', 'news', 'print(?: this)?(?: article| page| recipe)?', 'rate this (?:article|story|recipe)', 'load more', 'show more', 'back'],
    promo: [
      'get the latest news straight to', 'download the [\\p{L} ]{1,40} apps? for', 'for the latest (?:stories|news)[\\p{L} ,]{0,40} download', 'follow [\\p{L}. ]{1,40} on (?:twitter|facebook|instagram|tiktok|youtube)', 'we need your help',
      'let us know in the comments', 'if you(?:\'|’)re (?:seeing this message|already a subscriber)', 'first-time subscribers',
    ],
    inline: ['read (?:more|also|next)', 'see also', 'related', 'more on this'],
  },
  {
    lang: 'fr',
    more: ['à lire aussi', 'lire aussi', 'sur le même sujet', 'articles? (?:similaires|liés|associés)', 'dans la même rubrique', 'pour aller plus loin', 'nos derniers articles', 'vous aimerez aussi', 'à voir aussi'],
    chrome: ['sommaire', 'imprimer', 'partager', 'crédits? photos? ?: .{1,60}', 'retour', 'voir plus', 'charger plus'],
    promo: ['suivez-nous sur', 'abonnez-vous à', "téléchargez (?:notre|l')application", 'inscrivez-vous à (?:notre|la) newsletter', 'dites-le(?:-nous)? en commentaire', "(?:cet article|ce texte) a été (?:initialement|d'abord|originellement) publié"],
    inline: ['(?:à )?lire aussi', 'à lire', 'voir aussi', 'à voir aussi'],
  },
  {
    lang: 'es',
    more: ['(?:también )?(?:te|le) puede interesar', 'vea también', 'lea también', 'ver también', 'noticias relacionadas', 'artículos relacionados', 'contenido relacionado', 'más noticias', 'lo más leído', 'últimas noticias'],
    chrome: ['índice', 'tabla de contenidos?', 'imprimir', 'compartir', 'comparte', 'valora esta noticia', 'volver', 'ver más', 'cargar más'],
    promo: ['¿?ya sabías que .{0,60}(?:canal|grupo) de (?:telegram|whatsapp|youtube)', '¡?mira lo que tiene nuestro canal', 'síguenos en', 'suscríbete a', 'únete a nuestro (?:canal|grupo)', 'descarga (?:la|nuestra) app'],
    inline: ['(?:también )?(?:te|le) puede interesar', 'vea también', 'lea también', 'lee también', 'ver también', 'mira también', 'relacionado'],
  },
  {
    lang: 'it',
    more: ['leggi anche', 'articoli correlati', '(?:ti )?potrebbe (?:anche )?interessarti', 'altri articoli', 'potrebbe interessarti anche'],
    chrome: ['indice', 'stampa', 'condividi', 'torna su'],
    promo: ['seguici su', 'iscriviti alla (?:nostra )?newsletter', 'scarica (?:la|la nostra) app'],
    inline: ['leggi anche', 'vedi anche'],
  },
  {
    lang: 'pl',
    more: ['czytaj (?:także|też|więcej)', 'zobacz (?:także|też)', 'przeczytaj (?:także|też)', 'polecamy', 'podobne artykuły', 'najnowsze artykuły', 'najczęściej czytane'],
    chrome: ['spis treści', 'drukuj', 'udostępnij', 'więcej\\]?', 'wróć'],
    promo: ['zapraszamy (?:też |także )?do subskrypcji', 'obserwuj nas', 'śledź nas', 'pobierz aplikację'],
    inline: ['czytaj (?:też|także|więcej)', 'zobacz (?:też|także)', 'przeczytaj (?:też|także)'],
  },
  {
    lang: 'nl',
    more: ['lees ook', 'meer nieuws', 'gerelateerde artikelen', 'meer over dit onderwerp'],
    chrome: ['inhoudsopgave', 'meer informatie', 'delen', 'afdrukken'],
    promo: ['volg ons op', 'abonneer je op', 'download de app'],
    inline: ['lees ook', 'zie ook'],
  },
  {
    lang: 'pt',
    more: ['leia também', 'veja também', 'saiba mais', 'notícias relacionadas', 'mais lidas', 'você (?:também )?pode gostar'],
    chrome: ['índice', 'imprimir', 'compartilhe', 'compartilhar'],
    promo: ['siga-nos no', 'inscreva-se na (?:nossa )?newsletter', 'baixe o app'],
    inline: ['leia (?:também|mais)', 'veja também'],
  },
];

/** Longest block (words) read as a heading or label of the tables above. */
export const PHRASE_MAX_WORDS = 8;
/** Longest promo sentence (words) removed by the promo openings above. */
export const PROMO_MAX_WORDS = 45;
/** Longest block (words) under a "more" heading still read as one of its linked headlines. */
export const MORE_ITEM_MAX_WORDS = 25;

const TRAIL = '\\s*(?::|…|\\.{3}|»|›|>>)?\\s*';
const alternation = (pick: (t: LanguagePhrases) => readonly string[]) => LANGUAGE_PHRASES.flatMap(pick).join('|');

/** The compiled tables, one pattern per kind. */
export const PHRASE_PATTERNS = {
  more: new RegExp(`^(?:${alternation((t) => t.more)})${TRAIL}$`, 'iu'),
  chrome: new RegExp(`^(?:${alternation((t) => t.chrome)})${TRAIL}$`, 'iu'),
  inline: new RegExp(`^(?:${alternation((t) => t.inline)})\\s*(?::|»|›|>>?|-|–)\\s*\\S`, 'iu'),
  promo: new RegExp(`^(?:${alternation((t) => t.promo)})(?![\\p{L}\\p{N}])`, 'iu'),
} as const;
