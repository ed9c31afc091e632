/**
 * Boilerplate rules: lines (text input) and blocks (HTML input) that are not article text.
 * Each rule has an id (shown by --explain), the pattern it matches against a whole line or
 * block, what it does, and why it exists. Patterns match the whole trimmed line, so a sentence
 * that merely mentions "subscribe" is never removed.
 *
 * Actions:
 * - drop: remove this line/block only.
 * - end:  a terminating section (boilerpipe's "terminating blocks"): remove it and everything
 *         after it, when it comes after the article started.
 * - list: a section heading ("Related Articles") whose following short lines are headlines:
 *         remove the heading and the short lines after it.
 */
import { Prefilters } from './prefilter.js';
import { boxLabelPattern, embedNoticePattern, formFieldPattern } from './boilerplate-labels.js';
import { captionCreditPattern, commentAuthorPattern, commentFormPattern, consentPattern, pitchPattern, promoPattern, contactPattern, creditPattern, inlineRelatedPattern, postMetaPattern, tagsPattern, vocabularyPattern } from './boilerplate-languages.js';
import { documentMemo } from '../document-memos.js';

export type RuleAction = 'drop' | 'end' | 'list';

export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  action: RuleAction;
  reason: string;
}

const rule = (id: string, action: RuleAction, pattern: RegExp, reason: string): BoilerplateRule => ({ id, action, pattern, reason });

