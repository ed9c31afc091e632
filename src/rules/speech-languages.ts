/**
 * Speech cues of languages other than English, for the simple attribution patterns that carry
 * most quotes in news text:
 *   after:  „…“, sagte die Bürgermeisterin.   « … », a déclaré le ministre.   «…», dijo Ana Ruiz.
 *   before: Die Bürgermeisterin sagte: „…“    Le ministre a déclaré : « … »
 *   phrase: „…“, so der Sprecher.   Selon le ministre, « … ».   «…», según la policía.
 * Each language is one entry: the verb forms a news text uses (as written after a quote, where
 * the verb comes before its subject, and before a quote, after its subject), its "according to"
 * words, its personal pronouns (a pronoun speaker is resolved to the last named speaker), the
 * determiners a speaker phrase may start with, and the words that end a speaker phrase
 * (prepositions, conjunctions, time words: "sagte die Bürgermeisterin NACH der Sitzung").
 */

export interface SpeechLanguage {
  /** ISO 639-1 code, as in the article's `lang` (its primary subtag). */
  id: string;
  reason: string;
  /** Verb forms, one or more words each ("a déclaré", "ha detto"). */
  verbs: readonly string[];
  /** "According to" words: the speaker phrase follows them. */
  according: readonly string[];
  pronouns: readonly string[];
  determiners: readonly string[];
  /** Words that end a speaker phrase. */
  phraseEnd: readonly string[];
  /** An inverted verb with a pronoun subject written as one word after a quote ("a-t-il déclaré", "dit-elle"): group 1 is the pronoun. */
  inverted?: RegExp;
}

const words = (s: string) => s.trim().split(/\s+/);
const forms = (s: string) => s.split('|').map((f) => f.trim());

