/**
 * Page-furniture vocabulary of languages other than English, one entry per language, for the
 * boilerplate rules (rules/boilerplate.ts). English keeps its own hand-written patterns there;
 * these tables hold the words a German, French, Spanish, Italian, Portuguese, Dutch or Polish
 * site prints in its menus, share bars, comment sections and footers.
 *
 * Each entry is a whole line (case-insensitive; a final ":", "…", "!", "»" or "→" is allowed).
 * Two marks widen an entry:
 *   "#"  at its start: a count ("# Kommentare" matches "12 Kommentare").
 *   " …" at its end:   a short topic or name may follow ("Mehr zu …" matches "Mehr zu Wärmepumpe").
 */
import { anyApostrophe, escapeRegExp as escape, wordList as list } from './regex.js';

export interface BoilerplateLanguage {
  /** ISO 639-1 code. */
  id: string;
  reason: string;
  /** The comment section starts (its heading, its form's prompt, its closed notice): the article ends. */
  comments: readonly string[];
  /** Headings of lists of other articles: the heading and the headlines under it go. */
  related: readonly string[];
  /** Share and like buttons, print links. */
  share: readonly string[];
  /** Menu, skip-link, back-to-top and footer links; account and search buttons. */
  navigation: readonly string[];
  /** "Read more" links after a teaser. */
  readMore: readonly string[];
  /** Labels of a picture credit: "Foto: Anna Berg". */
  credit: readonly string[];
  /** Headings of an author box after the article: the article ends. */
  authorBox: readonly string[];
  /** Buttons of a comment (reply, report) and donation or sign-up calls. */
  buttons: readonly string[];
  /** Headings of a press-contact box after a press release, written with a colon ("Pressekontakt:"; without one it is as often a menu item): the article ends. */
  contact: readonly string[];
  /** The start of a comment form's notices (the line may go on): the comment section starts. */
  commentForm: readonly string[];
  /**
   * Verbs of a comment's header line "Name sagt:" (WordPress prints the commenter's name and this
   * verb, then the date): the comment section starts. A sentence subject is left out (commentAuthorPattern).
   */
  commentVerbs: readonly string[];
  /** Pronouns and articles that open a sentence ("Er sagt:", "Der Minister sagt:"), never a commenter's name. */
  subjects: readonly string[];
  /** Labels of a category or tag line under an article, written with a colon ("Kategorie: Reisen, Spanien"). */
  tags: readonly string[];
  /** The start of a blog's post-meta line ("Dieser Beitrag wurde veröffentlicht in …"; the line goes on). */
  postMeta: readonly string[];
  /**
   * Phrases of cookie banners and of the consent under a sign-up form ("Wir verwenden Cookies …",
   * "Mit der Anmeldung stimme ich … zu"), found near the start of the line (consentPattern).
   */
  consent: readonly string[];
  /**
   * Words that only a promotion of the publication itself uses: its print edition, e-paper or
   * subscription offer ("Jetzt im Abo", "Abonnez-vous"); a short line naming one anywhere goes (promoPattern).
   */
  promo: readonly string[];
  /**
   * Openings of the site's calls to the reader that are not the article: donation, comment, share
   * and channel invitations, advertising disclosures ("Jede Spende hilft …", "Dir hat der Artikel
   * gefallen? …", "Dieser Beitrag enthält Werbung …"); the line may go on (pitchPattern).
   */
  pitches: readonly string[];
}

