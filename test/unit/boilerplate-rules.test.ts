/**
 * Every boilerplate rule id has a line it must match and a line it must leave alone. A rule
 * added to the table without examples here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, matchBoilerplate } from '../../src/rules/boilerplate.js';

const EXAMPLES: Record<string, { match: string[]; keep: string[] }> = {
  'related-articles': {
    match: ['Related Articles', 'More stories', 'Trending', 'More on Climate Policy'],
    keep: ['Related articles in the archive show the council debated the plan twice.'],
  },
  'read-more': {
    match: ['Read more', 'You may also like', 'Most read', 'More from The Harbour Gazette', "Editor's picks"],
    keep: ['Read more carefully, the letter shows the mayor knew about the leak.'],
  },
  'related-multilingual': {
    match: ['Mehr zum Thema', 'À lire aussi', 'Leggi anche', 'Czytaj także:', 'Lees ook', 'Você pode gostar...', 'Vous aimerez aussi', 'Meist gesucht:'],
    keep: ['Lire aussi les rapports annuels permet de comprendre la dette de la ville.'],
  },
  'comments-multilingual': {
    match: ['Schreibe einen Kommentar', '12 Kommentare', 'Laisser un commentaire', 'Deja una respuesta', 'Lascia un commento', 'Dodaj komentarz', 'Ein Gedanke zu „Brückenbau in Lübeck“'],
    keep: ['Kommentare von Anwohnern füllten drei Stunden der Ratssitzung am Dienstag.', 'Kommentar'],
  },
  'comment-form': {
    match: ['Your email address will not be published. Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.'],
    keep: ['The email address of the mayor will not be published, the court ruled on Monday.'],
  },
  'comment-form-multilingual': {
    match: ['Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert', 'Votre adresse e-mail ne sera pas publiée.', 'Twój adres e-mail nie zostanie opublikowany.'],
    keep: ['Die E-Mail des Bürgermeisters wurde gestern im Stadtrat vorgelesen.'],
  },
  'press-contact': {
    match: ['Media contact:', 'Press contacts', 'For media inquiries:'],
    keep: ['Media contact with the harbour board was cut off after the strike began.'],
  },
  'press-contact-multilingual': {
    match: ['Pressekontakt:', 'Contact presse :', 'Contacto de prensa:'],
    keep: ['Pressekontakt', 'Der Pressekontakt der Stadt meldete sich erst am Abend.'],
  },
  'about-author-box-multilingual': {
    match: ['Über den Autor', 'Sobre el autor', 'O autorze', 'À propos de l’auteur'],
    keep: ['Über den Autor des Gutachtens ist wenig bekannt.'],
  },
  'share-bar-multilingual': {
    match: ['Teilen', 'Teilen mit:', 'Diesen Artikel teilen', 'Partager sur Facebook', 'Compartir', 'Udostępnij', 'Gefällt mir:', 'Liken Lade …'],
    keep: ['Teilen wollten die Nachbarn den Garten nicht, sagte die Vermieterin.'],
  },
  'inline-related-multilingual': {
    match: ['À lire aussi » Les ponts de Paris ferment', 'Zobacz także: Most w Gdańsku zamknięty', 'Lesen Sie auch: Die Fähre fährt wieder', 'Lee también: El puerto cierra'],
    keep: ['Mehr: Die Stadt wächst schneller als erwartet.', 'Lesen Sie auch die Begründung des Gerichts, bevor Sie urteilen.'],
  },
  'navigation-multilingual': {
    match: ['Startseite', 'Externer Inhalt', 'Nach oben', 'Zum Inhalt springen', 'Mentions légales', 'Aviso legal', 'Strona główna', 'Torna su', 'Naar boven', 'Datenschutzerklärung', 'Vorschau auf den nächsten Artikel', 'HIER KOSTENLOS ANMELDEN »', 'Inhalt'],
    keep: ['Nach oben führt nur eine schmale Treppe, erzählt die Wirtin.'],
  },
  'read-more-multilingual': {
    match: ['Weiterlesen', 'Weiterlesen »', 'Lire la suite', 'Leer más', 'Czytaj dalej', 'Lees meer', 'Informate más'],
    keep: ['Weiterlesen konnte sie den Brief nicht, weil das Licht ausging.'],
  },
  'image-credit-multilingual': {
    match: ['Foto: Anna Berg / dpa', 'Bildquelle: Stadtarchiv', 'Crédit photo : AFP', 'Fuente: Reuters', 'Fot. PAP'],
    keep: ['Das Foto zeigt den Bürgermeister beim Händeschütteln mit der neuen Hafenmeisterin.'],
  },
  'comment-buttons-multilingual': {
    match: ['Antworten', 'Répondre', 'Jetzt spenden!', 'Odpowiedz'],
    keep: ['Antworten auf diese Fragen blieb der Minister schuldig.'],
  },
  'no-comments-yet': {
    match: ['0 Comments', 'No comments', 'Nessun commento', '[ 0 comments ]'],
    keep: ['No comments were made by the minister when reporters asked about the harbour.'],
  },
  'comments-section': {
    match: ['Comments', '12 Comments', 'Leave a reply', 'Join the discussion'],
    keep: ['Comments from residents filled three hours of the council meeting on Tuesday.'],
  },
  'comment-count': {
    match: ['[ 58 comments ]', '7 responses to “A bridge too far”', 'Top Rated Comments', 'Kommentare (4)'],
    keep: ['58 comments were filed with the regulator before the deadline passed.'],
  },
  'comment-author': {
    match: ['riverbank_fan says:', 'Jane Q wrote:'],
    keep: ['The inspector says: the wall will not hold another winter.', 'He said:', 'She says:', 'The minister wrote:'],
  },
  'comment-author-multilingual': {
    match: ['Jana Roth sagt:', 'gartenfee schrieb:', 'Jean Dupont dit :', 'Ana escribió:', 'Piotr napisał:', 'Marieke zegt:'],
    keep: ['Er sagt:', 'Der Minister sagt:', 'Il dit :', 'La ministra dice:', 'Die Kanzlerin sagt dazu:', 'Wer zahlt, sagt: mehr Geld für Schulen.'],
  },
  'tags-line-multilingual': {
    match: ['Kategorie: Reisen, Spanien', 'Schlagworte: Hafen, Markthalle', 'Catégories : Cuisine, Desserts', 'Kategoria: Sport', 'Rubrik:'],
    keep: ['Kategorie', 'Die Kategorie der Markthalle ist noch offen: der Rat entscheidet im März.', 'Publicado en: 12 de mayo de 2020'],
  },
  'post-meta-multilingual': {
    match: ['Dieser Beitrag wurde veröffentlicht in Reisen und verschlagwortet mit Spanien von Anna.', 'Cette entrée a été publiée dans Cuisine.'],
    keep: ['Dieser Beitrag erschien zuerst in der Lokalzeitung, die den Hafen seit Jahren begleitet.'],
  },
  pingback: {
    match: ['Pingback: Hafenblog | 12.03.2020 um 10:15', 'Pingback von Lesezeichen - Papierkorb | 26.06.2012 10:43', 'Trackback: Notizen vom Kai'],
    keep: ['Pingbacks tell a blogger that another site linked to the post, the help page says.'],
  },
  'caption-credit-multilingual': {
    match: ['Blick auf den Hafen am Abend. Foto: Anna Berg / dpa', 'Le quai au petit matin / (C) Marc Durand', 'Der Hafen im Winter. © AFP / Marco Rossi', 'Puerto de Vigo. Foto: Archivo La Voz.'],
    keep: ['Die Zahl stieg um 5 Prozent. Quelle: Statistisches Bundesamt', 'Er zeigte uns das Bild: ein Haus am See.'],
  },
  'comment-policy': {
    match: ['Please understand that comments are moderated and not all can be published.', 'Some comments may be republished in the print edition.', 'Comments are closed.', 'You must be logged in to post a comment.', 'Be the first to comment', 'As you comment, please stay on topic.'],
    keep: ['Comments are welcome, the organisers said, but the route will not change.'],
  },
  'about-author': {
    match: ['About the author', 'More stories by Tomasz Wren'],
    keep: ['About the author of the report little is known beyond her earlier books.'],
  },
  'about-author-multilingual': {
    match: ['Über Jana Roth', 'Sobre Ana Ruiz Prado'],
    keep: ['Sobre la mesa quedaron los papeles del contrato firmado ayer.', 'über den Fluss'],
  },
  'caption-credit': {
    match: ['Crowds gather on the quay at dawn (Image: Getty)', 'The first map of the moon’s surface. (Space Agency/Lab)', 'FILE PHOTO: Traders on the floor of the exchange'],
    keep: ['The mayor (who took office in May) opened the market on Tuesday.'],
  },
  'inline-related': {
    match: ['Related: Ten bridges that changed the city', 'Read more: Council cuts bus routes', 'Also on example.com Fish prices climb', 'Lesen Sie auch: Die Brücke bleibt zu'],
    keep: ['Related questions about the budget will be answered at the next meeting, the chair said.'],
  },
  'tags-line': {
    match: ['Tags: harbour, market, council', 'Filed under: Local news', 'Topics'],
    keep: ['Topics on the agenda included the harbour wall and the new market.'],
  },
  'newsletter-line': {
    match: ['See All Newsletters', 'SIGN UP FOR E-MAIL NEWSLETTERS'],
    keep: ['The town newsletter, printed since 1950, will go online only from next month, the council said.'],
  },
  'back-to-top': {
    match: ['Back to top', 'Back to top button', 'Scroll to top'],
    keep: ['The climbers made it back to top camp before the storm.'],
  },
  'skip-to-content': {
    match: ['Skip to content', 'Skip to main content', 'Skip navigation'],
    keep: ['Skip the queue by booking tickets online, the museum advises visitors this summer.'],
  },
  advertisement: {
    match: ['Advertisement', 'Story continues below advertisement', 'Anzeige', 'Publicidad'],
    keep: ['Advertisement spending fell by a fifth in the second quarter, the agency reported.'],
  },
  'share-bar': {
    match: ['Share', 'Share this article', 'Facebook', '1.2k shares', 'Tweet | Email | Print'],
    keep: ['Share prices rose after the company announced the merger on Monday morning.'],
  },
  'share-button-label': {
    match: ['Share this:', 'Click to share on Twitter (Opens in new window)', 'Click to email a link to a friend (Opens in new window)', 'Teilen:'],
    keep: ['Click to share buttons were removed from the site in May, the editor said.', 'Share this: the council voted to keep the ferry running.'],
  },
  'follow-subscribe': {
    match: ['Follow us on Instagram', 'Subscribe now', 'Sign in', 'Already a subscriber?'],
    keep: ['Subscribe to the idea that towns can fix their own roads, and the budget looks different.'],
  },
  'newsletter-pitch': {
    match: ['Sign up for our daily newsletter and get the headlines first', 'Enter your email address'],
    keep: ['The newsletter the mayor sent to residents contained three errors about the tax rate.'],
  },
  'promo-pitch': {
    match: ['Subscribe to the Harbour Gazette newsletter and never miss a tide table.', 'Get the latest harbour news delivered to your inbox every morning.', 'Mara Lind writes about boats. Want more stories like this?'],
    keep: ['Subscribers to the ferry pass will pay less from April, the operator said on Friday.'],
  },
  'newsletter-pitch-multilingual': {
    match: ['Unser kostenloser Newsletter informiert Sie über die wichtigsten Meldungen des Tages.', 'Inscrivez-vous à notre newsletter pour recevoir nos articles.', 'Zapisz się na newsletter'],
    keep: ['Die Stadt verschickt ihren Newsletter seit Montag nur noch digital, sagte die Sprecherin.'],
  },
  'affiliate-disclosure': {
    match: ['If you buy something through this post, the Gazette may get a share of the sale.', 'We earn a commission from links on this page.', 'Advertising Disclosure', 'Advertising disclosure: the Gazette may receive compensation from partners.'],
    keep: ['The agent earned a large commission on the sale of the terminal building, records show.'],
  },
  'contact-tip': {
    match: ['Have a tip? Send it to the newsroom.', 'Mara Lind may be reached at mara@example.org.'],
    keep: ['The harbour master can be reached only by boat during the winter storms.'],
  },
  'wire-credit': {
    match: ['(Reporting by Mara Lind; Editing by Tom Hale)', 'Additional reporting by Ivo Petrov in Split'],
    keep: ['Reporting on the harbour has changed since the paper closed its local office.'],
  },
  'cookie-notice': {
    match: ['This website uses cookies to improve your experience. Read our policy.', 'Accept all', 'Got it'],
    keep: ['The bakery uses cookies from a family recipe that dates back to 1902.'],
  },
  'cookie-notice-multilingual': {
    match: ['Wir verwenden Cookies, um unsere Seiten für Sie zu verbessern.', 'Hinweis: Diese Website nutzt Cookies.', 'Nous utilisons des cookies pour mesurer l’audience.', 'Vous pouvez aussi paramétrer vos cookies plus bas.', 'Mit der Anmeldung stimme ich den Bedingungen des Hafenblatts zu.', 'Używamy plików cookie, aby serwis działał lepiej.'],
    keep: ['Die Bäckerei am Markt verkauft Cookies nach einem Rezept der Großmutter.', 'Sie sagte: „Ich willige nicht in den Verkauf ein.“'],
  },
  'signup-consent': {
    match: ['By registering, you accept the terms of the Harbour Gazette.', 'By clicking Join, you consent to e-mails from the Harbour Gazette.'],
    keep: ['By signing up early, the rowing club secured its place at the regatta.'],
  },
  'app-pitch': {
    match: ['Download our app for breaking news.', 'For the latest stories download the Valley Post apps for iOS and Android.'],
    keep: ['Residents can download the app from the council website, the mayor said.'],
  },
  'follow-social-pitch': {
    match: ['Follow The Valley Post on Twitter and Instagram.', 'Follow @harbourgazette on Facebook for updates.'],
    keep: ['Follow the steps posted on Twitter to report a damaged street lamp.', 'Follow the river on Facebook maps to the old mill.'],
  },
  'paywall-notice': {
    match: ['To read the rest of this article, subscribe to the Harbour Gazette.', 'If you’re already a subscriber to the Valley Post, log in here.', 'New subscribers get a free tote bag this month.'],
    keep: ['To view the full moon, the club climbed the hill after midnight.'],
  },
  'promo-multilingual': {
    match: ['Die neue Ausgabe gibt es am Kiosk und als E-Paper.', 'Jetzt drei Ausgaben gratis testen!', 'Abonnez-vous au journal du port', 'Word abonnee van het Havenblad'],
    keep: ['Der Verlag stellte das gedruckte Blatt im Herbst ein, nachdem die Zahl der Leser drei Jahre lang gesunken war, und druckt seither nur noch eine Wochenendausgabe für die Region am See.'],
  },
  'reader-pitch-multilingual': {
    match: ['Jede Spende hilft den Tieren im Heim!', '*Werbung: Der Text nennt eine Bäckerei.', 'Dieser Artikel enthält Werbung für ein Café am Hafen.', 'Dir hat der Artikel gefallen? Dann teile ihn!', '¿Te gustó este artículo? Compártelo.', 'Cet article vous a plu ? Partagez-le.'],
    keep: ['Werbungskosten können Arbeitnehmer in der Steuererklärung absetzen.', 'Jede Spende wurde vom Verein sorgfältig verbucht, sagte die Kassenwartin.'],
  },
  'inbox-pitch': {
    match: ['Enter your email below to get our weekly picks.', 'Fresh recipes every Friday, straight to your inbox. Unsubscribe anytime.'],
    keep: ['The scam asked residents to enter their bank details in a form that looked like the council website.'],
  },
  'license-notice': {
    match: ['Dieser Beitrag steht unter der Lizenz CC BY 4.0.', 'All photos in this post: Creative Commons licence BY-SA, Harbour Archive.'],
    keep: ['Die Stadt will ihre Daten künftig unter einer Creative-Commons-Lizenz veröffentlichen, sagte der Bürgermeister.'],
  },
  copyright: {
    match: ['© 2024 Harbour Media Group', 'Copyright 2023 The Valley Post', 'All rights reserved.'],
    keep: ['The copyright dispute between the two publishers reached the high court this week.'],
  },
  'legal-notice': {
    match: [
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Valley Post and the valley logo are registered trademarks of Valley Media. All rights reserved.',
      'Tous droits réservés.',
    ],
    keep: ['Lawyers argued that the recipe was a trade secret, not a trademark.'],
  },
  'caption-agency': {
    match: ['Fishing boats in the bay of Vardel last spring. EFE', 'Two climbers on the north ridge. Reuters / Ana Lind'],
    keep: ['The agency said it would publish the figures next week. Reuters reported the same.', 'He moved to the AP desk.'],
  },
  'image-credit': {
    match: ['Photo: Lena Ostrova', 'Image credit: City Archive', 'Getty Images', 'PHOTOGRAPH BY TOMAS VERRE, HARBOUR TRUST', 'Photos by Ida Lunn'],
    keep: ['The photo shows the mayor shaking hands with the new harbour master on the pier.', 'Photos by the river were taken at dawn.'],
  },
  'legal-links': {
    match: ['Privacy Policy', 'Terms of Service', 'Contact us', 'Impressum'],
    keep: ['The privacy policy of the app changed twice last year without notice to users.'],
  },
  'reading-time': {
    match: ['5 min read', '3 minutes', 'Reading time: 4 minutes'],
    keep: ['It took 5 minutes for the fire crew to reach the warehouse after the call.'],
  },
  'relative-time': {
    match: ['32M ago', '2 days ago at 07:52 am', 'updated 16 min ago', 'vor 3 Stunden', 'il y a 2 heures'],
    keep: ['Two days ago the river broke its banks north of the old mill.'],
  },
  'rating-votes': {
    match: ['Rating: 36 Votes', '(View all)', 'Reply | Report'],
    keep: ['The rating agency cut the city to junk after the vote on the budget failed.'],
  },
  loading: {
    match: ['Loading...', 'JavaScript is required to view this content.'],
    keep: ['Loading the ferry took two hours because the ramp was damaged in the storm.'],
  },
  'account-form-notice': {
    match: [
      'Geben Sie Ihren Benutzernamen und Ihr Passwort ein, um sich an der Website anzumelden',
      'Enter your username and password to log in.',
      'The password must be at least 8 characters long.',
      'Das Passwort muss mindestens 8 Zeichen lang sein und eine Zahl enthalten.',
      'Zu dieser E-Mail-Adresse ist kein Konto vorhanden oder das angegebene Passwort ist falsch.',
      'Diese E-Mail-Adresse ist bereits registriert.',
      'Enter your email address to follow this blog and receive notifications of new posts by email.',
      'Dein Browser ist leider veraltet.',
      'Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter.',
      'Votre navigateur est obsolète.',
    ],
    keep: [
      'Experts say a strong password is one of the best defences, and that it must never be reused.',
      'The browser wars of the 1990s shaped how the web looks today.',
      'The attackers stole the username and password of an administrator, the police said.',
    ],
  },
  'player-notice': {
    match: ['Media playback is unsupported on your device', 'These are external links and will open in a new window', 'This video is not available in your country', 'Your browser does not support the video tag.'],
    keep: ['The harbour board said the video of the vote is not available until the minutes are approved.'],
  },
  'box-label': {
    match: ['Weitere Informationen:', 'Ansprechpartnerin', 'More information', 'Plus d’informations :', 'Osoba kontaktowa'],
    keep: ['Weitere Informationen zum Fährplan gibt der Hafenrat am Montag bekannt.', 'More information about the ferry timetable will follow on Monday.'],
  },
  'form-field': {
    match: ['Name *', 'E-Mail*', 'Commentaire *', 'Adres e-mail *'],
    keep: ['Name', 'Name * steht für ein Pflichtfeld im Formular des Hafenrats.'],
  },
  'embed-placeholder': {
    match: ['Klicken Sie auf den Button, um den Inhalt von karten.example.org zu laden.', 'Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von Beispielvideo.', 'Click the button below to load the content of videos.example.com.'],
    keep: ['Klicken Sie auf den Stadtplan, sagte die Vorsitzende des Hafenrats, dann sehen Sie die neue Halle.'],
  },
};

describe('boilerplate rules', () => {
  it('every rule id has match and keep examples', () => {
    const missing = BOILERPLATE_RULES.map((r) => r.id).filter((id) => !EXAMPLES[id] || !EXAMPLES[id]!.match.length || !EXAMPLES[id]!.keep.length);
    expect(missing).toEqual([]);
  });

  it('every rule has a reason', () => {
    for (const r of BOILERPLATE_RULES) expect(r.reason.length, r.id).toBeGreaterThan(10);
  });

  it('rule ids are unique', () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const r of BOILERPLATE_RULES) {
    const ex = EXAMPLES[r.id];
    if (!ex) continue;
    describe(r.id, () => {
      for (const line of ex.match) {
        it(`matches ${JSON.stringify(line)}`, () => {
          expect(r.pattern.test(line)).toBe(true);
          expect(matchBoilerplate(line)).not.toBeNull();
        });
      }
      for (const line of ex.keep) {
        it(`leaves ${JSON.stringify(line)}`, () => {
          expect(r.pattern.test(line)).toBe(false);
          expect(matchBoilerplate(line)).toBeNull();
        });
      }
    });
  }
});