export const SPEECH_LANGUAGES: readonly SpeechLanguage[] = [
  {
    id: 'de',
    reason: 'German: the verb comes before its subject after a quote ("„…“, sagte X"); "so X" is the short form.',
    verbs: forms('sagte|sagt|sagten|sagen|erklärte|erklärt|betonte|betont|meinte|meint|fügte|fügt|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|antwortete|antwortet|fragte|fragt|erläuterte|erläutert|bekräftigte|bestätigte|bestätigt|räumte|ergänzte|ergänzt|teilte|teilt|versicherte|forderte|fordert'),
    according: forms('so|laut'),
    pronouns: words('er sie'),
    determiners: words('der die das den dem des ein eine einer eines einem'),
    phraseEnd: words('am im in nach bei auf vor gegenüber während mit und aber dass weil zu zum zur über unter mitgeteilt hinzu an aus heute gestern morgen damals dazu noch auch bereits'),
  },
  {
    id: 'fr',
    reason: 'French: "« … », a déclaré X" (inversion after a quote), "X a déclaré : « … »", "selon X".',
    verbs: forms('a déclaré|a dit|a affirmé|a expliqué|a ajouté|a souligné|a indiqué|a précisé|a estimé|a confié|a assuré|a averti|a répondu|a raconté|a lancé|déclare|dit|affirme|explique|ajoute|souligne|indique|précise|estime|confie|assure|raconte|répond|lance|avait déclaré|avait dit'),
    according: forms('selon|d’après|d\'après'),
    pronouns: words('il elle ils elles'),
    determiners: words('le la les l’ l\' un une des ce cette son sa ses leur'),
    phraseEnd: words('à au aux en dans lors après avant pendant avec et mais que qui lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui devant sur'),
    inverted: /^(?:a-t-|avait-|\p{L}+-t-|\p{L}+-)(il|elle|ils|elles)(?![\p{L}-])(?:\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|précisé|estimé|confié|assuré|averti|répondu|raconté|lancé))?/u,
  },
  {
    id: 'es',
    reason: 'Spanish: "«…», dijo X", "X dijo: «…»", "según X".',
    verbs: forms('dijo|afirmó|explicó|señaló|aseguró|indicó|añadió|agregó|declaró|comentó|sostuvo|advirtió|subrayó|destacó|manifestó|respondió|dice|afirma|explica|señala|asegura|indica|añade|agrega|declara|comenta|sostiene|advierte|ha dicho|ha afirmado|ha explicado|ha señalado'),
    according: forms('según'),
    pronouns: words('él ella ellos ellas'),
    determiners: words('el la los las un una unos unas su sus este esta'),
    phraseEnd: words('en a al ante tras durante con y pero que quien este esta el ayer hoy lunes martes miércoles jueves viernes sábado domingo sobre desde para por'),
  },
  {
    id: 'it',
    reason: 'Italian: "«…», ha detto X", "X ha detto: «…»", "secondo X".',
    verbs: forms('ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|ha precisato|ha commentato|ha risposto|ha ribadito|ha assicurato|dice|dichiara|spiega|aggiunge|afferma|sottolinea|precisa|commenta|risponde|ribadisce|aveva detto|disse'),
    according: forms('secondo'),
    pronouns: words('lui lei loro'),
    determiners: words('il lo la i gli le l’ l\' un uno una suo sua'),
    phraseEnd: words('a al alla in nel nella durante dopo prima con e ma che oggi ieri lunedì martedì mercoledì giovedì venerdì sabato domenica su per da'),
  },
  {
    id: 'pt',
    reason: 'Portuguese: "“…”, disse X", "X disse: “…”", "segundo X".',
    verbs: forms('disse|afirmou|explicou|declarou|acrescentou|destacou|ressaltou|garantiu|comentou|respondeu|contou|alertou|diz|afirma|explica|declara|acrescenta|destaca|ressalta|garante|comenta|responde|conta|alerta|havia dito'),
    according: forms('segundo|de acordo com'),
    pronouns: words('ele ela eles elas'),
    determiners: words('o a os as um uma uns umas seu sua'),
    phraseEnd: words('em no na nos nas ao à durante após antes com e mas que ontem hoje segunda terça quarta quinta sexta sábado domingo sobre para por'),
  },
  {
    id: 'nl',
    reason: 'Dutch: "„…”, zei X", "X zei: „…”", "aldus X", "volgens X".',
    verbs: forms('zei|zegt|zeiden|verklaarde|verklaart|stelde|stelt|vertelde|vertelt|schreef|schrijft|benadrukte|benadrukt|waarschuwde|waarschuwt|antwoordde|antwoordt|voegde|liet|aldus'),
    according: forms('volgens'),
    pronouns: words('hij zij ze'),
    determiners: words('de het een'),
    phraseEnd: words('in op bij na voor tijdens met en maar dat die gisteren vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag tegen over toe weten'),
  },
  {
    id: 'pl',
    reason: 'Polish: "„…” – powiedział X", "X powiedziała: „…”", "według X"; no articles, so a speaker starts with a capital or a title.',
    verbs: forms('powiedział|powiedziała|powiedzieli|mówi|stwierdził|stwierdziła|dodał|dodała|podkreślił|podkreśliła|zaznaczył|zaznaczyła|wyjaśnił|wyjaśniła|przekonywał|przekonywała|ocenił|oceniła|napisał|napisała|zapowiedział|zapowiedziała|poinformował|poinformowała'),
    according: forms('według|zdaniem'),
    pronouns: words('on ona oni one'),
    determiners: [],
    phraseEnd: words('w we na po przed podczas z ze i oraz ale że który która wczoraj dzisiaj dla do od o przy'),
  },
  {
    id: 'ru',
    reason: 'Russian: "«…», – сказал X", "X заявил: «…»", "по словам X"; no articles, so a speaker starts with a capital or a title.',
    verbs: forms('сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|добавил|добавила|подчеркнул|подчеркнула|пояснил|пояснила|рассказал|рассказала|сообщил|сообщила|говорит|признался|призналась|пожаловался|пожаловалась|написал|написала|считает'),
    according: forms('по словам|по мнению|по данным'),
    pronouns: words('он она они'),
    determiners: [],
    phraseEnd: words('в во на по после перед с со и но что который которая вчера сегодня для о об при у из'),
  },
  {
    id: 'id',
    reason: 'Indonesian and Malay: "“…”, kata X", "X mengatakan, “…”", "menurut X".',
    verbs: forms('kata|ujar|ucap|ungkap|jelas|tegas|tutur|berkata|mengatakan|menyatakan|menegaskan|menandaskan|menjelaskan|mengungkapkan|menambahkan|menuturkan|menyebut|menyebutkan'),
    according: forms('menurut'),
    pronouns: words('dia ia beliau mereka'),
    determiners: words('sang para'),
    phraseEnd: words('di pada dalam kepada kepadanya dan tetapi bahwa yang kemarin saat ketika setelah sebelum usai dengan untuk dari'),
  },
];

/** The table for an article's language tag ("de-AT" -> de), if there is one. */
export function speechLanguage(lang: string | null | undefined): SpeechLanguage | null {
  const id = lang?.toLowerCase().split(/[-_]/)[0];
  return SPEECH_LANGUAGES.find((l) => l.id === id) ?? null;
}
