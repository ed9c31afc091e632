import {
  Prefilters
} from "./chunk-GPVHPBCS.js";
import {
  bylineAuthors,
  bylineKind,
  bylineOf,
  bylineText,
  flaggedRuns,
  isCapsName,
  lineKey,
  lineShape,
  pageStats,
  prefixedHeadline,
  wordCount
} from "./chunk-HWIERG6U.js";
import {
  BYLINE_PREFIXES,
  CREDIT_SLASH,
  DATE_LINE_PREFIX,
  JOB_NOUN_PATTERN,
  NUMERIC_DATE_TIME_LINE,
  WEEKDAY_TIME_LINE,
  findDates,
  isDateLine,
  isUpdateOnly,
  labelledDates,
  parseDate,
  publishedDate
} from "./chunk-2ELLDX6N.js";
import {
  anyApostrophe,
  escapePhrase,
  escapeRegExp,
  longestFirst,
  stopwords,
  wordList
} from "./chunk-DJWOFNSH.js";

// dist/rules/boilerplate-labels.js
var BOX_LABEL_LANGUAGES = [
  {
    id: "en",
    reason: "English: the link and contact boxes under a press release or an association's news item, and embed placeholders of consent plugins.",
    boxLabels: wordList("More information|Further information|Additional information|Contact person|Contact persons|This page"),
    embedNotices: wordList("Click on the button below to load the content of|Click the button below to load the content of|By loading the content you accept|By loading the video, you accept"),
    formFields: wordList("Name|Your name|Email|E-mail|Email address|Website|Comment|Message")
  },
  {
    id: "de",
    reason: 'German: "Weitere Informationen", "Ansprechpartner" over the boxes of press releases and association pages; the placeholders of German consent plugins ("Mit dem Laden des Inhalts akzeptieren Sie \u2026").',
    boxLabels: wordList("Weitere Informationen|Weiterf\xFChrende Informationen|Zusatzinformationen|Zus\xE4tzliche Informationen|Ansprechpartner|Ansprechpartnerin|Ansprechpartner*innen|Ansprechpartnerinnen|Ihr Ansprechpartner|Ihre Ansprechpartnerin|Ihre Ansprechpartner|Diese Seite"),
    embedNotices: wordList("Klicken Sie auf den \u2026 Button, um den Inhalt von|Klicke auf den \u2026 Button, um den Inhalt von|Mit dem Laden des \u2026 akzeptieren Sie|Mit dem Laden der \u2026 akzeptieren Sie"),
    formFields: wordList("Name|Vorname|Nachname|E-Mail|E-Mail-Adresse|eMail|Mail|Website|Webseite|Kommentar|Nachricht|Ihre Nachricht")
  },
  {
    id: "fr",
    reason: `French: "Plus d'informations", "Contact" boxes under a news item; consent placeholders.`,
    boxLabels: wordList("Plus d\u2019informations|Plus d'informations|Pour plus d\u2019informations|Pour plus d'informations|Informations compl\xE9mentaires|Personne de contact|Interlocuteur|Votre interlocuteur|Cette page"),
    embedNotices: wordList("En chargeant le contenu, vous acceptez|Cliquez sur le bouton ci-dessous pour charger le contenu"),
    formFields: wordList("Nom|Pr\xE9nom|E-mail|Courriel|Adresse e-mail|Site web|Commentaire|Message")
  },
  {
    id: "es",
    reason: 'Spanish: "Informaci\xF3n adicional", "Persona de contacto" boxes; consent placeholders.',
    boxLabels: wordList("Informaci\xF3n adicional|M\xE1s informaci\xF3n adicional|Persona de contacto|Esta p\xE1gina"),
    embedNotices: wordList("Al cargar el contenido, aceptas|Haz clic en el bot\xF3n de abajo para cargar el contenido"),
    formFields: wordList("Nombre|Correo electr\xF3nico|Email|Web|Sitio web|Comentario|Mensaje")
  },
  {
    id: "pl",
    reason: 'Polish: "Dodatkowe informacje", "Osoba kontaktowa" boxes.',
    boxLabels: wordList("Dodatkowe informacje|Wi\u0119cej informacji|Osoba kontaktowa|Osoby kontaktowe|Ta strona"),
    embedNotices: wordList("Kliknij przycisk poni\u017Cej, aby za\u0142adowa\u0107 tre\u015B\u0107"),
    formFields: wordList("Imi\u0119|Nazwisko|E-mail|Adres e-mail|Witryna internetowa|Strona|Komentarz|Wiadomo\u015B\u0107")
  }
];
function boxLabelPattern() {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.boxLabels);
  return new RegExp(`^(?:${longestFirst(entries, (e) => anyApostrophe(escapePhrase(e)))})\\s*:?$`, "iu");
}
var EMBED_NOTICE_MAX_TAIL = 300;
function embedNoticePattern() {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.embedNotices);
  const source = (e) => escapePhrase(e).replace(/\\s\+…\\s\+/g, "(?:\\s+\\S+)?\\s+");
  return new RegExp(`^(?:${longestFirst(entries, source)})(?![\\p{L}\\p{N}]).{0,${EMBED_NOTICE_MAX_TAIL}}$`, "iu");
}
function formFieldPattern() {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.formFields);
  return new RegExp(`^(?:${longestFirst(entries, escapePhrase)})\\s*\\*$`, "iu");
}

// dist/rules/boilerplate-languages.js
var BOILERPLATE_LANGUAGES = [
  {
    id: "de",
    reason: 'German: the most frequent non-English language of scraped European pages; WordPress German strings ("Schreibe einen Kommentar", "Teilen mit").',
    comments: wordList("Kommentare|# Kommentare|Ein Kommentar|Leserkommentare|Schreibe einen Kommentar|Schreiben Sie einen Kommentar|Kommentar schreiben|Kommentar verfassen|Kommentar hinzuf\xFCgen|Kommentieren|Jetzt kommentieren|Hinterlasse einen Kommentar|Hinterlassen Sie einen Kommentar|Antwort hinterlassen|Hinterlasse eine Antwort|Diskutieren Sie mit|Ihre Meinung|Ihre Meinung zu diesem Thema|Deine Meinung|Kommentare anzeigen|Kommentare sind geschlossen|Die Kommentarfunktion ist geschlossen|Kommentarfunktion deaktiviert|Ein Gedanke zu \u2026|# Gedanken zu \u2026|# Antworten|# Antworten zu \u2026"),
    related: wordList("\xC4hnliche Beitr\xE4ge|\xC4hnliche Artikel|\xC4hnliche Themen|Verwandte Artikel|Verwandte Beitr\xE4ge|Weitere Artikel|Weitere Beitr\xE4ge|Weitere Beitr\xE4ge zu \u2026|Weitere Artikel zum Thema|Weitere Artikel zu \u2026|Weitere Nachrichten|Weitere Themen|Weitere Meldungen|Neueste Artikel|Neueste Beitr\xE4ge|Neue Beitr\xE4ge|Aktuelle Beitr\xE4ge|Letzte Beitr\xE4ge|Beliebte Beitr\xE4ge|Beliebte Artikel|Meistgelesen|Meistgelesene Artikel|Meist gelesen|Meistgelesene Beitr\xE4ge|Top-Artikel|Empfehlungen aus der Redaktion|Unsere Empfehlungen|Das k\xF6nnte Sie auch interessieren|Das k\xF6nnte dich auch interessieren|Das k\xF6nnte Sie interessieren|Das k\xF6nnte dich interessieren|Das k\xF6nnte Ihnen auch gefallen|Das k\xF6nnte dir auch gefallen|Das Thema k\xF6nnte dich auch interessieren|Auch interessant|Auch lesenswert|Mehr zum Thema|Mehr zum Thema \u2026|Mehr zu \u2026|Mehr aus \u2026|Mehr Themen|Mehr lesen \xFCber|Lesen Sie auch|Lesen Sie auch die folgenden Beitr\xE4ge|Lies auch|Passend dazu|Passend zum Thema|Zum Thema|Weiterf\xFChrende Links|Andere Leser interessierten sich auch f\xFCr|Meistgesucht|Meist gesucht"),
    share: wordList("Teilen|Teilen mit|Teile dies|Teilen Sie dies mit|Diesen Artikel teilen|Artikel teilen|Beitrag teilen|Seite teilen|Jetzt teilen|Auf Facebook teilen|Auf Twitter teilen|Per E-Mail teilen|Per Mail versenden|Drucken|Artikel drucken|Druckversion|Gef\xE4llt mir|Gef\xE4llt mir Lade \u2026|Liken Lade \u2026|Like Lade \u2026|%d Bloggern gef\xE4llt das|Verbinde mit %s|Merken|Zur Merkliste"),
    navigation: wordList("Startseite|Externer Inhalt|Externe Inhalte laden|Zur Startseite|Home|Impressum|Datenschutz|Datenschutzerkl\xE4rung|Datenschutzhinweise|Datenschutzeinstellungen|Privatsph\xE4re-Einstellungen|Cookie-Einstellungen|Cookie-Richtlinie|Kontakt|Kontaktformular|\xDCber uns|AGB|Nutzungsbedingungen|Barrierefreiheit|Erkl\xE4rung zur Barrierefreiheit|Leichte Sprache|Mediadaten|Netiquette|Nach oben|Zum Seitenanfang|Seitenanfang|Zur\xFCck|Zur\xFCck zur \xDCbersicht|Zur\xFCck zur Startseite|Zum Inhalt springen|Zum Inhalt wechseln|Direkt zum Inhalt|Springe direkt zu|Zur Navigation springen|Zum Hauptinhalt springen|Hauptmen\xFC|Hauptnavigation|Men\xFC|Men\xFC schlie\xDFen|Navigation|Navigation \xF6ffnen|Beitragsnavigation|Beitrags-Navigation|Haupt-Sidebar|N\xE4chster Artikel|Vorheriger Artikel|Vorschau auf den n\xE4chsten Artikel|Inhalt|N\xE4chster Beitrag|Vorheriger Beitrag|N\xE4chster Artikel Vorheriger Artikel|Suche|Suchen|Suche nach|Suchbegriff|Sie sind hier|Anmelden|Abmelden|Registrieren|Jetzt registrieren|Jetzt anmelden|Kostenlos anmelden|Hier kostenlos anmelden|Jetzt kostenlos anmelden|Mein Konto|Passwort vergessen?|Abonnieren|Jetzt abonnieren|Newsletter abonnieren|Schlie\xDFen|Abbrechen|Seite drucken"),
    readMore: wordList("Weiterlesen|Weiter lesen|Mehr lesen|Mehr erfahren|Mehr anzeigen|Alle anzeigen|Zum Artikel|Zum Beitrag|Ganzen Artikel lesen|Artikel lesen|Mehr"),
    credit: wordList("Foto|Fotos|Bild|Bilder|Bildquelle|Bildnachweis|Titelbild|Beitragsbild|Titelfoto|Fotocredit|Grafik|Quelle"),
    authorBox: wordList("\xDCber den Autor|\xDCber die Autorin|\xDCber die Autoren|Zum Autor|Zur Autorin|Zur Person|Autoreninfo|Weitere Artikel des Autors|Mehr vom Autor"),
    buttons: wordList("Antworten|Antwort|Auf Kommentar antworten|Melden|Kommentar melden|Jetzt spenden|Spenden|Mitglied werden"),
    contact: wordList("Pressekontakt|Pressekontakte|Medienkontakt|Kontakt f\xFCr Medien|Kontakt f\xFCr Journalisten|Ansprechpartner f\xFCr die Presse|Kontakt f\xFCr R\xFCckfragen"),
    commentForm: wordList("Deine E-Mail-Adresse wird nicht ver\xF6ffentlicht|Ihre E-Mail-Adresse wird nicht ver\xF6ffentlicht|Die E-Mail-Adresse wird nicht ver\xF6ffentlicht|Erforderliche Felder sind mit|Meinen Namen, E-Mail und Website in diesem Browser speichern|Benachrichtige mich \xFCber nachfolgende Kommentare|Benachrichtige mich \xFCber neue Beitr\xE4ge|Mit der Nutzung dieses Formulars erkl\xE4rst du dich mit der Speicherung|Du musst angemeldet sein, um einen Kommentar|Sie m\xFCssen angemeldet sein, um einen Kommentar"),
    commentVerbs: wordList("sagt|schrieb|schreibt|meint|kommentierte"),
    subjects: wordList("er|sie|es|man|wer|ich|du|wir|ihr|der|die|das|ein|eine"),
    tags: wordList("Kategorie|Kategorien|Schlagworte|Schlagwort|Stichworte|Stichw\xF6rter|Rubrik|Rubriken|Abgelegt unter|Ver\xF6ffentlicht unter|Getaggt mit"),
    postMeta: wordList("Dieser Beitrag wurde ver\xF6ffentlicht in|Dieser Eintrag wurde ver\xF6ffentlicht in|Dieser Beitrag wurde unter|Dieser Eintrag wurde unter"),
    consent: wordList("Wir verwenden Cookies|Wir nutzen Cookies|Wir setzen Cookies|Diese Website verwendet Cookies|Diese Webseite verwendet Cookies|Diese Website nutzt Cookies|Diese Webseite nutzt Cookies|Diese Website speichert Cookies|Diese Website benutzt Cookies|Mit der Anmeldung stimme ich|Mit Absenden meiner|Mit dem Absenden|Mit Ihrer Anmeldung|Ich willige darin ein|Ich bin mit der Verarbeitung|Ich habe die Datenschutzerkl\xE4rung|Ich stimme der Datenschutzerkl\xE4rung"),
    promo: wordList("e-Paper|ePaper|Einzelheft|Probeabo|Testabo|im Abo|als Abo|zum Abo|Abo abschlie\xDFen|Ausgaben gratis|Ausgaben kostenlos|am Kiosk erh\xE4ltlich"),
    pitches: wordList("Dir hat der Artikel gefallen|Ihnen hat der Artikel gefallen|Hat dir der Artikel gefallen|Hat Ihnen der Artikel gefallen|Dir gef\xE4llt unser|Ihnen gef\xE4llt unser|Gef\xE4llt dir unser|Gef\xE4llt Ihnen unser|Jede Spende hilft|Jede kleine Spende hilft|Unterst\xFCtze uns|Unterst\xFCtzen Sie uns|Verraten Sie uns in den Kommentaren|Verraten Sie gerne|Verrate uns in den Kommentaren|Schreib uns in die Kommentare|Schreibt uns in die Kommentare|Dieser Beitrag enth\xE4lt Werbung|Dieser Artikel enth\xE4lt Werbung|Dieser Beitrag enth\xE4lt Affiliate-Links|Dieser Artikel enth\xE4lt Affiliate-Links|*Werbung|Werbung:|Unbezahlte Werbung|Enth\xE4lt Werbung")
  },
  {
    id: "fr",
    reason: 'French: news sites and blogs ("Laisser un commentaire", "Partager", "Mentions l\xE9gales", "\xC0 lire aussi").',
    comments: wordList("Commentaires|# commentaires|Laisser un commentaire|Laissez un commentaire|Ajouter un commentaire|\xC9crire un commentaire|R\xE9agir|R\xE9agissez|Vos r\xE9actions|# r\xE9actions|Les commentaires sont ferm\xE9s|Laisser une r\xE9ponse|# r\xE9ponses \xE0 \u2026"),
    related: wordList("Articles similaires|Articles li\xE9s|Articles connexes|\xC0 lire aussi|A lire aussi|Lire aussi|\xC0 lire \xE9galement|\xC0 voir aussi|\xC0 d\xE9couvrir aussi|Sur le m\xEAme sujet|Sur le m\xEAme th\xE8me|Dans la m\xEAme rubrique|Les plus lus|Les plus populaires|Derniers articles|Articles r\xE9cents|Nos derniers articles|Autres articles|Vous aimerez aussi|Vous aimerez aussi \u2026|Vous pourriez aussi aimer|Ces articles peuvent vous int\xE9resser|Plus d\u2019articles|Plus d'articles|Derni\xE8res actualit\xE9s|Toute l\u2019actualit\xE9|S\xE9lectionn\xE9 pour vous"),
    share: wordList("Partager|Partager cet article|Partager sur \u2026|Partagez|Partagez cet article|Partager :|Imprimer|J\u2019aime|J'aime|Envoyer par e-mail|Copier le lien"),
    navigation: wordList("Accueil|Mentions l\xE9gales|Politique de confidentialit\xE9|Donn\xE9es personnelles|Gestion des cookies|Param\xE8tres des cookies|Nous contacter|Contactez-nous|Contact|Qui sommes-nous|Plan du site|Retour en haut|Haut de page|Retour|Aller au contenu|Aller au contenu principal|Passer au contenu|Rechercher|Recherche|Menu principal|Se connecter|Connexion|D\xE9connexion|S\u2019inscrire|S'inscrire|S\u2019abonner|S'abonner|Abonnez-vous|Conditions g\xE9n\xE9rales|Conditions g\xE9n\xE9rales d\u2019utilisation|CGU|CGV|Article suivant|Article pr\xE9c\xE9dent|Fermer|Annuler"),
    readMore: wordList("Lire la suite|Lire plus|Lire l\u2019article|Lire l'article|En savoir plus|Voir plus|Voir tout|Suite"),
    credit: wordList("Cr\xE9dit photo|Cr\xE9dits photo|Cr\xE9dit|Cr\xE9dits|Photo|Illustration|Source"),
    authorBox: wordList("\xC0 propos de l\u2019auteur|\xC0 propos de l'auteur|A propos de l\u2019auteur|A propos de l'auteur|L\u2019auteur|L'auteur|Du m\xEAme auteur"),
    buttons: wordList("R\xE9pondre|Signaler|Faire un don|Soutenez-nous"),
    contact: wordList("Contact presse|Contacts presse|Contact m\xE9dias|Relations presse"),
    commentForm: wordList("Votre adresse e-mail ne sera pas publi\xE9e|Votre adresse de messagerie ne sera pas publi\xE9e|Votre adresse email ne sera pas publi\xE9e|Les champs obligatoires sont indiqu\xE9s|Enregistrer mon nom, mon e-mail et mon site|Pr\xE9venez-moi de tous les nouveaux commentaires|Vous devez \xEAtre connect\xE9 pour publier un commentaire"),
    commentVerbs: wordList("dit|a dit|\xE9crit|a \xE9crit"),
    subjects: wordList("il|elle|on|ils|elles|je|tu|nous|vous|le|la|les|un|une|qui"),
    tags: wordList("Cat\xE9gorie|Cat\xE9gories|Mots-cl\xE9s|Mots cl\xE9s|Class\xE9 dans|Rubrique|Rubriques"),
    postMeta: wordList("Cette entr\xE9e a \xE9t\xE9 publi\xE9e dans|Cet article a \xE9t\xE9 publi\xE9 dans|Ce billet a \xE9t\xE9 publi\xE9 dans"),
    consent: wordList("Nous utilisons des cookies|Ce site utilise des cookies|Ce site web utilise des cookies|cookies et autres traceurs|En cliquant sur \xAB Tout accepter|En cliquant sur \xAB OK|param\xE9trer les cookies|param\xE9trer vos cookies|En vous inscrivant, vous acceptez"),
    promo: wordList("Abonnez-vous|version num\xE9rique du journal|offre d'abonnement"),
    pitches: wordList("Cet article vous a plu|Vous avez aim\xE9 cet article|Rejoignez-nous sur|Soutenez-nous|Faites un don")
  },
  {
    id: "es",
    reason: 'Spanish: Spanish and Latin American news sites ("Deja un comentario", "Compartir", "Aviso legal", "Te puede interesar").',
    comments: wordList("Comentarios|# comentarios|Deja un comentario|Dejar un comentario|Deja una respuesta|Deja tu comentario|Escribe un comentario|A\xF1adir comentario|A\xF1ade un comentario|Los comentarios est\xE1n cerrados"),
    related: wordList("Art\xEDculos relacionados|Noticias relacionadas|Entradas relacionadas|Publicaciones relacionadas|Contenido relacionado|Otras noticias|M\xE1s noticias|Lo m\xE1s le\xEDdo|Lo m\xE1s visto|Lo \xFAltimo|\xDAltimas noticias|Te puede interesar|Le puede interesar|Tambi\xE9n te puede interesar|Quiz\xE1s te interese|Podr\xEDa interesarte|Te recomendamos|Recomendados|M\xE1s informaci\xF3n|M\xE1s en \u2026|Vea tambi\xE9n|Ver tambi\xE9n|Lee tambi\xE9n|Lea tambi\xE9n|Sigue leyendo|Notas relacionadas|M\xE1s le\xEDdas"),
    share: wordList("Compartir|Compartir en \u2026|Comparte|Compartir este art\xEDculo|Comparte esta noticia|Comp\xE1rtelo|Imprimir|Enviar por correo|Copiar enlace|Me gusta"),
    navigation: wordList("Inicio|Portada|Aviso legal|Pol\xEDtica de privacidad|Pol\xEDtica de cookies|Configuraci\xF3n de cookies|Contacto|Cont\xE1ctenos|Cont\xE1ctanos|Qui\xE9nes somos|Mapa del sitio|Volver arriba|Ir arriba|Ir al contenido|Saltar al contenido|Buscar|B\xFAsqueda|Men\xFA|Iniciar sesi\xF3n|Cerrar sesi\xF3n|Registrarse|Reg\xEDstrate|Suscr\xEDbete|Suscribirse|T\xE9rminos y condiciones|Art\xEDculo siguiente|Art\xEDculo anterior|Noticia siguiente|Noticia anterior|Cerrar|Cancelar"),
    readMore: wordList("Leer m\xE1s|Seguir leyendo|Inf\xF3rmate m\xE1s|Informate m\xE1s|Ver m\xE1s|Continuar leyendo|Leer nota completa|Ver todo"),
    credit: wordList("Foto|Fotos|Fotograf\xEDa|Imagen|Fuente|Cr\xE9dito"),
    authorBox: wordList("Sobre el autor|Sobre la autora|Acerca del autor|Acerca de la autora|M\xE1s del autor"),
    buttons: wordList("Responder|Reportar|Denunciar|Donar|Dona|Hazte socio"),
    contact: wordList("Contacto de prensa|Contacto para medios|Contacto con los medios"),
    commentForm: wordList("Tu direcci\xF3n de correo electr\xF3nico no ser\xE1 publicada|Su direcci\xF3n de correo electr\xF3nico no ser\xE1 publicada|Los campos obligatorios est\xE1n marcados|Guarda mi nombre, correo electr\xF3nico y web|Recibir un email con los siguientes comentarios|Debes iniciar sesi\xF3n para publicar un comentario|Para comentar debes"),
    commentVerbs: wordList("dice|dijo|escribi\xF3|coment\xF3"),
    subjects: wordList("\xE9l|ella|ellos|ellas|yo|t\xFA|usted|el|la|los|las|un|una|quien"),
    tags: wordList("Categor\xEDa|Categor\xEDas|Etiquetado|Etiquetado con|Archivado en"),
    postMeta: wordList("Esta entrada fue publicada en|Esta entrada se public\xF3 en"),
    consent: wordList("Utilizamos cookies|Usamos cookies|Este sitio utiliza cookies|Este sitio web utiliza cookies|Esta web utiliza cookies|Al suscribirte, aceptas|Al registrarte, aceptas"),
    promo: wordList("Suscr\xEDbete|Suscr\xEDbase|edici\xF3n digital del peri\xF3dico"),
    pitches: wordList("Mira lo que tiene nuestro|\xDAnete a nuestro canal|Te gust\xF3 este art\xEDculo|Ap\xF3yanos")
  },
  {
    id: "it",
    reason: 'Italian: "Lascia un commento", "Condividi", "Leggi anche", "Torna su".',
    comments: wordList("Commenti|# commenti|Lascia un commento|Lascia una risposta|Scrivi un commento|Aggiungi un commento|I commenti sono chiusi"),
    related: wordList("Articoli correlati|Notizie correlate|Post correlati|Articoli simili|Leggi anche|Potrebbe interessarti|Ti potrebbe interessare|Potrebbe interessarti anche|I pi\xF9 letti|Pi\xF9 letti|Ultime notizie|Altri articoli|Articoli recenti|Ultimi articoli|Altre notizie|Potrebbero interessarti|Da non perdere|Ti consigliamo"),
    share: wordList("Condividi|Condividi su \u2026|Condividi questo articolo|Condividi l\u2019articolo|Stampa|Invia per email|Mi piace"),
    navigation: wordList("Home page|Note legali|Informativa sulla privacy|Informativa privacy|Informativa cookie|Impostazioni cookie|Contatti|Contattaci|Chi siamo|Mappa del sito|Torna su|Torna in alto|Torna all\u2019inizio|Vai al contenuto|Passa al contenuto|Cerca|Accedi|Esci|Registrati|Iscriviti|Abbonati|Termini e condizioni|Articolo successivo|Articolo precedente|Chiudi|Annulla"),
    readMore: wordList("Leggi tutto|Leggi di pi\xF9|Continua a leggere|Leggi l\u2019articolo|Scopri di pi\xF9|Vedi tutto|Leggi"),
    credit: wordList("Foto|Immagine|Fonte|Credito"),
    authorBox: wordList("L\u2019autore|L'autore|Sull\u2019autore|Sull'autore|Chi \xE8 l\u2019autore"),
    buttons: wordList("Rispondi|Segnala|Dona ora|Sostienici"),
    contact: wordList("Contatti stampa|Ufficio stampa|Contatto stampa"),
    commentForm: wordList("Il tuo indirizzo email non sar\xE0 pubblicato|I campi obbligatori sono contrassegnati|Salva il mio nome, email e sito web|Devi essere connesso per inviare un commento"),
    commentVerbs: wordList("dice|ha detto|scrive|ha scritto"),
    subjects: wordList("lui|lei|egli|ella|io|tu|noi|voi|il|lo|la|gli|le|un|una|chi"),
    tags: wordList("Categoria|Categorie|Archiviato in"),
    postMeta: wordList("Questo articolo \xE8 stato pubblicato in|Questa voce \xE8 stata pubblicata in"),
    consent: wordList("Utilizziamo i cookie|Utilizziamo cookie|Questo sito utilizza i cookie|Questo sito utilizza cookie|Questo sito usa i cookie|Iscrivendoti accetti"),
    promo: wordList("Abbonati ora|Abbonati subito|edizione digitale del giornale"),
    pitches: wordList("Ti \xE8 piaciuto questo articolo|Ti \xE8 piaciuto l'articolo|Sostienici|Unisciti al nostro canale")
  },
  {
    id: "pt",
    reason: 'Portuguese: Brazilian and Portuguese sites ("Deixe um coment\xE1rio", "Compartilhe", "Leia tamb\xE9m").',
    comments: wordList("Coment\xE1rios|# coment\xE1rios|Deixe um coment\xE1rio|Deixe uma resposta|Deixe seu coment\xE1rio|Escreva um coment\xE1rio|Adicionar coment\xE1rio|Coment\xE1rios encerrados"),
    related: wordList("Artigos relacionados|Not\xEDcias relacionadas|Posts relacionados|Conte\xFAdo relacionado|Leia tamb\xE9m|Veja tamb\xE9m|Leia mais|Mais lidas|Mais lidos|\xDAltimas not\xEDcias|Mais not\xEDcias|Voc\xEA pode gostar|Voce pode gostar|Voc\xEA tamb\xE9m pode gostar|Saiba mais|Recomendados para voc\xEA"),
    share: wordList("Compartilhar|Compartilhe|Partilhar|Partilhe|Compartilhe esta not\xEDcia|Imprimir|Enviar por e-mail|Copiar link|Curtir"),
    navigation: wordList("In\xEDcio|P\xE1gina inicial|Aviso legal|Pol\xEDtica de privacidade|Pol\xEDtica de cookies|Contato|Contacto|Fale conosco|Fale connosco|Quem somos|Sobre n\xF3s|Mapa do site|Voltar ao topo|Ir para o conte\xFAdo|Pular para o conte\xFAdo|Pesquisar|Buscar|Entrar|Sair|Cadastre-se|Assine|Assinar|Termos de uso|Pr\xF3ximo artigo|Artigo anterior|Fechar|Cancelar"),
    readMore: wordList("Continue lendo|Continuar lendo|Ler mais|Ver mais|Ver tudo"),
    credit: wordList("Foto|Fotos|Imagem|Fonte|Cr\xE9dito"),
    authorBox: wordList("Sobre o autor|Sobre a autora"),
    buttons: wordList("Responder|Denunciar|Doe|Apoie"),
    contact: wordList("Contato para imprensa|Contacto de imprensa|Assessoria de imprensa"),
    commentForm: wordList("O seu endere\xE7o de e-mail n\xE3o ser\xE1 publicado|O seu endere\xE7o de email n\xE3o ser\xE1 publicado|Seu endere\xE7o de e-mail n\xE3o ser\xE1 publicado|Seu e-mail n\xE3o ser\xE1 publicado|Campos obrigat\xF3rios s\xE3o marcados|Salvar meus dados neste navegador|Voc\xEA precisa fazer o login para publicar um coment\xE1rio"),
    commentVerbs: wordList("disse|diz|escreveu|comentou"),
    subjects: wordList("ele|ela|eles|elas|eu|voc\xEA|o|a|os|as|um|uma|quem"),
    tags: wordList("Categoria|Categorias|Marcadores|Arquivado em"),
    postMeta: wordList("Esta entrada foi publicada em|Este post foi publicado em"),
    consent: wordList("Utilizamos cookies|Usamos cookies|Este site utiliza cookies|Este site usa cookies|Ao se inscrever, voc\xEA concorda"),
    promo: wordList("Assine j\xE1|Assine agora|Seja assinante"),
    pitches: wordList("Gostou deste artigo|Gostou do artigo|Apoie o nosso trabalho|Junte-se ao nosso canal")
  },
  {
    id: "nl",
    reason: 'Dutch: "Laat een reactie achter", "Delen", "Lees ook", "Naar boven".',
    comments: wordList("Reacties|# reacties|Laat een reactie achter|Geef een reactie|Plaats een reactie|Schrijf een reactie|Reageer|Reageren|Reacties zijn gesloten"),
    related: wordList("Gerelateerde artikelen|Gerelateerde berichten|Gerelateerd|Lees ook|Lees verder|Meest gelezen|Meer nieuws|Ook interessant|Laatste nieuws|Recente berichten|Recente artikelen|Andere artikelen|Meer over \u2026|Meer artikelen"),
    share: wordList("Delen|Deel|Deel dit artikel|Deel dit bericht|Delen via \u2026|Afdrukken|Printen|Vind ik leuk"),
    navigation: wordList("Privacybeleid|Privacyverklaring|Cookiebeleid|Cookie-instellingen|Algemene voorwaarden|Disclaimer|Colofon|Over ons|Naar boven|Terug naar boven|Ga naar inhoud|Naar de inhoud|Zoeken|Inloggen|Uitloggen|Registreren|Abonneren|Word abonnee|Volgend artikel|Vorig artikel|Sluiten|Annuleren"),
    readMore: wordList("Lees meer|Verder lezen|Meer lezen|Bekijk meer|Bekijk alles"),
    credit: wordList("Foto|Beeld|Afbeelding|Bron"),
    authorBox: wordList("Over de auteur|Over de schrijver"),
    buttons: wordList("Beantwoorden|Antwoord|Rapporteren|Doneer|Steun ons"),
    contact: wordList("Perscontact|Contact voor de pers|Noot voor de redactie"),
    commentForm: wordList("Je e-mailadres wordt niet gepubliceerd|Uw e-mailadres wordt niet gepubliceerd|Vereiste velden zijn gemarkeerd|Mijn naam, e-mail en site bewaren in deze browser|Je moet ingelogd zijn om een reactie"),
    commentVerbs: wordList("zegt|schreef|schrijft|reageerde"),
    subjects: wordList("hij|zij|ze|het|ik|jij|je|wij|we|de|een|wie"),
    tags: wordList("Categorie|Categorie\xEBn|Rubriek|Geplaatst in"),
    postMeta: wordList("Dit bericht is geplaatst in|Deze entry is geplaatst in"),
    consent: wordList("Wij gebruiken cookies|We gebruiken cookies|Deze website gebruikt cookies|Deze site gebruikt cookies"),
    promo: wordList("Word abonnee|Neem een abonnement|Probeer het abonnement"),
    pitches: wordList("Vond je dit artikel interessant|Steun ons|Word lid van ons kanaal")
  },
  {
    id: "pl",
    reason: 'Polish: "Dodaj komentarz", "Udost\u0119pnij", "Czytaj tak\u017Ce", "Polityka prywatno\u015Bci".',
    comments: wordList("Komentarze|# komentarzy|# komentarze|Dodaj komentarz|Skomentuj|Napisz komentarz|Zostaw komentarz|Zostaw odpowied\u017A|Komentarze zosta\u0142y wy\u0142\u0105czone"),
    related: wordList("Czytaj tak\u017Ce|Czytaj te\u017C|Zobacz tak\u017Ce|Zobacz te\u017C|Przeczytaj tak\u017Ce|Przeczytaj te\u017C|Najcz\u0119\u015Bciej czytane|Najpopularniejsze|Polecane|Polecamy|Podobne artyku\u0142y|Powi\u0105zane artyku\u0142y|Podobne wpisy|Najnowsze|Najnowsze artyku\u0142y|Najnowsze wpisy|Wi\u0119cej artyku\u0142\xF3w|Wi\u0119cej z \u2026|Mo\u017Ce ci\u0119 zainteresowa\u0107|Mo\u017Ce Ci\u0119 zainteresowa\u0107|Inne artyku\u0142y"),
    share: wordList("Udost\u0119pnij|Udost\u0119pnij na \u2026|Podziel si\u0119|Podziel si\u0119 artyku\u0142em|Drukuj|Wy\u015Blij|Lubi\u0119 to|Skopiuj link"),
    navigation: wordList("Strona g\u0142\xF3wna|Kontakt|Polityka prywatno\u015Bci|Polityka cookies|Regulamin|Mapa strony|O nas|Do g\xF3ry|Na g\xF3r\u0119|Powr\xF3t do g\xF3ry|Przejd\u017A do tre\u015Bci|Przejd\u017A do zawarto\u015Bci|Szukaj|Wyszukaj|Zaloguj si\u0119|Zaloguj|Wyloguj|Zarejestruj si\u0119|Subskrybuj|Nast\u0119pny artyku\u0142|Poprzedni artyku\u0142|Zamknij|Anuluj"),
    readMore: wordList("Czytaj dalej|Czytaj wi\u0119cej|Wi\u0119cej|Zobacz wi\u0119cej|Poka\u017C wi\u0119cej"),
    credit: wordList("Fot.|Fot|Foto|Zdj\u0119cie|\u0179r\xF3d\u0142o|Ilustracja"),
    authorBox: wordList("O autorze|O autorce"),
    buttons: wordList("Odpowiedz|Zg\u0142o\u015B|Wesprzyj nas|Wesprzyj"),
    contact: wordList("Kontakt dla medi\xF3w|Kontakt dla prasy|Biuro prasowe"),
    commentForm: wordList("Tw\xF3j adres e-mail nie zostanie opublikowany|Tw\xF3j adres email nie zostanie opublikowany|Wymagane pola s\u0105 oznaczone|Zapisz moje dane, adres e-mail i witryn\u0119|Musisz si\u0119 zalogowa\u0107, aby m\xF3c doda\u0107 komentarz"),
    commentVerbs: wordList("pisze|napisa\u0142|napisa\u0142a|m\xF3wi|powiedzia\u0142|powiedzia\u0142a"),
    subjects: wordList("on|ona|ono|oni|one|ja|ty|my|wy|kto"),
    tags: wordList("Kategoria|Kategorie|Tagi|Tematy"),
    postMeta: wordList("Ten wpis zosta\u0142 opublikowany w|Wpis opublikowany w"),
    consent: wordList("U\u017Cywamy plik\xF3w cookie|Ta strona u\u017Cywa plik\xF3w cookie|Ta strona wykorzystuje pliki cookie|Serwis wykorzystuje pliki cookie|Wyra\u017Cam zgod\u0119 na przetwarzanie"),
    promo: wordList("Wykup prenumerat\u0119|Wykup dost\u0119p|Zam\xF3w prenumerat\u0119"),
    pitches: wordList("Podoba\u0142 ci si\u0119 artyku\u0142|Wesprzyj nas|Do\u0142\u0105cz do naszej spo\u0142eczno\u015Bci")
  }
];
function entrySource(entry) {
  let s = entry;
  let head = "";
  let tail = "";
  if (s.startsWith("# ")) {
    head = "\\d[\\d.,]*\\s+";
    s = s.slice(2);
  }
  if (s.endsWith(" \u2026")) {
    tail = "(?:\\s+.{1,60})?";
    s = s.slice(0, -2);
  }
  return head + anyApostrophe(escapeRegExp(s)).replace(/ /g, "\\s+") + tail;
}
function alternatives(kind) {
  return [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => l[kind]).map(entrySource))].join("|");
}
var TRAIL = "\\s*(?::|\\.{3}|\u2026|!|\\?|\xBB|\u203A|\u2192|>>|\\[\u2026\\]|\\(\\d+\\))?\\s*";
function vocabularyPattern(kind) {
  const entries = BOILERPLATE_LANGUAGES.flatMap((l) => l[kind]);
  const sources = [...new Set(entries.map(entrySource))].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${sources.join("|")})${TRAIL}$`, "iu");
}
function inlineRelatedPattern() {
  const sources = [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => [...l.related, ...l.readMore.filter((e) => e.includes(" "))]).map((e) => entrySource(e.replace(/ …$/, ""))))];
  return new RegExp(`^(?:${sources.join("|")})\\s*[:|\xBB>\u2013-]\\s*.{2,200}$`, "iu");
}
function commentFormPattern() {
  return new RegExp(`^(?:${alternatives("commentForm")})\\b.{0,300}$`, "iu");
}
function tagsPattern() {
  return new RegExp(`^(?:${alternatives("tags")})\\s*:(?:\\s*.{1,200})?$`, "iu");
}
function postMetaPattern() {
  return new RegExp(`^(?:${alternatives("postMeta")})\\b.{0,300}$`, "iu");
}
var CONSENT_LEAD_CHARS = 80;
function consentPattern() {
  return new RegExp(`^.{0,${CONSENT_LEAD_CHARS}}(?<![\\p{L}\\p{N}])(?:${alternatives("consent")})(?![\\p{L}\\p{N}]).{0,600}$`, "iu");
}
var PROMO_MAX_WORDS = 40;
function promoPattern() {
  return new RegExp(`^(?=(?:\\S+\\s+){0,${PROMO_MAX_WORDS - 1}}\\S+$).*(?<![\\p{L}\\p{N}])(?:${alternatives("promo")})(?![\\p{L}\\p{N}]).*$`, "iu");
}
function pitchPattern() {
  return new RegExp(`^[\xA1\xBF]?(?:${alternatives("pitches")})(?![\\p{L}\\p{N}]).{0,400}$`, "iu");
}
var SOURCE_LABELS = /* @__PURE__ */ new Set(["quelle", "source", "fuente", "fonte", "bron", "\u017Ar\xF3d\u0142o"]);
var caseless = (src) => src.replace(/\\.|\p{L}/gu, (c) => c.length > 1 || c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`);
function captionCreditPattern() {
  const labels = [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => l.credit).filter((c) => !SOURCE_LABELS.has(c.toLowerCase())).map(entrySource))];
  return new RegExp(`^\\S.{0,300}\\s(?:(?:\xA9|\\([cC]\\))\\s*[^\\s.!?:]|(?:${labels.map(caseless).join("|")})\\s*:\\s*\\p{Lu})[^.!?:]{0,60}\\.?$`, "u");
}
var COMMENTER_MAX_CHARS = 40;
function commentAuthorPattern() {
  return new RegExp(`^(?!(?:${alternatives("subjects")})\\s)[\\p{L}\\p{N}_.'\u2019 -]{2,${COMMENTER_MAX_CHARS}}\\s+(?:${alternatives("commentVerbs")})\\s?:$`, "iu");
}
function contactPattern() {
  return new RegExp(`^(?:${alternatives("contact")})\\s*:$`, "iu");
}
function creditPattern() {
  return new RegExp(`^\\(?(?:${alternatives("credit")})(?:\\s*:|(?<=\\.))\\s*.{1,80}\\)?$`, "iu");
}