export const BOILERPLATE_LANGUAGES: readonly BoilerplateLanguage[] = [
  {
    id: 'de',
    reason: 'German: the most frequent non-English language of scraped European pages; WordPress German strings ("Schreibe einen Kommentar", "Teilen mit").',
    comments: list('Kommentare|# Kommentare|Ein Kommentar|Leserkommentare|Schreibe einen Kommentar|Schreiben Sie einen Kommentar|Kommentar schreiben|Kommentar verfassen|Kommentar hinzufügen|Kommentieren|Jetzt kommentieren|Hinterlasse einen Kommentar|Hinterlassen Sie einen Kommentar|Antwort hinterlassen|Hinterlasse eine Antwort|Diskutieren Sie mit|Ihre Meinung|Ihre Meinung zu diesem Thema|Deine Meinung|Kommentare anzeigen|Kommentare sind geschlossen|Die Kommentarfunktion ist geschlossen|Kommentarfunktion deaktiviert|Ein Gedanke zu …|# Gedanken zu …|# Antworten|# Antworten zu …'),
    related: list('Ähnliche Beiträge|Ähnliche Artikel|Ähnliche Themen|Verwandte Artikel|Verwandte Beiträge|Weitere Artikel|Weitere Beiträge|Weitere Beiträge zu …|Weitere Artikel zum Thema|Weitere Artikel zu …|Weitere Nachrichten|Weitere Themen|Weitere Meldungen|Neueste Artikel|Neueste Beiträge|Neue Beiträge|Aktuelle Beiträge|Letzte Beiträge|Beliebte Beiträge|Beliebte Artikel|Meistgelesen|Meistgelesene Artikel|Meist gelesen|Meistgelesene Beiträge|Top-Artikel|Empfehlungen aus der Redaktion|Unsere Empfehlungen|Das könnte Sie auch interessieren|Das könnte dich auch interessieren|Das könnte Sie interessieren|Das könnte dich interessieren|Das könnte Ihnen auch gefallen|Das könnte dir auch gefallen|Das Thema könnte dich auch interessieren|Auch interessant|Auch lesenswert|Mehr zum Thema|Mehr zum Thema …|Mehr zu …|Mehr aus …|Mehr Themen|Mehr lesen über|Lesen Sie auch|Lesen Sie auch die folgenden Beiträge|Lies auch|Passend dazu|Passend zum Thema|Zum Thema|Weiterführende Links|Andere Leser interessierten sich auch für|Meistgesucht|Meist gesucht'),
    share: list('Teilen|Teilen mit|Teile dies|Teilen Sie dies mit|Diesen Artikel teilen|Artikel teilen|Beitrag teilen|Seite teilen|Jetzt teilen|Auf Facebook teilen|Auf Twitter teilen|Per E-Mail teilen|Per Mail versenden|Drucken|Artikel drucken|Druckversion|Gefällt mir|Gefällt mir Lade …|Liken Lade …|Like Lade …|%d Bloggern gefällt das|Verbinde mit %s|Merken|Zur Merkliste'),
    navigation: list('Startseite|Externer Inhalt|Externe Inhalte laden|Zur Startseite|Home|Impressum|Datenschutz|Datenschutzerklärung|Datenschutzhinweise|Datenschutzeinstellungen|Privatsphäre-Einstellungen|Cookie-Einstellungen|Cookie-Richtlinie|Kontakt|Kontaktformular|Über uns|AGB|Nutzungsbedingungen|Barrierefreiheit|Erklärung zur Barrierefreiheit|Leichte Sprache|Mediadaten|Netiquette|Nach oben|Zum Seitenanfang|Seitenanfang|Zurück|Zurück zur Übersicht|Zurück zur Startseite|Zum Inhalt springen|Zum Inhalt wechseln|Direkt zum Inhalt|Springe direkt zu|Zur Navigation springen|Zum Hauptinhalt springen|Hauptmenü|Hauptnavigation|Menü|Menü schließen|Navigation|Navigation öffnen|Beitragsnavigation|Beitrags-Navigation|Haupt-Sidebar|Nächster Artikel|Vorheriger Artikel|Vorschau auf den nächsten Artikel|Inhalt|Nächster Beitrag|Vorheriger Beitrag|Nächster Artikel Vorheriger Artikel|Suche|Suchen|Suche nach|Suchbegriff|Sie sind hier|Anmelden|Abmelden|Registrieren|Jetzt registrieren|Jetzt anmelden|Kostenlos anmelden|Hier kostenlos anmelden|Jetzt kostenlos anmelden|Mein Konto|Passwort vergessen?|Abonnieren|Jetzt abonnieren|Newsletter abonnieren|Schließen|Abbrechen|Seite drucken'),
    readMore: list('Weiterlesen|Weiter lesen|Mehr lesen|Mehr erfahren|Mehr anzeigen|Alle anzeigen|Zum Artikel|Zum Beitrag|Ganzen Artikel lesen|Artikel lesen|Mehr'),
    credit: list('Foto|Fotos|Bild|Bilder|Bildquelle|Bildnachweis|Titelbild|Beitragsbild|Titelfoto|Fotocredit|Grafik|Quelle'),
    authorBox: list('Über den Autor|Über die Autorin|Über die Autoren|Zum Autor|Zur Autorin|Zur Person|Autoreninfo|Weitere Artikel des Autors|Mehr vom Autor'),
    buttons: list('Antworten|Antwort|Auf Kommentar antworten|Melden|Kommentar melden|Jetzt spenden|Spenden|Mitglied werden'),
    contact: list('Pressekontakt|Pressekontakte|Medienkontakt|Kontakt für Medien|Kontakt für Journalisten|Ansprechpartner für die Presse|Kontakt für Rückfragen'),
    commentForm: list('Deine E-Mail-Adresse wird nicht veröffentlicht|Ihre E-Mail-Adresse wird nicht veröffentlicht|Die E-Mail-Adresse wird nicht veröffentlicht|Erforderliche Felder sind mit|Meinen Namen, E-Mail und Website in diesem Browser speichern|Benachrichtige mich über nachfolgende Kommentare|Benachrichtige mich über neue Beiträge|Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung|Du musst angemeldet sein, um einen Kommentar|Sie müssen angemeldet sein, um einen Kommentar'),
    commentVerbs: list('sagt|schrieb|schreibt|meint|kommentierte'),
    subjects: list('er|sie|es|man|wer|ich|du|wir|ihr|der|die|das|ein|eine'),
    tags: list('Kategorie|Kategorien|Schlagworte|Schlagwort|Stichworte|Stichwörter|Rubrik|Rubriken|Abgelegt unter|Veröffentlicht unter|Getaggt mit'),
    postMeta: list('Dieser Beitrag wurde veröffentlicht in|Dieser Eintrag wurde veröffentlicht in|Dieser Beitrag wurde unter|Dieser Eintrag wurde unter'),
    consent: list('Wir verwenden Cookies|Wir nutzen Cookies|Wir setzen Cookies|Diese Website verwendet Cookies|Diese Webseite verwendet Cookies|Diese Website nutzt Cookies|Diese Webseite nutzt Cookies|Diese Website speichert Cookies|Diese Website benutzt Cookies|Mit der Anmeldung stimme ich|Mit Absenden meiner|Mit dem Absenden|Mit Ihrer Anmeldung|Ich willige darin ein|Ich bin mit der Verarbeitung|Ich habe die Datenschutzerklärung|Ich stimme der Datenschutzerklärung'),
    promo: list("e-Paper|ePaper|Einzelheft|Probeabo|Testabo|im Abo|als Abo|zum Abo|Abo abschließen|Ausgaben gratis|Ausgaben kostenlos|am Kiosk erhältlich"),
    pitches: list("Dir hat der Artikel gefallen|Ihnen hat der Artikel gefallen|Hat dir der Artikel gefallen|Hat Ihnen der Artikel gefallen|Dir gefällt unser|Ihnen gefällt unser|Gefällt dir unser|Gefällt Ihnen unser|Jede Spende hilft|Jede kleine Spende hilft|Unterstütze uns|Unterstützen Sie uns|Verraten Sie uns in den Kommentaren|Verraten Sie gerne|Verrate uns in den Kommentaren|Schreib uns in die Kommentare|Schreibt uns in die Kommentare|Dieser Beitrag enthält Werbung|Dieser Artikel enthält Werbung|Dieser Beitrag enthält Affiliate-Links|Dieser Artikel enthält Affiliate-Links|*Werbung|Werbung:|Unbezahlte Werbung|Enthält Werbung"),
  },
  {
    id: 'fr',
    reason: 'French: news sites and blogs ("Laisser un commentaire", "Partager", "Mentions légales", "À lire aussi").',
    comments: list('Commentaires|# commentaires|Laisser un commentaire|Laissez un commentaire|Ajouter un commentaire|Écrire un commentaire|Réagir|Réagissez|Vos réactions|# réactions|Les commentaires sont fermés|Laisser une réponse|# réponses à …'),
    related: list('Articles similaires|Articles liés|Articles connexes|À lire aussi|A lire aussi|Lire aussi|À lire également|À voir aussi|À découvrir aussi|Sur le même sujet|Sur le même thème|Dans la même rubrique|Les plus lus|Les plus populaires|Derniers articles|Articles récents|Nos derniers articles|Autres articles|Vous aimerez aussi|Vous aimerez aussi …|Vous pourriez aussi aimer|Ces articles peuvent vous intéresser|Plus d’articles|Plus d\'articles|Dernières actualités|Toute l’actualité|Sélectionné pour vous'),
    share: list('Partager|Partager cet article|Partager sur …|Partagez|Partagez cet article|Partager :|Imprimer|J’aime|J\'aime|Envoyer par e-mail|Copier le lien'),
    navigation: list('Accueil|Mentions légales|Politique de confidentialité|Données personnelles|Gestion des cookies|Paramètres des cookies|Nous contacter|Contactez-nous|Contact|Qui sommes-nous|Plan du site|Retour en haut|Haut de page|Retour|Aller au contenu|Aller au contenu principal|Passer au contenu|Rechercher|Recherche|Menu principal|Se connecter|Connexion|Déconnexion|S’inscrire|S\'inscrire|S’abonner|S\'abonner|Abonnez-vous|Conditions générales|Conditions générales d’utilisation|CGU|CGV|Article suivant|Article précédent|Fermer|Annuler'),
    readMore: list('Lire la suite|Lire plus|Lire l’article|Lire l\'article|En savoir plus|Voir plus|Voir tout|Suite'),
    credit: list('Crédit photo|Crédits photo|Crédit|Crédits|Photo|Illustration|Source'),
    authorBox: list('À propos de l’auteur|À propos de l\'auteur|A propos de l’auteur|A propos de l\'auteur|L’auteur|L\'auteur|Du même auteur'),
    buttons: list('Répondre|Signaler|Faire un don|Soutenez-nous'),
    contact: list('Contact presse|Contacts presse|Contact médias|Relations presse'),
    commentForm: list('Votre adresse e-mail ne sera pas publiée|Votre adresse de messagerie ne sera pas publiée|Votre adresse email ne sera pas publiée|Les champs obligatoires sont indiqués|Enregistrer mon nom, mon e-mail et mon site|Prévenez-moi de tous les nouveaux commentaires|Vous devez être connecté pour publier un commentaire'),
    commentVerbs: list('dit|a dit|écrit|a écrit'),
    subjects: list('il|elle|on|ils|elles|je|tu|nous|vous|le|la|les|un|une|qui'),
    tags: list('Catégorie|Catégories|Mots-clés|Mots clés|Classé dans|Rubrique|Rubriques'),
    postMeta: list('Cette entrée a été publiée dans|Cet article a été publié dans|Ce billet a été publié dans'),
    consent: list('Nous utilisons des cookies|Ce site utilise des cookies|Ce site web utilise des cookies|cookies et autres traceurs|En cliquant sur « Tout accepter|En cliquant sur « OK|paramétrer les cookies|paramétrer vos cookies|En vous inscrivant, vous acceptez'),
    promo: list("Abonnez-vous|version numérique du journal|offre d'abonnement"),
    pitches: list("Cet article vous a plu|Vous avez aimé cet article|Rejoignez-nous sur|Soutenez-nous|Faites un don"),
  },
  {
    id: 'es',
    reason: 'Spanish: Spanish and Latin American news sites ("Deja un comentario", "Compartir", "Aviso legal", "Te puede interesar").',
    comments: list('Comentarios|# comentarios|Deja un comentario|Dejar un comentario|Deja una respuesta|Deja tu comentario|Escribe un comentario|Añadir comentario|Añade un comentario|Los comentarios están cerrados'),
    related: list('Artículos relacionados|Noticias relacionadas|Entradas relacionadas|Publicaciones relacionadas|Contenido relacionado|Otras noticias|Más noticias|Lo más leído|Lo más visto|Lo último|Últimas noticias|Te puede interesar|Le puede interesar|También te puede interesar|Quizás te interese|Podría interesarte|Te recomendamos|Recomendados|Más información|Más en …|Vea también|Ver también|Lee también|Lea también|Sigue leyendo|Notas relacionadas|Más leídas'),
    share: list('Compartir|Compartir en …|Comparte|Compartir este artículo|Comparte esta noticia|Compártelo|Imprimir|Enviar por correo|Copiar enlace|Me gusta'),
    navigation: list('Inicio|Portada|Aviso legal|Política de privacidad|Política de cookies|Configuración de cookies|Contacto|Contáctenos|Contáctanos|Quiénes somos|Mapa del sitio|Volver arriba|Ir arriba|Ir al contenido|Saltar al contenido|Buscar|Búsqueda|Menú|Iniciar sesión|Cerrar sesión|Registrarse|Regístrate|Suscríbete|Suscribirse|Términos y condiciones|Artículo siguiente|Artículo anterior|Noticia siguiente|Noticia anterior|Cerrar|Cancelar'),
    readMore: list('Leer más|Seguir leyendo|Infórmate más|Informate más|Ver más|Continuar leyendo|Leer nota completa|Ver todo'),
    credit: list('Foto|Fotos|Fotografía|Imagen|Fuente|Crédito'),
    authorBox: list('Sobre el autor|Sobre la autora|Acerca del autor|Acerca de la autora|Más del autor'),
    buttons: list('Responder|Reportar|Denunciar|Donar|Dona|Hazte socio'),
    contact: list('Contacto de prensa|Contacto para medios|Contacto con los medios'),
    commentForm: list('Tu dirección de correo electrónico no será publicada|Su dirección de correo electrónico no será publicada|Los campos obligatorios están marcados|Guarda mi nombre, correo electrónico y web|Recibir un email con los siguientes comentarios|Debes iniciar sesión para publicar un comentario|Para comentar debes'),
    commentVerbs: list('dice|dijo|escribió|comentó'),
    subjects: list('él|ella|ellos|ellas|yo|tú|usted|el|la|los|las|un|una|quien'),
    tags: list('Categoría|Categorías|Etiquetado|Etiquetado con|Archivado en'),
    postMeta: list('Esta entrada fue publicada en|Esta entrada se publicó en'),
    consent: list('Utilizamos cookies|Usamos cookies|Este sitio utiliza cookies|Este sitio web utiliza cookies|Esta web utiliza cookies|Al suscribirte, aceptas|Al registrarte, aceptas'),
    promo: list("Suscríbete|Suscríbase|edición digital del periódico"),
    pitches: list("Mira lo que tiene nuestro|Únete a nuestro canal|Te gustó este artículo|Apóyanos"),
  },
  {
    id: 'it',
    reason: 'Italian: "Lascia un commento", "Condividi", "Leggi anche", "Torna su".',
    comments: list('Commenti|# commenti|Lascia un commento|Lascia una risposta|Scrivi un commento|Aggiungi un commento|I commenti sono chiusi'),
    related: list('Articoli correlati|Notizie correlate|Post correlati|Articoli simili|Leggi anche|Potrebbe interessarti|Ti potrebbe interessare|Potrebbe interessarti anche|I più letti|Più letti|Ultime notizie|Altri articoli|Articoli recenti|Ultimi articoli|Altre notizie|Potrebbero interessarti|Da non perdere|Ti consigliamo'),
    share: list('Condividi|Condividi su …|Condividi questo articolo|Condividi l’articolo|Stampa|Invia per email|Mi piace'),
    navigation: list('Home page|Note legali|Informativa sulla privacy|Informativa privacy|Informativa cookie|Impostazioni cookie|Contatti|Contattaci|Chi siamo|Mappa del sito|Torna su|Torna in alto|Torna all’inizio|Vai al contenuto|Passa al contenuto|Cerca|Accedi|Esci|Registrati|Iscriviti|Abbonati|Termini e condizioni|Articolo successivo|Articolo precedente|Chiudi|Annulla'),
    readMore: list('Leggi tutto|Leggi di più|Continua a leggere|Leggi l’articolo|Scopri di più|Vedi tutto|Leggi'),
    credit: list('Foto|Immagine|Fonte|Credito'),
    authorBox: list('L’autore|L\'autore|Sull’autore|Sull\'autore|Chi è l’autore'),
    buttons: list('Rispondi|Segnala|Dona ora|Sostienici'),
    contact: list('Contatti stampa|Ufficio stampa|Contatto stampa'),
    commentForm: list('Il tuo indirizzo email non sarà pubblicato|I campi obbligatori sono contrassegnati|Salva il mio nome, email e sito web|Devi essere connesso per inviare un commento'),
    commentVerbs: list('dice|ha detto|scrive|ha scritto'),
    subjects: list('lui|lei|egli|ella|io|tu|noi|voi|il|lo|la|gli|le|un|una|chi'),
    tags: list('Categoria|Categorie|Archiviato in'),
    postMeta: list('Questo articolo è stato pubblicato in|Questa voce è stata pubblicata in'),
    consent: list('Utilizziamo i cookie|Utilizziamo cookie|Questo sito utilizza i cookie|Questo sito utilizza cookie|Questo sito usa i cookie|Iscrivendoti accetti'),
    promo: list("Abbonati ora|Abbonati subito|edizione digitale del giornale"),
    pitches: list("Ti è piaciuto questo articolo|Ti è piaciuto l'articolo|Sostienici|Unisciti al nostro canale"),
  },
  {
    id: 'pt',
    reason: 'Portuguese: Brazilian and Portuguese sites ("Deixe um comentário", "Compartilhe", "Leia também").',
    comments: list('Comentários|# comentários|Deixe um comentário|Deixe uma resposta|Deixe seu comentário|Escreva um comentário|Adicionar comentário|Comentários encerrados'),
    related: list('Artigos relacionados|Notícias relacionadas|Posts relacionados|Conteúdo relacionado|Leia também|Veja também|Leia mais|Mais lidas|Mais lidos|Últimas notícias|Mais notícias|Você pode gostar|Voce pode gostar|Você também pode gostar|Saiba mais|Recomendados para você'),
    share: list('Compartilhar|Compartilhe|Partilhar|Partilhe|Compartilhe esta notícia|Imprimir|Enviar por e-mail|Copiar link|Curtir'),
    navigation: list('Início|Página inicial|Aviso legal|Política de privacidade|Política de cookies|Contato|Contacto|Fale conosco|Fale connosco|Quem somos|Sobre nós|Mapa do site|Voltar ao topo|Ir para o conteúdo|Pular para o conteúdo|Pesquisar|Buscar|Entrar|Sair|Cadastre-se|Assine|Assinar|Termos de uso|Próximo artigo|Artigo anterior|Fechar|Cancelar'),
    readMore: list('Continue lendo|Continuar lendo|Ler mais|Ver mais|Ver tudo'),
    credit: list('Foto|Fotos|Imagem|Fonte|Crédito'),
    authorBox: list('Sobre o autor|Sobre a autora'),
    buttons: list('Responder|Denunciar|Doe|Apoie'),
    contact: list('Contato para imprensa|Contacto de imprensa|Assessoria de imprensa'),
    commentForm: list('O seu endereço de e-mail não será publicado|O seu endereço de email não será publicado|Seu endereço de e-mail não será publicado|Seu e-mail não será publicado|Campos obrigatórios são marcados|Salvar meus dados neste navegador|Você precisa fazer o login para publicar um comentário'),
    commentVerbs: list('disse|diz|escreveu|comentou'),
    subjects: list('ele|ela|eles|elas|eu|você|o|a|os|as|um|uma|quem'),
    tags: list('Categoria|Categorias|Marcadores|Arquivado em'),
    postMeta: list('Esta entrada foi publicada em|Este post foi publicado em'),
    consent: list('Utilizamos cookies|Usamos cookies|Este site utiliza cookies|Este site usa cookies|Ao se inscrever, você concorda'),
    promo: list("Assine já|Assine agora|Seja assinante"),
    pitches: list("Gostou deste artigo|Gostou do artigo|Apoie o nosso trabalho|Junte-se ao nosso canal"),
  },
  {
    id: 'nl',
    reason: 'Dutch: "Laat een reactie achter", "Delen", "Lees ook", "Naar boven".',
    comments: list('Reacties|# reacties|Laat een reactie achter|Geef een reactie|Plaats een reactie|Schrijf een reactie|Reageer|Reageren|Reacties zijn gesloten'),
    related: list('Gerelateerde artikelen|Gerelateerde berichten|Gerelateerd|Lees ook|Lees verder|Meest gelezen|Meer nieuws|Ook interessant|Laatste nieuws|Recente berichten|Recente artikelen|Andere artikelen|Meer over …|Meer artikelen'),
    share: list('Delen|Deel|Deel dit artikel|Deel dit bericht|Delen via …|Afdrukken|Printen|Vind ik leuk'),
    navigation: list('Privacybeleid|Privacyverklaring|Cookiebeleid|Cookie-instellingen|Algemene voorwaarden|Disclaimer|Colofon|Over ons|Naar boven|Terug naar boven|Ga naar inhoud|Naar de inhoud|Zoeken|Inloggen|Uitloggen|Registreren|Abonneren|Word abonnee|Volgend artikel|Vorig artikel|Sluiten|Annuleren'),
    readMore: list('Lees meer|Verder lezen|Meer lezen|Bekijk meer|Bekijk alles'),
    credit: list('Foto|Beeld|Afbeelding|Bron'),
    authorBox: list('Over de auteur|Over de schrijver'),
    buttons: list('Beantwoorden|Antwoord|Rapporteren|Doneer|Steun ons'),
    contact: list('Perscontact|Contact voor de pers|Noot voor de redactie'),
    commentForm: list('Je e-mailadres wordt niet gepubliceerd|Uw e-mailadres wordt niet gepubliceerd|Vereiste velden zijn gemarkeerd|Mijn naam, e-mail en site bewaren in deze browser|Je moet ingelogd zijn om een reactie'),
    commentVerbs: list('zegt|schreef|schrijft|reageerde'),
    subjects: list('hij|zij|ze|het|ik|jij|je|wij|we|de|een|wie'),
    tags: list('Categorie|Categorieën|Rubriek|Geplaatst in'),
    postMeta: list('Dit bericht is geplaatst in|Deze entry is geplaatst in'),
    consent: list('Wij gebruiken cookies|We gebruiken cookies|Deze website gebruikt cookies|Deze site gebruikt cookies'),
    promo: list("Word abonnee|Neem een abonnement|Probeer het abonnement"),
    pitches: list("Vond je dit artikel interessant|Steun ons|Word lid van ons kanaal"),
  },
  {
    id: 'pl',
    reason: 'Polish: "Dodaj komentarz", "Udostępnij", "Czytaj także", "Polityka prywatności".',
    comments: list('Komentarze|# komentarzy|# komentarze|Dodaj komentarz|Skomentuj|Napisz komentarz|Zostaw komentarz|Zostaw odpowiedź|Komentarze zostały wyłączone'),
    related: list('Czytaj także|Czytaj też|Zobacz także|Zobacz też|Przeczytaj także|Przeczytaj też|Najczęściej czytane|Najpopularniejsze|Polecane|Polecamy|Podobne artykuły|Powiązane artykuły|Podobne wpisy|Najnowsze|Najnowsze artykuły|Najnowsze wpisy|Więcej artykułów|Więcej z …|Może cię zainteresować|Może Cię zainteresować|Inne artykuły'),
    share: list('Udostępnij|Udostępnij na …|Podziel się|Podziel się artykułem|Drukuj|Wyślij|Lubię to|Skopiuj link'),
    navigation: list('Strona główna|Kontakt|Polityka prywatności|Polityka cookies|Regulamin|Mapa strony|O nas|Do góry|Na górę|Powrót do góry|Przejdź do treści|Przejdź do zawartości|Szukaj|Wyszukaj|Zaloguj się|Zaloguj|Wyloguj|Zarejestruj się|Subskrybuj|Następny artykuł|Poprzedni artykuł|Zamknij|Anuluj'),
    readMore: list('Czytaj dalej|Czytaj więcej|Więcej|Zobacz więcej|Pokaż więcej'),
    credit: list('Fot.|Fot|Foto|Zdjęcie|Źródło|Ilustracja'),
    authorBox: list('O autorze|O autorce'),
    buttons: list('Odpowiedz|Zgłoś|Wesprzyj nas|Wesprzyj'),
    contact: list('Kontakt dla mediów|Kontakt dla prasy|Biuro prasowe'),
    commentForm: list('Twój adres e-mail nie zostanie opublikowany|Twój adres email nie zostanie opublikowany|Wymagane pola są oznaczone|Zapisz moje dane, adres e-mail i witrynę|Musisz się zalogować, aby móc dodać komentarz'),
    commentVerbs: list('pisze|napisał|napisała|mówi|powiedział|powiedziała'),
    subjects: list('on|ona|ono|oni|one|ja|ty|my|wy|kto'),
    tags: list('Kategoria|Kategorie|Tagi|Tematy'),
    postMeta: list('Ten wpis został opublikowany w|Wpis opublikowany w'),
    consent: list('Używamy plików cookie|Ta strona używa plików cookie|Ta strona wykorzystuje pliki cookie|Serwis wykorzystuje pliki cookie|Wyrażam zgodę na przetwarzanie'),
    promo: list("Wykup prenumeratę|Wykup dostęp|Zamów prenumeratę"),
    pitches: list("Podobał ci się artykuł|Wesprzyj nas|Dołącz do naszej społeczności"),
  },
];