/** News and picture agencies whose name alone closes a picture caption ("Crowds at the pier. AFP"), as they spell it. */
const PICTURE_AGENCIES: readonly string[] = ['AFP', 'AP', 'APA', 'ANSA', 'dpa', 'DPA', 'EFE', 'EPA', 'Europa Press', 'Getty Images', 'Keystone', 'Reuters', 'REUTERS', 'Xinhua'];
/** Longest caption (chars) before such an agency name: a longer line is a paragraph of a wire story. */
const AGENCY_CAPTION_MAX_CHARS = 200;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // --- section headings whose content is a list of other articles --------------------------------
  rule('related-articles', 'list',
    /^(?:related|more|recommended|popular|trending|top|latest|similar|other|further|also)(?: (?:articles?|stories|posts|news|content|reading|coverage|links|videos?|topics|headlines|on [\w .'-]{1,40}|from [\w .'-]{1,40}))?:?$/i,
    'A heading that introduces links to other articles; the headlines under it are not this article.'),
  rule('read-more', 'list',
    /^(?:read|see|watch|listen) (?:more|also|next)(?: (?:on|about|from) [\w .'-]{1,40})?:?$|^(?:you may|you might) (?:also )?(?:like|enjoy|be interested in)\b.{0,30}$|^more from [\w .'&-]{1,40}$|^(?:most (?:read|popular|viewed|shared|emailed))(?: (?:articles|stories|now|today))?:?$|^(?:what to read next|up next|don't miss|editor'?s picks?)$/i,
    '"Read more", "You may also like", "Most read": recommendation lists.'),
  rule('related-multilingual', 'list', vocabularyPattern('related'),
    'Recommendation-list headings in German, French, Spanish, Italian, Portuguese, Dutch, Polish (rules/boilerplate-languages.ts).'),

  // --- terminating sections ------------------------------------------------------------------------
  rule('no-comments-yet', 'drop',
    /^(?:\[\s*)?(?:0|no|zero|keine|aucun|sin|nessun|sem|geen|brak)\s+(?:comments?|responses?|replies|kommentare|commentaires?|comentarios?|comment[oi]|comentários|reacties|komentarzy)(?:\s*\])?$/i,
    'A comment counter at zero ("0 Comments") sits in the article header; no comment section follows it.'),
  rule('comments-section', 'end',
    /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?:?$|^(?:leave|post|add|write) a (?:comment|reply|response)$|^(?:join|start) the (?:discussion|conversation)$|^show comments$|^view comments$/i,
    'The comment section starts: reader comments are not the article.'),
  rule('comment-count', 'end',
    /^\[?\s*\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:to|on)\s+.{1,200})?\s*\]?$|^(?:top rated|most liked|newest|oldest|reader|featured) comments$|^(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarze)\s*\(?\d*\)?$/i,
    '"34 responses to ...", "[ 167 comments ]", "Top Rated Comments", comment headings in several languages: the comment section starts.'),
  rule('comment-author', 'end',
    /^(?!(?:he|she|they|it|we|i|you|one|who|the\s+\w+|an?\s+\w+)\s)[\w.'’ -]{2,40}\s+(?:says|wrote|commented):$/i,
    '"name says:" opens a reader comment (WordPress-style comment lists).'),
  rule('comment-author-multilingual', 'end', commentAuthorPattern(),
    '"Name sagt:", "Name dit :", "Name napisał:" open a reader comment in WordPress\'s German, French, Spanish, Italian, Portuguese, Dutch and Polish lists (rules/boilerplate-languages.ts).'),
  rule('comment-policy', 'end',
    /^.{0,100}\bcomments? (?:are|is|may be|will be) (?:moderated|republished|reviewed before)\b.{0,300}$|^(?:we ask that comments|please understand that comments)\b.{0,300}$|^(?:as you comment\b|please (?:be respectful|keep (?:it|comments|your comments) civil)|comments? (?:are|is) (?:closed|moderated)|you must be logged in to (?:post|leave) a comment|(?:log|sign) in to (?:comment|leave a comment|join the conversation)|be the first to comment|this discussion is now closed|commenting (?:is|has been) (?:closed|disabled)).{0,80}$/i,
    'Comment-box prompts and policies: the comment section starts.'),
  rule('comment-form', 'end',
    /^(?:your email address will not be published|your e-mail address will not be published|required fields are marked|save my name, email, and website in this browser|notify me of (?:follow-up comments|new posts)|you must be logged in to post a comment)\b.{0,300}$/i,
    'The notices of a comment form ("Your email address will not be published."): the comment section starts.'),
  rule('comment-form-multilingual', 'end', commentFormPattern(),
    'Comment-form notices in other languages ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "Votre adresse e-mail ne sera pas publiée.").'),
  rule('press-contact', 'end',
    /^(?:media contacts?|press contacts?|for (?:media|press) (?:inquiries|enquiries)|media (?:inquiries|enquiries)|press office)\s*:?$/i,
    'The press-contact box that ends a press release: names, phone numbers and addresses, not the release.'),
  rule('press-contact-multilingual', 'end', contactPattern(),
    'Press-contact headings in other languages, with their colon ("Pressekontakt:", "Contact presse :", "Contacto de prensa:").'),
  rule('about-author', 'end',
    /^(?:about the authors?|about the writer|author bio(?:graphy)?|more (?:articles|stories) by .{1,40})$/i,
    'An author biography box after the article.'),
  rule('comments-multilingual', 'end', vocabularyPattern('comments'),
    'Comment-section headings, comment-form prompts and closed notices in German, French, Spanish, Italian, Portuguese, Dutch, Polish ("Schreibe einen Kommentar", "Laisser un commentaire", "12 Kommentare").'),
  rule('form-field', 'end', formFieldPattern(),
    'A form field\'s label with its required-field star ("Name *", "E-Mail *", "Commentaire *"): a comment or contact form starts under the article (rules/boilerplate-labels.ts).'),
  rule('about-author-box-multilingual', 'end', vocabularyPattern('authorBox'),
    'Author-box headings after the article in other languages ("Über den Autor", "Sobre el autor", "O autorze").'),
  rule('about-author-multilingual', 'end',
    /^(?:Über|Sobre|À propos de|Acerca de|O autorze|Over) (?:\p{Lu}[\p{L}'’.-]+ ?){2,4}$/u,
    'An author box headed "Über Jana Roth", "Sobre Ana Ruiz" (German, Portuguese/Spanish, French, Polish, Dutch).'),

  // --- single lines --------------------------------------------------------------------------------
  rule('back-to-top', 'drop', /^(?:back to top(?: button)?|to top|scroll to top|top of page|↑\s*top)$/i,
    'Navigation button text left over in scraped text.'),
  rule('skip-to-content', 'drop', /^skip (?:to|navigation)\b.{0,30}$/i, '"Skip to content" accessibility links.'),
  rule('advertisement', 'drop',
    /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:below|the main story)|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama)$/i,
    'Advertisement labels and "story continues below" markers.'),
  rule('share-bar', 'drop',
    /^(?:share(?: (?:this|on|via|the) .{0,30}| article| story| post)?|tweet|pin(?: it)?|email|e-mail|print|copy link|copy url|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|messenger|telegram|flipboard|\d[\d.,]*k?\s+(?:shares?|views?|comments?|likes?))(?:\s*[|·•]\s*.{0,20})*$/i,
    'Share buttons and share/view counters.'),
  rule('share-button-label', 'drop',
    /^(?:share (?:this|it|on|via)\s*:|(?:click|tap) to (?:share|email|print|tweet)(?: (?:on|via|with|this|a link to a friend)\b[\w .'-]{0,30})?(?: \(opens in (?:a )?new window\))?|teilen:|partager\s*:|compartir\s*:|condividi\s*:|delen\s*:|udostępnij\s*:)$/i,
    'WordPress-style share buttons as scraped text ("Share this:", "Click to share on Twitter (Opens in new window)") and the "Share:" label in other languages.'),
  rule('share-bar-multilingual', 'drop', vocabularyPattern('share'),
    'Share, like and print buttons in other languages ("Teilen", "Teilen mit:", "Partager", "Compartir", "Udostępnij", "Gefällt mir").'),
  rule('follow-subscribe', 'drop',
    /^(?:follow us(?: on .{1,40})?|follow (?:@|on )\S.{0,40}|subscribe(?: (?:now|today|here|to (?:our|the) [\w ]{1,40}))?|sign up(?: (?:now|for (?:our|the) [\w ]{1,40}))?|get (?:our|the) [\w ]{1,30} newsletter|newsletter|sign in|log in|register|create (?:an )?account|already a subscriber\??.{0,30})[.!]?$/i,
    'Follow/subscribe/sign-in prompts.'),
  rule('newsletter-pitch', 'drop',
    /^(?:(?:sign up|subscribe) (?:for|to) (?:our|the) .{1,60}newsletter.{0,80}|get (?:the|our) .{1,40} (?:newsletter|delivered to your inbox).{0,60}|enter your e-?mail(?: address)?.{0,40})$/i,
    'Newsletter sign-up boxes.'),
  rule('promo-pitch', 'drop',
    /^(?:(?:subscribe|sign up) (?:to|for|now|today)\b(?=.{0,200}\b(?:newsletters?|magazine|podcast|channel|updates|alerts|inbox|today|now|digital|print|edition|access|issues?|stories)\b)|get (?:the latest|the best|our|more) .{0,60}(?:newsletter|inbox|delivered|updates)|stay (?:on top of|up to date|informed)|don'?t miss (?:out|a story|a thing)|want more stories like this|start your day with|there'?s plenty more where that came from|get unlimited access|become a (?:member|subscriber)|support (?:our|independent) journalism)\b.{0,300}$|^.{0,200}\bwant more stories like this\?.{0,100}$/i,
    'Subscription and newsletter pitches written as sentences.'),
  rule('newsletter-pitch-multilingual', 'drop',
    /^(?=(?:\S+\s+){0,49}\S+$)(?=.*newsletter)(?=.*(?:\babonnier|\banmeld|\bmelde (?:dich|sie)|\bbestell|\bregistrier|\berhalten sie\b|informiert (?:sie|dich|euch)\b|\bhol dir\b|\babonne|\binscri|\bsuscr[ií]b|\biscriv|\bassin|\binscrev|\baanmeld|\babonneer|\bzapisz|\bsubskryb|\bsubscribe\b|\bsign up\b|\breceive our\b|\bget our\b)).*$/iu,
    'Newsletter sign-up pitches written as a sentence, in any language ("Unser kostenloser Newsletter informiert Sie …", "Inscrivez-vous à notre newsletter", "Zapisz się na newsletter").'),
  rule('affiliate-disclosure', 'drop',
    /^.{0,300}\b(?:may (?:get|earn|receive) (?:a )?(?:share of the sale|(?:small )?commission)|earn(?:s)? (?:a )?(?:small )?(?:affiliate )?commission|affiliate (?:links?|commissions?)|links to online retail stores|advertising (?:disclosure|disclaimer)|(?:may|might) (?:receive|earn|get) compensation)\b.{0,300}$/i,
    'Affiliate-link disclosures.'),
  rule('contact-tip', 'drop',
    /^(?:have a (?:news )?tip\??|got a (?:news )?tip\??|send us a tip|contact (?:the )?(?:author|reporter|writer)\b|[\p{L}.'’ -]{3,40} (?:may|can) be reached at)\b.{0,300}$/iu,
    'Tip lines and "X may be reached at" contact notes.'),
  rule('wire-credit', 'drop',
    /^\(?(?:reporting|additional reporting|writing|editing|compiled|research) by .{2,300}\)?$/i,
    'Wire-service credits: "(Reporting by A; Editing by B)".'),
  rule('cookie-notice', 'drop',
    /^(?:.{0,80}\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage cookies)\b.{0,200}|accept|accept all|reject all|i agree|got it|ok, i agree)$/i,
    'Cookie consent notices and their buttons.'),
  rule('cookie-notice-multilingual', 'drop', consentPattern(),
    'Cookie banners and sign-up consent in other languages ("Wir verwenden Cookies, um …", "Nous utilisons des cookies …", "Mit der Anmeldung stimme ich … zu"; rules/boilerplate-languages.ts).'),
  rule('signup-consent', 'drop',
    /^.{0,80}\bby (?:signing up|subscribing|registering|submitting|clicking [^,]{1,40}|continuing)(?: [^,]{1,60})?,? you (?:agree|accept|consent)\b.{0,400}$/i,
    'The consent under a sign-up form ("By registering, you accept the terms of the Harbour Gazette").'),
  rule('app-pitch', 'drop',
    /^(?:(?:for (?:the latest|more) .{1,80}?,? )?download (?:the|our) (?:.{1,60}? )?apps?\b.{0,200}|get the latest .{1,60}\b(?:app|phone)\b.{0,120})$/i,
    'Pitches for the publisher\'s app ("Download our app for breaking news", "Get the latest headlines on your phone with our app").'),
  rule('follow-social-pitch', 'drop',
    /^[Ff]ollow (?:us|@\w+|(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4}) on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Tt]hreads)\b.{0,300}$/u,
    'A pitch for the publisher\'s social accounts ("Follow The Daily Planet on Twitter"): a named account, not a sentence ("Follow the steps posted on Twitter").'),
  rule('paywall-notice', 'drop',
    /^(?:to (?:view|read|continue reading|access) (?:the full|the rest of (?:the|this)|this) (?:story|article|post)\b.{0,300}|if you(?:'|’)re (?:already a subscriber|seeing this (?:notice|message))\b.{0,300}|.{0,60}\bsubscribers? (?:also )?(?:receive|get|enjoy)\b.{0,300})$/i,
    'Paywall notices in the text ("To read the rest of this article, subscribe", "If you are already a subscriber, log in").'),
  rule('promo-multilingual', 'drop', promoPattern(),
    'Short lines promoting the publication\'s print edition, e-paper or subscription ("Jetzt im Abo", "Abonnez-vous", "Word abonnee"; rules/boilerplate-languages.ts).'),
  rule('reader-pitch-multilingual', 'drop', pitchPattern(),
    'Calls to the reader in other languages: donation, comment, share and channel invitations and advertising disclosures ("Jede Spende hilft …", "Cet article vous a plu ?", "Dieser Beitrag enthält Werbung"; rules/boilerplate-languages.ts).'),
  rule('inbox-pitch', 'drop',
    /^.{0,200}\b(?:enter your e-?mail(?: address)? (?:below|here|to (?:get|receive|subscribe))|(?:opt out|unsubscribe) (?:at )?any ?time|(?:direct(?:ly)?|straight) (?:to|in|into) your inbox|get regular updates)\b.{0,300}$/i,
    'Sign-up boxes written as sentences ("Enter your email below to get our picks", "No spam, unsubscribe anytime").'),
  rule('license-notice', 'drop',
    /^(?=.*(?<![\p{L}\p{N}])(?:creative[ -]commons|cc[ -]by)(?![\p{L}\p{N}]))(?=(?:\S+\s+){0,29}\S+$)(?=.*(?<![\p{L}\p{N}])(?:this|these|dieser|dieses|diese|ce|cet|cette|ces|este|esta|estos|questo|questa|deze|dit|ten|ta|to)\s)(?=.*(?<![\p{L}\p{N}])(?:licen[cs]|lizen[sz]|licenc|licenz|licencj|licentie)).*$/iu,
    'A licence notice under a text: "this" text or site, Creative Commons, a licence word ("This post is licensed under Creative Commons BY 4.0"; in several languages), not the article.'),
  rule('copyright', 'drop',
    /^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|\w).{0,150}|all rights reserved\.?.{0,80})$/i,
    'Copyright lines.'),
  rule('legal-notice', 'drop',
    /^.{0,400}\b(?:all rights reserved|registered trademarks?|without (?:the )?(?:prior )?(?:express )?written permission|may not be (?:published|reproduced|redistributed)|not (?:been )?evaluated by the|for informational purposes only|does not constitute (?:medical|legal|financial|investment) advice|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)\b.{0,600}$/i,
    'Legal footers: rights reserved, trademarks, reproduction bans and disclaimers, in several languages.'),
  rule('image-credit', 'drop',
    /^(?:(?:photo|image|picture|video|graphic)(?: credit)?|credit|source)\s*:\s*.{1,80}$|^\(?(?:getty images|ap photo|reuters|afp via getty images|shutterstock)\)?$|^(?:photo(?:graph|graphy)?s?|pictures?|illustrations?) by \w[^.!?]{1,80}$/i,
    'Picture credit lines ("Photo: A", "Getty Images", "PHOTOGRAPH BY A, OUTLET").'),
  rule('caption-credit', 'drop',
    /^.{0,300}\((?:[^()]*\b(?:image|photo|picture|foto|bild|credit|getty|reuters|afp|ap photo|shutterstock|courtesy)\b[^()]*|[\w .&-]+\/[\w .&/-]+)\s*\)\s*$|^.{0,300}\b(?:getty images|ap photo|afp via getty images)\s*$|^(?:file photo|pictured|photo|image)\s*:.{0,300}$/i,
    'Picture captions that end with their credit ("... (Image: Getty)", "... (NASA/JPL)") or start with "FILE PHOTO:".'),
  rule('inline-related', 'drop',
    /^(?:related(?: post| story| article| content| coverage)?|read (?:more|also)|see (?:more|also)|also(?: on [\w.-]+| read)?|more on this|next up in [\w &]{1,40}|recommended|watch|listen|lire aussi|à lire|lesen sie auch|mehr dazu|leia (?:também|mais)|lee también|leggi anche|czytaj (?:też|także|więcej))\s*[:|»>-]\s*.{2,200}$|^this article is related to:.{0,200}$|^also on [\w-]+(?:\.[\w-]+)+\s+.{2,200}$/i,
    'One-line links to other articles inside or after the text: "Related: ...", "Read more: ...", "Also on site.com ...".'),
  rule('inline-related-multilingual', 'drop', inlineRelatedPattern(),
    'One-line links to other articles in other languages: "À lire aussi » …", "Zobacz także: …", "Lee también: …".'),
  rule('tags-line', 'drop',
    /^(?:tags?|tagged(?: with)?|topics?|filed (?:under|to)|categor(?:y|ies)|schlagwörter|themen|étiquettes|etiquetas|tag|argomenti|trefwoorden|tagi)(?:\s*:\s*.{0,200})?$/i,
    'Tag and topic lists under an article.'),
  rule('tags-line-multilingual', 'drop', tagsPattern(),
    'Category and tag lines in other languages ("Kategorie: Reisen", "Catégories : Cuisine", "Kategoria: Sport"; rules/boilerplate-languages.ts).'),
  rule('post-meta-multilingual', 'drop', postMetaPattern(),
    'A blog\'s post-meta line ("Dieser Beitrag wurde veröffentlicht in …", "Cette entrée a été publiée dans …"), as WordPress prints it under a post.'),
  rule('pingback', 'end',
    /^(?:pingback|trackback)(?:\s+(?:von|de|di|van|od|from))?(?:\s*:\s*|\s+).{3,300}$/i,
    'A pingback or trackback ("Pingback: Blog name | date") is listed among the comments: the comment section starts.'),
  rule('newsletter-line', 'drop',
    /^(?=(?:\S+\s+){0,7}\S+$).*\bnewsletters?\b.*$/i,
    'Short lines naming newsletters ("See All Newsletters", "Sign up for e-mail newsletters").'),
  rule('legal-links', 'drop',
    /^(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|site ?map|accessibility|careers|advertise(?: with us)?|help|faq|imprint|impressum|datenschutz|mentions légales)$/i,
    'Footer links.'),
  rule('navigation-multilingual', 'drop', vocabularyPattern('navigation'),
    'Menu, skip-link, back-to-top, account and footer links in other languages ("Startseite", "Impressum", "Nach oben", "Mentions légales", "Aviso legal", "Strona główna").'),
  rule('read-more-multilingual', 'drop', vocabularyPattern('readMore'),
    '"Read more" links of teasers in other languages ("Weiterlesen", "Lire la suite", "Leer más", "Czytaj dalej").'),
  rule('image-credit-multilingual', 'drop', creditPattern(),
    'Picture credit lines in other languages ("Foto: Anna Berg / dpa", "Crédit photo : AFP", "Fuente: Reuters", "Fot. PAP").'),
  rule('caption-credit-multilingual', 'drop', captionCreditPattern(),
    'Picture captions that end with their credit in other languages or after a copyright sign ("… © AFP / Marco Bertorello", "… Foto: Archivo El País.").'),
  rule('caption-agency', 'drop',
    new RegExp(`^\\S.{0,${AGENCY_CAPTION_MAX_CHARS}}\\p{Ll}\\.\\s+(?:${PICTURE_AGENCIES.join('|')})(?:\\s*/\\s*[^.!?/]{1,40})?$`, 'u'),
    'A short picture caption closed by the agency that took the picture ("Boats in the harbour at dawn. EFE", "… last week. Reuters / Ana Lind").'),
  rule('comment-buttons-multilingual', 'drop', vocabularyPattern('buttons'),
    'Comment buttons and donation or sign-up calls in other languages ("Antworten", "Répondre", "Jetzt spenden").'),
  rule('reading-time', 'drop', /^\d+\s*(?:min(?:ute)?s?)(?: read| reading time)?$|^reading time:?.{0,20}$/i,
    'Reading-time estimates.'),
  rule('relative-time', 'drop',
    /^(?:updated\s+|posted\s+)?(?:\d+|an?|one)\s*(?:s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.?\s+ago\b.{0,30}$|^(?:vor \d+ (?:minuten|stunden|tagen)|il y a \d+ (?:minutes?|heures?|jours?)|hace \d+ (?:minutos?|horas?|días?)|\d+ (?:minuti|ore|giorni) fa|há \d+ (?:minutos?|horas?|dias?)|\d+ (?:minuten|uur|dagen) geleden|\d+ (?:minut|godzin|dni) temu)$/i,
    'Relative timestamps of teasers and comments ("32M ago", "2 days ago at 07:52 am").'),
  rule('rating-votes', 'drop',
    /^(?:rating|score|votes?|likes?|points?):?\s*[+-]?\d[\d,.]*(?:\s*(?:votes?|points?|likes?))?$|^\(?(?:view|show|see) (?:all|more)\)?$|^(?:reply|report|flag|quote|like|upvote|downvote)(?:\s*[|·]\s*(?:reply|report|flag|quote|like|share))*$/i,
    'Comment widgets: ratings, votes, "(View all)", "Reply | Report".'),
  rule('account-form-notice', 'drop',
    /^(?=(?:\S+\s+){0,39}\S+$)(?:(?=.*\b(?:enter|geben|gib|saisi|introduz|introduc|inserisc|voer|wpisz|log ?in|sign in|anmelden|einloggen|connecter)).*\b(?:user ?name|benutzernamen?|nom d'utilisateur|usuario|nome utente|gebruikersnaam|nazwę użytkownika|e-?mail(?:-adresse| address)?)\s+(?:und|and|et|y|e|en|i|oder|or|ou|o|of|lub)\s+(?:\S+\s+)?(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło)\b.*|.*\b(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|hasła)\s+(?:\S+\s+)?(?:must|muss|is (?:incorrect|invalid|wrong)|ist (?:falsch|ungültig)|doit|est (?:incorrect|invalide)|debe|es incorrecta|deve|moet|musi|jest nieprawidłowe)\b.*|.*\b(?:e-?mail[- ]?(?:address|adresse|-adresse)|adresse e-?mail|dirección de (?:correo|e-?mail)|indirizzo e-?mail|adres e-?mail|e-?mailadres)\b.*\b(?:not (?:valid|correct)|invalid|nicht (?:korrekt|gültig)|ungültig|bereits|already|déjà|ya está|già|już|al in gebruik|registriert|registered|enregistré|to follow this blog|um diesem blog zu folgen|pour suivre ce blog)\b.*|.*\b(?:neueren|newer|aktuelleren|modern|supported|unterstützten) browser\b.*\b(?:herunter|download|install|update|upgrade|aktualisier|verwende|nutze|use)\w*\b.*|.*\b(?:browser|navigateur|navegador)\b.*\b(?:veraltet|outdated|out of date|no longer supported|not supported|nicht (?:mehr )?unterstützt|upgrade|update your|neueren|aktuellen|obsolète|obsoleto|desactualizado|non supportato|przestarzał)\b.*)$/iu,
    'Notices of login, registration and browser widgets ("Enter your username and password", "The password must be at least 8 characters", "This e-mail address is already registered", "Enter your email address to follow this blog", "Your browser is outdated"), in several languages: furniture printed as sentences.'),
  rule('loading', 'drop', /^(?:loading\.{0,3}|please wait\.{0,3}|javascript (?:is )?(?:required|disabled).{0,80})$/i,
    'Script placeholders in scraped text.'),
  rule('player-notice', 'drop',
    /^(?:media playback is (?:unsupported|not supported) on your device|these are external links and will open in a new window|(?:this|the) (?:video|media|content) (?:is (?:not |no longer |un)available|cannot be played)(?: (?:in your (?:country|region)|on this device))?|your browser does not support (?:the )?(?:video|audio|html5 video)(?: (?:tag|element|player))?)\.?$/i,
    'Notices of media players and share widgets ("Media playback is unsupported on your device"): page furniture around embeds, never article text.'),
  rule('box-label', 'drop', boxLabelPattern(),
    'The label over a box of links or contacts under the article, alone on its line ("Weitere Informationen:", "Ansprechpartner", "More information"; rules/boilerplate-labels.ts).'),
  rule('embed-placeholder', 'drop', embedNoticePattern(),
    'A consent plugin\'s placeholder for an embedded map, video or post ("Klicken Sie auf den Button, um den Inhalt von … zu laden"; rules/boilerplate-labels.ts).'),
];

/** The rules by id, for tests and for --explain. */
export const RULES_BY_ID: ReadonlyMap<string, BoilerplateRule> = new Map(BOILERPLATE_RULES.map((r) => [r.id, r]));

/** The rules' pre-checks (rules/prefilter.ts). */
export const BOILERPLATE_PREFILTERS = new Prefilters();

/**
 * The first rule whose pattern matches the whole (trimmed) line, if any. A rule whose pattern
 * cannot match a line starting as this one does (its pre-check) is not run: the same answer
 * as trying every pattern in order (test/unit/boilerplate-prefilter.test.ts), without running
 * most of them.
 */
export function matchBoilerplate(line: string): BoilerplateRule | null {
  const s = line.trim();
  if (!s) return null;
  let rule = matched.get(s);
  if (rule === undefined) {
    rule = null;
    const test = BOILERPLATE_PREFILTERS.tester(s);
    for (const r of BOILERPLATE_RULES) {
      if (test(r.pattern)) {
        rule = r;
        break;
      }
    }
    matched.set(s, rule);
  }
  return rule;
}

/**
 * Lines whose rule was looked up in this document (document-memos.ts): the text path asks about
 * the same line from several steps (units, header, title, classification; 2.8 times per distinct
 * line on the aeb text pages).
 */
const MATCHED_LINES_KEPT = 20_000;
const matched = documentMemo<string, BoilerplateRule | null>(MATCHED_LINES_KEPT);

/** The first rule whose pattern matches the line, trying every pattern (the plain matcher, for tests). */
export function matchBoilerplatePlain(line: string): BoilerplateRule | null {
  const s = line.trim();
  if (!s) return null;
  for (const r of BOILERPLATE_RULES) if (r.pattern.test(s)) return r;
  return null;
}