// dist/rules/boilerplate.js
var rule = (id, action, pattern, reason) => ({ id, action, pattern, reason });
var PICTURE_AGENCIES = ["AFP", "AP", "APA", "ANSA", "dpa", "DPA", "EFE", "EPA", "Europa Press", "Getty Images", "Keystone", "Reuters", "REUTERS", "Xinhua"];
var AGENCY_CAPTION_MAX_CHARS = 200;
var BOILERPLATE_RULES = [
  // --- section headings whose content is a list of other articles --------------------------------
  rule("related-articles", "list", /^(?:related|more|recommended|popular|trending|top|latest|similar|other|further|also)(?: (?:articles?|stories|posts|news|content|reading|coverage|links|videos?|topics|headlines|on [\w .'-]{1,40}|from [\w .'-]{1,40}))?:?$/i, "A heading that introduces links to other articles; the headlines under it are not this article."),
  rule("read-more", "list", /^(?:read|see|watch|listen) (?:more|also|next)(?: (?:on|about|from) [\w .'-]{1,40})?:?$|^(?:you may|you might) (?:also )?(?:like|enjoy|be interested in)\b.{0,30}$|^more from [\w .'&-]{1,40}$|^(?:most (?:read|popular|viewed|shared|emailed))(?: (?:articles|stories|now|today))?:?$|^(?:what to read next|up next|don't miss|editor'?s picks?)$/i, '"Read more", "You may also like", "Most read": recommendation lists.'),
  rule("related-multilingual", "list", vocabularyPattern("related"), "Recommendation-list headings in German, French, Spanish, Italian, Portuguese, Dutch, Polish (rules/boilerplate-languages.ts)."),
  // --- terminating sections ------------------------------------------------------------------------
  rule("no-comments-yet", "drop", /^(?:\[\s*)?(?:0|no|zero|keine|aucun|sin|nessun|sem|geen|brak)\s+(?:comments?|responses?|replies|kommentare|commentaires?|comentarios?|comment[oi]|comentários|reacties|komentarzy)(?:\s*\])?$/i, 'A comment counter at zero ("0 Comments") sits in the article header; no comment section follows it.'),
  rule("comments-section", "end", /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?:?$|^(?:leave|post|add|write) a (?:comment|reply|response)$|^(?:join|start) the (?:discussion|conversation)$|^show comments$|^view comments$/i, "The comment section starts: reader comments are not the article."),
  rule("comment-count", "end", /^\[?\s*\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:to|on)\s+.{1,200})?\s*\]?$|^(?:top rated|most liked|newest|oldest|reader|featured) comments$|^(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarze)\s*\(?\d*\)?$/i, '"34 responses to ...", "[ 167 comments ]", "Top Rated Comments", comment headings in several languages: the comment section starts.'),
  rule("comment-author", "end", /^(?!(?:he|she|they|it|we|i|you|one|who|the\s+\w+|an?\s+\w+)\s)[\w.'’ -]{2,40}\s+(?:says|wrote|commented):$/i, '"name says:" opens a reader comment (WordPress-style comment lists).'),
  rule("comment-author-multilingual", "end", commentAuthorPattern(), `"Name sagt:", "Name dit :", "Name napisa\u0142:" open a reader comment in WordPress's German, French, Spanish, Italian, Portuguese, Dutch and Polish lists (rules/boilerplate-languages.ts).`),
  rule("comment-policy", "end", /^.{0,100}\bcomments? (?:are|is|may be|will be) (?:moderated|republished|reviewed before)\b.{0,300}$|^(?:we ask that comments|please understand that comments)\b.{0,300}$|^(?:as you comment\b|please (?:be respectful|keep (?:it|comments|your comments) civil)|comments? (?:are|is) (?:closed|moderated)|you must be logged in to (?:post|leave) a comment|(?:log|sign) in to (?:comment|leave a comment|join the conversation)|be the first to comment|this discussion is now closed|commenting (?:is|has been) (?:closed|disabled)).{0,80}$/i, "Comment-box prompts and policies: the comment section starts."),
  rule("comment-form", "end", /^(?:your email address will not be published|your e-mail address will not be published|required fields are marked|save my name, email, and website in this browser|notify me of (?:follow-up comments|new posts)|you must be logged in to post a comment)\b.{0,300}$/i, 'The notices of a comment form ("Your email address will not be published."): the comment section starts.'),
  rule("comment-form-multilingual", "end", commentFormPattern(), 'Comment-form notices in other languages ("Deine E-Mail-Adresse wird nicht ver\xF6ffentlicht.", "Votre adresse e-mail ne sera pas publi\xE9e.").'),
  rule("press-contact", "end", /^(?:media contacts?|press contacts?|for (?:media|press) (?:inquiries|enquiries)|media (?:inquiries|enquiries)|press office)\s*:?$/i, "The press-contact box that ends a press release: names, phone numbers and addresses, not the release."),
  rule("press-contact-multilingual", "end", contactPattern(), 'Press-contact headings in other languages, with their colon ("Pressekontakt:", "Contact presse :", "Contacto de prensa:").'),
  rule("about-author", "end", /^(?:about the authors?|about the writer|author bio(?:graphy)?|more (?:articles|stories) by .{1,40})$/i, "An author biography box after the article."),
  rule("comments-multilingual", "end", vocabularyPattern("comments"), 'Comment-section headings, comment-form prompts and closed notices in German, French, Spanish, Italian, Portuguese, Dutch, Polish ("Schreibe einen Kommentar", "Laisser un commentaire", "12 Kommentare").'),
  rule("form-field", "end", formFieldPattern(), `A form field's label with its required-field star ("Name *", "E-Mail *", "Commentaire *"): a comment or contact form starts under the article (rules/boilerplate-labels.ts).`),
  rule("about-author-box-multilingual", "end", vocabularyPattern("authorBox"), 'Author-box headings after the article in other languages ("\xDCber den Autor", "Sobre el autor", "O autorze").'),
  rule("about-author-multilingual", "end", /^(?:Über|Sobre|À propos de|Acerca de|O autorze|Over) (?:\p{Lu}[\p{L}'’.-]+ ?){2,4}$/u, 'An author box headed "\xDCber Jana Roth", "Sobre Ana Ruiz" (German, Portuguese/Spanish, French, Polish, Dutch).'),
  // --- single lines --------------------------------------------------------------------------------
  rule("back-to-top", "drop", /^(?:back to top(?: button)?|to top|scroll to top|top of page|↑\s*top)$/i, "Navigation button text left over in scraped text."),
  rule("skip-to-content", "drop", /^skip (?:to|navigation)\b.{0,30}$/i, '"Skip to content" accessibility links.'),
  rule("advertisement", "drop", /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:below|the main story)|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama)$/i, 'Advertisement labels and "story continues below" markers.'),
  rule("share-bar", "drop", /^(?:share(?: (?:this|on|via|the) .{0,30}| article| story| post)?|tweet|pin(?: it)?|email|e-mail|print|copy link|copy url|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|messenger|telegram|flipboard|\d[\d.,]*k?\s+(?:shares?|views?|comments?|likes?))(?:\s*[|·•]\s*.{0,20})*$/i, "Share buttons and share/view counters."),
  rule("share-button-label", "drop", /^(?:share (?:this|it|on|via)\s*:|(?:click|tap) to (?:share|email|print|tweet)(?: (?:on|via|with|this|a link to a friend)\b[\w .'-]{0,30})?(?: \(opens in (?:a )?new window\))?|teilen:|partager\s*:|compartir\s*:|condividi\s*:|delen\s*:|udostępnij\s*:)$/i, 'WordPress-style share buttons as scraped text ("Share this:", "Click to share on Twitter (Opens in new window)") and the "Share:" label in other languages.'),
  rule("share-bar-multilingual", "drop", vocabularyPattern("share"), 'Share, like and print buttons in other languages ("Teilen", "Teilen mit:", "Partager", "Compartir", "Udost\u0119pnij", "Gef\xE4llt mir").'),
  rule("follow-subscribe", "drop", /^(?:follow us(?: on .{1,40})?|follow (?:@|on )\S.{0,40}|subscribe(?: (?:now|today|here|to (?:our|the) [\w ]{1,40}))?|sign up(?: (?:now|for (?:our|the) [\w ]{1,40}))?|get (?:our|the) [\w ]{1,30} newsletter|newsletter|sign in|log in|register|create (?:an )?account|already a subscriber\??.{0,30})[.!]?$/i, "Follow/subscribe/sign-in prompts."),
  rule("newsletter-pitch", "drop", /^(?:(?:sign up|subscribe) (?:for|to) (?:our|the) .{1,60}newsletter.{0,80}|get (?:the|our) .{1,40} (?:newsletter|delivered to your inbox).{0,60}|enter your e-?mail(?: address)?.{0,40})$/i, "Newsletter sign-up boxes."),
  rule("promo-pitch", "drop", /^(?:(?:subscribe|sign up) (?:to|for|now|today)\b(?=.{0,200}\b(?:newsletters?|magazine|podcast|channel|updates|alerts|inbox|today|now|digital|print|edition|access|issues?|stories)\b)|get (?:the latest|the best|our|more) .{0,60}(?:newsletter|inbox|delivered|updates)|stay (?:on top of|up to date|informed)|don'?t miss (?:out|a story|a thing)|want more stories like this|start your day with|there'?s plenty more where that came from|get unlimited access|become a (?:member|subscriber)|support (?:our|independent) journalism)\b.{0,300}$|^.{0,200}\bwant more stories like this\?.{0,100}$/i, "Subscription and newsletter pitches written as sentences."),
  rule("newsletter-pitch-multilingual", "drop", /^(?=(?:\S+\s+){0,49}\S+$)(?=.*newsletter)(?=.*(?:\babonnier|\banmeld|\bmelde (?:dich|sie)|\bbestell|\bregistrier|\berhalten sie\b|informiert (?:sie|dich|euch)\b|\bhol dir\b|\babonne|\binscri|\bsuscr[ií]b|\biscriv|\bassin|\binscrev|\baanmeld|\babonneer|\bzapisz|\bsubskryb|\bsubscribe\b|\bsign up\b|\breceive our\b|\bget our\b)).*$/iu, 'Newsletter sign-up pitches written as a sentence, in any language ("Unser kostenloser Newsletter informiert Sie \u2026", "Inscrivez-vous \xE0 notre newsletter", "Zapisz si\u0119 na newsletter").'),
  rule("affiliate-disclosure", "drop", /^.{0,300}\b(?:may (?:get|earn|receive) (?:a )?(?:share of the sale|(?:small )?commission)|earn(?:s)? (?:a )?(?:small )?(?:affiliate )?commission|affiliate (?:links?|commissions?)|links to online retail stores|advertising (?:disclosure|disclaimer)|(?:may|might) (?:receive|earn|get) compensation)\b.{0,300}$/i, "Affiliate-link disclosures."),
  rule("contact-tip", "drop", /^(?:have a (?:news )?tip\??|got a (?:news )?tip\??|send us a tip|contact (?:the )?(?:author|reporter|writer)\b|[\p{L}.'’ -]{3,40} (?:may|can) be reached at)\b.{0,300}$/iu, 'Tip lines and "X may be reached at" contact notes.'),
  rule("wire-credit", "drop", /^\(?(?:reporting|additional reporting|writing|editing|compiled|research) by .{2,300}\)?$/i, 'Wire-service credits: "(Reporting by A; Editing by B)".'),
  rule("cookie-notice", "drop", /^(?:.{0,80}\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage cookies)\b.{0,200}|accept|accept all|reject all|i agree|got it|ok, i agree)$/i, "Cookie consent notices and their buttons."),
  rule("cookie-notice-multilingual", "drop", consentPattern(), 'Cookie banners and sign-up consent in other languages ("Wir verwenden Cookies, um \u2026", "Nous utilisons des cookies \u2026", "Mit der Anmeldung stimme ich \u2026 zu"; rules/boilerplate-languages.ts).'),
  rule("signup-consent", "drop", /^.{0,80}\bby (?:signing up|subscribing|registering|submitting|clicking [^,]{1,40}|continuing)(?: [^,]{1,60})?,? you (?:agree|accept|consent)\b.{0,400}$/i, 'The consent under a sign-up form ("By registering, you accept the terms of the Harbour Gazette").'),
  rule("app-pitch", "drop", /^(?:(?:for (?:the latest|more) .{1,80}?,? )?download (?:the|our) (?:.{1,60}? )?apps?\b.{0,200}|get the latest .{1,60}\b(?:app|phone)\b.{0,120})$/i, `Pitches for the publisher's app ("Download our app for breaking news", "Get the latest headlines on your phone with our app").`),
  rule("follow-social-pitch", "drop", /^[Ff]ollow (?:us|@\w+|(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4}) on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Tt]hreads)\b.{0,300}$/u, `A pitch for the publisher's social accounts ("Follow The Daily Planet on Twitter"): a named account, not a sentence ("Follow the steps posted on Twitter").`),
  rule("paywall-notice", "drop", /^(?:to (?:view|read|continue reading|access) (?:the full|the rest of (?:the|this)|this) (?:story|article|post)\b.{0,300}|if you(?:'|’)re (?:already a subscriber|seeing this (?:notice|message))\b.{0,300}|.{0,60}\bsubscribers? (?:also )?(?:receive|get|enjoy)\b.{0,300})$/i, 'Paywall notices in the text ("To read the rest of this article, subscribe", "If you are already a subscriber, log in").'),
  rule("promo-multilingual", "drop", promoPattern(), `Short lines promoting the publication's print edition, e-paper or subscription ("Jetzt im Abo", "Abonnez-vous", "Word abonnee"; rules/boilerplate-languages.ts).`),
  rule("reader-pitch-multilingual", "drop", pitchPattern(), 'Calls to the reader in other languages: donation, comment, share and channel invitations and advertising disclosures ("Jede Spende hilft \u2026", "Cet article vous a plu ?", "Dieser Beitrag enth\xE4lt Werbung"; rules/boilerplate-languages.ts).'),
  rule("inbox-pitch", "drop", /^.{0,200}\b(?:enter your e-?mail(?: address)? (?:below|here|to (?:get|receive|subscribe))|(?:opt out|unsubscribe) (?:at )?any ?time|(?:direct(?:ly)?|straight) (?:to|in|into) your inbox|get regular updates)\b.{0,300}$/i, 'Sign-up boxes written as sentences ("Enter your email below to get our picks", "No spam, unsubscribe anytime").'),
  rule("license-notice", "drop", /^(?=.*(?<![\p{L}\p{N}])(?:creative[ -]commons|cc[ -]by)(?![\p{L}\p{N}]))(?=(?:\S+\s+){0,29}\S+$)(?=.*(?<![\p{L}\p{N}])(?:this|these|dieser|dieses|diese|ce|cet|cette|ces|este|esta|estos|questo|questa|deze|dit|ten|ta|to)\s)(?=.*(?<![\p{L}\p{N}])(?:licen[cs]|lizen[sz]|licenc|licenz|licencj|licentie)).*$/iu, 'A licence notice under a text: "this" text or site, Creative Commons, a licence word ("This post is licensed under Creative Commons BY 4.0"; in several languages), not the article.'),
  rule("copyright", "drop", /^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|\w).{0,150}|all rights reserved\.?.{0,80})$/i, "Copyright lines."),
  rule("legal-notice", "drop", /^.{0,400}\b(?:all rights reserved|registered trademarks?|without (?:the )?(?:prior )?(?:express )?written permission|may not be (?:published|reproduced|redistributed)|not (?:been )?evaluated by the|for informational purposes only|does not constitute (?:medical|legal|financial|investment) advice|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)\b.{0,600}$/i, "Legal footers: rights reserved, trademarks, reproduction bans and disclaimers, in several languages."),
  rule("image-credit", "drop", /^(?:(?:photo|image|picture|video|graphic)(?: credit)?|credit|source)\s*:\s*.{1,80}$|^\(?(?:getty images|ap photo|reuters|afp via getty images|shutterstock)\)?$|^(?:photo(?:graph|graphy)?s?|pictures?|illustrations?) by \w[^.!?]{1,80}$/i, 'Picture credit lines ("Photo: A", "Getty Images", "PHOTOGRAPH BY A, OUTLET").'),
  rule("caption-credit", "drop", /^.{0,300}\((?:[^()]*\b(?:image|photo|picture|foto|bild|credit|getty|reuters|afp|ap photo|shutterstock|courtesy)\b[^()]*|[\w .&-]+\/[\w .&/-]+)\s*\)\s*$|^.{0,300}\b(?:getty images|ap photo|afp via getty images)\s*$|^(?:file photo|pictured|photo|image)\s*:.{0,300}$/i, 'Picture captions that end with their credit ("... (Image: Getty)", "... (NASA/JPL)") or start with "FILE PHOTO:".'),
  rule("inline-related", "drop", /^(?:related(?: post| story| article| content| coverage)?|read (?:more|also)|see (?:more|also)|also(?: on [\w.-]+| read)?|more on this|next up in [\w &]{1,40}|recommended|watch|listen|lire aussi|à lire|lesen sie auch|mehr dazu|leia (?:também|mais)|lee también|leggi anche|czytaj (?:też|także|więcej))\s*[:|»>-]\s*.{2,200}$|^this article is related to:.{0,200}$|^also on [\w-]+(?:\.[\w-]+)+\s+.{2,200}$/i, 'One-line links to other articles inside or after the text: "Related: ...", "Read more: ...", "Also on site.com ...".'),
  rule("inline-related-multilingual", "drop", inlineRelatedPattern(), 'One-line links to other articles in other languages: "\xC0 lire aussi \xBB \u2026", "Zobacz tak\u017Ce: \u2026", "Lee tambi\xE9n: \u2026".'),
  rule("tags-line", "drop", /^(?:tags?|tagged(?: with)?|topics?|filed (?:under|to)|categor(?:y|ies)|schlagwörter|themen|étiquettes|etiquetas|tag|argomenti|trefwoorden|tagi)(?:\s*:\s*.{0,200})?$/i, "Tag and topic lists under an article."),
  rule("tags-line-multilingual", "drop", tagsPattern(), 'Category and tag lines in other languages ("Kategorie: Reisen", "Cat\xE9gories : Cuisine", "Kategoria: Sport"; rules/boilerplate-languages.ts).'),
  rule("post-meta-multilingual", "drop", postMetaPattern(), `A blog's post-meta line ("Dieser Beitrag wurde ver\xF6ffentlicht in \u2026", "Cette entr\xE9e a \xE9t\xE9 publi\xE9e dans \u2026"), as WordPress prints it under a post.`),
  rule("pingback", "end", /^(?:pingback|trackback)(?:\s+(?:von|de|di|van|od|from))?(?:\s*:\s*|\s+).{3,300}$/i, 'A pingback or trackback ("Pingback: Blog name | date") is listed among the comments: the comment section starts.'),
  rule("newsletter-line", "drop", /^(?=(?:\S+\s+){0,7}\S+$).*\bnewsletters?\b.*$/i, 'Short lines naming newsletters ("See All Newsletters", "Sign up for e-mail newsletters").'),
  rule("legal-links", "drop", /^(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|site ?map|accessibility|careers|advertise(?: with us)?|help|faq|imprint|impressum|datenschutz|mentions légales)$/i, "Footer links."),
  rule("navigation-multilingual", "drop", vocabularyPattern("navigation"), 'Menu, skip-link, back-to-top, account and footer links in other languages ("Startseite", "Impressum", "Nach oben", "Mentions l\xE9gales", "Aviso legal", "Strona g\u0142\xF3wna").'),
  rule("read-more-multilingual", "drop", vocabularyPattern("readMore"), '"Read more" links of teasers in other languages ("Weiterlesen", "Lire la suite", "Leer m\xE1s", "Czytaj dalej").'),
  rule("image-credit-multilingual", "drop", creditPattern(), 'Picture credit lines in other languages ("Foto: Anna Berg / dpa", "Cr\xE9dit photo : AFP", "Fuente: Reuters", "Fot. PAP").'),
  rule("caption-credit-multilingual", "drop", captionCreditPattern(), 'Picture captions that end with their credit in other languages or after a copyright sign ("\u2026 \xA9 AFP / Marco Bertorello", "\u2026 Foto: Archivo El Pa\xEDs.").'),
  rule("caption-agency", "drop", new RegExp(`^\\S.{0,${AGENCY_CAPTION_MAX_CHARS}}\\p{Ll}\\.\\s+(?:${PICTURE_AGENCIES.join("|")})(?:\\s*/\\s*[^.!?/]{1,40})?$`, "u"), 'A short picture caption closed by the agency that took the picture ("Boats in the harbour at dawn. EFE", "\u2026 last week. Reuters / Ana Lind").'),
  rule("comment-buttons-multilingual", "drop", vocabularyPattern("buttons"), 'Comment buttons and donation or sign-up calls in other languages ("Antworten", "R\xE9pondre", "Jetzt spenden").'),
  rule("reading-time", "drop", /^\d+\s*(?:min(?:ute)?s?)(?: read| reading time)?$|^reading time:?.{0,20}$/i, "Reading-time estimates."),
  rule("relative-time", "drop", /^(?:updated\s+|posted\s+)?(?:\d+|an?|one)\s*(?:s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.?\s+ago\b.{0,30}$|^(?:vor \d+ (?:minuten|stunden|tagen)|il y a \d+ (?:minutes?|heures?|jours?)|hace \d+ (?:minutos?|horas?|días?)|\d+ (?:minuti|ore|giorni) fa|há \d+ (?:minutos?|horas?|dias?)|\d+ (?:minuten|uur|dagen) geleden|\d+ (?:minut|godzin|dni) temu)$/i, 'Relative timestamps of teasers and comments ("32M ago", "2 days ago at 07:52 am").'),
  rule("rating-votes", "drop", /^(?:rating|score|votes?|likes?|points?):?\s*[+-]?\d[\d,.]*(?:\s*(?:votes?|points?|likes?))?$|^\(?(?:view|show|see) (?:all|more)\)?$|^(?:reply|report|flag|quote|like|upvote|downvote)(?:\s*[|·]\s*(?:reply|report|flag|quote|like|share))*$/i, 'Comment widgets: ratings, votes, "(View all)", "Reply | Report".'),
  rule("account-form-notice", "drop", /^(?=(?:\S+\s+){0,39}\S+$)(?:(?=.*\b(?:enter|geben|gib|saisi|introduz|introduc|inserisc|voer|wpisz|log ?in|sign in|anmelden|einloggen|connecter)).*\b(?:user ?name|benutzernamen?|nom d'utilisateur|usuario|nome utente|gebruikersnaam|nazwę użytkownika|e-?mail(?:-adresse| address)?)\s+(?:und|and|et|y|e|en|i|oder|or|ou|o|of|lub)\s+(?:\S+\s+)?(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło)\b.*|.*\b(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|hasła)\s+(?:\S+\s+)?(?:must|muss|is (?:incorrect|invalid|wrong)|ist (?:falsch|ungültig)|doit|est (?:incorrect|invalide)|debe|es incorrecta|deve|moet|musi|jest nieprawidłowe)\b.*|.*\b(?:e-?mail[- ]?(?:address|adresse|-adresse)|adresse e-?mail|dirección de (?:correo|e-?mail)|indirizzo e-?mail|adres e-?mail|e-?mailadres)\b.*\b(?:not (?:valid|correct)|invalid|nicht (?:korrekt|gültig)|ungültig|bereits|already|déjà|ya está|già|już|al in gebruik|registriert|registered|enregistré|to follow this blog|um diesem blog zu folgen|pour suivre ce blog)\b.*|.*\b(?:neueren|newer|aktuelleren|modern|supported|unterstützten) browser\b.*\b(?:herunter|download|install|update|upgrade|aktualisier|verwende|nutze|use)\w*\b.*|.*\b(?:browser|navigateur|navegador)\b.*\b(?:veraltet|outdated|out of date|no longer supported|not supported|nicht (?:mehr )?unterstützt|upgrade|update your|neueren|aktuellen|obsolète|obsoleto|desactualizado|non supportato|przestarzał)\b.*)$/iu, 'Notices of login, registration and browser widgets ("Enter your username and password", "The password must be at least 8 characters", "This e-mail address is already registered", "Enter your email address to follow this blog", "Your browser is outdated"), in several languages: furniture printed as sentences.'),
  rule("loading", "drop", /^(?:loading\.{0,3}|please wait\.{0,3}|javascript (?:is )?(?:required|disabled).{0,80})$/i, "Script placeholders in scraped text."),
  rule("player-notice", "drop", /^(?:media playback is (?:unsupported|not supported) on your device|these are external links and will open in a new window|(?:this|the) (?:video|media|content) (?:is (?:not |no longer |un)available|cannot be played)(?: (?:in your (?:country|region)|on this device))?|your browser does not support (?:the )?(?:video|audio|html5 video)(?: (?:tag|element|player))?)\.?$/i, 'Notices of media players and share widgets ("Media playback is unsupported on your device"): page furniture around embeds, never article text.'),
  rule("box-label", "drop", boxLabelPattern(), 'The label over a box of links or contacts under the article, alone on its line ("Weitere Informationen:", "Ansprechpartner", "More information"; rules/boilerplate-labels.ts).'),
  rule("embed-placeholder", "drop", embedNoticePattern(), `A consent plugin's placeholder for an embedded map, video or post ("Klicken Sie auf den Button, um den Inhalt von \u2026 zu laden"; rules/boilerplate-labels.ts).`)
];
var RULES_BY_ID = new Map(BOILERPLATE_RULES.map((r) => [r.id, r]));
var BOILERPLATE_PREFILTERS = new Prefilters();
function matchBoilerplate(line) {
  const s = line.trim();
  if (!s)
    return null;
  let rule2 = matched.get(s);
  if (rule2 === void 0) {
    rule2 = null;
    const test = BOILERPLATE_PREFILTERS.tester(s);
    for (const r of BOILERPLATE_RULES) {
      if (test(r.pattern)) {
        rule2 = r;
        break;
      }
    }
    if (matched.size >= MATCHED_LINES_KEPT)
      matched.clear();
    matched.set(s, rule2);
  }
  return rule2;
}
var MATCHED_LINES_KEPT = 2e4;
var matched = /* @__PURE__ */ new Map();

// dist/text/classify.js
var SHORT_CHARS = 70;
var LONG_CHARS = 200;
var GOOD_MIN_WORDS = 10;
var STOP_RATIO_GOOD = 0.6;
var STOP_RATIO_NEAR = 0.35;
var PACKED_GROUP_LINES = 3;
var REPEATED_MAX_WORDS = 12;
function stopRatio(s, page) {
  if (!page.lang || page.proseStopShare <= 0)
    return 1;
  return s.stopShare / page.proseStopShare;
}
var SEPARATOR = /^(?:_{3,}|(?:\*\s*){3,}|-{3,}|(?:•\s*){3,})$/u;
var STRUCTURED = /* @__PURE__ */ new Set(["code", "table"]);
function classifyUnit(u, s, page) {
  if (STRUCTURED.has(u.block.kind))
    return { cls: "near", why: `markdown:${u.block.kind}`, rule: null };
  const rule2 = u.block.kind === "list" ? listRule(u.text) : matchBoilerplate(u.text);
  if (rule2)
    return { cls: "bad", why: rule2.id, rule: rule2 };
  if (s.code)
    return { cls: "near", why: "stat:code", rule: null };
  if (s.quantity)
    return { cls: "near", why: "stat:quantity", rule: null };
  if (s.signature)
    return { cls: "near", why: "stat:embed-signature", rule: null };
  if (SEPARATOR.test(u.text.trim()))
    return { cls: "short", why: "stat:separator", rule: null };
  if (s.counter)
    return { cls: "bad", why: "stat:counter", rule: null };
  if (s.date)
    return { cls: "bad", why: "stat:date-only", rule: null };
  if (s.glued)
    return { cls: "bad", why: "stat:glued-teaser", rule: null };
  if (s.repeated && s.words <= REPEATED_MAX_WORDS)
    return { cls: "short", why: "stat:repeated", rule: null };
  const ratio = stopRatio(s, page);
  if (s.chars < SHORT_CHARS)
    return { cls: "short", why: "stat:short", rule: null };
  if (ratio >= STOP_RATIO_GOOD && (s.chars >= LONG_CHARS || s.terminal && s.words >= GOOD_MIN_WORDS)) {
    if (page.blankSeparated && u.group >= PACKED_GROUP_LINES)
      return { cls: "near", why: "stat:packed-lines", rule: null };
    return { cls: "good", why: "stat:prose", rule: null };
  }
  if (ratio >= STOP_RATIO_NEAR)
    return { cls: "near", why: s.terminal ? "stat:near-prose" : "stat:no-final-stop", rule: null };
  return { cls: "bad", why: "stat:few-stopwords", rule: null };
}
function listRule(text) {
  const items = text.split("\n").filter((s) => s.trim());
  const rules = items.map(matchBoilerplate);
  return rules.length > 0 && rules.every(Boolean) ? rules[0] : null;
}

// dist/text/date-line.js
var DATE_LINE_LOOSE_MAX_WORDS = 25;
var SENTENCE_MIN_WORDS = 10;
var BELOW_TITLE_UNITS = 8;
var ABOVE_TITLE_UNITS = 4;
var ABOVE_BODY_UNITS = 8;
var INTO_BODY_UNITS = 3;
var isLine = (u) => u.block.kind === "paragraph";
function dateLineDate(text, lang) {
  const words = wordCount(text);
  if (words > DATE_LINE_LOOSE_MAX_WORDS || words >= SENTENCE_MIN_WORDS && /[.!?…]["'”’»)]?$/.test(text.trim()))
    return null;
  if (!findDates(text, { lang }).length)
    return null;
  return publishedDate(text, { lang });
}
function searchOrder(units, place) {
  const order = [];
  const add = (i) => {
    if (i >= 0 && i < units.length && !order.includes(i))
      order.push(i);
  };
  if (place.titleIndex >= 0) {
    const below = place.titleIndex + place.titleSpan;
    for (let i = below; i < Math.min(below + BELOW_TITLE_UNITS, place.bodyStart + INTO_BODY_UNITS); i++)
      add(i);
    for (let i = place.titleIndex - 1; i >= place.titleIndex - ABOVE_TITLE_UNITS; i--)
      add(i);
    for (let i = place.titleIndex; i < below; i++)
      add(i);
  } else {
    for (let i = place.bodyStart - 1; i >= place.bodyStart - ABOVE_BODY_UNITS; i--)
      add(i);
    for (let i = place.bodyStart; i < place.bodyStart + INTO_BODY_UNITS; i++)
      add(i);
  }
  return order;
}
var DATELINE_CHARS = 32;
function datelineDate(text, lang) {
  const head = text.slice(0, DATELINE_CHARS);
  const first = findDates(head, { lang })[0];
  return first && /^\s*\)?\s*[-–—.:]/.test(head.slice(first.end)) ? first.iso : null;
}
var BELOW_ARTICLE_UNITS = 4;
function dateBelowArticle(units, end, lang = null) {
  for (let i = end; i < Math.min(units.length, end + BELOW_ARTICLE_UNITS); i++) {
    if (!isLine(units[i]))
      continue;
    const text = units[i].text;
    if (isDateLine(text, { lang }) && !isUpdateOnly(text, { lang }))
      return publishedDate(text, { lang });
  }
  return null;
}
function nearHeaderDate(units, place, lang = null) {
  let updated = null;
  for (const i of searchOrder(units, place)) {
    if (!isLine(units[i]))
      continue;
    const text = units[i].text;
    const date = dateLineDate(text, lang);
    if (!date)
      continue;
    if (!isUpdateOnly(text, { lang }))
      return date;
    updated ??= date;
  }
  if (updated)
    return updated;
  for (let i = place.bodyStart; i < Math.min(units.length, place.bodyStart + INTO_BODY_UNITS); i++) {
    if (!isLine(units[i]))
      continue;
    const date = datelineDate(units[i].text, lang);
    if (date)
      return date;
  }
  return firstDateLineAbove(units, place.bodyStart, lang);
}
function labelledDateLine(units, lang = null) {
  for (const u of units) {
    if (!isLine(u) || wordCount(u.text) > DATE_LINE_LOOSE_MAX_WORDS)
      continue;
    const date = labelledDates(u.text, { lang }).find((d) => d.role === "published");
    if (date)
      return date.iso;
  }
  return null;
}
function firstDateLineAbove(units, end, lang) {
  for (let i = 0; i < end; i++) {
    if (!isLine(units[i]))
      continue;
    const text = units[i].text;
    if (isDateLine(text, { lang }) && !isUpdateOnly(text, { lang }))
      return publishedDate(text, { lang });
  }
  return null;
}

// dist/rules/title.js
var CREDIT_MAX_WORDS = 8;
var NAV_LINE_MAX_WORDS = 4;
var SECTION_LABEL_MAX_WORDS = 3;
var SITE_LABEL_MAX_WORDS = 6;
var TITLE_PENALTIES = [
  {
    id: "sentence-end",
    pattern: /[.!]["'”’)]*$/u,
    cost: 0.5,
    reason: "Headlines rarely end with a period; a line that does is usually the standfirst or a caption."
  },
  {
    id: "several-sentences",
    pattern: /[.!?]["'”’]?\s+\p{Lu}.*[.!?]["'”’]?$/u,
    cost: 0.8,
    reason: "Two sentences or more: a standfirst, teaser or caption, not a headline."
  },
  {
    id: "reported-speech",
    pattern: /\b(?:said|told|according to)\b/i,
    cost: 0.5,
    reason: 'Headlines report speech in the present ("exec says"); "said", "told", "according to" belong to the standfirst or the first paragraph.'
  },
  {
    id: "photo-credit",
    pattern: /\b(?:getty images|ap photo|afp|reuters|shutterstock|istock|photograph|photo(?:s|graph)?:|image:|credit:|picture:|fotos?:|bild(?:er)?:|fotografía:|zdjęcie:|\(c\))|©|\/(?:ap|afp|reuters|getty)\b/i,
    cost: 1.2,
    reason: 'Caption and picture credit lines above the article (also "Foto:", "Bild:", "Fotograf\xEDa:", "Zdj\u0119cie:").'
  },
  {
    id: "caption-label",
    pattern: /^(?:[Mm]edia |[Ii]mage |[Pp]hoto |[Vv]ideo )?[Cc]aption(?!\p{Ll})/u,
    cost: 1.2,
    reason: 'A caption printed with its label ("Media caption: Who is ...?"): the caption of a video or picture.'
  },
  {
    id: "credit-slash",
    pattern: CREDIT_SLASH,
    cost: 1.2,
    maxWords: CREDIT_MAX_WORDS,
    reason: `A photographer's credit "Name/Outlet" under a picture.`
  },
  {
    id: "share-or-nav",
    pattern: /\b(?:share|tweet|e-?mail|print|copy link|comments?|subscribe|sign (?:in|up)|log ?in|menu|search|home|back to|browse|newsletter|follow)\b/i,
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS,
    reason: 'Share bars, navigation and account links: short lines; in a longer line these are ordinary words ("Home Depot sales miss", "Search for survivors").'
  },
  {
    id: "share-or-nav-multilingual",
    pattern: new RegExp(`(?:^|\\s)(?:${Object.values({
      de: ["teilen", "drucken", "seite drucken", "herunterladen", "empfehlen", "weiterempfehlen", "kommentieren", "kommentare", "suchen", "anmelden", "abmelden", "merken", "zur\xFCck zur \xFCbersicht"],
      fr: ["partager", "imprimer", "t\xE9l\xE9charger", "commenter", "commentaires", "rechercher", "se connecter", "s'abonner"],
      es: ["compartir", "imprimir", "descargar", "comentar", "comentarios", "buscar", "iniciar sesi\xF3n", "suscr\xEDbete"],
      it: ["condividi", "stampa", "scarica", "commenta", "commenti", "cerca", "accedi"],
      pl: ["udost\u0119pnij", "drukuj", "pobierz", "skomentuj", "komentarze", "szukaj", "zaloguj"],
      nl: ["delen", "printen", "afdrukken", "downloaden", "reageren", "reacties", "zoeken", "inloggen"],
      pt: ["compartilhar", "partilhar", "imprimir", "baixar", "comentar", "coment\xE1rios", "buscar", "entrar"]
    }).flat().join("|")})(?=$|[\\s:!.])`, "iu"),
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS,
    reason: 'Share, print, download and account links in German, French, Spanish, Italian, Polish, Dutch, Portuguese ("Seite drucken", "Grafik herunterladen", "Partager"): short lines only.'
  },
  {
    id: "picture-marker",
    pattern: new RegExp(`(?:^|[\\s(\\[])(?:${Object.values({
      en: ["file photo", "file image", "stock photo", "symbolic image", "illustrative image", "illustrative photo"],
      de: ["symbolbild", "symbolfoto", "archivbild", "archivfoto", "beispielbild", "themenbild"],
      fr: ["photo d'illustration", "image d'illustration", "image d'archive", "photo d'archive"],
      es: ["foto de archivo", "imagen de archivo", "imagen ilustrativa", "foto ilustrativa", "imagen de referencia"],
      it: ["foto d'archivio", "immagine d'archivio", "immagine di repertorio", "foto di repertorio", "immagine simbolica"],
      pl: ["zdj\u0119cie ilustracyjne", "zdj\u0119cie archiwalne", "fot. ilustracyjne"],
      nl: ["archiefbeeld", "archieffoto", "illustratiebeeld", "stockfoto"],
      pt: ["foto de arquivo", "imagem de arquivo", "imagem ilustrativa", "foto ilustrativa"]
    }).flat().join("|")})(?=$|[\\s)\\]:.,])`, "iu"),
    cost: 1.2,
    reason: 'A picture caption marked as a symbolic or archive picture ("Parade in K\xF6ln (Symbolbild)", "(file photo)", "Foto de archivo"): the caption over the article, not its headline.'
  },
  {
    id: "image-file-name",
    pattern: /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$/i,
    cost: 1.2,
    reason: `A picture's file name printed as its alt text ("CSD-Parade.jpg").`
  },
  {
    id: "share-bar-line",
    pattern: /\b(share|teilen|partager|compartir|condividi|udostępnij|delen|compartilhar|partilhar)\b.*\b\1\b/iu,
    cost: 1,
    reason: 'One share verb twice on a line ("Compartir en Facebook Compartir en Twitter"): a share bar printed on one line, of any length.'
  },
  {
    id: "category-pair",
    pattern: /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*&\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u,
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS + 1,
    reason: `Two capitalised names joined by "&" ("Energie & Umwelt", "Produkte & Services", "Food & Drink"): a menu's or section's category label.`
  },
  {
    id: "word-list",
    pattern: /^\p{Lu}[\p{L}/-]*(?:\s*[,–—·•|]\s*\p{Lu}[\p{L}/-]*){1,}\s*(?:[,–—·•|&]|\s(?:und|and|et|y|e|i|en|oraz))\s*\p{Lu}[\p{L}/-]*$/u,
    cost: 0.8,
    reason: `Three single words or more in a list ("Umwelt, Klima und Soziales", "Kommunikation \u2013 Lebensentw\xFCrfe \u2013 Rollenbilder"): a tag list, a category or a site's tagline, not a headline.`
  },
  {
    id: "category-list",
    pattern: /^\p{Lu}[\p{L}-]*(?:,\s*\p{Lu}[\p{L}-]*)+$/u,
    cost: 0.6,
    reason: 'Single capitalised words joined by commas only ("Wirtschaft, Tipps", "Travel, Amerika"): the categories a post is filed under, not a headline (which has more than nouns in a row).'
  },
  {
    id: "dateline-or-time",
    pattern: /\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:updated|published|posted)\b/i,
    cost: 0.8,
    reason: 'Times, numeric dates and "Updated" markers belong to date lines.'
  },
  {
    id: "all-caps",
    pattern: /^[^\p{Ll}]*\p{Lu}{3,}[^\p{Ll}]*$/u,
    cost: 0.5,
    reason: "An all-capitals line is a section label, kicker or menu item more often than a headline."
  },
  {
    id: "breadcrumb",
    pattern: /\s(?:[»>›/|]|››|>>|→)\s|^[»>›]|\s[»>›]$/u,
    cost: 0.6,
    reason: 'Breadcrumbs and "Section | Site" lines.'
  },
  {
    id: "call-to-action",
    pattern: /^(?:click|tap|download|subscribe|sign up|join us|join now|buy|shop now|order now|register now|try (?:it|now|something|our|the new)|get (?:your|our|the app|it now)|baixe|baixar|clique|assine|inscreva-se|descarga|descargue|haz clic|suscr[ií]bete|t[ée]l[ée]chargez|cliquez|abonnez-vous|inscrivez-vous|jetzt|laden sie|klicken sie|abonnieren sie|scarica|clicca|iscriviti|abbonati|pobierz|kliknij|zapisz si[ęe]|download nu|klik)\b/iu,
    cost: 1.2,
    reason: 'A call to action ("Click here to ...", "Download the e-book ...", "Baixe agora ...") in several languages: a promotion box, not the headline.'
  },
  {
    id: "emoji",
    pattern: /(?![©®™])\p{Extended_Pictographic}/u,
    cost: 0.5,
    reason: "Emoji belong to promotions, social posts and comment teasers; news headlines rarely carry them (\xA9, \xAE and \u2122 are not counted)."
  },
  {
    id: "section-label",
    pattern: /^(?:latest|breaking|top|more|trending|featured|popular|recent|related|editor'?s'? picks?|must read|most (?:read|popular|viewed|shared))\b(?!\s*[:—–-]\s)/i,
    cost: 0.6,
    maxWords: SECTION_LABEL_MAX_WORDS,
    reason: 'A section or list label ("Latest Sports", "Breaking News", "Top Stories"); a kicker followed by a colon ("Breaking: ...") is not one, and a longer line is a headline ("Top court rules on ferry fares").'
  },
  {
    id: "site-label",
    pattern: /(?:^|\s)(?:https?:\/\/|www\.)\S+|(?:^|\s)[-–—|•·]\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u,
    cost: 0.8,
    maxWords: SITE_LABEL_MAX_WORDS,
    reason: `A site name with its address ("AB - www.site.example", "News | site.example"): the site's label, not the article's headline.`
  },
  {
    id: "previous-next-link",
    pattern: /^\s*[«←‹]\s+\S|\S\s+[»→›]\s*$/u,
    cost: 1,
    reason: `A link to the previous or next post ("\xAB Older post title", "Newer post title \u2192"): another article's headline. The arrow stands apart; a guillemet hugging the words is a quote mark (\xABLiebe kennt keine Pause\xBB).`
  },
  {
    id: "breadcrumb-trail",
    pattern: /(?:\s[»>›/]\s.*){2,}/u,
    cost: 0.6,
    reason: 'Two separators or more ("Blog > Health > Tips"): a breadcrumb trail for sure, on top of the breadcrumb cost.'
  }
];
var SHAPE_PENALTIES = /* @__PURE__ */ new Set(["sentence-end", "several-sentences", "reported-speech"]);
function penaltyApplies(p, text) {
  if (p.maxWords !== void 0 && text.trim().split(/\s+/).length > p.maxWords)
    return false;
  return p.pattern.test(text);
}
var NOT_TITLE_OPENINGS = [
  {
    id: "skip-link",
    openings: {
      en: ["skip to", "skip navigation", "jump to", "go to content", "go to main"],
      de: ["navigation \xFCberspringen", "zum inhalt", "zur navigation", "zum hauptinhalt", "direkt zum", "springe zum", "springe zur", "inhalt \xFCberspringen", "men\xFC \xFCberspringen", "zur suche springen"],
      fr: ["aller au", "aller \xE0", "passer au contenu", "acc\xE9der au contenu", "sauter la navigation"],
      es: ["saltar al", "saltar a", "ir al contenido", "ir a contenido", "pasar al contenido"],
      it: ["vai al", "salta al", "passa al contenuto", "vai ai contenuti"],
      pl: ["przejd\u017A do", "pomi\u0144 nawigacj\u0119", "przeskocz do"],
      nl: ["ga naar", "naar de inhoud", "spring naar", "navigatie overslaan"],
      pt: ["ir para o", "ir para a", "ir para conte\xFAdo", "pular para", "saltar para"]
    },
    then: "any",
    reason: 'Accessibility skip links at the top of a page ("Skip to content", "Zum Inhalt springen", "Navigation \xFCberspringen").'
  },
  {
    id: "menu-toggle",
    openings: {
      en: ["toggle navigation", "toggle menu", "open menu", "close menu", "open navigation", "close navigation", "show menu", "hide menu"],
      de: ["navigation \xF6ffnen", "navigation schlie\xDFen", "men\xFC \xF6ffnen", "men\xFC schlie\xDFen", "navigation ein-/ausblenden", "men\xFC ein-/ausblenden"],
      fr: ["ouvrir le menu", "fermer le menu", "afficher le menu", "ouvrir la navigation"],
      es: ["abrir men\xFA", "cerrar men\xFA", "mostrar men\xFA", "abrir navegaci\xF3n"],
      it: ["apri menu", "chiudi menu", "apri il menu", "chiudi il menu"],
      pl: ["otw\xF3rz menu", "zamknij menu", "poka\u017C menu"],
      nl: ["menu openen", "menu sluiten", "open menu", "sluit menu"],
      pt: ["abrir menu", "fechar menu", "mostrar menu"]
    },
    then: "any",
    reason: `The label of the button that opens or closes a small screen's menu ("Toggle navigation", "Men\xFC \xF6ffnen"), printed as a line over the page.`
  },
  {
    id: "tag-line",
    openings: {
      en: ["tagged", "tagged with", "tagged as", "filed under", "posted in", "posted under"],
      de: ["getaggt mit", "getaggt", "verschlagwortet mit", "abgelegt unter", "eingeordnet unter", "ver\xF6ffentlicht in", "kategorisiert in"],
      fr: ["class\xE9 dans", "class\xE9 sous", "publi\xE9 dans"],
      es: ["archivado en", "publicado en", "etiquetado con", "etiquetado como"],
      it: ["archiviato in", "pubblicato in", "taggato"],
      pl: ["opublikowano w", "otagowane"],
      nl: ["geplaatst in", "gepubliceerd in", "getagd met"],
      pt: ["arquivado em", "publicado em", "marcado com"]
    },
    then: "any",
    reason: 'Tag and category lines ("Getaggt mit A, B", "Filed under News") list topics; their words recur in the article, so they would win on overlap.'
  },
  {
    id: "tag-label",
    openings: {
      en: ["tags", "tag", "topics", "keywords", "categories", "category"],
      de: ["tags", "schlagw\xF6rter", "schlagworte", "stichw\xF6rter", "stichworte", "themen", "kategorie", "kategorien"],
      fr: ["\xE9tiquettes", "tags", "mots-cl\xE9s", "mots cl\xE9s", "cat\xE9gorie", "cat\xE9gories", "th\xE8mes"],
      es: ["etiquetas", "palabras clave", "categor\xEDa", "categor\xEDas", "temas"],
      it: ["tag", "argomenti", "parole chiave", "categoria", "categorie"],
      pl: ["tagi", "s\u0142owa kluczowe", "kategoria", "kategorie", "tematy"],
      nl: ["tags", "trefwoorden", "categorie", "categorie\xEBn", "onderwerpen"],
      pt: ["tags", "etiquetas", "palavras-chave", "categoria", "categorias", "temas"]
    },
    then: "label",
    reason: 'A tag list with its label ("Tags: A, B", "Schlagw\xF6rter: A"): the label word alone may open a headline ("Themen der Woche"), with a colon it is the list.'
  },
  {
    id: "credit-line",
    openings: {
      en: ["text", "words", "photos", "photo", "photography", "pictures", "images", "image", "illustration", "illustrations", "source", "credits", "credit", "text and photos", "an article by", "a post by", "posted by", "written by", "story by", "a film by", "a documentary by", "a report by", "a podcast by"],
      de: ["text und interview", "text und fotos", "text und bilder", "text", "fotos", "foto", "bilder", "bild", "bildquelle", "fotocredit", "quelle", "grafik", "illustration", "ein artikel von", "ein beitrag von", "ein gastbeitrag von", "artikel von", "beitrag von", "geschrieben von", "verfasst von", "ein film von", "eine dokumentation von", "eine reportage von", "ein podcast von"],
      fr: ["texte", "textes", "photos", "photo", "cr\xE9dit photo", "cr\xE9dits", "cr\xE9dit", "illustration", "source", "propos recueillis par", "un article de", "\xE9crit par", "publi\xE9 par", "un film de", "un documentaire de", "un reportage de", "une s\xE9rie de", "un podcast de"],
      es: ["texto", "textos", "fotos", "foto", "fotograf\xEDa", "fotograf\xEDas", "imagen", "ilustraci\xF3n", "fuente", "cr\xE9ditos", "cr\xE9dito", "un art\xEDculo de", "escrito por", "publicado por", "una pel\xEDcula de", "un documental de", "un reportaje de", "un podcast de"],
      it: ["testo", "testi", "foto", "fotografie", "immagine", "immagini", "illustrazione", "fonte", "crediti", "un articolo di", "scritto da", "pubblicato da", "un film di", "un documentario di", "un reportage di"],
      pl: ["tekst", "zdj\u0119cia", "zdj\u0119cie", "fot", "foto", "ilustracja", "\u017Ar\xF3d\u0142o", "autor zdj\u0119\u0107", "artyku\u0142 autorstwa"],
      nl: ["tekst", "foto's", "foto", "beeld", "illustratie", "bron", "een artikel van", "geschreven door"],
      pt: ["texto", "textos", "fotos", "foto", "fotografia", "imagem", "ilustra\xE7\xE3o", "fonte", "cr\xE9ditos", "um artigo de", "escrito por", "publicado por"]
    },
    then: "label",
    reason: 'Credit lines ("Text und Interview: A", "Fotos: B", "Ein Artikel von C, ver\xF6ffentlicht am \u2026", "Un documentaire de D") name who made the piece; a colon, a dash or a name follows the opening.'
  }
];
var NOT_TITLE_PATTERNS = new Map(NOT_TITLE_OPENINGS.map((r) => {
  const alts = longestFirst(Object.values(r.openings).flat(), escapeRegExp);
  const tail = r.then === "any" ? "(?![\\p{L}\\p{N}])" : "(?:(?:\\s*[:\uFF1A]|\\s+[\u2013\u2014-])\\s*\\S|(?<=(?:von|by|de|di|por|door|par|da|autorstwa))\\s+\\p{Lu})";
  return [r.id, new RegExp(`^[\\s\xAB\xBB"'\u201C\u201D\u201E]*(?:${alts})${tail}`, "iu")];
}));
function notTitleOpening(text) {
  for (const [id, re] of NOT_TITLE_PATTERNS)
    if (re.test(text.trim()))
      return id;
  return null;
}
var NAV_LABELS = {
  en: ["home", "home page", "homepage", "news", "latest news", "all news", "blog", "articles", "posts", "archive", "archives", "overview", "about", "about us", "contact", "menu", "navigation", "search", "services", "events", "shop", "products", "press", "press releases", "media", "downloads", "links", "categories", "main menu", "top stories", "features", "opinion", "sports", "business", "world", "politics", "magazine", "current", "updates", "more", "back", "next", "previous", "reviews", "resources", "login", "register", "sport", "weather", "entertainment", "lifestyle", "health", "science", "technology", "tech", "travel", "food", "culture", "local", "national", "video", "videos", "photos", "gallery", "podcasts", "newsletter", "jobs", "careers"],
  de: ["startseite", "start", "home", "aktuelles", "aktuell", "news", "alle news", "nachrichten", "neuigkeiten", "neues", "meldungen", "pressemitteilungen", "presse", "blog", "artikel", "beitr\xE4ge", "archiv", "\xFCbersicht", "\xFCber uns", "kontakt", "men\xFC", "hauptmen\xFC", "navigation", "suche", "suchen", "leistungen", "angebote", "veranstaltungen", "termine", "shop", "produkte", "service", "downloads", "links", "kategorien", "themen", "magazin", "ratgeber", "mehr", "zur\xFCck", "weiter", "aktuelle meldungen", "alle meldungen", "alle artikel", "anmelden", "registrieren", "mediathek", "politik", "wirtschaft", "sport", "kultur", "panorama", "lokales", "regional", "wetter", "wissen", "gesundheit", "reise", "digital", "leben", "karriere", "videos", "bilder", "fotos", "podcast", "podcasts"],
  fr: ["accueil", "actualit\xE9s", "actualit\xE9", "actus", "toutes les actualit\xE9s", "blog", "articles", "archives", "\xE0 propos", "contact", "menu", "navigation", "recherche", "rechercher", "services", "\xE9v\xE9nements", "agenda", "boutique", "produits", "presse", "communiqu\xE9s", "cat\xE9gories", "magazine", "plus", "retour", "suivant", "pr\xE9c\xE9dent", "politique", "\xE9conomie", "sport", "sports", "culture", "soci\xE9t\xE9", "international", "m\xE9t\xE9o", "sant\xE9", "sciences", "voyage", "vid\xE9os", "photos"],
  es: ["inicio", "portada", "noticias", "actualidad", "todas las noticias", "\xFAltimas noticias", "blog", "art\xEDculos", "archivo", "acerca de", "sobre nosotros", "contacto", "men\xFA", "navegaci\xF3n", "buscar", "b\xFAsqueda", "servicios", "eventos", "agenda", "tienda", "productos", "prensa", "categor\xEDas", "revista", "m\xE1s", "volver", "siguiente", "anterior", "pol\xEDtica", "econom\xEDa", "deportes", "cultura", "sociedad", "internacional", "opini\xF3n", "tiempo", "salud", "ciencia", "tecnolog\xEDa", "viajes", "v\xEDdeos", "fotos"],
  it: ["home", "home page", "notizie", "news", "attualit\xE0", "tutte le notizie", "ultime notizie", "blog", "articoli", "archivio", "chi siamo", "contatti", "menu", "navigazione", "cerca", "ricerca", "servizi", "eventi", "negozio", "prodotti", "stampa", "comunicati", "categorie", "rivista", "altro", "indietro", "avanti", "politica", "economia", "sport", "cultura", "cronaca", "esteri", "meteo", "salute", "scienza", "tecnologia", "viaggi", "video", "foto"],
  pl: ["strona g\u0142\xF3wna", "start", "aktualno\u015Bci", "wiadomo\u015Bci", "newsy", "blog", "artyku\u0142y", "archiwum", "o nas", "kontakt", "menu", "nawigacja", "szukaj", "wyszukaj", "us\u0142ugi", "wydarzenia", "sklep", "produkty", "prasa", "kategorie", "wi\u0119cej", "wstecz", "dalej", "polityka", "gospodarka", "sport", "kultura", "kraj", "\u015Bwiat", "opinie", "pogoda", "zdrowie", "nauka", "technologie", "podr\xF3\u017Ce", "wideo", "zdj\u0119cia"],
  nl: ["home", "startpagina", "nieuws", "actueel", "alle nieuws", "laatste nieuws", "blog", "artikelen", "archief", "over ons", "contact", "menu", "navigatie", "zoeken", "diensten", "evenementen", "agenda", "winkel", "producten", "pers", "categorie\xEBn", "meer", "terug", "volgende", "vorige", "politiek", "economie", "sport", "cultuur", "binnenland", "buitenland", "weer", "gezondheid", "wetenschap", "reizen", "video", "foto's"],
  pt: ["in\xEDcio", "p\xE1gina inicial", "not\xEDcias", "atualidade", "todas as not\xEDcias", "\xFAltimas not\xEDcias", "blog", "artigos", "arquivo", "sobre", "sobre n\xF3s", "contato", "contacto", "menu", "navega\xE7\xE3o", "pesquisar", "buscar", "busca", "servi\xE7os", "eventos", "agenda", "loja", "produtos", "imprensa", "categorias", "revista", "mais", "voltar", "pr\xF3ximo", "anterior", "pol\xEDtica", "economia", "esportes", "desporto", "cultura", "sociedade", "mundo", "opini\xE3o", "tempo", "sa\xFAde", "ci\xEAncia", "tecnologia", "viagem", "v\xEDdeos", "fotos"]
};
var NAV_LABEL_SET = new Set(Object.values(NAV_LABELS).flat());
function isNavLabel(text) {
  const key = text.trim().toLowerCase().replace(/[\s!.…:»›>]+$/u, "").replace(/\s+/g, " ");
  return NAV_LABEL_SET.has(key);
}
var NAMING_HEADINGS = {
  en: { nouns: ["comment", "comments", "thought", "thoughts", "response", "responses", "review", "reviews"], links: ["on", "to", "for", "about"] },
  de: { nouns: ["kommentar", "kommentare", "gedanke", "gedanken", "antworten", "bewertungen", "kundenbewertungen", "rezensionen", "meinungen"], links: ["zu", "zum", "f\xFCr", "\xFCber", "on", "for"] },
  fr: { nouns: ["commentaire", "commentaires", "r\xE9ponse", "r\xE9ponses", "avis"], links: ["sur", "\xE0", "pour", "de"] },
  es: { nouns: ["comentario", "comentarios", "respuesta", "respuestas", "opiniones", "rese\xF1as"], links: ["en", "a", "sobre", "para", "de"] },
  it: { nouns: ["commento", "commenti", "risposta", "risposte", "recensioni"], links: ["su", "a", "per", "di"] },
  pl: { nouns: ["komentarz", "komentarze", "komentarzy", "odpowiedzi", "opinie", "opinii"], links: ["do", "na", "o"] },
  nl: { nouns: ["reactie", "reacties", "gedachten", "beoordelingen", "recensies"], links: ["op", "over", "voor"] },
  pt: { nouns: ["coment\xE1rio", "coment\xE1rios", "resposta", "respostas", "avalia\xE7\xF5es"], links: ["em", "para", "sobre", "a", "de"] }
};
var alternation = (words) => longestFirst(words);
var NAMING_HEADING = new RegExp(`^(?:\\S+\\s+){0,2}(?:${alternation(Object.values(NAMING_HEADINGS).flatMap((h) => h.nouns))})\\s+(?:${alternation(Object.values(NAMING_HEADINGS).flatMap((h) => h.links))})\\s*:?\\s*["\u201C\u201E\xAB\u201A\u2018\u2039'](.+?)["\u201D\u201C\xBB\u2018\u2019\u203A']\\s*$`, "iu");
var KICKER_LANGUAGES = [
  { id: "kicker-de", lang: "de", reason: 'German news and association sites print a Dachzeile or Spitzmarke ("Interview mit Autorin A", "Nach dem Hochwasser") over the headline.' }
];
var NOUN_CAPITALISING_LANGUAGES = [
  { id: "nouns-capitalised-de", lang: "de", reason: 'German writes every noun with a capital ("Neue Regeln f\xFCr den Hafen der Stadt"): a standfirst or menu label is as Title-Case-shaped as a headline.' }
];
var SLIDER_CONTROLS = {
  en: { previous: ["previous", "prev", "back"], next: ["next", "forward"] },
  de: { previous: ["zur\xFCck", "vorherige", "vorheriges", "voriges"], next: ["weiter", "n\xE4chste", "n\xE4chstes", "vor"] },
  es: { previous: ["anterior"], next: ["siguiente"] },
  fr: { previous: ["pr\xE9c\xE9dent", "pr\xE9c\xE9dente"], next: ["suivant", "suivante"] },
  it: { previous: ["precedente"], next: ["successivo", "successiva"] },
  pt: { previous: ["anterior"], next: ["pr\xF3ximo", "seguinte"] }
};
var sliderWords = (key) => longestFirst(Object.values(SLIDER_CONTROLS).flatMap((c) => c[key]));
var SLIDER_CONTROL = new RegExp(`^(?:(?:${sliderWords("previous")})\\s*(?:${sliderWords("next")})|[\u2039<\u276E\u2190]\\s*[\u203A>\u276F\u2192])$`, "iu");

// dist/rules/title-junk.js
var TOOL_LABEL_MAX_WORDS = 4;
var PUBLICATION_NAME_MAX_WORDS = 3;
var NUM = String.raw`\d+(?:[.,'’]\d+)*`;
var TITLE_JUNK = [
  {
    id: "feed-promo",
    sources: {
      en: [String.raw`(?:get|sign up|subscribe)\b.{0,60}\b(?:to|in) your inbox\b.*`, String.raw`(?:install|get|download) (?:the |our )?app`, String.raw`sign up (?:for|to) (?:our|the) newsletter`, String.raw`(?:follow|read|find|get|receive) .{0,40}\b(?:on|via|in) google ?news`],
      de: [String.raw`(?:jetzt )?(?:unsere |die )?app (?:installieren|herunterladen|laden)`, String.raw`(?:jetzt )?newsletter abonnieren`, String.raw`(?:folgen sie|folge|lesen sie|finden sie|abonnieren sie) .{0,40}\b(?:auf|bei|über|in) google ?news`],
      fr: [String.raw`recevez .{1,60} newsletter`, String.raw`(?:installez|téléchargez) (?:l['’]|notre )app`, String.raw`(?:suivez|retrouvez|lisez) .{0,40}\bsur google ?(?:news|actualités)`],
      es: [String.raw`recib[ae] (?:las )?noticias`, String.raw`(?:descarga|instala) (?:la |nuestra )?app`, String.raw`(?:síguenos|sigue|lee|encuentra) .{0,40}\b(?:en|desde) google ?news`],
      it: [String.raw`(?:scarica|installa) (?:l['’]|la nostra )app`, String.raw`(?:seguici|segui|leggi) .{0,40}\bsu google ?news`],
      nl: [String.raw`(?:download|installeer) (?:de |onze )?app`, String.raw`(?:volg|lees) .{0,40}\bop google ?news`],
      pl: [String.raw`(?:pobierz|zainstaluj) (?:naszą )?aplikację`, String.raw`(?:obserwuj|czytaj) .{0,40}\bw google ?news`],
      pt: [String.raw`(?:baixe|instale) (?:o |nosso )?app`, String.raw`receba (?:as )?notícias`, String.raw`(?:siga|leia|acompanhe) .{0,40}\bno google ?(?:news|notícias)`]
    },
    where: "opening",
    reason: `A promotion for the site's newsletter, app or news-feed channel ("Get the Valley Times to your inbox daily", "Install App", "Receive our news on Google News"): it names the site, not the article.`
  },
  {
    id: "account-prompt",
    sources: {
      en: ["sign in to", "log in to", "sign in or register", "log in or register", "register or sign in", "create an account", "create a free account"],
      de: ["melden sie sich an", "melde dich an", "registrieren sie sich", "registriere dich", "jetzt registrieren", "einloggen oder registrieren", "anmelden oder registrieren"],
      fr: ["connectez-vous", "inscrivez-vous", "identifiez-vous", "cr\xE9ez un compte", "cr\xE9ez votre compte"],
      es: ["reg\xEDstrate", "reg\xEDstrese", "ingrese o reg\xEDstrese", "ingresa o reg\xEDstrate", "inicia sesi\xF3n", "inicie sesi\xF3n", "crea una cuenta", "cree una cuenta"],
      it: ["accedi per", "accedi o registrati", "registrati", "crea un account"],
      nl: ["log in om", "meld je aan", "meld u aan", "registreer je", "registreer u", "maak een account"],
      pl: ["zaloguj si\u0119", "zarejestruj si\u0119", "za\u0142\xF3\u017C konto"],
      pt: ["fa\xE7a login", "fa\xE7a o login", "cadastre-se", "inicie sess\xE3o", "registe-se", "crie uma conta"]
    },
    where: "opening",
    reason: `A prompt to log in or register ("Sign in to save this story", "Reg\xEDstrese para comentar"): the site's account box, not the article.`
  },
  {
    id: "tool-button",
    sources: {
      en: [String.raw`edit (?:this |the )?(?:[\p{L}-]+ )?(?:page|post|element|block|section|entry|article)`, String.raw`download (?:the |this )?(?:graphic|chart|pdf|file|image|photo|picture|video|data|map|e-?book|brochure|now|here)`, String.raw`copy (?:the )?(?:link|url|text|code|address)`, String.raw`embed (?:the |this )?(?:code|video|graphic|chart)`],
      de: [String.raw`[\p{L}-]+ (?:herunterladen|downloaden|kopieren|bearbeiten|einbetten)`],
      fr: [String.raw`(?:télécharger|copier|intégrer) (?:le |la |l['’])?(?:pdf|graphique|fichier|lien|image|photo|vidéo|code|carte)`],
      es: [String.raw`(?:descargar|copiar|insertar) (?:el |la )?(?:pdf|gráfico|archivo|enlace|imagen|foto|vídeo|video|código|mapa)`],
      it: [String.raw`(?:scarica|copia|incorpora) (?:il |la |l['’])?(?:pdf|grafico|file|link|immagine|foto|video|codice|mappa)`],
      nl: [String.raw`[\p{L}-]+ (?:downloaden|kopiëren|bewerken|insluiten)`],
      pl: [String.raw`(?:pobierz|kopiuj|skopiuj) (?:pdf|plik|grafikę|link|obraz|zdjęcie|wideo|kod|mapę)`],
      pt: [String.raw`(?:baixar|copiar|incorporar) (?:o |a )?(?:pdf|gráfico|arquivo|link|imagem|foto|vídeo|código|mapa)`]
    },
    where: "opening",
    maxWords: TOOL_LABEL_MAX_WORDS,
    reason: `A button of the page's tools or its editor ("Download graphic", "Grafik herunterladen", "Link kopieren", "Edit this block"): short; a longer line opening so is a headline ("Download speeds double on the island").`
  },
  {
    id: "rating-widget",
    sources: {
      any: [
        String.raw`${NUM}\s*(?:\/|out of|sur)\s*(?:5|6|10|20|100)(?![\/.\d]).*\b(?:votes?|ratings?|reviews?|stars?|bewertung(?:en)?|stimmen?|sterne[n]?|avis|étoiles?|votos?|valoraci(?:ón|ones)|estrellas|voti|stelle|recensioni|głos(?:y|ów)?|ocen[ay]?|gwiazd\p{L}*|stemmen|sterren|beoordelingen?|avalia(?:ção|ções)|estrelas)`,
        String.raw`^(?:rating|bewertung|note|valoración|voto|valutazione|ocena|beoordeling|avaliação)\s*:\s*${NUM}`,
        String.raw`\(${NUM} (?:votes?|ratings?|reviews?|bewertung(?:en)?|stimmen?|votos?|voti|avis|głos(?:y|ów)?|stemmen)\b[^)]*\)`
      ]
    },
    where: "anywhere",
    reason: `A rating widget ("Score 4.5/5 (12 votes)", "4.8 out of 5 based on 30 ratings", "Bewertung: 4,2 von 5"): the page's star box, not its headline.`
  },
  {
    id: "shop-offer",
    sources: {
      en: ["for new customers"],
      de: ["f\xFCr neukunden", String.raw`^bis zu (?:chf|€|eur|fr\.)?\s?${NUM}\s?(?:chf|€|eur|franken|euro|%)?\s+(?:weniger zahlen|sparen)`],
      fr: ["pour les nouveaux clients"],
      es: ["para nuevos clientes"],
      it: ["per i nuovi clienti"],
      nl: ["voor nieuwe klanten"],
      pl: ["dla nowych klient\xF3w"],
      pt: ["para novos clientes"]
    },
    where: "anywhere",
    reason: `A shop's offer to new customers or a saving it promises ("For new customers: free delivery", "Bis zu 300 Euro sparen"): a promotion over the page. A discount alone ("35% off \u2026") is not listed: on deal sites that is the headline.`
  },
  {
    id: "recipe-figure",
    sources: {
      any: [String.raw`${NUM}\s*(?:kcal|kj|cal|g|kg|mg|ml|cl|l|min\.?|std\.?|h|hrs?\.?|minutes?|minuten|minutos|stunden?|portions?|portionen|servings?)(?:\s+${NUM}\s*(?:min\.?|minutes?|minuten|minutos))?`]
    },
    where: "whole",
    reason: 'A figure of a recipe card ("620 kcal", "45 Min.", "1 Std. 20 Min."): a number and its unit alone.'
  },
  {
    id: "more-stories",
    sources: {
      en: ["discover our", "discover more", "explore more", "more stories", "more from", "more on this", "you may also like", "you might also like", "recommended for you", "related stories", "related articles"],
      de: ["entdecke weitere", "entdecken sie weitere", "entdecke mehr", "mehr zum thema", "neues aus", "weitere artikel", "weitere beitr\xE4ge", "weitere meldungen", "das k\xF6nnte sie auch", "das k\xF6nnte dich auch", "lesen sie auch", "auch interessant"],
      fr: ["d\xE9couvrez nos", "d\xE9couvrez aussi", "\xE0 lire aussi", "lire aussi", "plus d'articles", "sur le m\xEAme sujet", "vous aimerez aussi"],
      es: ["le puede interesar", "te puede interesar", "m\xE1s noticias", "lea tambi\xE9n", "noticias relacionadas", "temas relacionados", "descubre m\xE1s"],
      it: ["leggi anche", "potrebbe interessarti", "altre notizie", "scopri di pi\xF9"],
      nl: ["lees ook", "meer nieuws", "ontdek meer", "meer over"],
      pl: ["czytaj te\u017C", "czytaj tak\u017Ce", "zobacz te\u017C", "zobacz tak\u017Ce", "wi\u0119cej z"],
      pt: ["leia tamb\xE9m", "veja tamb\xE9m", "mais not\xEDcias", "descubra mais"]
    },
    where: "opening",
    reason: `The heading of a list of other stories ("Discover our latest picks", "Entdecke weitere Geschichten vom Hafen", "Neues aus der Markthalle"): it leads to other articles, and repeats the article's topic words.`
  },
  {
    id: "notice-line",
    sources: {
      en: ["why can['\u2019]?t i see", "why am i seeing", "please enable javascript", "javascript is disabled", "you have disabled javascript"],
      de: ["warum sehe ich", "sie haben javascript", "bitte aktivieren sie javascript", "javascript ist deaktiviert"],
      fr: ["pourquoi ne puis-je pas voir", "veuillez activer javascript"],
      es: ["por qu\xE9 no puedo ver", "habilite javascript", "active javascript"],
      it: ["perch\xE9 non vedo", "abilita javascript"],
      nl: ["waarom zie ik", "schakel javascript in"],
      pl: ["dlaczego nie widz\u0119", "w\u0142\u0105cz javascript"],
      pt: ["por que n\xE3o consigo ver", "ative o javascript"]
    },
    where: "opening",
    reason: `A help or notice line of the site ("Why can't I see the Valley Times?", "Bitte aktivieren Sie JavaScript"): printed where the article did not load.`
  },
  {
    id: "site-blurb",
    sources: {
      en: ["here you will find", "here you['\u2019]ll find", "here you can find", String.raw`(?:news|tips|stories|views)(?:,? (?:and|&) (?:news|tips|stories|views|blog posts))+ (?:about|on|from)`],
      de: ["hier finden sie", "hier findest du", String.raw`(?:news|neuigkeiten|aktuelles|infos?|informationen|tipps|stories|geschichten|wissenswertes|alles)\b[^:]{0,40}\brund ums?`],
      fr: ["ici vous trouverez", "vous trouverez ici"],
      es: ["aqu\xED encontrar\xE1", "aqu\xED encontrar\xE1s", "aqu\xED puede encontrar"],
      it: ["qui trovi", "qui troverai"],
      nl: ["hier vind je", "hier vindt u"],
      pl: ["tutaj znajdziesz"],
      pt: ["aqui voc\xEA encontra", "aqui encontra"]
    },
    where: "opening",
    reason: `The site's own blurb ("Here you will find news from the harbour district", "Hier finden Sie alle Termine", "News and stories about the valley", "Tipps und Infos rund um den Hafen"): it describes the site, not the article. A greeting ("Welcome to \u2026") is not listed: a blog's first post may be headed so.`
  },
  {
    id: "publication-name",
    sources: {
      any: [String.raw`(?:the\s+)?[\p{L}\d.&'’-]+(?:\s+[\p{L}\d.&'’-]+)?\s+(?:blog|magazin|magazine|journal|zeitung|podcast|newsletter)`]
    },
    where: "whole",
    maxWords: PUBLICATION_NAME_MAX_WORDS,
    reason: 'The name of the site or its publication ("The Harbour Blog", "Hafen Magazin"): a short line ending in the kind of publication, printed over every article.'
  },
  {
    id: "glued-label",
    sources: {
      en: ["Tags", "Topics", "Categories"],
      de: ["Schlagw\xF6rter", "Schlagworte", "Themen", "Kategorien"],
      fr: ["\xC9tiquettes", "Th\xE8mes", "Sujets"],
      es: ["Etiquetas", "Temas", "Categor\xEDas"],
      it: ["Argomenti", "Categorie"],
      nl: ["Trefwoorden", "Onderwerpen"],
      pl: ["Tagi", "Tematy"],
      pt: ["Etiquetas", "Assuntos"]
    },
    where: "opening",
    cased: true,
    reason: `A tag list whose label the text render glued to the first tag ("TopicsHarbourFerry market"): the label's last letter runs into a capital.`
  }
];
var COMPILED = TITLE_JUNK.map((junk) => {
  const alts = [...new Set(Object.values(junk.sources).flat())].sort((a, b) => b.length - a.length).join("|");
  const body = junk.where === "whole" ? `^(?:${alts})[\\s.!]*$` : junk.where === "anywhere" ? `(?:^|[^\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])` : junk.cased ? `^(?:${alts})(?=\\p{Lu}\\p{Ll})` : `^(?:${alts})(?![\\p{L}\\p{N}])`;
  return { junk, re: new RegExp(body, junk.cased ? "u" : "iu") };
});
function titleJunk(text) {
  const t = text.trim().replace(/^[\s«»"'“”„]+/u, "");
  const words = t.split(/\s+/).length;
  for (const { junk, re } of COMPILED)
    if ((junk.maxWords === void 0 || words <= junk.maxWords) && re.test(t))
      return junk.id;
  return null;
}

// dist/text/ranked-list.js
var RANK_LINE = /^#?(\d{1,2})\.?$/;
var RANKED_MIN_ENTRIES = 3;
var RANKED_MAX_SPACING = 4;
function rankedListLines(units) {
  const out = units.map(() => false);
  const rank = units.map((u) => {
    const m = RANK_LINE.exec(u.text.trim());
    return m ? Number(m[1]) : -1;
  });
  for (let i = 0; i < units.length; i++) {
    if (rank[i] !== 1)
      continue;
    const at = [i];
    for (let j = i + 1; j < units.length && j - at[at.length - 1] <= RANKED_MAX_SPACING; j++)
      if (rank[j] === at.length + 1)
        at.push(j);
    if (at.length < RANKED_MIN_ENTRIES)
      continue;
    const spacing = at[1] - at[0];
    if (spacing < 2 || at.some((k, n) => n > 0 && k - at[n - 1] !== spacing))
      continue;
    for (let k = Math.max(0, at[0] - spacing + 1); k <= Math.min(units.length - 1, at[at.length - 1] + spacing - 1); k++)
      out[k] = true;
    i = at[at.length - 1];
  }
  return out;
}

// dist/text/title.js
var TITLE_LOOKBACK = 40;
var COMPOUND_PART_MIN_LETTERS = 5;
var COMPOUNDING = /* @__PURE__ */ new Set(["de", "nl"]);
var TITLE_MIN_WORDS = 2;
var TITLE_MAX_WORDS = 40;
var BODY_SAMPLE_WORDS = 400;
var DISTANCE_COST = 0.08;
var OVERLAP_WEIGHT = 2;
var GOOD_LENGTH = { min: 4, max: 25, bonus: 0.3 };
var FULL_OVERLAP_WORDS = 4;
var DEK_MIN_WORDS = 22;
var DEK_COST = 0.3;
var TITLE_CASE_BONUS = 0.2;
var TITLE_CASE_SHARE = 0.7;
var HEADER_BELOW_UNITS = 3;
var HEADER_BELOW_BONUS = 0.3;
var STRONG_HEADER_BELOW_UNITS = 4;
var STRONG_HEADER_BELOW_BONUS = 0.6;
var STRONG_HEADER_NEXT_BONUS = 0.3;
var LONE_NAME_BYLINE_SPAN = 6;
var SLUG_MIN_WORDS = 4;
var SLUG_BONUS = 0.6;
var LEAD_MIN_WORDS = 4;
var LEAD_NEXT_MIN_WORDS = 12;
var LEAD_COST = 1;
var CLOSING_PUNCTUATION = /[.!?…:;,"”’»)\]]$/u;
var DEK_MIN_SUPPORT = 1;
var DEK_SPAN = 10;
var DEK_MARGIN = 0.75;
var DEK_MIN_OVERLAP = 0.5;
var HEADED_ABOVE = { span: 20, minOverlap: 0.2, margin: 1.2 };
var STANDFIRST_SHAPES = /* @__PURE__ */ new Set(["sentence-end", "several-sentences", "dek-length", "region-lead"]);
var DEK_ADJACENT_MIN_OVERLAP = 0.2;
var DEK_ADJACENT_MARGIN = 1.25;
var LONGER_DEK = { ratio: 1.5, minWords: 10, minHeadWords: 5, margin: 1.6 };
var KICKER_MAX_RATIO = 1.2;
var KICKER_BELOW_MARGIN = 0.5;
var SUBTITLE = { minHeadWords: 4, minOverlap: 0.5, margin: 0.6 };
var GLUED_SPAN = 3;
var TABLE_ROW_MIN_CELLS = 3;
var WEAK_BEST_SCORE = 1;
var HEADED_MIN_OVERLAP = 0.4;
var HEADED_MIN_SUPPORT = 0.75;
var ONE_WORD_MAX_DISTANCE = 2;
var ONE_WORD_MIN_LETTERS = 4;
var LONE_NAME_SUBJECT_COST = 0.3;
var LONE_NAME_SUBJECT_OVERLAP = 0.5;
var DATED_SUBJECT_MIN_WORDS = 3;
var PREFIXED_SENTENCE = { minWords: 6, minLowerWords: 3, minOverlap: 0.5 };
var NAME_LIST_WORDS = /^(?:and|und|et|y|e|i|en|or|oder|ou|o|with|mit|avec|con|com|z|met|&|von|van|de|der|den|da|di|du|del|della|dos|das|le|la|staff|writer|reporter|correspondent|editor)$/i;
function prefixedSentence(text, overlap) {
  const words = text.trim().split(/\s+/);
  if (words.length < PREFIXED_SENTENCE.minWords || overlap < PREFIXED_SENTENCE.minOverlap)
    return false;
  return words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !NAME_LIST_WORDS.test(w)).length >= PREFIXED_SENTENCE.minLowerWords;
}
var OVER_ARTICLE_MIN_SCORE = -0.6;
var TRAIL_SEPARATOR = /\s*(?:»|›+|→|>>?)\s*/u;
var TRAIL_MIN_PARTS = 3;
var ECHO_BONUS = 0.3;
var ECHO_MIN_APART = 10;
var ECHOED_FALLBACK = { minOverlap: 0.5, minScore: -1 };
var CRUMB_END_BONUS = 0.5;
var NAMED_SCORE = 1;
var PULL_QUOTE = /^["'‘“„«‹][^"“”„«»]+["'’”»›]$/u;
var MIN_TITLE_SCORE = 0.2;
var DATE_BETWEEN_SKIP = 3;
var contentWords = (text, stop) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !stop.has(w));
function isTitleCase(text) {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}
function headlineCase(text, lang) {
  return !NOUN_CAPITALISING_LANGUAGES.some((l) => l.lang === lang) && isTitleCase(text);
}
function headerBelow(units, i, bodyStart, span, test) {
  for (let k = i + 1; k <= Math.min(bodyStart, i + span); k++)
    if (units[k] && test(units[k].text))
      return true;
  return false;
}
var ALL_CAPS = TITLE_PENALTIES.find((p) => p.id === "all-caps");
var CAPS_KICKER = { maxWords: 6, bonus: 0.7 };
var capsKicker = (text) => ALL_CAPS !== void 0 && penaltyApplies(ALL_CAPS, text) && wordCount(text) <= CAPS_KICKER.maxWords && !matchBoilerplate(text);
function notTitle(text, minWords = TITLE_MIN_WORDS) {
  const n = wordCount(text);
  if (n < minWords || n > TITLE_MAX_WORDS)
    return "length";
  if (matchBoilerplate(text))
    return "boilerplate";
  if (isDateLine(text) || WEEKDAY_TIME_LINE.test(text.trim()))
    return "date";
  if (/[:,;]$/.test(text))
    return "open-ending";
  if (/^\p{Ll}/u.test(text))
    return "lower-case-start";
  if (/^[:;,.)\]]/u.test(text.trim()))
    return "punctuation-start";
  if (/^[*†‡]\s/u.test(text))
    return "footnote";
  if (titleJunk(text))
    return "junk";
  return null;
}
var DATE_START = /^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/i;
var DATE_TAIL_MAX_LETTER_WORDS = 3;
var DATE_LEAD_WORD = /\b(?:on|at|in|since|until|by|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
var CREDIT_BOILERPLATE = /* @__PURE__ */ new Set(["copyright", "image-credit", "caption-credit", "image-credit-multilingual"]);
var PHOTO_CREDIT = TITLE_PENALTIES.find((p) => p.id === "photo-credit");
var DATELINE_PENALTY = TITLE_PENALTIES.find((p) => p.id === "dateline-or-time");
var DATED_HEAD_MIN_WORDS = 4;
function splitTrailingDate(text) {
  const words = text.trim().split(/\s+/);
  for (let k = DATED_HEAD_MIN_WORDS; k < words.length; k++) {
    if (!DATE_START.test(words[k]))
      continue;
    const date = words.slice(k).join(" ");
    if (!isDateLine(date) || (date.match(/\p{L}{2,}/gu) ?? []).length > DATE_TAIL_MAX_LETTER_WORDS)
      continue;
    const raw = words.slice(0, k).join(" ");
    const head = raw.replace(/[\s|•·–—-]+$/u, "");
    if (/,$/.test(head) || DATE_LEAD_WORD.test(head) || /^\P{L}/u.test(head))
      return null;
    if (DATELINE_PENALTY && penaltyApplies(DATELINE_PENALTY, head))
      return null;
    return wordCount(head) >= DATED_HEAD_MIN_WORDS && notTitle(head) === null ? { head, date } : null;
  }
  return null;
}
var DATE_HEAD_MAX_WORDS = 4;
var META_TAIL_MAX_WORDS = 5;
var MONTH_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?:[1-9]|[12]\d|3[01])$/i;
function splitLeadingDate(text) {
  const words = text.trim().split(/\s+/);
  if (!DATE_START.test(words[0]) && !/^\d{1,2}\.$/.test(words[0]))
    return null;
  for (let k = 1; k <= Math.min(DATE_HEAD_MAX_WORDS, words.length - DATED_HEAD_MIN_WORDS); k++) {
    const date = words.slice(0, k).join(" ").replace(/[\s|•·–—:-]+$/u, "");
    if (!date || !(isDateLine(date) || MONTH_DAY.test(date)))
      continue;
    const head = words.slice(k).join(" ").replace(/^[\s|•·–—:-]+/u, "");
    if (!/^["'‘“„«]?\p{Lu}/u.test(head))
      continue;
    const rest = head.split(/\s+/);
    for (let j = 1; j <= Math.min(META_TAIL_MAX_WORDS, rest.length - 1); j++)
      if (matchBoilerplate(rest.slice(-j).join(" ")))
        return null;
    return wordCount(head) >= DATED_HEAD_MIN_WORDS && notTitle(head) === null ? { head, date } : null;
  }
  return null;
}
function trailTail(text) {
  const parts = text.split(TRAIL_SEPARATOR).map((p) => p.trim());
  if (parts.length < TRAIL_MIN_PARTS || parts.some((p) => !p))
    return null;
  const last = parts[parts.length - 1];
  return wordCount(last) >= TITLE_MIN_WORDS ? last : null;
}
function linePrintings(units) {
  const out = /* @__PURE__ */ new Map();
  units.forEach((u, i) => {
    const key = lineKey(u.text);
    if (!key)
      return;
    const list = out.get(key);
    if (list)
      list.push(i);
    else
      out.set(key, [i]);
  });
  return out;
}
var GLUED_KICKER = { maxWords: 4, minAloneWords: 2, minHeadWords: 4 };
var KICKER_SEPARATOR = String.raw`\s*[-–—:|]\s*`;
function unglueKicker(title, units, index, lang) {
  if (!KICKER_LANGUAGES.some((k) => k.lang === lang))
    return null;
  const words = title.trim().split(/\s+/);
  const printed = linePrintings(units);
  const crumbEnds = breadcrumbEnds(units);
  const texts = units.map((u) => u.text.replace(/\s+/g, " "));
  for (let k = 1; k <= Math.min(GLUED_KICKER.maxWords, words.length - GLUED_KICKER.minHeadWords); k++) {
    const kicker = words.slice(0, k).join(" ");
    const head = words.slice(k).join(" ");
    if (!/[\p{L}\p{N}]$/u.test(kicker) || !/^[\p{Lu}\p{N}"„“«]/u.test(head))
      continue;
    const alone = k >= GLUED_KICKER.minAloneWords && ((printed.get(lineKey(kicker)) ?? []).some((j) => j !== index) || crumbEnds.has(lineKey(kicker)));
    const separated = new RegExp(`${escapeRegExp(kicker)}${KICKER_SEPARATOR}${escapeRegExp(head)}`, "iu");
    if (alone || texts.some((t, j) => j !== index && separated.test(t)))
      return head;
  }
  return null;
}
function breadcrumbEnds(units) {
  const out = /* @__PURE__ */ new Set();
  for (const u of units) {
    const parts = u.text.split(TRAIL_SEPARATOR);
    if (parts.length >= 2 && parts.every((p) => p.trim()) && wordCount(u.text) <= TITLE_MAX_WORDS)
      out.add(lineKey(parts[parts.length - 1]));
  }
  return out;
}
var slugOf = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join("-");
function pageSlugs(units) {
  const out = [];
  for (const u of units)
    for (const m of u.text.matchAll(/https?:\/\/\S+/g))
      out.push(slugOf(m[0].replace(/^https?:\/\/[^/]+/, " ")));
  return out;
}
function inSlug(text, slugs) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SLUG_MIN_WORDS || !slugs.length)
    return false;
  const head = `-${words.slice(0, SLUG_MIN_WORDS).join("-")}-`;
  return slugs.some((s) => `-${s}-`.includes(head));
}
var LIST_ROW_MIN_MARKS = 2;
function listRow(units, i) {
  const shape = lineShape(units[i].text);
  if ([...shape].length < LIST_ROW_MIN_MARKS)
    return false;
  const same = (k) => units[k] !== void 0 && units[k].block.kind === "paragraph" && lineShape(units[k].text) === shape;
  return same(i - 1) && same(i + 1) || same(i + 1) && same(i + 2) || same(i - 1) && same(i - 2);
}
var FACT_BOX = { maxLabelWords: 2, maxValueWords: 5, minRows: 3, maxGap: 1 };
var FACT_ROW = /^\p{L}[\p{L}\p{N}.'’-]*(?: [\p{L}\p{N}.'’-]+)*:\s+\S/u;
function factRowShape(text) {
  const t = text.trim();
  if (!FACT_ROW.test(t))
    return false;
  const cut = t.indexOf(":");
  return wordCount(t.slice(0, cut)) <= FACT_BOX.maxLabelWords && wordCount(t.slice(cut + 1)) <= FACT_BOX.maxValueWords;
}
function factBoxRows(units) {
  const shaped = units.map((u) => factRowShape(u.text));
  const out = shaped.map(() => false);
  for (const rows of flaggedRuns(shaped, FACT_BOX.maxGap)) {
    const labels = new Set(rows.map((r) => units[r].text.trim().split(":")[0].toLowerCase()));
    if (labels.size >= FACT_BOX.minRows)
      for (const r of rows)
        out[r] = true;
  }
  return out;
}
var CONTENTS = { minEntries: 3, maxGap: 2, proseWithin: 2 };
function contentsEntriesAbove(units) {
  const keys = units.map((u) => wordCount(u.text) < LEAD_NEXT_MIN_WORDS ? lineKey(u.text) : "");
  const prose = units.map((u) => wordCount(u.text) >= LEAD_NEXT_MIN_WORDS);
  const subheads = /* @__PURE__ */ new Map();
  keys.forEach((k, j) => {
    if (!k || !prose.slice(j + 1, j + 1 + CONTENTS.proseWithin).some(Boolean))
      return;
    const list = subheads.get(k);
    if (list)
      list.push(j);
    else
      subheads.set(k, [j]);
  });
  const copyAfter = (i, from) => (subheads.get(keys[i]) ?? []).find((j) => j >= from) ?? -1;
  const out = units.map(() => false);
  for (let i = 0; i < units.length; ) {
    if (!keys[i] || copyAfter(i, i + 1) < 0) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    while (j < units.length && j - members[members.length - 1] <= CONTENTS.maxGap + 1 && !prose[j]) {
      if (keys[j] && copyAfter(j, j + 1) >= 0)
        members.push(j);
      j++;
    }
    const end = members[members.length - 1];
    const copies = members.map((m) => copyAfter(m, end + 1));
    if (new Set(members.map((m) => keys[m])).size >= CONTENTS.minEntries && copies.every((c) => c > end)) {
      for (const m of members)
        out[m] = true;
      for (const c of copies)
        if (c - end <= CONTENTS.maxGap + 1)
          out[c] = true;
    }
    i = end + 1;
  }
  return out;
}
var SLIDER_SPAN = 4;
function sliderAbove(units, start) {
  for (let k = start - 1; k >= Math.max(0, start - SLIDER_SPAN); k--) {
    const t = units[k].text.trim();
    if (SLIDER_CONTROL.test(t))
      return true;
    if (!/^\d{1,2}$/.test(t) && !matchBoilerplate(t))
      return false;
  }
  return false;
}
function headlineLead(units, bodyStart) {
  const u = units[bodyStart];
  const next = units[bodyStart + 1];
  if (!u || !next || u.block.kind !== "paragraph")
    return false;
  const n = wordCount(u.text);
  return n >= LEAD_MIN_WORDS && !CLOSING_PUNCTUATION.test(u.text.trim()) && notTitle(u.text) === null && wordCount(next.text) >= LEAD_NEXT_MIN_WORDS;
}
function scoreTitles(units, bodyStart, lang, tests) {
  const { isByline } = tests;
  const isHeaderLine = tests.isHeaderLine ?? isByline;
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const isLoneName = tests.isLoneName ?? (() => false);
  const isPrefixedByline2 = tests.isPrefixedByline ?? (() => false);
  const stop = lang && stopwords().get(lang) || /* @__PURE__ */ new Set();
  const lead = headlineLead(units, bodyStart);
  const kickerLang = lang !== null && KICKER_LANGUAGES.some((k) => k.lang === lang);
  const bodyFrom = lead ? bodyStart + 1 : bodyStart;
  const body = new Set(contentWords(units.slice(bodyFrom).map((u) => u.text).join(" "), stop).slice(0, BODY_SAMPLE_WORDS));
  const bodyWords = lang && COMPOUNDING.has(lang) ? [...body].filter((w) => w.length > COMPOUND_PART_MIN_LETTERS) : [];
  const inBody = (w) => body.has(w) || w.length >= COMPOUND_PART_MIN_LETTERS && bodyWords.some((b) => b.includes(w));
  const out = [];
  const slugs = pageSlugs(units);
  const printed = linePrintings(units);
  const crumbEnds = breadcrumbEnds(units);
  const ranked = rankedListLines(units);
  const echoed = (k, text = units[k]?.text ?? "", apart = 1) => (printed.get(lineKey(text)) ?? []).some((j) => Math.abs(j - k) > apart);
  let distance = lead ? -1 : 0;
  let skipped = 0;
  const facts = factBoxRows(units);
  const contents = contentsEntriesAbove(units);
  for (let i = lead ? bodyStart : bodyStart - 1; i >= Math.max(0, bodyStart - TITLE_LOOKBACK - skipped); i--) {
    const crumb = trailTail(units[i].text);
    const datedLine = splitTrailingDate(crumb ?? units[i].text) ?? splitLeadingDate(crumb ?? units[i].text);
    const text = datedLine?.head ?? crumb ?? units[i].text;
    if (i + 1 < bodyStart && (matchBoilerplate(units[i + 1].text) || !/[\p{L}\p{N}]/u.test(units[i + 1].text) || facts[i + 1] || contents[i + 1]))
      skipped++;
    else
      distance++;
    if (units[i].block.kind === "list")
      continue;
    const n = wordCount(text);
    const nextStrong = i + 1 < units.length && isStrongHeader(units[i + 1].text);
    const crumbEnd = crumbEnds.has(lineKey(text)) && units[i].text.split(TRAIL_SEPARATOR).length < 2;
    const echoedAlone = echoed(i, text, ECHO_MIN_APART) && !echoed(i - 1) && !echoed(i + 1);
    const oneWordOk = n === 1 && (distance <= ONE_WORD_MAX_DISTANCE || crumbEnd || echoedAlone) && /^[\p{Lu}\p{N}]/u.test(text) && (text.match(/\p{L}/gu) ?? []).length >= ONE_WORD_MIN_LETTERS;
    const words = contentWords(text, stop);
    const overlap = words.length ? words.filter(inBody).length / words.length : 0;
    const loneName = isLoneName(text);
    const loneNameTitle = loneName && headerBelow(units, i, bodyStart, LONE_NAME_BYLINE_SPAN, isPrefixedByline2);
    const loneNameSubject = loneName && !loneNameTitle && overlap >= LONE_NAME_SUBJECT_OVERLAP && (!nextStrong || overlap === 1 && words.length >= DATED_SUBJECT_MIN_WORDS) && !(i > 0 && isPrefixedByline2(`${units[i - 1].text} ${text}`));
    const lineVeto = notTitle(text);
    const shapeVeto = lineVeto === "lower-case-start" && crumbEnd ? null : lineVeto;
    const veto = (oneWordOk ? null : shapeVeto) ?? (n === 1 && notTitle(text, 1) !== null ? "one-word" : null) ?? notTitleOpening(text) ?? (isNavLabel(text) ? "nav-label" : null) ?? (isByline(text) && !loneNameTitle && !loneNameSubject && !prefixedSentence(text, overlap) ? "byline" : null) ?? ((units[i].cells ?? 1) >= TABLE_ROW_MIN_CELLS ? "table-row" : null) ?? (ranked[i] ? "ranked-list" : null) ?? (listRow(units, i) ? "list-row" : null) ?? (facts[i] ? "fact-row" : null) ?? (contents[i] ? "contents-entry" : null);
    if (veto)
      continue;
    const support = Math.min(1, words.length / FULL_OVERLAP_WORDS);
    let score = overlap * support * OVERLAP_WEIGHT - distance * DISTANCE_COST;
    const why = [`overlap ${overlap.toFixed(2)}x${support.toFixed(2)}`, `distance ${distance}`];
    if (loneNameSubject) {
      score -= LONE_NAME_SUBJECT_COST;
      why.push("lone-name-shape");
    }
    const overArticle = distance === 1 && i < bodyStart;
    if (overArticle)
      why.push("over-article");
    if (crumb)
      why.push("breadcrumb-tail");
    if (i === bodyStart && sliderAbove(units, bodyStart))
      why.push("under-slider");
    else if (i === bodyStart) {
      score -= LEAD_COST;
      why.push("region-lead");
    }
    if (n >= GOOD_LENGTH.min && n <= GOOD_LENGTH.max)
      score += GOOD_LENGTH.bonus;
    if (n > DEK_MIN_WORDS) {
      score -= DEK_COST;
      why.push("dek-length");
    }
    if (n >= GOOD_LENGTH.min && headlineCase(text, lang)) {
      score += TITLE_CASE_BONUS;
      why.push("title-case");
    }
    const strongBelow = (n > 1 || crumbEnd) && (datedLine !== null || headerBelow(units, i, bodyStart, STRONG_HEADER_BELOW_UNITS, isStrongHeader));
    const strongNext = (n > 1 || crumbEnd) && (datedLine !== null || nextStrong);
    if (strongNext) {
      score += STRONG_HEADER_BELOW_BONUS + STRONG_HEADER_NEXT_BONUS;
      why.push("byline-or-date-next");
    } else if (strongBelow) {
      score += STRONG_HEADER_BELOW_BONUS;
      why.push("byline-or-date-below");
    } else if ((n > 1 || crumbEnd) && headerBelow(units, i, bodyStart, HEADER_BELOW_UNITS, isHeaderLine)) {
      score += HEADER_BELOW_BONUS;
      why.push("byline-below");
    }
    if (crumbEnd && !crumb) {
      score += CRUMB_END_BONUS;
      why.push("breadcrumb-names-it");
    }
    if (kickerLang && i > 0 && n >= GOOD_LENGTH.min && capsKicker(units[i - 1].text) && !(ALL_CAPS && penaltyApplies(ALL_CAPS, text))) {
      score += CAPS_KICKER.bonus;
      why.push("under-caps-kicker");
    }
    if (inSlug(text, slugs)) {
      score += SLUG_BONUS;
      why.push("address-slug");
    }
    const echoedAway = (n >= TITLE_MIN_WORDS || echoedAlone) && echoed(i, text, ECHO_MIN_APART) && !(echoed(i - 1) && echoed(i + 1)) && !TITLE_PENALTIES.some((p) => penaltyApplies(p, text));
    if (echoedAway && score >= MIN_TITLE_SCORE) {
      score += ECHO_BONUS;
      why.push("printed-again");
    } else if (echoedAway)
      why.push("echoed-weak");
    let penalised = false;
    let otherKind = false;
    let shaped = n <= DEK_MIN_WORDS && n >= GOOD_LENGTH.min && headlineCase(text, lang);
    for (const p of TITLE_PENALTIES) {
      if (penaltyApplies(p, text)) {
        score -= p.cost;
        penalised = true;
        if (!SHAPE_PENALTIES.has(p.id))
          otherKind = true;
        why.push(p.id);
        if (p.id === "sentence-end" || p.id === "several-sentences")
          shaped = false;
      }
    }
    const exclaimedHead = strongBelow && /!["'”’»)]*$/u.test(text) && !why.includes("several-sentences");
    const titleCased = n >= GOOD_LENGTH.min && n <= DEK_MIN_WORDS && headlineCase(text, lang);
    const standfirstShaped = why.some((w) => STANDFIRST_SHAPES.has(w) && !(w === "sentence-end" && exclaimedHead) && !(titleCased && (w === "sentence-end" || w === "several-sentences")));
    out.push({ index: i, score, overlap, support, overArticle, oneWord: n === 1, anchored: shaped && strongBelow, strongBelow, strongNext, standfirstShaped, penalised, otherKind, why: why.join(", "), ...datedLine ? { text: datedLine.head, dateText: datedLine.date } : crumb ? { text: crumb } : {} });
  }
  return out.sort((a, b) => b.score - a.score);
}
var INSIDE_SPAN = 40;
var INSIDE_MIN_OVERLAP = 0.6;
var INSIDE_MAX_OVERLAP_ABOVE = 0.5;
function headerInsideRegion(units, start, lang, tests) {
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const stop = lang && stopwords().get(lang) || /* @__PURE__ */ new Set();
  for (let j = start; j < Math.min(units.length - 2, start + INSIDE_SPAN); j++) {
    const text = units[j].text;
    const n = wordCount(text);
    if (units[j].block.kind !== "paragraph" || n < GOOD_LENGTH.min || n > DEK_MIN_WORDS || CLOSING_PUNCTUATION.test(text.trim()))
      continue;
    if (!/^["'‘“]?[\p{Lu}\p{N}]/u.test(text) || /@|\/\/|\w\.(?:com|org|net)\b/.test(text) || /^\s*[—–-]/.test(units[j + 1].text))
      continue;
    if (notTitle(text) !== null || tests.isByline(text) || !isStrongHeader(units[j + 1].text))
      continue;
    const prose = units.slice(j + 2, j + 5).findIndex((u) => wordCount(u.text) >= LEAD_NEXT_MIN_WORDS);
    if (prose < 0)
      continue;
    const words = contentWords(text, stop);
    if (words.length < FULL_OVERLAP_WORDS)
      continue;
    const after = new Set(contentWords(units.slice(j + 2 + prose).map((u) => u.text).join(" "), stop).slice(0, BODY_SAMPLE_WORDS));
    const before = new Set(contentWords(units.slice(start, j).map((u) => u.text).join(" "), stop));
    const share = (set) => words.filter((w) => set.has(w)).length / words.length;
    if (share(after) >= INSIDE_MIN_OVERLAP && share(before) < INSIDE_MAX_OVERLAP_ABOVE)
      return j;
  }
  return -1;
}
function namedTitle(units) {
  for (let i = 0; i < units.length; i++) {
    const m = NAMING_HEADING.exec(units[i].text.trim());
    const title = m ? lineKey(m[1]) : "";
    if (title)
      return { title, index: i };
  }
  return null;
}
function namedTitleLine(units, bodyStart) {
  const named = namedTitle(units);
  if (!named)
    return -1;
  let below = -1;
  for (let j = 0; j < units.length; j++) {
    if (j === named.index || lineKey(units[j].text) !== named.title)
      continue;
    if (j < bodyStart)
      below = -2 - j;
    else if (below === -1)
      below = j;
  }
  return below <= -2 ? -2 - below : below;
}
function dateLineBetween(units, ranked, from, tests) {
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const isHeaderLine = tests.isHeaderLine ?? tests.isByline;
  let k = from.index + 1;
  while (k < from.index + 1 + DATE_BETWEEN_SKIP && units[k] && !isHeaderLine(units[k].text) && !ranked.some((r) => r.index === k && !r.oneWord && !r.standfirstShaped && !r.otherKind))
    k++;
  const between = units[k]?.text;
  if (between === void 0 || !isStrongHeader(between) || tests.isByline(between))
    return void 0;
  const c = ranked.find((r) => r.index === k + 1);
  if (!c || c.penalised || c.why.includes("dek-length") || c.oneWord || c.score < MIN_TITLE_SCORE)
    return void 0;
  if (/[.!?…]["'”’»)]*\s+\p{Lu}/u.test(c.text ?? units[c.index].text))
    return void 0;
  if (c.overlap < from.overlap && (from.support >= HEADED_MIN_SUPPORT || c.overlap < HEADED_ABOVE.minOverlap) || c.support < from.support)
    return void 0;
  const echoedOnly = c.why.includes("printed-again") && !from.why.includes("printed-again");
  return from.support < 1 || echoedOnly ? c : void 0;
}
function bestTitle(units, bodyStart, lang, tests) {
  const ranked = scoreTitles(units, bodyStart, lang, tests);
  const namedIndex = namedTitleLine(units, bodyStart);
  if (namedIndex >= 0) {
    const known = ranked.find((c) => c.index === namedIndex);
    if (known)
      return { ...known, score: Math.max(known.score, NAMED_SCORE), why: `${known.why}, named-by-comments` };
    return { index: namedIndex, score: NAMED_SCORE, overlap: 0, support: 0, anchored: false, strongBelow: false, strongNext: false, standfirstShaped: false, penalised: false, otherKind: false, overArticle: false, oneWord: wordCount(units[namedIndex].text) === 1, why: "named-by-comments" };
  }
  const headed = ranked.find((c) => c.strongBelow && !c.otherKind && !c.standfirstShaped && c.overlap >= HEADED_MIN_OVERLAP && c.support >= HEADED_MIN_SUPPORT);
  const best = ranked[0] && ranked[0].score < WEAK_BEST_SCORE && headed && headed.score >= MIN_TITLE_SCORE ? headed : ranked[0];
  if (!best || best.score < MIN_TITLE_SCORE) {
    const exclaimed = (text2) => /!["'”’»)]*$/u.test(text2) && !/\.["'”’»)]*\s/u.test(text2);
    const over2 = ranked.find((c) => c.overArticle && c.score >= OVER_ARTICLE_MIN_SCORE && c.why.split(", ").every((w) => !TITLE_PENALTIES.some((p) => p.id === w) || (w === "sentence-end" || w === "several-sentences") && exclaimed(units[c.index].text)));
    if (over2)
      return over2;
    const echo = ranked.find((c) => c.why.includes("echoed-weak") && wordCount(units[c.index].text) >= GOOD_LENGTH.min && c.overlap >= ECHOED_FALLBACK.minOverlap && c.score >= ECHOED_FALLBACK.minScore);
    return echo ?? null;
  }
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const headerBetween = (a, b) => units.slice(a + 1, b).some((u) => isStrongHeader(u.text) || notTitleOpening(u.text) === "credit-line" || CREDIT_BOILERPLATE.has(matchBoilerplate(u.text)?.id ?? "") || PHOTO_CREDIT?.pattern.test(u.text));
  const echoedOver = (from, c) => from.why.includes("printed-again") && !from.why.includes("breadcrumb-tail") && !c.why.includes("printed-again") && PULL_QUOTE.test((c.text ?? units[c.index].text).trim());
  const fitsOver = (from, c) => !c.otherKind && !echoedOver(from, c) && !c.oneWord && c.score >= from.score - DEK_MARGIN && c.overlap >= DEK_MIN_OVERLAP && (c.support >= DEK_MIN_SUPPORT || c.strongNext);
  const headedAbove = (from) => from.strongNext ? void 0 : ranked.filter((c) => c.index < from.index && from.index - c.index <= HEADED_ABOVE.span && c.strongNext && !c.otherKind && !c.oneWord && !c.standfirstShaped && c.overlap >= HEADED_ABOVE.minOverlap && c.score >= MIN_TITLE_SCORE && c.score >= from.score - (from.index - c.index <= DEK_SPAN ? HEADED_ABOVE.margin : DEK_MARGIN)).sort((a, b) => b.score - a.score)[0];
  const kickerFirst = lang !== null && KICKER_LANGUAGES.some((k) => k.lang === lang);
  const datedOver = (from) => {
    const c = ranked.find((r) => r.index === from.index - 1);
    if (!c || c.index < 1 || c.penalised || c.oneWord || c.standfirstShaped)
      return void 0;
    const date = units[c.index - 1].text;
    if (!isStrongHeader(date) || tests.isByline(date))
      return void 0;
    return c.overlap >= HEADED_ABOVE.minOverlap && c.score >= from.score - HEADED_ABOVE.margin ? c : void 0;
  };
  const subtitledHeadline = (from) => {
    const c = ranked.find((r) => r.index === from.index - 1);
    const words = (r) => wordCount(r.text ?? units[r.index].text);
    if (!c || c.penalised || c.oneWord || c.standfirstShaped || words(c) < SUBTITLE.minHeadWords || words(from) <= words(c) || /:\s/u.test(units[c.index].text))
      return void 0;
    return c.overlap >= SUBTITLE.minOverlap && c.score >= from.score - SUBTITLE.margin ? c : void 0;
  };
  const standfirstOf = (from) => {
    if (from.anchored)
      return void 0;
    if (from.why.includes("under-slider"))
      return void 0;
    if (from.strongNext && !from.standfirstShaped) {
      const above2 = ranked.filter((c) => c.index < from.index && !c.penalised).sort((a, b) => b.index - a.index)[0];
      const longer = !kickerFirst || above2 && wordCount(units[from.index].text) >= KICKER_MAX_RATIO * wordCount(units[above2.index].text);
      return above2 && longer && from.index - above2.index <= DEK_SPAN && !above2.standfirstShaped && fitsOver(from, above2) ? above2 : void 0;
    }
    if (from.overArticle && !from.standfirstShaped) {
      const above2 = ranked.filter((c) => c.index < from.index && from.index - c.index <= DEK_SPAN && fitsOver(from, c) && !c.standfirstShaped && headerBetween(c.index, from.index));
      return datedOver(from) ?? above2.sort((a, b) => b.score - a.score)[0] ?? headedAbove(from) ?? subtitledHeadline(from);
    }
    let above = from.index - 1;
    while (above > 0 && !ranked.some((c) => c.index === above) && matchBoilerplate(units[above].text))
      above--;
    const adjacent = from.standfirstShaped ? ranked.find((c) => c.index === above && !c.penalised && c.score >= from.score - DEK_ADJACENT_MARGIN && c.overlap >= DEK_ADJACENT_MIN_OVERLAP) : void 0;
    const overHeader = from.strongBelow || from.why.includes("byline-below") ? void 0 : ranked.find((c) => c.index < from.index && from.index - c.index <= DEK_SPAN && c.strongBelow && !c.otherKind && !c.oneWord && !c.standfirstShaped && c.overlap >= HEADED_ABOVE.minOverlap && c.score >= from.score - HEADED_ABOVE.margin && units.slice(c.index + 1, from.index).some((u) => isStrongHeader(u.text)));
    return adjacent ?? ranked.find((c) => c.index < from.index && from.index - c.index <= DEK_SPAN && fitsOver(from, c)) ?? (from.index === bodyStart ? headedAbove(from) : overHeader);
  };
  const over = ranked.find((c) => c.index === best.index - 1);
  const bestWords = wordCount(best.text ?? units[best.index].text);
  const overWords = over ? wordCount(over.text ?? units[over.index].text) : 0;
  const headlineOverDek = over && !over.penalised && !headlineCase(best.text ?? units[best.index].text, lang) && overWords >= LONGER_DEK.minHeadWords && bestWords >= LONGER_DEK.minWords && bestWords >= LONGER_DEK.ratio * overWords && over.overlap >= DEK_ADJACENT_MIN_OVERLAP && over.score >= best.score - LONGER_DEK.margin ? over : void 0;
  let chosen = headlineOverDek ?? standfirstOf(best) ?? best;
  if (chosen !== best && best.index === bodyStart)
    chosen = standfirstOf(chosen) ?? chosen;
  const dek = ranked.find((r) => r.standfirstShaped && r.strongNext && !r.otherKind && r.index > chosen.index && r.index - chosen.index <= DEK_SPAN);
  const headOverDek = dek && ranked.find((r) => r.index === dek.index - 1 && r.index > chosen.index && !r.penalised && !r.standfirstShaped && !r.oneWord && r.overlap >= DEK_ADJACENT_MIN_OVERLAP && r.score >= chosen.score - DEK_MARGIN);
  if (headOverDek)
    chosen = headOverDek;
  if (kickerFirst && chosen === best && !best.strongNext) {
    const below = ranked.find((c) => c.index === best.index + 1 && c.overArticle && !c.penalised && !c.standfirstShaped && !c.oneWord);
    const words = (c) => wordCount(c.text ?? units[c.index].text);
    if (below && words(below) > words(best) && below.score >= best.score - KICKER_BELOW_MARGIN)
      chosen = below;
  }
  const chosenKey = lineKey(chosen.text ?? units[chosen.index].text);
  const shorter = ranked.find((r) => {
    const key = lineKey(r.text ?? units[r.index].text);
    return r.index < chosen.index && chosen.index - r.index <= DEK_SPAN && r.strongNext && !r.otherKind && !/(?:\.\.\.|…)$/u.test(key) && wordCount(key) >= GOOD_LENGTH.min && chosenKey.startsWith(`${key} `);
  });
  if (shorter)
    chosen = shorter;
  const under = dateLineBetween(units, ranked, chosen, tests);
  if (under)
    chosen = under;
  const text = units[chosen.index].text;
  const bare = ranked.find((c) => c !== chosen && Math.abs(c.index - chosen.index) <= GLUED_SPAN && text.toLowerCase().endsWith(units[c.index].text.toLowerCase()) && wordCount(units[c.index].text) >= GOOD_LENGTH.min);
  return bare ?? chosen;
}

// dist/text/header.js
var PROSE_MIN_WORDS = 12;
var HEADER_LOOKBACK = 8;
var BYLINE_STRENGTH = { prefixed: 3, listed: 2, "single-name": 1 };
var SINGLE_NAME_MAX_GROUP = 3;
var CLEAN_START_MAX = 2;
var CLEAN_TITLE_MIN_WORDS_OVER_LEAD = 4;
var CLEAN_TITLE_MAX_WORDS = 30;
var CLEAN_TITLE_MAX_SENTENCES_WORDS = 20;
var SENTENCE_BREAK = /[.!?]["'”’»)]?\s+["'“‘«(]?\p{Lu}/u;
var HEADER_INSIDE_BODY = 2;
var HEADER_ABOVE_TITLE = 3;
var REPEATED_TITLE_LOOKBACK = 20;
var REPEATED_NAME_LOOKBACK = 20;
var WEAK_TITLE_SCORE = 1;
var DATE_LINE_MAX_WORDS = 16;
function isProse(text) {
  return wordCount(text) >= PROSE_MIN_WORDS && /[.!?…:;"”’»)\]]$/.test(text.trim());
}
function firstProse(units) {
  let start = units.findIndex((u, i) => isProse(u.text) && !matchBoilerplate(u.text) && units.slice(i + 1, i + 4).some((v) => isProse(v.text)));
  if (start < 0)
    start = units.findIndex((u) => isProse(u.text));
  return start < 0 ? 0 : start;
}
function cleanTextTitle(units, bodyStart) {
  const first = units[0];
  if (!first || bodyStart > CLEAN_START_MAX || units.length < 2 || first.block.kind !== "paragraph")
    return null;
  if (!/[\p{L}\p{N}]/u.test(first.text))
    return null;
  if (wordCount(first.text) > CLEAN_TITLE_MAX_WORDS || wordCount(first.text) > CLEAN_TITLE_MAX_SENTENCES_WORDS && SENTENCE_BREAK.test(first.text) || matchBoilerplate(first.text) || isDateLine(first.text) || bylineOf(first.text) === "byline")
    return null;
  const second = units[1];
  const joined = /[;:]$/.test(first.text) && second.line === first.line + 1 && wordCount(first.text) + wordCount(second.text) <= CLEAN_TITLE_MAX_WORDS;
  return { index: 0, span: joined ? 2 : 1 };
}
var GLUED_QUOTED_HEADLINE = /^(.*\p{L})(["„“«]\p{Lu}[^"„“«»”]*["“”»])$/u;
var GLUED_QUOTED_MIN_WORDS = 3;
function tidyTitle(text) {
  let t = text.replace(/\s+/g, " ").trim();
  const glued = GLUED_QUOTED_HEADLINE.exec(t);
  if (glued && wordCount(glued[2]) >= GLUED_QUOTED_MIN_WORDS)
    t = glued[2];
  if (/(?:\.\.|\b\p{Lu})\.["'”’»)]*$/u.test(t))
    return t;
  return t.replace(/\.(["'”’»)]*)$/u, "$1");
}
var hasBylinePrefix = (t) => BYLINE_PREFIXES.some((p) => p.pattern.test(t)) && !prefixedHeadline(t);
var isDateHeader = (t) => isDateLine(t) || DATE_LINE_PREFIX.test(t) && parseDate(t) !== null || WEEKDAY_TIME_LINE.test(t.trim()) || NUMERIC_DATE_TIME_LINE.test(t.trim());
var isPrefixedByline = (t) => hasBylinePrefix(t) || bylineKind(t) === "prefixed";
var LONE_NAME_CONTEXT_UNITS = 2;
var LONE_NAME_DATE_UNITS = 1;
var JOB_LINE_MAX_WORDS = 4;
var isHandleLine = (t) => /^@\w{2,}$/.test(t.trim());
var isJobLine = (t) => wordCount(t) <= JOB_LINE_MAX_WORDS && JOB_NOUN_PATTERN.test(t);
function bylineContext(units, i) {
  for (let k = Math.max(0, i - LONE_NAME_CONTEXT_UNITS); k <= Math.min(units.length - 1, i + LONE_NAME_CONTEXT_UNITS); k++) {
    if (k === i)
      continue;
    const t = units[k].text;
    if (Math.abs(k - i) <= LONE_NAME_DATE_UNITS && isDateHeader(t) || isHandleLine(t) || isJobLine(t))
      return true;
  }
  return false;
}
var HEADER_TESTS = {
  isByline: (t) => bylineOf(t) !== null || hasBylinePrefix(t),
  // Below a headline: a byline (also a lone name) or a date line.
  isHeaderLine: (t) => bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t),
  isStrongHeader: (t) => isPrefixedByline(t) || isDateHeader(t),
  isLoneName: (t) => bylineKind(t) === "single-name" && !hasBylinePrefix(t),
  isPrefixedByline
};
function pageHeaderTests(units, bodyStart) {
  const datedNames = /* @__PURE__ */ new Set();
  for (let i = Math.max(1, bodyStart - TITLE_LOOKBACK); i < Math.min(units.length - 1, bodyStart); i++) {
    const t = units[i].text;
    if (bylineKind(t) !== "single-name" || hasBylinePrefix(t) || !isDateHeader(units[i + 1].text))
      continue;
    const above = units[i - 1];
    if (above.group > SINGLE_NAME_MAX_GROUP || wordCount(above.text) < 2 || matchBoilerplate(above.text))
      continue;
    const sentence = (u) => /[.!?…]["'”’»)]*$/u.test(u.text) && /\p{Ll}/u.test(u.text);
    if (units.slice(i + 2, bodyStart).every((u) => isDateHeader(u.text) || matchBoilerplate(u.text) || sentence(u)))
      datedNames.add(t);
  }
  if (datedNames.size === 0)
    return HEADER_TESTS;
  return {
    ...HEADER_TESTS,
    isStrongHeader: (t) => HEADER_TESTS.isStrongHeader(t) || datedNames.has(t),
    isPrefixedByline: (t) => isPrefixedByline(t) || datedNames.has(t)
  };
}
var isHeaderUnit = (t) => bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t);
function proseAfterHeaderLines(units, i) {
  const u = units[i];
  if (!u || u.block.kind !== "paragraph" || wordCount(u.text) > CLEAN_TITLE_MAX_WORDS || matchBoilerplate(u.text))
    return -1;
  let k = i + 1;
  while (k < units.length && k <= i + HEADER_INSIDE_BODY && units[k].block.kind === "paragraph" && isHeaderUnit(units[k].text))
    k++;
  return k > i + 1 && units[k] && isProse(units[k].text) ? k : -1;
}
var FAR_BYLINE_MAX_WORDS = 12;
function onlyPrefixedByline(units) {
  let found = -1;
  let key = "";
  for (const [i, u] of units.entries()) {
    if (u.block.kind !== "paragraph" || wordCount(u.text) > FAR_BYLINE_MAX_WORDS || bylineKind(u.text) !== "prefixed")
      continue;
    const list = bylineAuthors(bylineText(u.text));
    if (!list.length || !list.every((n) => /^\p{Lu}/u.test(n) && !/\.$/.test(n)))
      continue;
    const names = list.map((n) => n.toLowerCase()).sort().join("|");
    if (found >= 0 && names !== key)
      return -1;
    if (found < 0)
      [found, key] = [i, names];
  }
  return found;
}
function isSureByline(units, k) {
  const t = units[k]?.text;
  if (!t || units[k].block.kind !== "paragraph")
    return false;
  const kind = bylineKind(t);
  if (kind === "prefixed" || kind === "listed")
    return true;
  const dated = k + 1 < units.length && isDateHeader(units[k + 1].text);
  if (dated && hasBylinePrefix(t) && wordCount(t) <= FAR_BYLINE_MAX_WORDS)
    return true;
  return (kind === "single-name" || isCapsName(t)) && dated;
}
var ANCHORED_TITLE_MAX_GAP = 3;
var ANCHORED_TITLE_MARGIN = 0.3;
function blockEnd(units, k) {
  let e = k + 1;
  while (e < units.length && isDateHeader(units[e].text))
    e++;
  return e;
}
function headlineOverByline(units, bodyStart) {
  for (let j = bodyStart - 2; j >= Math.max(0, bodyStart - TITLE_LOOKBACK); j--) {
    if (!isSureByline(units, j + 1))
      continue;
    const t = units[j].text;
    if (units[j].block.kind !== "paragraph" || wordCount(t) < 2 || wordCount(t) > CLEAN_TITLE_MAX_WORDS || notTitle(t) !== null || bylineKind(t) !== null || isDateHeader(t) || units[j].group > SINGLE_NAME_MAX_GROUP)
      return -1;
    return j;
  }
  return -1;
}
function headlineOverHeaderBlock(units, bodyStart) {
  const headlineLike = (u) => u !== void 0 && u.block.kind === "paragraph" && u.group <= SINGLE_NAME_MAX_GROUP && wordCount(u.text) <= CLEAN_TITLE_MAX_WORDS && notTitle(u.text) === null && !isDateHeader(u.text) && !isPrefixedByline(u.text) && bylineKind(u.text) !== "listed";
  let k = bodyStart - 1;
  let byline = false;
  while (k >= Math.max(0, bodyStart - HEADER_INSIDE_BODY) && units[k].block.kind === "paragraph") {
    const t = units[k].text;
    const kind = bylineKind(t);
    if (isDateHeader(t) && kind === null)
      k--;
    else if (!byline && (isPrefixedByline(t) || kind === "listed"))
      [byline, k] = [true, k - 1];
    else if (!byline && kind === "single-name" && k + 1 < units.length && isDateHeader(units[k + 1].text) && headlineLike(units[k - 1]))
      [byline, k] = [true, k - 1];
    else
      break;
  }
  return k < bodyStart - 1 && k >= 0 && wordCount(units[k].text) >= 2 && headlineLike(units[k]) ? k : -1;
}
var DATED_HEADLINE_SPAN = 4;
function headlineUnderDateLine(units, bodyStart) {
  for (let j = Math.max(1, bodyStart); j < Math.min(units.length - 1, bodyStart + DATED_HEADLINE_SPAN); j++) {
    const t = units[j].text.trim();
    const n = wordCount(t);
    if (!isDateHeader(units[j - 1].text) || units[j].block.kind !== "paragraph" || n < 2 || n > CLEAN_TITLE_MAX_WORDS)
      continue;
    if (/[.,:;]["'”’»)]*$/u.test(t) || SENTENCE_BREAK.test(t) || isDateHeader(t) || bylineKind(t) !== null || hasBylinePrefix(t) || matchBoilerplate(t))
      continue;
    if (wordCount(units[j + 1].text) >= PROSE_MIN_WORDS)
      return j;
  }
  return -1;
}
var GLUED_TRAIL_MIN_WORDS = 4;
var TRAIL_MARK = /[|»›>]/u;
function headlineUnderGluedTrail(units, bodyStart) {
  const from = Math.max(0, bodyStart - GLUED_SPAN);
  const to = Math.min(units.length - 1, bodyStart + GLUED_SPAN);
  const lines = units.slice(from, to + 1).map((u) => u.text.replace(/\s+/g, " ").trim());
  for (let j = from; j <= to; j++) {
    const t = lines[j - from];
    const n = wordCount(t);
    if (units[j].block.kind !== "paragraph" || n < GLUED_TRAIL_MIN_WORDS || n > CLEAN_TITLE_MAX_WORDS || notTitle(t) !== null || bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t))
      continue;
    const key = t.toLowerCase();
    for (let k = from; k <= to; k++) {
      const other = lines[k - from].toLowerCase();
      if (k !== j && other.length > key.length && other.endsWith(key) && TRAIL_MARK.test(other.slice(0, -key.length)))
        return j;
    }
  }
  return -1;
}
function findHeader(units, start = firstProse(units), lang = null, regionEnd = units.length) {
  let bodyStart = start;
  const header = { title: null, titleIndex: -1, titleSpan: 0, byline: null, bylineIndex: -1, dateText: null, dateIndex: -1, published: null, bodyStart };
  const cleanFirst = cleanTextTitle(units, bodyStart);
  const clean = cleanFirst && wordCount(units[0].text) < CLEAN_TITLE_MIN_WORDS_OVER_LEAD && headlineLead(units, bodyStart) ? null : cleanFirst;
  const tests = pageHeaderTests(units, bodyStart);
  let best = clean ?? bestTitle(units, bodyStart, lang, tests);
  if (!clean && (!best || (best.score ?? 0) < WEAK_TITLE_SCORE)) {
    const inside = headerInsideRegion(units.slice(0, regionEnd), bodyStart, lang, tests);
    const again = inside >= 0 ? bestTitle(units, inside + 1, lang, tests) : null;
    if (inside >= 0)
      best = again && again.index >= bodyStart && again.index <= inside ? again : { index: inside };
  }
  let bylineBelowLead = -1;
  if (!best) {
    bylineBelowLead = proseAfterHeaderLines(units, bodyStart);
    if (bylineBelowLead >= 0)
      best = { index: bodyStart };
  }
  if (!best) {
    const over = headlineOverHeaderBlock(units, bodyStart);
    if (over >= 0)
      best = { index: over };
  }
  if (!best) {
    const dated = headlineUnderDateLine(units, bodyStart);
    if (dated >= 0)
      best = { index: dated };
  }
  if (!best) {
    const bare = headlineUnderGluedTrail(units, bodyStart);
    if (bare >= 0)
      best = { index: bare };
  }
  if (!clean && best && bylineBelowLead < 0) {
    const anchored = headlineOverByline(units, bodyStart);
    const gap = anchored >= 0 ? best.index - blockEnd(units, anchored + 1) : -1;
    const close = () => {
      const ranked = scoreTitles(units, bodyStart, lang, tests);
      const a = ranked.find((c) => c.index === anchored);
      return a !== void 0 && best !== null && a.score >= (best.score ?? ranked[0].score) - ANCHORED_TITLE_MARGIN;
    };
    if (gap > 0 && (gap <= ANCHORED_TITLE_MAX_GAP || close()))
      best = { index: anchored };
  }
  if (best) {
    header.titleIndex = best.index;
    header.titleSpan = best.span ?? 1;
    header.title = tidyTitle(best.text ? best.text : units.slice(best.index, best.index + header.titleSpan).map((u) => u.text).join(" "));
    if (header.titleSpan === 1)
      header.title = unglueKicker(header.title, units, best.index, lang) ?? header.title;
    if (header.bodyStart < best.index + header.titleSpan)
      header.bodyStart = best.index + header.titleSpan;
    if (bylineBelowLead >= 0)
      header.bodyStart = bylineBelowLead;
    bodyStart = header.bodyStart;
    if (header.titleSpan === 1) {
      const same = units[best.index].text.toLowerCase();
      for (let i = best.index - 1; i >= Math.max(0, best.index - REPEATED_TITLE_LOOKBACK); i--)
        if (units[i].text.toLowerCase() === same)
          header.titleIndex = i;
    }
  }
  const below = header.titleIndex >= 0 ? header.titleIndex + header.titleSpan : Math.max(0, bodyStart - HEADER_LOOKBACK);
  const order = [];
  for (let i = bodyStart - 1; i >= below; i--)
    order.push(i);
  for (let i = bodyStart; i < Math.min(units.length, bodyStart + HEADER_INSIDE_BODY); i++)
    order.push(i);
  if (header.titleIndex >= 0)
    for (let i = header.titleIndex - 1; i >= Math.max(0, header.titleIndex - HEADER_ABOVE_TITLE); i--)
      order.push(i);
  let best_ = null;
  for (const i of order) {
    const text = units[i].text;
    const inBody = i >= bodyStart;
    const capsName = i === header.titleIndex + header.titleSpan && header.titleIndex >= 0 && i + 1 < units.length && isDateHeader(units[i + 1].text) && isCapsName(text);
    const kind = bylineKind(text) ?? (capsName ? "single-name" : null);
    const loneName = kind === "single-name";
    const repeatedOverProse = i === bodyStart - 1 && i > header.titleIndex && units.slice(Math.max(0, i - REPEATED_NAME_LOOKBACK), i).some((u) => u.text === text);
    const loneNameOk = !inBody && header.titleIndex >= 0 && (i > header.titleIndex && units[i].group <= SINGLE_NAME_MAX_GROUP || repeatedOverProse || bylineContext(units, i) || i > header.titleIndex && isDateHeader(text));
    if (kind && !(loneName && !loneNameOk)) {
      const dated = loneName && i + 1 < units.length && isDateHeader(units[i + 1].text);
      const strength = dated ? BYLINE_STRENGTH.listed : BYLINE_STRENGTH[kind];
      if (!best_ || strength > best_.strength)
        best_ = { index: i, strength };
    }
    if (header.dateIndex < 0 && units[i].block.kind === "paragraph" && (isDateLine(text) || NUMERIC_DATE_TIME_LINE.test(text.trim()) || DATE_LINE_PREFIX.test(text) && parseDate(text) && wordCount(text) <= DATE_LINE_MAX_WORDS)) {
      header.dateIndex = i;
      header.dateText = text;
    }
  }
  if (header.dateIndex < 0 && best?.dateText)
    header.dateText = best.dateText;
  if (!best_) {
    const far = onlyPrefixedByline(units);
    if (far >= 0)
      best_ = { index: far, strength: BYLINE_STRENGTH.prefixed };
  }
  if (best_) {
    header.bylineIndex = best_.index;
    header.byline = bylineText(units[best_.index].text);
    if (header.dateIndex === best_.index)
      header.dateIndex = -1;
  }
  const dateOptions = { lang };
  header.published = publishedDate(header.dateText, dateOptions) ?? parseDate(header.byline, dateOptions) ?? nearHeaderDate(units, header, lang);
  return header;
}

// dist/text/link-references.js
var REFERENCES_HEADING = /^\s*(?:References|Visible links|Hidden links):?\s*$/;
var REFERENCE_ENTRY = /^\s*\d{1,5}\.\s+\S+$/;
var MARKER = /\[\d{1,5}\](?=\S)/g;
var MIN_ENTRIES = 2;
function stripLinkReferences(text) {
  const lines = text.split("\n");
  const heading = lines.findIndex((l) => REFERENCES_HEADING.test(l));
  if (heading < 0)
    return text;
  const rest = lines.slice(heading + 1).filter((l) => l.trim());
  const entries = rest.filter((l) => REFERENCE_ENTRY.test(l)).length;
  if (entries < MIN_ENTRIES || rest.some((l) => !REFERENCE_ENTRY.test(l) && !REFERENCES_HEADING.test(l)))
    return text;
  return lines.map((l, i) => i >= heading ? "" : l.replace(MARKER, "")).join("\n");
}

// dist/text/preamble.js
var PREAMBLE_MAX_LINES = 12;
var FIELDS = [
  { id: "title", pattern: /^Title:\s+(.+)$/, reason: "The page title: used when the text shows no headline." },
  { id: "url", pattern: /^URL Source:\s+(https?:\/\/\S+)$/i, reason: "The address the text was read from: the article URL, like --url." },
  { id: "published", pattern: /^Published Time:\s+(.+)$/, reason: "The publication time the service read from the page." },
  { id: "markdown", pattern: /^Markdown Content:/, reason: "The last header line: what follows is Markdown." },
  { id: "other", pattern: /^(?:Warning|Description|Image \d+|Number of Pages):/, reason: "The service's other header lines: never article text." }
];
function blankThrough(lines, last) {
  return lines.map((l, i) => i <= last ? "" : l).join("\n");
}
function readPreamble(text) {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || !/^Title:\s/.test(lines[first].trim()))
    return null;
  const found = {};
  let last = -1;
  let markdown = false;
  for (let i = first; i < Math.min(lines.length, first + PREAMBLE_MAX_LINES); i++) {
    const line = lines[i].trim();
    if (!line)
      continue;
    const field = FIELDS.find((f) => f.pattern.test(line));
    if (!field)
      break;
    const value = field.pattern.exec(line)?.[1];
    if (value && !(field.id in found))
      found[field.id] = value.trim();
    last = i;
    if (field.id === "markdown") {
      markdown = true;
      break;
    }
  }
  if (!found.url)
    return null;
  return {
    title: found.title ?? null,
    url: found.url,
    published: parseDate(found.published),
    markdown,
    text: blankThrough(lines, last)
  };
}

// dist/text/region.js
var NEAR_WEIGHT = 0.5;
var SHORT_COST = 5;
var GAP_GROWTH = 0.2;
var BAD_MIN_COST = 4;
var HEADER_BONUS = 40;
var REPEATED_HEADER_MIN = 2;
var EARLIER_RUN_SHARE = 0.1;
var EARLIER_RUN_MIN = 60;
var ADJOINING_RUN_MIN = 30;
var LIST_HEADING_SPAN = 4;
var LIST_RUN_SHARE = 0.5;
var MIN_WORDS_BEFORE_END = 40;
var CAPTION_RULES = /* @__PURE__ */ new Set(["caption-credit", "caption-credit-multilingual"]);
function unitScore(c, s) {
  switch (c.cls) {
    case "good":
      return s.words;
    case "near":
      return s.words * NEAR_WEIGHT;
    case "short":
      return -SHORT_COST;
    case "bad":
      if (c.rule && CAPTION_RULES.has(c.rule.id))
        return -SHORT_COST;
      return -Math.max(BAD_MIN_COST, s.words);
  }
}
var BUTTON_RULES = /* @__PURE__ */ new Set(["share-bar", "share-bar-multilingual", "follow-subscribe"]);
function isTerminator(classes, i) {
  if (classes[i].rule?.action !== "end")
    return false;
  const near = [classes[i - 1], classes[i + 1]];
  return !near.some((c) => c?.rule && BUTTON_RULES.has(c.rule.id));
}
function bestRun(scores, from, to) {
  let best = { start: from, end: from, sum: -Infinity };
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i];
    if (sum > best.sum)
      best = { start, end: i + 1, sum };
  }
  return best;
}
function findRegion(classes, stats, afterHeader = [], contents = [], table = []) {
  let gap = 0;
  const dated = classes.map((c, i) => c.cls === "good" && !!afterHeader[i] && !(classes[i - 1]?.cls === "good" && afterHeader[i - 1])).flatMap((b, i) => b ? [i] : []);
  const bonusEnd = dated.length >= REPEATED_HEADER_MIN ? dated[1] : Infinity;
  const bonusAt = (i) => !!afterHeader[i] && i < bonusEnd;
  const scores = classes.map((c, i) => {
    if (contents[i] && c.cls !== "good")
      return 0;
    if (table[i] && table[i - 1] && c.cls !== "good")
      return -SHORT_COST;
    const base = unitScore(c, stats[i]);
    if (c.cls === "good") {
      gap = 0;
      return base + (bonusAt(i) ? HEADER_BONUS : 0);
    }
    if (c.cls === "near")
      return base;
    gap++;
    return base * (1 + GAP_GROWTH * (gap - 1));
  });
  let run = bestRun(scores, 0, classes.length);
  if (run.sum <= 0)
    return { start: 0, end: classes.length, terminator: -1 };
  const ends = classes.map((c, i) => isTerminator(classes, i) ? i : -1).filter((i) => i >= 0);
  for (const t of ends) {
    if (t >= run.start)
      break;
    const before = bestRun(scores, 0, t);
    const adjoins = classes.slice(before.end, t).every((c) => c.cls !== "good");
    if (before.sum >= Math.max(adjoins ? ADJOINING_RUN_MIN : EARLIER_RUN_MIN, run.sum * EARLIER_RUN_SHARE)) {
      run = before;
      break;
    }
  }
  const listHeading = (() => {
    for (let t = run.start - 1; t >= Math.max(0, run.start - LIST_HEADING_SPAN); t--) {
      if (classes[t].rule?.action === "list")
        return t;
      if (classes[t].cls === "good")
        return -1;
    }
    return -1;
  })();
  if (listHeading > 0) {
    const before = bestRun(scores, 0, listHeading);
    if (before.sum >= Math.max(EARLIER_RUN_MIN, run.sum * LIST_RUN_SHARE))
      run = before;
  }
  let terminator = -1;
  let prose = 0;
  for (let i = run.start; i < run.end; i++) {
    const c = classes[i];
    if (isTerminator(classes, i) && prose >= MIN_WORDS_BEFORE_END) {
      terminator = i;
      break;
    }
    if (c.cls === "good")
      prose += stats[i].words;
  }
  return { start: run.start, end: terminator >= 0 ? terminator : run.end, terminator };
}
var CONTENTS_MIN_ENTRIES = 3;
var CONTENTS_MAX_GAP = 2;
function contentsEntries(texts, classes) {
  const keys = texts.map(lineKey);
  const lastHeading = /* @__PURE__ */ new Map();
  keys.forEach((k, j) => {
    if (k && classes[j].cls !== "good" && classes[j + 1]?.cls === "good")
      lastHeading.set(k, j);
  });
  const entry = keys.map((k, i) => k !== "" && classes[i].cls !== "good" && (lastHeading.get(k) ?? -1) > i + 1);
  const out = entry.map(() => false);
  for (const members of flaggedRuns(entry, CONTENTS_MAX_GAP, (j) => classes[j].cls !== "good")) {
    const end = members[members.length - 1];
    const listed = new Set(members.map((m) => keys[m]));
    if (members.length >= CONTENTS_MIN_ENTRIES && listed.size === members.length && members.every((m) => lastHeading.get(keys[m]) > end))
      for (const m of members)
        out[m] = true;
  }
  return out;
}

// dist/text/recipe-card.js
var RECIPE_CARD_LOOKAHEAD = 30;
var RECIPE_CARD_MIN_INGREDIENTS = 3;
var RECIPE_CARD_INGREDIENT_GAP = 3;
var RECIPE_CARD_METHOD_MAX_UNITS = 40;
var RECIPE_CARD_END_RUN = 4;
var STEP_MIN_WORDS = 4;
function extendRecipeCard(units, classes, stats, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  let first = -1;
  for (let i = region.end; i < Math.min(units.length, region.end + RECIPE_CARD_LOOKAHEAD); i++) {
    if (classes[i].cls === "good" || classes[i].rule?.action === "end")
      return region;
    if (stats[i].quantity) {
      first = i;
      break;
    }
  }
  if (first < 0)
    return region;
  let last = first;
  let count = 1;
  for (let i = first + 1; i < units.length && i - last <= RECIPE_CARD_INGREDIENT_GAP + 1; i++) {
    if (classes[i].cls === "good" || classes[i].rule)
      break;
    if (stats[i].quantity) {
      last = i;
      count++;
    }
  }
  if (count < RECIPE_CARD_MIN_INGREDIENTS)
    return region;
  let end = last + 1;
  let run = 0;
  while (end < units.length && end - last <= RECIPE_CARD_METHOD_MAX_UNITS) {
    const c = classes[end];
    if (c.cls === "good" || c.rule)
      break;
    const s = stats[end];
    const sentence = s.terminal && s.words >= STEP_MIN_WORDS;
    run = (c.cls === "short" || c.cls === "bad") && !sentence && !s.quantity ? run + 1 : 0;
    if (run >= RECIPE_CARD_END_RUN) {
      end -= run - 1;
      break;
    }
    end++;
  }
  while (end > last + 1 && (classes[end - 1].cls === "short" || classes[end - 1].cls === "bad") && !stats[end - 1].terminal)
    end--;
  return { ...region, end };
}

// dist/text/standfirst.js
var STANDFIRST_SPAN = 5;
var STANDFIRST_MIN_WORDS = 10;
var CAPTION_MAX_WORDS = 8;
var PICTURE_RULES = /* @__PURE__ */ new Set(["caption-credit", "caption-credit-multilingual", "image-credit", "image-credit-multilingual", "copyright", "caption-agency"]);
function standfirstAbove(classes, stats, bylineLine, regionStart) {
  for (let i = regionStart - 1; i >= Math.max(0, regionStart - STANDFIRST_SPAN); i--) {
    const c = classes[i];
    const s = stats[i];
    if (bylineLine[i])
      return -1;
    if (c.cls === "good" || c.cls === "near" && c.why === "stat:packed-lines")
      return s.terminal && s.words >= STANDFIRST_MIN_WORDS ? i : -1;
    const passed = s.date || c.rule !== null && PICTURE_RULES.has(c.rule.id) || c.cls === "bad" && !c.rule || c.cls === "short" && !s.terminal && s.words <= CAPTION_MAX_WORDS;
    if (!passed)
      return -1;
  }
  return -1;
}

// dist/text/numbered-list.js
var ITEM_NUMBER = /^(\d{1,3})(?:[.)\]:](?!\d)|[aªºo°](?=\s)|\s+[–—-]\s)/u;
var NUMBERED_MIN_ITEMS = 3;
var NUMBERED_MAX_SPACING = 3;
var NUMBERED_MAX_DISTANCE = 2;
var NUMBERED_TAIL_UNITS = 1;
function itemNumber(text) {
  const m = ITEM_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : -1;
}
function sequenceFrom(units, classes, first, firstNumber = 1) {
  const at = [first];
  for (let j = first + 1; j < units.length && j - at[at.length - 1] <= NUMBERED_MAX_SPACING; j++) {
    if (classes[j].rule || classes[j].cls === "good")
      break;
    if (itemNumber(units[j].text) === firstNumber + at.length)
      at.push(j);
  }
  return at;
}
function extendNumberedList(units, classes, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  let out = region;
  for (let i = Math.max(region.start, region.end - NUMBERED_MAX_SPACING); i < Math.min(units.length, region.end + NUMBERED_MAX_DISTANCE + 1); i++) {
    if (i >= region.end && classes[i].rule)
      break;
    const n = itemNumber(units[i].text);
    if (n < 1 || n > 1 && i >= region.end)
      continue;
    const at = sequenceFrom(units, classes, i, n);
    if (n + at.length - 1 < NUMBERED_MIN_ITEMS || at[at.length - 1] < region.end)
      continue;
    let end = at[at.length - 1] + 1;
    for (let k = 0; k < NUMBERED_TAIL_UNITS && end < units.length && !classes[end].rule && classes[end].cls !== "good" && itemNumber(units[end].text) < 0; k++)
      end++;
    out = { ...out, end: Math.max(out.end, end), list: { start: Math.min(out.list?.start ?? i, i), end: Math.max(out.list?.end ?? end, end) } };
    break;
  }
  for (let i = region.start - 1; i >= Math.max(0, region.start - 1 - NUMBERED_MAX_DISTANCE); i--) {
    if (classes[i].rule)
      break;
    const n = itemNumber(units[i].text);
    if (n < NUMBERED_MIN_ITEMS)
      continue;
    let first = -1;
    for (let j = i - 1; j >= Math.max(0, i - n * (NUMBERED_MAX_SPACING + 1)); j--) {
      if (classes[j].rule || classes[j].cls === "good")
        break;
      if (itemNumber(units[j].text) === 1) {
        first = j;
        break;
      }
    }
    if (first < 0)
      break;
    const at = sequenceFrom(units, classes, first);
    if (at.length < NUMBERED_MIN_ITEMS || at[at.length - 1] !== i)
      break;
    const head = first > 0 && classes[first - 1].cls === "short" && !classes[first - 1].rule && itemNumber(units[first - 1].text) < 0 ? first - 1 : first;
    out = { ...out, start: Math.min(out.start, head), list: { start: Math.min(out.list?.start ?? first, first), end: Math.max(out.list?.end ?? region.start, region.start) } };
    break;
  }
  return out;
}

// dist/text/interview.js
var TURN_LABEL = /^(\p{Lu}[\p{L}.'’-]{0,24}(?: \p{Lu}[\p{L}.'’-]{0,24})?):\s+\S/u;
var INTERVIEW_MIN_TURNS = 4;
var INTERVIEW_MIN_LABELS = 2;
var INTERVIEW_MAX_GAP = 1;
var INTERVIEW_MAX_UNITS = 80;
function turnLabel(text) {
  return TURN_LABEL.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}
function extendInterview(units, classes, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  const counts = /* @__PURE__ */ new Map();
  for (let i = region.start; i < region.end; i++) {
    const label = turnLabel(units[i].text);
    if (label)
      counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const turns = [...counts.values()].reduce((a, b) => a + b, 0);
  if (turns < INTERVIEW_MIN_TURNS || counts.size < INTERVIEW_MIN_LABELS)
    return region;
  let end = region.end;
  let gap = 0;
  for (let i = region.end; i < units.length && i - region.end < INTERVIEW_MAX_UNITS; i++) {
    if (classes[i].rule)
      break;
    const label = turnLabel(units[i].text);
    if (label && counts.has(label)) {
      end = i + 1;
      gap = 0;
    } else if (++gap > INTERVIEW_MAX_GAP)
      break;
  }
  return end === region.end ? region : { ...region, end, list: { start: region.end, end } };
}

// dist/text/footnotes.js
var NOTE_MARKER = /^\[(\d{1,3})\]/u;
var NOTES_MAX_HEADING_UNITS = 1;
var NOTES_MAX_UNITS = 60;
function extendFootnotes(units, classes, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  let first = region.end;
  while (first < units.length && first - region.end < NOTES_MAX_HEADING_UNITS && !NOTE_MARKER.test(units[first].text) && classes[first].cls === "short" && !classes[first].rule)
    first++;
  const cited = (n) => {
    for (let i = region.start; i < region.end; i++)
      if (units[i].text.includes(`[${n}]`) && !units[i].text.startsWith(`[${n}]`))
        return true;
    return false;
  };
  let end = first;
  while (end < units.length && end - first < NOTES_MAX_UNITS && !classes[end].rule) {
    const m = NOTE_MARKER.exec(units[end].text);
    if (!m || !cited(m[1]))
      break;
    end++;
  }
  if (end === first)
    return region;
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}

// dist/rules/announcements.js
var ANNOUNCEMENT_LANGUAGES = [
  {
    id: "en",
    reason: 'English: "\u2026 listed below", "here are \u2026", "the following \u2026", "as follows".',
    phrases: wordList("below|the following|as follows|here are|here is|here\u2019s|here's")
  },
  {
    id: "de",
    reason: 'German: "\u2026 finden Sie unten", "im Folgenden", "folgende", "hier sind \u2026", "nachfolgend".',
    phrases: wordList("unten|im Folgenden|folgende|folgenden|nachfolgend|nachfolgenden|hier sind|hier ist")
  },
  {
    id: "fr",
    reason: 'French: "ci-dessous", "voici \u2026", "suivants", "les voici".',
    phrases: wordList("ci-dessous|voici|suivants|suivantes|ci-apr\xE8s")
  },
  {
    id: "es",
    reason: 'Spanish: "a continuaci\xF3n", "abajo", "aqu\xED est\xE1n", "los siguientes".',
    phrases: wordList("a continuaci\xF3n|abajo|aqu\xED est\xE1n|aqu\xED tienes|aqu\xED tiene|siguientes")
  },
  {
    id: "it",
    reason: 'Italian: "di seguito", "qui sotto", "ecco \u2026", "seguenti".',
    phrases: wordList("di seguito|qui sotto|qui di seguito|ecco|seguenti")
  },
  {
    id: "pt",
    reason: 'Portuguese: "abaixo", "a seguir", "confira", "seguintes".',
    phrases: wordList("abaixo|a seguir|confira|seguintes")
  },
  {
    id: "nl",
    reason: 'Dutch: "hieronder", "de volgende", "hier zijn".',
    phrases: wordList("hieronder|de volgende|hier zijn|als volgt")
  },
  {
    id: "pl",
    reason: 'Polish: "poni\u017Cej", "oto", "nast\u0119puj\u0105ce".',
    phrases: wordList("poni\u017Cej|oto|nast\u0119puj\u0105ce|nast\u0119puj\u0105cych")
  }
];
var ANNOUNCEMENT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(ANNOUNCEMENT_LANGUAGES.flatMap((l) => l.phrases), escapePhrase)})(?![\\p{L}\\p{N}])`, "iu");
function announcesBelow(sentence) {
  return ANNOUNCEMENT.test(sentence);
}

// dist/text/repeated-blocks.js
var BLOCKS_MAX_UNITS = 250;
var BLOCKS_MIN_UNITS = 12;
var BLOCKS_REPEATED_SHARE = 0.5;
var BLOCKS_MIN_LABELS = 4;
var BLOCKS_LABEL_MIN_MEAN_WORDS = 2;
var BLOCKS_MAX_PROSE_SHARE = 0.1;
var ANNOUNCED_REPEATED_SHARE = 0.25;
var lastSentence = (text) => text.trim().split(/(?<=[.!?…])["'”’»)\]]*\s+(?=\S)/u).at(-1) ?? "";
var blockKey = (text) => lineKey(text.replace(/\p{N}+/gu, " "));
function extendRepeatedBlocks(units, classes, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  if (!classes.slice(region.start, region.end).some((c) => c.cls === "good"))
    return region;
  const last = region.end - 1;
  const announced = classes[last]?.cls === "good" && announcesBelow(lastSentence(units[last].text));
  const from = announced && classes[region.end]?.rule?.action === "list" ? region.end + 1 : region.end;
  const below = /* @__PURE__ */ new Map();
  if (announced) {
    for (const u of units.slice(from)) {
      const key = blockKey(u.text);
      below.set(key, (below.get(key) ?? 0) + 1);
    }
  }
  const repeats = (i) => i < units.length && (below.get(blockKey(units[i].text)) ?? 0) > 1;
  const partOfBlocks = (i) => announced && (repeats(i) || repeats(i + 1) && !classes[i + 1].rule);
  let end = from;
  while (end < units.length && end - from < BLOCKS_MAX_UNITS && (!classes[end].rule || partOfBlocks(end)))
    end++;
  if (end - from < BLOCKS_MIN_UNITS || end >= units.length)
    return region;
  const keys = units.slice(from, end).map((u) => blockKey(u.text));
  const above = new Set(units.slice(0, region.end).map((u) => blockKey(u.text)));
  const counts = /* @__PURE__ */ new Map();
  for (const k of keys)
    if (k)
      counts.set(k, (counts.get(k) ?? 0) + 1);
  const labels = [...counts].filter(([k, n]) => n > 1 && !above.has(k)).map(([k]) => k);
  if (labels.length < BLOCKS_MIN_LABELS)
    return region;
  const labelSet = new Set(labels);
  const repeated = keys.filter((k) => labelSet.has(k)).length;
  if (repeated < keys.length * (announced ? ANNOUNCED_REPEATED_SHARE : BLOCKS_REPEATED_SHARE))
    return region;
  const meanWords = labels.reduce((sum, k) => sum + k.split(" ").length, 0) / labels.length;
  if (meanWords < BLOCKS_LABEL_MIN_MEAN_WORDS)
    return region;
  const prose = classes.slice(from, end).filter((c) => c.cls === "good").length;
  if (prose > keys.length * BLOCKS_MAX_PROSE_SHARE)
    return region;
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}

// dist/text/table-rows.js
var TABLE_MIN_ROWS = 3;
var ROW_MIN_FIGURES = 2;
var TABLE_ROW_SHARE = 0.8;
var isRow = (u, s) => !s.date && (u.text.match(/\p{N}+/gu) ?? []).length >= ROW_MIN_FIGURES;
function tableRows(units, stats) {
  const out = units.map(() => false);
  for (let i = 0; i < units.length; ) {
    let j = i + 1;
    while (j < units.length && units[j].line === units[j - 1].line + 1 && units[j].block.kind === "paragraph")
      j++;
    const body = units.slice(i + 1, j);
    const rows = body.filter((u, k) => isRow(u, stats[i + 1 + k])).length;
    if (units[i].block.kind === "paragraph" && rows >= TABLE_MIN_ROWS && rows >= body.length * TABLE_ROW_SHARE)
      for (let k = i; k < j; k++)
        out[k] = true;
    i = j;
  }
  return out;
}

// dist/text/markdown-syntax.js
var MARKDOWN_MIN_LINES = 3;
var ATX = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
var FENCE = /^(`{3,}|~{3,})[ \t]*([\w+#.-]*)/;
var SETEXT = /^(?:=+|-+)[ \t]*$/;
var RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
var QUOTE = /^>[ \t]?/;
var TABLE_ROW = /^\|.*\|$/;
var TABLE_SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;
var MAX_INLINE = 1e3;
var LINK = new RegExp(String.raw`!?\[[^\]\n]{0,${MAX_INLINE}}\]\([^)\s]{0,${MAX_INLINE}}(?:[ \t]+"[^"]{0,${MAX_INLINE}}")?\)`);
var IMAGE_INLINE = new RegExp(String.raw`!\[([^\]\n]{0,${MAX_INLINE}})\]\([^)]{0,${MAX_INLINE}}\)`, "g");
var LINK_INLINE = new RegExp(String.raw`\[([^\]\n]{0,${MAX_INLINE}})\]\([^)]{0,${MAX_INLINE}}\)`, "g");
var REFERENCE_LINK = new RegExp(String.raw`\[([^\]\n]{1,${MAX_INLINE}})\]\[[^\]\n]{0,${MAX_INLINE}}\]`, "g");
var STRONG = new RegExp(String.raw`(\*\*|__)(?=\S)([^*_\n]{1,${MAX_INLINE}}?)(?<=\S)\1`, "g");
var EMPHASIS = new RegExp(String.raw`(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]{1,${MAX_INLINE}}?)(?<=\S)\2(?![\p{L}\p{N}])`, "gu");
var STRIKE = new RegExp(String.raw`~~(?=\S)([^~\n]{1,${MAX_INLINE}}?)(?<=\S)~~`, "g");
var CODE_SPAN = new RegExp(String.raw`\`([^\`\n]{1,${MAX_INLINE}})\``, "g");
function looksLikeMarkdown(lines) {
  let n = 0;
  let headingOrLink = false;
  for (const line of lines) {
    const t = line.trim();
    const heading = ATX.test(t);
    const link = LINK.test(t);
    if (heading || link || FENCE.test(t) || QUOTE.test(t))
      n++;
    if (heading || link)
      headingOrLink = true;
    if (n >= MARKDOWN_MIN_LINES && headingOrLink)
      return true;
  }
  return false;
}
function inlineText(md) {
  return md.replace(IMAGE_INLINE, "").replace(LINK_INLINE, "$1").replace(REFERENCE_LINK, "$1").replace(STRONG, "$2").replace(EMPHASIS, "$1$3").replace(STRIKE, "$1").replace(CODE_SPAN, "$1").replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, "$1").replace(/[ \t]+/g, " ").trim();
}
function markdownLine(line) {
  const t = line.trim();
  const fence = FENCE.exec(t);
  if (fence)
    return { kind: "fence", lang: fence[2] ?? "" };
  const atx = ATX.exec(t);
  if (atx)
    return { kind: "heading", level: atx[1].length, text: atx[2] };
  if (SETEXT.test(t))
    return { kind: "setext", level: t[0] === "=" ? 1 : 2 };
  if (RULE.test(t))
    return { kind: "rule" };
  if (QUOTE.test(t))
    return { kind: "quote", text: t.replace(/^(?:>[ \t]?)+/, "") };
  if (TABLE_ROW.test(t))
    return { kind: "table-row", separator: TABLE_SEPARATOR.test(t) };
  return { kind: "text" };
}
function tableCells(row) {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
}

// dist/text/units.js
var WRAP_MIN_LINE = 40;
var WRAP_MAX_LINE = 100;
var BULLET = /^\s*(?:[-*•·▪●◦–]|\d{1,3}[.)])\s+/;
var ORDERED = /^\s*\d{1,3}[.)]\s+/;
function escapeMarkdown(text) {
  return text.replace(/\\/g, "\\\\").replace(/([*_`[\]<>])/g, "\\$1").replace(/^(#{1,6}\s)/, "\\$1").replace(/^(\s*)([-+])(\s)/, "$1\\$2$3").replace(/^(\s*\d+)([.)])(\s)/, "$1\\$2$3").replace(/^>/, "\\>");
}
var PLAIN = { text: (l) => l, markdown: escapeMarkdown };
var MARKDOWN = { text: inlineText, markdown: (l) => l };
function listBlock(lines, inline) {
  const ordered = lines.every((l) => ORDERED.test(l));
  const items = lines.map((l) => l.replace(BULLET, "").trim());
  return {
    kind: "list",
    ordered,
    text: items.map(inline.text).join("\n"),
    markdown: items.map((it, i) => `${ordered ? `${i + 1}.` : "-"} ${inline.markdown(it)}`).join("\n")
  };
}
var AUTHOR_HANDLE_LINE = /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}.'-]*){1,3} @\w+/u;
function isHardWrapped(lines) {
  if (lines.length < 2)
    return false;
  if (lines.some((l) => AUTHOR_HANDLE_LINE.test(l)))
    return false;
  const body = lines.slice(0, -1);
  const widest = Math.max(...lines.map((l) => l.length));
  if (widest > WRAP_MAX_LINE)
    return false;
  if (!body.every((l) => l.length >= WRAP_MIN_LINE && l.length >= widest * 0.6))
    return false;
  return !lines.some((l) => matchBoilerplate(l));
}
function collapse(s) {
  return s.replace(/[ \t\u00a0]+/g, " ").trim();
}
var SOFT_HYPHEN = /\u00AD/g;
var INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
var isBlankLine = (raw) => raw.replace(INVISIBLE, "").trim() === "";
function toUnits(text, markdown) {
  const lines = text.replace(/\r\n?/g, "\n").replace(SOFT_HYPHEN, "").split("\n");
  const md = markdown ?? looksLikeMarkdown(lines);
  const inline = md ? MARKDOWN : PLAIN;
  const units = [];
  let group = [];
  const push = (line, groupSize, raw, extra = {}) => {
    const t = inline.text(raw);
    if (!t)
      return;
    units.push({ line, group: groupSize, text: t, block: { kind: "paragraph", text: t, markdown: inline.markdown(raw) }, ...extra });
  };
  const flush = () => {
    if (group.length === 0)
      return;
    const texts = group.map((g) => collapse(g.text));
    const first = group[0].line;
    if (texts.length > 1 && texts.every((t) => BULLET.test(t))) {
      const block = listBlock(texts, inline);
      units.push({ line: first, group: texts.length, text: block.text, block });
    } else if (isHardWrapped(texts)) {
      push(first, 1, texts.join(" "));
    } else {
      let i = 0;
      while (i < texts.length) {
        if (BULLET.test(texts[i]) && BULLET.test(texts[i + 1] ?? "")) {
          let j = i;
          while (j < texts.length && BULLET.test(texts[j]))
            j++;
          const block = listBlock(texts.slice(i, j), inline);
          units.push({ line: group[i].line, group: texts.length, text: block.text, block });
          i = j;
        } else {
          const cells = group[i].text.trim().split(/\t|[ \u00a0]{2,}/).filter((c) => c.trim()).length;
          push(group[i].line, texts.length, texts[i], cells > 1 ? { cells } : {});
          i++;
        }
      }
    }
    group = [];
  };
  let fence = null;
  let quote = null;
  const flushQuote = () => {
    if (!quote)
      return;
    const raw = collapse(quote.body.join(" "));
    const t = inline.text(raw);
    if (t)
      units.push({ line: quote.line, group: 1, text: t, block: { kind: "quote", text: t, markdown: `> ${inline.markdown(raw)}` } });
    quote = null;
  };
  let table = null;
  const flushTable = () => {
    if (!table)
      return;
    const rows = table.rows.filter((_r, k) => k !== 1);
    if (table.separated && rows.length >= 2) {
      const text2 = rows.map((r) => tableCells(r).map(inlineText).join("	")).join("\n");
      units.push({ line: table.line, group: 1, text: text2, block: { kind: "table", text: text2, markdown: table.rows.map((r) => r.trim()).join("\n") } });
    } else {
      table.rows.forEach((r, k) => group.push({ line: table.line + k, text: r }));
    }
    table = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (fence) {
      if (raw.trim().startsWith(fence.marker)) {
        const code = fence.body.join("\n").replace(/^\n+|\s+$/g, "");
        if (code)
          units.push({ line: fence.line, group: 1, text: code, block: { kind: "code", text: code, markdown: `${fence.marker}${fence.lang}
${code}
${fence.marker}`, ...fence.lang ? { lang: fence.lang } : {} } });
        fence = null;
      } else
        fence.body.push(raw);
      continue;
    }
    if (isBlankLine(raw)) {
      flushTable();
      flush();
      flushQuote();
      continue;
    }
    if (!md) {
      group.push({ line: i, text: raw });
      continue;
    }
    const kind = markdownLine(raw);
    if (kind.kind !== "quote")
      flushQuote();
    if (kind.kind !== "table-row")
      flushTable();
    switch (kind.kind) {
      case "fence":
        flush();
        fence = { line: i, lang: kind.lang, marker: raw.trim().slice(0, 3), body: [] };
        continue;
      case "heading":
        flush();
        push(i, 1, collapse(kind.text), { heading: kind.level });
        continue;
      case "setext": {
        const above = group.pop();
        flush();
        if (above)
          push(above.line, 1, collapse(above.text), { heading: kind.level });
        continue;
      }
      case "rule":
        flush();
        continue;
      case "quote":
        flush();
        quote ??= { line: i, body: [] };
        quote.body.push(kind.text);
        continue;
      case "table-row":
        if (!table)
          flush();
        table ??= { line: i, rows: [], separated: false };
        if (table.rows.length === 1 && kind.separator)
          table.separated = true;
        table.rows.push(raw);
        continue;
      default:
        group.push({ line: i, text: raw });
    }
  }
  const open = fence;
  if (open)
    group.push(...open.body.map((text2, k) => ({ line: open.line + 1 + k, text: text2 })));
  flushTable();
  flush();
  flushQuote();
  return units;
}

// dist/text/parse.js
var MENU_RUN = 4;
var TITLE_REPEAT_SPAN = 5;
var CONTENTS_LABEL_MAX_WORDS = 3;
var TAIL_MIN_WORDS = 4;
var TAIL_MAX_UNITS = 3;
var ANNOUNCED_LIST_MIN_LINES = 3;
var ANNOUNCED_LIST_MAX_UNITS = 80;
var HEADING_MAX_WORDS = 15;
var HEADER_WINDOW = 3;
var LEAD_MAX_UNITS = 8;
var RELATED_ITEM_MAX_WORDS = 25;
var KEEP_STAGE = "text-keep";
function isHeading(d, next) {
  const block = d.unit.block;
  return block.kind === "paragraph" && d.why === "stat:short" && next?.why === "stat:prose" && wordCount(block.text) <= HEADING_MAX_WORDS && !/[.!?…:;,]["'”’»)\]]*$/u.test(block.text) && !/["“”]/u.test(block.text) && /^\p{Lu}|^\d/u.test(block.text);
}
function extendTail(units, classes, stats, region) {
  let end = region.end;
  const sentence = (i) => {
    const c = classes[i];
    const s = stats[i];
    return (c.cls === "short" || c.cls === "near") && c.why !== "stat:repeated" && s.terminal && s.words >= TAIL_MIN_WORDS && units[i].group === 1 && /\p{Ll}/u.test(units[i].text);
  };
  while (end < units.length && end - region.end < TAIL_MAX_UNITS && sentence(end))
    end++;
  end = Math.max(end, embeddedPostEnd(classes, stats, end));
  return end === region.end ? region : { ...region, end };
}
var EMBED_POST_MAX_UNITS = 6;
function embeddedPostEnd(classes, stats, from) {
  for (let i = from; i < classes.length && i - from <= EMBED_POST_MAX_UNITS; i++) {
    if (stats[i].signature)
      return i + 1;
    if (classes[i].rule || classes[i].cls === "good")
      break;
  }
  return from;
}
var ELLIPSIS_INTRO_MIN_WORDS = 2;
function announcesList(u) {
  if (!u)
    return false;
  const t = u.text.trim();
  return /:$/.test(t) || /(?:…|\.\.\.)$/u.test(t) && wordCount(t) >= ELLIPSIS_INTRO_MIN_WORDS;
}
var CONTACT_LINE = /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;
function extendAnnouncedList(units, classes, region) {
  for (const intro of [region.end - 1, region.end]) {
    const u = units[intro];
    if (!u || !/:$/.test(u.text) || classes[intro].rule)
      continue;
    let end = intro + 1;
    const first = units[end];
    if (!first || first.group < ANNOUNCED_LIST_MIN_LINES)
      return region;
    while (end < units.length && end - intro <= ANNOUNCED_LIST_MAX_UNITS && !classes[end].rule && (end === intro + 1 || units[end].line === units[end - 1].line + 1))
      end++;
    if (units.slice(intro + 1, end).some((x) => CONTACT_LINE.test(x.text.trim())))
      return region;
    return { ...region, end: Math.max(region.end, end), list: { start: intro, end } };
  }
  return region;
}
var TRAILING_LIST_MAX_UNITS = 60;
var TRAILING_LIST_MIN_UNITS = MENU_RUN;
var TRAILING_LIST_MIN_MEAN_WORDS = 3;
var TRAILING_LIST_SHAPE_SHARE = 0.8;
function uniformShape(texts) {
  const counts = /* @__PURE__ */ new Map();
  for (const t of texts)
    counts.set(lineShape(t), (counts.get(lineShape(t)) ?? 0) + 1);
  const [shape, n] = [...counts].reduce((a, b) => b[1] > a[1] ? b : a);
  return shape !== "" && n >= texts.length * TRAILING_LIST_SHAPE_SHARE;
}
function extendTrailingList(units, classes, stats, region) {
  if (region.terminator >= 0 && region.end >= region.terminator)
    return region;
  if (!classes.slice(region.start, region.end).some((c) => c.cls === "good"))
    return region;
  let end = region.end;
  while (end < classes.length && end - region.end < TRAILING_LIST_MAX_UNITS && !classes[end].rule && classes[end].cls !== "good")
    end++;
  if (end - region.end < TRAILING_LIST_MIN_UNITS || end >= classes.length || !classes[end].rule)
    return region;
  const words = stats.slice(region.end, end).reduce((sum, s) => sum + s.words, 0);
  if (words / (end - region.end) < TRAILING_LIST_MIN_MEAN_WORDS)
    return region;
  const rows = units.slice(region.end, end).map((u) => u.text);
  if (!uniformShape(rows) && !uniformShape(rows.slice(1)))
    return region;
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}
var CONTINUATION_MIN_WORDS = 3;
var CONTINUATION_SHARE = 0.5;
function continuesSentence(texts) {
  const items = texts.filter((t) => /^\p{Ll}/u.test(t) && wordCount(t) >= CONTINUATION_MIN_WORDS);
  return items.length >= texts.length * CONTINUATION_SHARE;
}
var HEADLINE_MAX_WORDS = 30;
var HEADLINE_HEADER_SPAN = 2;
function startBelowHeadline(units, classes, stats, headerLine, region) {
  const first = region.start;
  const prose = classes[first]?.cls === "good" || classes[first]?.why === "stat:no-final-stop";
  if (!prose || stats[first].words > HEADLINE_MAX_WORDS || units[first].group !== 1)
    return region;
  if (/[.…]["'”’»)\]]*$/u.test(units[first].text))
    return region;
  let start = -1;
  for (let i = first + 1; i < Math.min(region.end, first + 1 + HEADLINE_HEADER_SPAN); i++) {
    if (headerLine[i])
      start = i + 1;
    else if (start >= 0)
      break;
  }
  if (start < 0 || start >= region.end)
    return region;
  for (let i = first + 1; i < start; i++)
    if (!headerLine[i])
      return region;
  if (!classes.slice(start, region.end).some((c) => c.cls === "good"))
    return region;
  return { ...region, start };
}
var INGREDIENTS_LOOKBACK = 40;
var INGREDIENTS_GAP = 20;
var INGREDIENTS_MIN_LINES = 3;
function extendIngredients(units, classes, stats, region) {
  let first = -1;
  let count = 0;
  let last = region.start;
  for (let i = region.start - 1; i >= Math.max(0, region.start - INGREDIENTS_LOOKBACK); i--) {
    if (classes[i].cls === "good" || classes[i].rule?.action === "end")
      break;
    if (last - i - 1 > INGREDIENTS_GAP)
      break;
    if (stats[i].quantity) {
      first = i;
      count++;
      last = i;
    }
  }
  if (count < INGREDIENTS_MIN_LINES)
    return region;
  const start = first > 0 && /:$/.test(units[first - 1].text) && !classes[first - 1].rule ? first - 1 : first;
  return { ...region, start };
}
function decideLines(text, markdown) {
  const units = toUnits(stripLinkReferences(text), markdown);
  const page = pageStats(units);
  const ranked = rankedListLines(units);
  const classes = units.map((u, i) => {
    const c = classifyUnit(u, page.units[i], page);
    return ranked[i] && c.cls === "near" ? { cls: "bad", why: "stat:ranked-list", rule: null } : c;
  });
  const bylineLine = units.map((u) => bylineOf(u.text) === "byline");
  const headerLine = units.map((_u, i) => page.units[i].date || bylineLine[i]);
  const contents = contentsEntries(units.map((u) => u.text), classes);
  const afterHeader = units.map((_u, i) => headerLine.slice(Math.max(0, i - HEADER_WINDOW), i).some(Boolean));
  const extensions = [
    (r) => extendIngredients(units, classes, page.units, r),
    (r) => extendInterview(units, classes, r),
    (r) => extendTail(units, classes, page.units, r),
    (r) => extendFootnotes(units, classes, r),
    (r) => extendRecipeCard(units, classes, page.units, r),
    (r) => extendAnnouncedList(units, classes, r),
    (r) => extendTrailingList(units, classes, page.units, r),
    (r) => extendRepeatedBlocks(units, classes, r),
    (r) => extendNumberedList(units, classes, r)
  ];
  const table = tableRows(units, page.units);
  const found = findRegion(classes, page.units, afterHeader, contents, table);
  const region = startBelowHeadline(units, classes, page.units, headerLine, extensions.reduce((r, extend) => extend(r), found));
  const whole = region.start === 0 && region.end === units.length;
  const header = findHeader(units, whole ? firstProse(units) : region.start, page.lang, region.end);
  header.published ??= dateBelowArticle(units, region.end, page.lang) ?? labelledDateLine(units, page.lang);
  const roles = new Map([
    ...Array.from({ length: header.titleSpan }, (_v, k) => [header.titleIndex + k, "header:title"]),
    [header.bylineIndex, "header:byline"],
    [header.dateIndex, "header:date-line"]
  ]);
  const titleKey = header.title ? lineKey(header.title) : "";
  const titleEnd = header.titleIndex + header.titleSpan;
  const headerEnd = Math.max(...[titleEnd, header.bylineIndex + 1].filter((k) => k >= titleEnd && k <= region.start));
  const leadFrom = header.titleIndex >= 0 && headerEnd <= region.start && region.start - titleEnd <= LEAD_MAX_UNITS ? headerEnd : Infinity;
  const isLead = (i) => {
    const c = classes[i];
    if (c.cls === "good" || c.cls === "near")
      return true;
    const s = page.units[i];
    return c.cls === "short" && c.why !== "stat:repeated" && s.terminal && s.words >= TAIL_MIN_WORDS && /\p{Ll}/u.test(units[i].text);
  };
  const standfirst = whole ? -1 : standfirstAbove(classes, page.units, bylineLine, region.start);
  const decisions = units.map((unit, i) => {
    const c = classes[i];
    const role = roles.get(i);
    if (role)
      return { unit, keep: false, why: role };
    if (i === standfirst)
      return { unit, keep: true, why: `standfirst(${c.why})` };
    if (i < Math.max(region.start, header.bodyStart) && i < region.end && !(i >= leadFrom && isLead(i)))
      return { unit, keep: false, why: `above-article(${c.why})` };
    if (i >= region.end)
      return { unit, keep: false, why: region.terminator >= 0 && i >= region.terminator ? `terminated(${classes[region.terminator].why})` : `below-article(${c.why})` };
    if (c.cls === "bad" && (c.rule || c.why !== "stat:few-stopwords"))
      return { unit, keep: false, why: c.why };
    if (c.cls !== "good" && (contents[i] || contents[i + 1] && !contents[i - 1] && page.units[i].words <= CONTENTS_LABEL_MAX_WORDS))
      return { unit, keep: false, why: "contents-entry" };
    if (titleKey && i - region.start < TITLE_REPEAT_SPAN && lineKey(unit.text) === titleKey)
      return { unit, keep: false, why: "header:title-repeat" };
    return { unit, keep: true, why: c.why };
  });
  for (let i = region.start; i < region.end; i++) {
    if (classes[i].rule?.action !== "list" || region.list && i >= region.list.start && i < region.list.end)
      continue;
    for (let j = i + 1; j < region.end && classes[j].cls !== "good" && page.units[j].words <= RELATED_ITEM_MAX_WORDS; j++) {
      if (decisions[j].keep)
        decisions[j] = { unit: units[j], keep: false, why: `${classes[i].why}:item` };
    }
  }
  for (let i = region.start; i < region.end; ) {
    let j = i;
    const inList = (k) => region.list !== void 0 && k >= region.list.start && k < region.list.end;
    const sentence = (k) => page.units[k].terminal && page.units[k].words >= TAIL_MIN_WORDS && /\p{Ll}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(units[k].text);
    const member = (k) => classes[k].why !== "stat:code" && classes[k].why !== "stat:quantity" && !page.units[k].signature && (classes[k].cls === "short" || classes[k].cls === "bad" || classes[k].cls === "near" && !page.units[k].terminal);
    while (j < region.end && member(j) && units[j].block.kind === "paragraph" && !inList(j) && !sentence(j))
      j++;
    const announced = announcesList(units[i - 1]) || announcesList(units[i]);
    const embedded = j < region.end && page.units[j].signature;
    const ingredients = j < region.end && page.units[j].quantity;
    const run = units.slice(i, j).map((u) => u.text);
    if (j - i >= MENU_RUN && !announced && !embedded && !ingredients && !continuesSentence(run) && !uniformShape(run)) {
      for (let k = i; k < j; k++)
        if (decisions[k].keep && !table[k])
          decisions[k] = { unit: units[k], keep: false, why: "stat:short-run" };
    }
    i = j === i ? i + 1 : j;
  }
  return { decisions, header };
}
function parseText(text, front = null) {
  const preamble = front ?? readPreamble(text);
  const { decisions, header } = decideLines(preamble?.text ?? text, preamble?.markdown || void 0);
  const removed = [];
  const blocks = [];
  const nextKept = new Array(decisions.length);
  for (let i = decisions.length - 1, next; i >= 0; i--) {
    nextKept[i] = next;
    if (decisions[i].keep)
      next = decisions[i];
  }
  decisions.forEach((d, i) => {
    if (!d.keep) {
      removed.push({ stage: "text", rule: d.why, text: d.unit.text });
      return;
    }
    removed.push({ stage: KEEP_STAGE, rule: d.why, text: d.unit.text });
    const next = nextKept[i];
    const block = d.unit.block;
    if (d.unit.heading) {
      const level = Math.min(6, Math.max(2, d.unit.heading));
      blocks.push({ kind: "heading", level, text: block.text, markdown: `${"#".repeat(level)} ${block.markdown}` });
    } else if (isHeading(d, next)) {
      blocks.push({ ...block, kind: "heading", level: 2, markdown: `## ${block.markdown}` });
    } else {
      blocks.push(block);
    }
  });
  return {
    // Front matter's title is the author's; a reader preamble's is the page <title> ("… | Site").
    title: (front ? [front.title, header.title] : [header.title, preamble?.title]).find(Boolean) ?? null,
    byline: header.byline,
    authors: preamble?.authors ?? bylineAuthors(header.byline),
    published: preamble?.published ?? header.published,
    siteName: preamble?.siteName ?? null,
    lang: preamble?.lang ?? null,
    url: preamble?.url ?? null,
    description: preamble?.description ?? null,
    image: null,
    blocks,
    removed
  };
}

export {
  matchBoilerplate,
  blankThrough,
  KEEP_STAGE,
  extendTrailingList,
  continuesSentence,
  startBelowHeadline,
  decideLines,
  parseText
};