/** One entry as a regex source: "#" a count, " …" a short topic, spaces any run of spaces. */
function entrySource(entry: string): string {
  let s = entry;
  let head = '';
  let tail = '';
  if (s.startsWith('# ')) {
    head = '\\d[\\d.,]*\\s+';
    s = s.slice(2);
  }
  if (s.endsWith(' …')) {
    tail = '(?:\\s+.{1,60})?';
    s = s.slice(0, -2);
  }
  return head + anyApostrophe(escape(s)).replace(/ /g, '\\s+') + tail;
}

/** Every language's entries of one list as regex alternatives, duplicates once. */
function alternatives(kind: Exclude<keyof BoilerplateLanguage, 'id' | 'reason'>): string {
  return [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => l[kind]).map(entrySource))].join('|');
}

/** Trailing marks a menu or heading line may carry. */
const TRAIL = '\\s*(?::|\\.{3}|…|!|\\?|»|›|→|>>|\\[…\\]|\\(\\d+\\))?\\s*';

export type VocabularyKind = Exclude<keyof BoilerplateLanguage, 'id' | 'reason' | 'commentForm' | 'contact' | 'commentVerbs' | 'subjects' | 'tags' | 'postMeta' | 'consent' | 'promo' | 'pitches'>;

/** A whole-line pattern for one kind of vocabulary over every language. */
export function vocabularyPattern(kind: VocabularyKind): RegExp {
  const entries = BOILERPLATE_LANGUAGES.flatMap((l) => l[kind]);
  // Longest first, so "Teilen mit" is tried before "Teilen".
  const sources = [...new Set(entries.map(entrySource))].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${sources.join('|')})${TRAIL}$`, 'iu');
}

/**
 * A one-line link to another article: a related-list heading, a separator and its headline
 * ("À lire aussi » …", "Zobacz także: …", "Lesen Sie auch: …"); one-word "read more" labels ("Mehr",
 * "Suite") are left out, as a sentence may start with them.
 */
export function inlineRelatedPattern(): RegExp {
  const sources = [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => [...l.related, ...l.readMore.filter((e) => e.includes(' '))]).map((e) => entrySource(e.replace(/ …$/, ''))))];
  return new RegExp(`^(?:${sources.join('|')})\\s*[:|»>–-]\\s*.{2,200}$`, 'iu');
}

/** Lines that start with a comment form's notice ("Deine E-Mail-Adresse wird nicht veröffentlicht. …"). */
export function commentFormPattern(): RegExp {
  return new RegExp(`^(?:${alternatives('commentForm')})\\b.{0,300}$`, 'iu');
}

/** A category or tag line: a label, its colon, the names ("Kategorie: Reisen, Spanien", "Catégories : Cuisine"). */
export function tagsPattern(): RegExp {
  return new RegExp(`^(?:${alternatives('tags')})\\s*:(?:\\s*.{1,200})?$`, 'iu');
}

/** A blog's post-meta line ("Dieser Beitrag wurde veröffentlicht in Reisen und verschlagwortet mit …"). */
export function postMetaPattern(): RegExp {
  return new RegExp(`^(?:${alternatives('postMeta')})\\b.{0,300}$`, 'iu');
}

/** Characters before a consent phrase: "Hinweis: Wir verwenden Cookies", "Liebe Leser, diese Website nutzt Cookies". */
const CONSENT_LEAD_CHARS = 80;

/** A cookie banner's or a sign-up form's consent text: one of the phrases near the line's start, anything after it. */
export function consentPattern(): RegExp {
  return new RegExp(`^.{0,${CONSENT_LEAD_CHARS}}(?<![\\p{L}\\p{N}])(?:${alternatives('consent')})(?![\\p{L}\\p{N}]).{0,600}$`, 'iu');
}

/** Most words of a line dropped for naming a promotion word (promoPattern): a sentence of the article may be longer. */
const PROMO_MAX_WORDS = 40;

/** A short line naming the publication's print edition, e-paper or subscription offer ("Die neue Ausgabe gibt es am Kiosk und als E-Paper"). */
export function promoPattern(): RegExp {
  return new RegExp(`^(?=(?:\\S+\\s+){0,${PROMO_MAX_WORDS - 1}}\\S+$).*(?<![\\p{L}\\p{N}])(?:${alternatives('promo')})(?![\\p{L}\\p{N}]).*$`, 'iu');
}

/** A call to the reader opening the line ("Jede Spende hilft …", "Cet article vous a plu ? …"). */
export function pitchPattern(): RegExp {
  return new RegExp(`^[¡¿]?(?:${alternatives('pitches')})(?![\\p{L}\\p{N}]).{0,400}$`, 'iu');
}

/** Credit labels that name a text's source, not a picture's: "Quelle: Statistisches Bundesamt" ends a sentence of the article. */
const SOURCE_LABELS = new Set(['quelle', 'source', 'fuente', 'fonte', 'bron', 'źródło']);

/** A pattern source that matches either case of each letter (the rest of the pattern is case-sensitive). */
const caseless = (src: string) => src.replace(/\\.|\p{L}/gu, (c) => (c.length > 1 || c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));

/**
 * A picture caption that ends with its credit: "Marco Odermatt im Ziel. © AFP / Marco Bertorello",
 * "Le quai au petit matin / (C) Marc Durand", "Puerto de Vigo. Foto: Archivo La Voz." (a picture
 * label of the credit vocabulary and a capitalised name, or a copyright sign and a short name).
 */
export function captionCreditPattern(): RegExp {
  const labels = [...new Set(BOILERPLATE_LANGUAGES.flatMap((l) => l.credit).filter((c) => !SOURCE_LABELS.has(c.toLowerCase())).map(entrySource))];
  return new RegExp(`^\\S.{0,300}\\s(?:(?:©|\\([cC]\\))\\s*[^\\s.!?:]|(?:${labels.map(caseless).join('|')})\\s*:\\s*\\p{Lu})[^.!?:]{0,60}\\.?$`, 'u');
}

/** Longest commenter name (chars) in a "Name sagt:" line, as the English rule in rules/boilerplate.ts. */
const COMMENTER_MAX_CHARS = 40;

/**
 * A comment's header line "Name sagt:" / "Name dit :" / "Name napisał:": a name (no sentence
 * punctuation), one of the verbs, a colon. A line opening with a pronoun or an article ("Er sagt:",
 * "Der Minister sagt:") introduces a quote in the article and is left alone.
 */
export function commentAuthorPattern(): RegExp {
  return new RegExp(`^(?!(?:${alternatives('subjects')})\\s)[\\p{L}\\p{N}_.'’ -]{2,${COMMENTER_MAX_CHARS}}\\s+(?:${alternatives('commentVerbs')})\\s?:$`, 'iu');
}

/** A press-contact heading with its colon ("Pressekontakt:", "Contact presse :"). */
export function contactPattern(): RegExp {
  return new RegExp(`^(?:${alternatives('contact')})\\s*:$`, 'iu');
}

/** A picture credit: one of the labels, a colon (or an abbreviated label's period: "Fot. PAP"), a short name ("Foto: Anna Berg / dpa"). */
export function creditPattern(): RegExp {
  return new RegExp(`^\\(?(?:${alternatives('credit')})(?:\\s*:|(?<=\\.))\\s*.{1,80}\\)?$`, 'iu');
}
