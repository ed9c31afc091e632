import {
  bodyLayout
} from "./chunk-45DHUUIA.js";
import {
  escapePhrase,
  escapeRegExp,
  guessLanguage,
  longestFirst
} from "./chunk-DJWOFNSH.js";
import {
  ABBREVIATIONS,
  ATTRIBUTION_PHRASES,
  AUX_WORDS,
  COURTESY_TITLE_SET,
  DETERMINERS,
  DOCUMENT_NOUN_SET,
  FEMALE_NOUNS,
  INTRO_WORDS,
  ISSUED_MODIFIERS,
  ISSUED_NOUNS,
  MALE_NOUNS,
  MAX_PHRASE_WORDS,
  NOT_SPEAKER_LABEL_SET,
  NOUN_LIKE_FORMS,
  OFFICE_TITLE_SET,
  ORGANISATION_WORD_SET,
  PERSON_NOUNS,
  PRONOUNS,
  SENTENCE_FINAL_PHRASES,
  SPEAKER_HEAD_NOUNS,
  headOf,
  isGerund,
  isSpeechVerb,
  npAfter,
  plausibleSpeaker,
  relativeSubject,
  sentenceSubject,
  subjectOf,
  tokens
} from "./chunk-FSTWZD3N.js";

// dist/rules/speech-languages.js
var words = (s) => s.trim().split(/\s+/);
var forms = (s) => s.split("|").map((f) => f.trim());
var SPEECH_LANGUAGES = [
  {
    id: "de",
    reason: 'German: the verb comes before its subject after a quote ("\u201E\u2026\u201C, sagte X"); "so X" is the short form.',
    verbs: forms("sagte|sagt|sagten|sagen|erkl\xE4rte|erkl\xE4rt|betonte|betont|meinte|meint|f\xFCgte|f\xFCgt|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|antwortete|antwortet|fragte|fragt|erl\xE4uterte|erl\xE4utert|bekr\xE4ftigte|best\xE4tigte|best\xE4tigt|r\xE4umte|erg\xE4nzte|erg\xE4nzt|teilte|teilt|versicherte|forderte|fordert"),
    according: forms("so|laut"),
    pronouns: words("er sie"),
    determiners: words("der die das den dem des ein eine einer eines einem"),
    phraseEnd: words("am im in nach bei auf vor gegen\xFCber w\xE4hrend mit und aber dass weil zu zum zur \xFCber unter mitgeteilt hinzu an aus heute gestern morgen damals dazu noch auch bereits")
  },
  {
    id: "fr",
    reason: 'French: "\xAB \u2026 \xBB, a d\xE9clar\xE9 X" (inversion after a quote), "X a d\xE9clar\xE9 : \xAB \u2026 \xBB", "selon X".',
    verbs: forms("a d\xE9clar\xE9|a dit|a affirm\xE9|a expliqu\xE9|a ajout\xE9|a soulign\xE9|a indiqu\xE9|a pr\xE9cis\xE9|a estim\xE9|a confi\xE9|a assur\xE9|a averti|a r\xE9pondu|a racont\xE9|a lanc\xE9|d\xE9clare|dit|affirme|explique|ajoute|souligne|indique|pr\xE9cise|estime|confie|assure|raconte|r\xE9pond|lance|avait d\xE9clar\xE9|avait dit"),
    according: forms("selon|d\u2019apr\xE8s|d'apr\xE8s"),
    pronouns: words("il elle ils elles"),
    determiners: words("le la les l\u2019 l' un une des ce cette son sa ses leur"),
    phraseEnd: words("\xE0 au aux en dans lors apr\xE8s avant pendant avec et mais que qui lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd\u2019hui devant sur"),
    inverted: /^(?:a-t-|avait-|\p{L}+-t-|\p{L}+-)(il|elle|ils|elles)(?![\p{L}-])(?:\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|précisé|estimé|confié|assuré|averti|répondu|raconté|lancé))?/u
  },
  {
    id: "es",
    reason: 'Spanish: "\xAB\u2026\xBB, dijo X", "X dijo: \xAB\u2026\xBB", "seg\xFAn X".',
    verbs: forms("dijo|afirm\xF3|explic\xF3|se\xF1al\xF3|asegur\xF3|indic\xF3|a\xF1adi\xF3|agreg\xF3|declar\xF3|coment\xF3|sostuvo|advirti\xF3|subray\xF3|destac\xF3|manifest\xF3|respondi\xF3|dice|afirma|explica|se\xF1ala|asegura|indica|a\xF1ade|agrega|declara|comenta|sostiene|advierte|ha dicho|ha afirmado|ha explicado|ha se\xF1alado"),
    according: forms("seg\xFAn"),
    pronouns: words("\xE9l ella ellos ellas"),
    determiners: words("el la los las un una unos unas su sus este esta"),
    phraseEnd: words("en a al ante tras durante con y pero que quien este esta el ayer hoy lunes martes mi\xE9rcoles jueves viernes s\xE1bado domingo sobre desde para por")
  },
  {
    id: "it",
    reason: 'Italian: "\xAB\u2026\xBB, ha detto X", "X ha detto: \xAB\u2026\xBB", "secondo X".',
    verbs: forms("ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|ha precisato|ha commentato|ha risposto|ha ribadito|ha assicurato|dice|dichiara|spiega|aggiunge|afferma|sottolinea|precisa|commenta|risponde|ribadisce|aveva detto|disse"),
    according: forms("secondo"),
    pronouns: words("lui lei loro"),
    determiners: words("il lo la i gli le l\u2019 l' un uno una suo sua"),
    phraseEnd: words("a al alla in nel nella durante dopo prima con e ma che oggi ieri luned\xEC marted\xEC mercoled\xEC gioved\xEC venerd\xEC sabato domenica su per da")
  },
  {
    id: "pt",
    reason: 'Portuguese: "\u201C\u2026\u201D, disse X", "X disse: \u201C\u2026\u201D", "segundo X".',
    verbs: forms("disse|afirmou|explicou|declarou|acrescentou|destacou|ressaltou|garantiu|comentou|respondeu|contou|alertou|diz|afirma|explica|declara|acrescenta|destaca|ressalta|garante|comenta|responde|conta|alerta|havia dito"),
    according: forms("segundo|de acordo com"),
    pronouns: words("ele ela eles elas"),
    determiners: words("o a os as um uma uns umas seu sua"),
    phraseEnd: words("em no na nos nas ao \xE0 durante ap\xF3s antes com e mas que ontem hoje segunda ter\xE7a quarta quinta sexta s\xE1bado domingo sobre para por")
  },
  {
    id: "nl",
    reason: 'Dutch: "\u201E\u2026\u201D, zei X", "X zei: \u201E\u2026\u201D", "aldus X", "volgens X".',
    verbs: forms("zei|zegt|zeiden|verklaarde|verklaart|stelde|stelt|vertelde|vertelt|schreef|schrijft|benadrukte|benadrukt|waarschuwde|waarschuwt|antwoordde|antwoordt|voegde|liet|aldus"),
    according: forms("volgens"),
    pronouns: words("hij zij ze"),
    determiners: words("de het een"),
    phraseEnd: words("in op bij na voor tijdens met en maar dat die gisteren vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag tegen over toe weten")
  },
  {
    id: "pl",
    reason: 'Polish: "\u201E\u2026\u201D \u2013 powiedzia\u0142 X", "X powiedzia\u0142a: \u201E\u2026\u201D", "wed\u0142ug X"; no articles, so a speaker starts with a capital or a title.',
    verbs: forms("powiedzia\u0142|powiedzia\u0142a|powiedzieli|m\xF3wi|stwierdzi\u0142|stwierdzi\u0142a|doda\u0142|doda\u0142a|podkre\u015Bli\u0142|podkre\u015Bli\u0142a|zaznaczy\u0142|zaznaczy\u0142a|wyja\u015Bni\u0142|wyja\u015Bni\u0142a|przekonywa\u0142|przekonywa\u0142a|oceni\u0142|oceni\u0142a|napisa\u0142|napisa\u0142a|zapowiedzia\u0142|zapowiedzia\u0142a|poinformowa\u0142|poinformowa\u0142a"),
    according: forms("wed\u0142ug|zdaniem"),
    pronouns: words("on ona oni one"),
    determiners: [],
    phraseEnd: words("w we na po przed podczas z ze i oraz ale \u017Ce kt\xF3ry kt\xF3ra wczoraj dzisiaj dla do od o przy")
  },
  {
    id: "ru",
    reason: 'Russian: "\xAB\u2026\xBB, \u2013 \u0441\u043A\u0430\u0437\u0430\u043B X", "X \u0437\u0430\u044F\u0432\u0438\u043B: \xAB\u2026\xBB", "\u043F\u043E \u0441\u043B\u043E\u0432\u0430\u043C X"; no articles, so a speaker starts with a capital or a title.',
    verbs: forms("\u0441\u043A\u0430\u0437\u0430\u043B|\u0441\u043A\u0430\u0437\u0430\u043B\u0430|\u0441\u043A\u0430\u0437\u0430\u043B\u0438|\u0437\u0430\u044F\u0432\u0438\u043B|\u0437\u0430\u044F\u0432\u0438\u043B\u0430|\u0437\u0430\u044F\u0432\u0438\u043B\u0438|\u043E\u0442\u043C\u0435\u0442\u0438\u043B|\u043E\u0442\u043C\u0435\u0442\u0438\u043B\u0430|\u0434\u043E\u0431\u0430\u0432\u0438\u043B|\u0434\u043E\u0431\u0430\u0432\u0438\u043B\u0430|\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B|\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B\u0430|\u043F\u043E\u044F\u0441\u043D\u0438\u043B|\u043F\u043E\u044F\u0441\u043D\u0438\u043B\u0430|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B|\u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B\u0430|\u0441\u043E\u043E\u0431\u0449\u0438\u043B|\u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430|\u0433\u043E\u0432\u043E\u0440\u0438\u0442|\u043F\u0440\u0438\u0437\u043D\u0430\u043B\u0441\u044F|\u043F\u0440\u0438\u0437\u043D\u0430\u043B\u0430\u0441\u044C|\u043F\u043E\u0436\u0430\u043B\u043E\u0432\u0430\u043B\u0441\u044F|\u043F\u043E\u0436\u0430\u043B\u043E\u0432\u0430\u043B\u0430\u0441\u044C|\u043D\u0430\u043F\u0438\u0441\u0430\u043B|\u043D\u0430\u043F\u0438\u0441\u0430\u043B\u0430|\u0441\u0447\u0438\u0442\u0430\u0435\u0442"),
    according: forms("\u043F\u043E \u0441\u043B\u043E\u0432\u0430\u043C|\u043F\u043E \u043C\u043D\u0435\u043D\u0438\u044E|\u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C"),
    pronouns: words("\u043E\u043D \u043E\u043D\u0430 \u043E\u043D\u0438"),
    determiners: [],
    phraseEnd: words("\u0432 \u0432\u043E \u043D\u0430 \u043F\u043E \u043F\u043E\u0441\u043B\u0435 \u043F\u0435\u0440\u0435\u0434 \u0441 \u0441\u043E \u0438 \u043D\u043E \u0447\u0442\u043E \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u043A\u043E\u0442\u043E\u0440\u0430\u044F \u0432\u0447\u0435\u0440\u0430 \u0441\u0435\u0433\u043E\u0434\u043D\u044F \u0434\u043B\u044F \u043E \u043E\u0431 \u043F\u0440\u0438 \u0443 \u0438\u0437")
  },
  {
    id: "id",
    reason: 'Indonesian and Malay: "\u201C\u2026\u201D, kata X", "X mengatakan, \u201C\u2026\u201D", "menurut X".',
    verbs: forms("kata|ujar|ucap|ungkap|jelas|tegas|tutur|berkata|mengatakan|menyatakan|menegaskan|menandaskan|menjelaskan|mengungkapkan|menambahkan|menuturkan|menyebut|menyebutkan"),
    according: forms("menurut"),
    pronouns: words("dia ia beliau mereka"),
    determiners: words("sang para"),
    phraseEnd: words("di pada dalam kepada kepadanya dan tetapi bahwa yang kemarin saat ketika setelah sebelum usai dengan untuk dari")
  }
];
function speechLanguage(lang) {
  const id = lang?.toLowerCase().split(/[-_]/)[0];
  return SPEECH_LANGUAGES.find((l) => l.id === id) ?? null;
}

// dist/quotes/sentences.js
var END = /[.!?]+["”’'»]*(?=\s)/g;
function isAbbreviation(text, dot) {
  if (text[dot] !== ".")
    return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (!word)
    return false;
  if (/^\p{Lu}$/u.test(word))
    return true;
  if (/\./.test(word))
    return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
function sentenceEnds(text) {
  const ends = [];
  for (const m of text.matchAll(END)) {
    const at = m.index;
    if (isAbbreviation(text, at) && m[0] === ".") {
      const next = /^\s+(\S+)/.exec(text.slice(at + 1))?.[1] ?? "";
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
      const acronymThenSentence = /\p{L}\.\p{L}/u.test(word) && /^(?:The|It|He|She|They|We|But|And|In|A|This)$/.test(next);
      if (!acronymThenSentence)
        continue;
    }
    ends.push(at + m[0].length);
  }
  return ends;
}
var MAX_SENTENCE_CHARS = 2e3;
var EDGE = 16;
function sentenceStart(text, at) {
  const from = Math.max(0, at - MAX_SENTENCE_CHARS - EDGE);
  const window = text.slice(from, Math.min(text.length, at + 1));
  let start = from === 0 ? 0 : at - MAX_SENTENCE_CHARS;
  for (const e of sentenceEnds(window)) {
    if (from + e <= at && from + e >= start)
      start = from + e;
    else if (from + e > at)
      break;
  }
  return Math.max(0, start);
}
function sentenceEnd(text, at) {
  const from = Math.max(0, at - EDGE);
  const to = Math.min(text.length, at + MAX_SENTENCE_CHARS + 1);
  for (const e of sentenceEnds(text.slice(from, to)))
    if (from + e > at)
      return from + e;
  return to === text.length ? text.length : at + MAX_SENTENCE_CHARS;
}

// dist/quotes/attribution.js
var MAX_AFTER_VERB_TOKENS = 34;
var MAX_TITLED_NAME_WORDS = 7;
var SUBORDINATORS = /^(?:after|before|because|when|whenever|while|since|if|unless|until|though|although|whereas|once|as|where)\b/i;
var MAX_SIGNATURE_CHARS = 60;
var OPENERS = /[“"«„‘]|''/;
var NICKNAME_IN_NAME = /(?<=\p{Lu}[\p{L}.'’-]*\s)(?:[“"][^“”"]{0,20}[”"]|'')(?=\s+\p{Lu})/gu;
function maskQuotes(s, spans, offset = 0) {
  const parts = [];
  let pos = 0;
  for (const sp of [...spans].sort((x, y) => x.outerStart - y.outerStart)) {
    const a = Math.max(pos, sp.outerStart - offset);
    const b = Math.min(s.length, sp.outerEnd - offset);
    if (b - a < 3)
      continue;
    const stop = /[.!?,](?=\s*["”’'»]*$)/.exec(s.slice(a, b))?.[0] ?? " ";
    parts.push(s.slice(pos, a), "\u201C", " ".repeat(b - a - 3), stop, "\u201D");
    pos = b;
  }
  parts.push(s.slice(pos));
  return parts.join("");
}
function speakerAfterVerb(clause, from) {
  const toks = tokens(clause);
  const np = npAfter(clause, toks, from);
  if (!plausibleSpeaker(np))
    return null;
  const at = clause.indexOf(np, toks[from].index) + np.length;
  const desc = /^,\s+((?:the|a|an|who|head|chairman|director|president|executive|senior|chief|former)\b[^,.;]*(?:,[^,.;]*)?)/i.exec(clause.slice(at));
  return desc ? `${np}, ${desc[1].trim()}` : np;
}
function attributionAfter(para, outerEnd, inner) {
  const rest = para.slice(outerEnd);
  const sig = /^\s*[―—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*\.?\s*$/u.exec(rest.slice(0, MAX_SIGNATURE_CHARS + 1));
  if (sig && rest.length <= MAX_SIGNATURE_CHARS)
    return { speakerText: sig[1].replace(/\.$/, ""), cue: "\u2015", side: "signature" };
  if (/\.\s*$/.test(inner) && /^\s+\p{Lu}/u.test(rest))
    return null;
  let end = sentenceEnd(para, outerEnd);
  const nextQuote = rest.replace(NICKNAME_IN_NAME, (m) => "x".repeat(m.length)).search(OPENERS);
  if (nextQuote >= 0)
    end = Math.min(end, outerEnd + nextQuote);
  const clause = para.slice(outerEnd, end);
  if (/^\s*\p{L}/u.test(clause) === false && !/^\s*[,;—–-]/.test(clause) && clause.trim())
    return null;
  for (const p of ATTRIBUTION_PHRASES) {
    const m = p.pattern.exec(clause);
    if (m && m.index < 20) {
      const toks2 = tokens(clause);
      const from = toks2.findIndex((t) => t.index >= m.index + m[0].length);
      const np = from >= 0 ? onBehalf(clause, toks2, npAfter(clause, toks2, from)) : null;
      if (plausibleSpeaker(np))
        return { speakerText: np, cue: m[0].toLowerCase(), side: "after" };
    }
  }
  const toks = tokens(clause);
  const v = toks.findIndex((_t, i) => i < MAX_AFTER_VERB_TOKENS && isSpeechVerb(clause, toks, i));
  if (v < 0)
    return null;
  const verb = toks[v];
  if (isGerund(verb))
    return null;
  if (v === 0) {
    const np = speakerAfterVerb(clause, 1);
    return np ? { speakerText: np, cue: verb.w, side: "after" } : null;
  }
  const phrase = clause.slice(0, verb.index).replace(/^[\s,;—–-]+/, "").replace(/^as\s+/i, "").replace(/\s+$/, "");
  return speakerBeforeVerb(phrase, verb.w);
}
function speakerBeforeVerb(phrase, cue) {
  const words2 = phrase.split(/\s+/).filter(Boolean);
  const trimmed = phrase.replace(/[\s,;]+$/, "").split(/\s+/).filter((w, i) => i === 0 || !(AUX_WORDS.has(w.toLowerCase()) || /^\p{Ll}+ly$/u.test(w))).join(" ");
  const startsLikeSpeaker = /^\p{Lu}|^(?:the|a|an|he|she|they|we|i|it|one|another|his|her|their|its|several|many|some|both|most|two|three)\b/iu.test(trimmed) || // "retired Navy admiral Paul Grant said": a lower-case title before a name.
  words2.length <= MAX_TITLED_NAME_WORDS && !/,/.test(trimmed) && /\s\p{Lu}/u.test(trimmed);
  if (words2.length <= MAX_PHRASE_WORDS && plausibleSpeaker(trimmed) && startsLikeSpeaker)
    return { speakerText: trimmed, cue, side: "after" };
  const lastComma = trimmed.lastIndexOf(", ");
  if (lastComma > 0 && !SUBORDINATORS.test(trimmed)) {
    const tail = trimmed.slice(lastComma + 2);
    if (!/,/.test(tail) && tail.split(/\s+/).length <= MAX_TITLED_NAME_WORDS && plausibleSpeaker(tail) && /^\p{Lu}|^(?:the|he|she|they|officials|police)\b/u.test(tail))
      return { speakerText: tail, cue, side: "after" };
  }
  return null;
}
var ISSUED = new RegExp(String.raw`^(?:a|an|the)\s+(?:(?:${ISSUED_MODIFIERS})\s+)?(?:${ISSUED_NOUNS})$`, "i");
function onBehalf(s, toks, np) {
  if (!np || !ISSUED.test(np))
    return np;
  const at = s.indexOf(np) + np.length;
  const m = /^\s+(?:from|by|of|for)\s+/i.exec(s.slice(at));
  if (!m)
    return np;
  const from = toks.findIndex((t) => t.index >= at + m[0].length);
  const owner = from >= 0 ? npAfter(s, toks, from) : null;
  return plausibleSpeaker(owner) ? `${np}${m[0].replace(/\s+/g, " ")}${owner}` : np;
}
var SENTENCE_FINAL_SCANNERS = [...ATTRIBUTION_PHRASES, ...SENTENCE_FINAL_PHRASES].map((p) => ({
  inClause: new RegExp(String.raw`,\s*(${p.pattern.source})\s+`, "i"),
  open: new RegExp(String.raw`^\s*(${p.pattern.source})\s+|,\s*(${p.pattern.source})\s+`, "i")
}));
function attributionSentenceFinal(para, outerEnd) {
  const end = sentenceEnd(para, outerEnd);
  const clause = para.slice(outerEnd, end);
  const commaBefore = /,\s*["”’'»]+$/.test(para.slice(Math.max(0, outerEnd - 4), outerEnd));
  for (const scanner of SENTENCE_FINAL_SCANNERS) {
    const m = (commaBefore ? scanner.open : scanner.inClause).exec(clause);
    if (!m)
      continue;
    if (/[,;“”"«»]|--|[—–]/.test(clause.slice(m.index + m[0].length)))
      continue;
    const toks = tokens(clause);
    const from = toks.findIndex((t) => t.index >= m.index + m[0].length);
    if (from < 0)
      continue;
    const np = onBehalf(clause, toks, npAfter(clause, toks, from));
    if (plausibleSpeaker(np))
      return { speakerText: np, cue: (m[1] ?? m[2]).toLowerCase(), side: "after" };
  }
  return null;
}
var ATTRIBUTION_SCANNERS = ATTRIBUTION_PHRASES.map((p) => new RegExp(p.pattern.source, "gi"));
var PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you)$/i;
function attributionBefore(para, outerStart) {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  const toks = tokens(s);
  for (const re of ATTRIBUTION_SCANNERS) {
    re.lastIndex = 0;
    let last = null;
    for (let x = re.exec(s); x; x = re.exec(s))
      last = x;
    if (last && !/[“"]/.test(s.slice(last.index))) {
      const from = toks.findIndex((t) => t.index >= last.index + last[0].length);
      const np = from >= 0 ? onBehalf(s, toks, npAfter(s, toks, from)) : null;
      if (plausibleSpeaker(np))
        return { speakerText: np, cue: last[0].toLowerCase(), side: "before" };
    }
  }
  const lastVerb = toks.length - 1;
  const firstVerb = toks.findIndex((_t, k) => k < lastVerb && isSpeechVerb(s, toks, k));
  const newClause = firstVerb < 0 || /[,;]\s+(?:and|but|yet|while)\s|;/.test(s.slice(toks[firstVerb].end, toks[lastVerb].index));
  if (lastVerb > 0 && newClause && isSpeechVerb(s, toks, lastVerb) && /^\s*[,:]\s*$/.test(s.slice(toks[lastVerb].end)) && !isGerund(toks[lastVerb])) {
    const found = speakerOfVerb(s, toks, lastVerb, true);
    if (found)
      return found;
  }
  for (let v = toks.length - 2; v > 0; v--) {
    if (!isSpeechVerb(s, toks, v) || isGerund(toks[v]) || NOUN_LIKE_FORMS.has(toks[v].lower) || !/(?:ed|s)$|^(?:said|told|wrote|thought)$/.test(toks[v].lower))
      continue;
    if (!/^(?:is|was|are|were|would|will|could|might|has|had)$/.test(toks[v + 1].lower))
      continue;
    if (!/^\s+$/.test(s.slice(toks[v].end, toks[v + 1].index)) || /\bthat\s*$/.test(s.slice(0, toks[v].index)))
      break;
    const subj = subjectOf(s, toks, v);
    const dets = subj ? [...subj.matchAll(/\b(?:the|a|an|his|her|its|their)\s+(?=\S)/gi)] : [];
    const np = subj && dets.length && dets[dets.length - 1].index > 0 ? subj.slice(dets[dets.length - 1].index) : subj;
    if (plausibleSpeaker(np) && !PRONOUN_SUBJECT.test(np))
      return { speakerText: np, cue: toks[v].w, side: "before" };
    break;
  }
  for (let v = toks.length - 1; v > 0; v--) {
    if (!isSpeechVerb(s, toks, v) || !isGerund(toks[v]))
      continue;
    const m = /\bwith\s+((?:(?!(?:of|from|by|in|on|at|for|to|about)\s)\p{Ll}+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+$/u.exec(s.slice(0, toks[v].index));
    if (m && plausibleSpeaker(m[1]))
      return { speakerText: m[1], cue: toks[v].w, side: "before" };
    break;
  }
  const afterQuote = Math.max(s.lastIndexOf("\u201D"), s.lastIndexOf("\u201C"));
  if (afterQuote >= 0) {
    for (let v = 0; v < toks.length; v++) {
      if (toks[v].index < afterQuote || !isSpeechVerb(s, toks, v))
        continue;
      const found = speakerOfVerb(s, toks, v, true);
      if (found)
        return found;
    }
  }
  const subordinateFirst = SUBORDINATORS.test(s.trimStart());
  for (let n = 0; n < toks.length; n++) {
    const v = subordinateFirst ? toks.length - 1 - n : n;
    if (!isSpeechVerb(s, toks, v))
      continue;
    const found = speakerOfVerb(s, toks, v, true);
    if (found)
      return found;
  }
  return null;
}
function speakerOfVerb(s, toks, v, noGerund) {
  const cue = toks[v].w;
  if (v === 0) {
    const np = speakerAfterVerb(s, 1);
    if (np)
      return { speakerText: np, cue, side: "before" };
  }
  const rel = relativeSubject(s, toks, v);
  if (rel)
    return { speakerText: rel.pronoun, antecedent: rel.antecedent, cue, side: "before" };
  const subj = subjectOf(s, toks, v);
  if (plausibleSpeaker(subj))
    return { speakerText: subj, cue, side: "before" };
  if (v === 0 || /,\s*$/.test(s.slice(0, toks[v].index))) {
    const np = speakerAfterVerb(s, v + 1);
    if (np && !(noGerund && isGerund(toks[v])))
      return { speakerText: np, cue, side: "before" };
  }
  return null;
}
var SAID_NOUNS = /^(?:claim|statement|assertion|contention|insistence|argument|suggestion|prediction|promise|pledge|vow|boast|warning|allegation|charge|remark|comment|description|complaint|declaration|admission|accusation|threat|view|belief|position)s?$/;
var POSSESSIVE_PRONOUNS = { his: "he", her: "she", their: "they", its: "it" };
function attributionPossessive(para, outerStart) {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  const pro = /\b(his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s*(?:(?:--|[—–,-])\s*)?that\s+[^“”"]*$/iu.exec(s);
  if (pro && SAID_NOUNS.test(pro[2])) {
    const owner2 = pro[1].toLowerCase();
    const subj = owner2 === "its" || owner2 === "their" ? sentenceSubject(s.slice(0, pro.index)) : null;
    const antecedent = subj && !PRONOUN_SUBJECT.test(subj) ? subj : POSSESSIVE_PRONOUNS[owner2];
    return { speakerText: pro[1], antecedent, cue: pro[2], side: "before" };
  }
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*|\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s*(?:(?:--|[—–,-])\s*)?that\s+[^“”"]*$/u.exec(s);
  if (!m || !SAID_NOUNS.test(m[2]))
    return null;
  const owner = m[1].replace(/^(?:On|In|But|And|After|Following)\s+/, "").replace(/^The\s+(?=\p{Lu})/u, "");
  return plausibleSpeaker(owner) ? { speakerText: `${owner}\u2019s`, antecedent: owner, cue: m[2], side: "before" } : null;
}
function attributionDashAside(para, outerStart, outerEnd) {
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*(?:--|—|–)\s*$/u.exec(para.slice(Math.max(0, outerStart - 80), outerStart));
  if (!m || !/^[\s,.]*(?:--|—|–)/.test(para.slice(outerEnd)))
    return null;
  const name = m[1].split(/\s+/).filter((w, i, ws) => i > 0 || ws.length === 1 || !INTRO_WORDS.has(w.toLowerCase())).join(" ");
  return name.split(/\s+/).length >= 2 && plausibleSpeaker(name) ? { speakerText: name, cue: "\u2014", side: "before" } : null;
}
function paragraphSignature(para) {
  const m = /[”"’]\s*[―—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*\.?\s*$/u.exec(para);
  return m ? { speakerText: m[1].replace(/\.$/, ""), cue: "\u2015", side: "signature" } : null;
}
function attributionPreviousSentence(para, outerStart) {
  const here = sentenceStart(para, outerStart);
  if (here === 0)
    return null;
  return speakerOfSentence(para.slice(sentenceStart(para, Math.max(0, here - 2)), here).trim());
}
function speakerOfSentence(s) {
  if (!s)
    return null;
  const toks = tokens(s);
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(s, toks, v))
      continue;
    const found = speakerOfVerb(s, toks, v, false);
    if (found)
      return found;
  }
  const subj = sentenceSubject(s);
  return subj && /^\p{Lu}/u.test(subj) && !/^(?:It|This|That|There|These|Those)$/.test(subj) ? { speakerText: subj, cue: null, side: "before" } : null;
}
function attributionColon(para, outerStart) {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  if (!/:\s*$/.test(s))
    return null;
  const lastClause = s.slice(s.lastIndexOf(", ") + 2);
  const subj = sentenceSubject(s) ?? (s.includes(", ") && /^\p{Lu}/u.test(lastClause) ? sentenceSubject(lastClause) : null);
  const named = subj?.split(/\s+/).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !/^(?:the|a|an|this|that|these|those|its|his|her|their|our)$/i.test(w)));
  const head = subj?.split(/\s+/).pop()?.toLowerCase() ?? "";
  return subj && (named || SPEAKER_HEAD_NOUNS.test(head) || PERSON_NOUNS.has(head)) ? { speakerText: subj, cue: ":", side: "before" } : null;
}
function attributionIntroducing(prevPara) {
  if (!/:\s*$/.test(prevPara))
    return null;
  const s = prevPara.slice(sentenceStart(prevPara, prevPara.length - 1));
  const toks = tokens(s);
  const owned = /\b(?:this|that|the|a|an|his|her|their|its|these|those)\s+(?:\p{Ll}+\s+)?(?:statement|remarks?|comments?|words|tweets?|post|claim|quote|message|answer|response|reply|question)\s+(?:by|from|of)\s+(?=\p{Lu})/u.exec(s);
  if (owned) {
    const from = toks.findIndex((t) => t.index >= owned.index + owned[0].length);
    const np = from >= 0 ? npAfter(s, toks, from) : null;
    if (plausibleSpeaker(np))
      return { speakerText: np, cue: ":", side: "before" };
  }
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(s, toks, v))
      continue;
    if (v === 0) {
      const np = speakerAfterVerb(s, 1);
      if (np)
        return { speakerText: np, cue: toks[v].w, side: "before" };
    }
    const subj2 = subjectOf(s, toks, v);
    if (plausibleSpeaker(subj2))
      return { speakerText: subj2, cue: toks[v].w, side: "before" };
  }
  const subj = sentenceSubject(s);
  return subj && /:\s*$/.test(s) && s.split(/\s+/).length <= 8 ? { speakerText: subj, cue: ":", side: "before" } : null;
}
function speakerLabel(inner) {
  const m = /^([\p{Lu}][\p{Lu}.'’ -]{1,30}):\s+/u.exec(inner);
  if (!m || !/\p{Lu}{2,}/u.test(m[1]))
    return null;
  return { speakerText: m[1].trim(), skip: m[0].length };
}

// dist/quotes/blockquote.js
var MIN_BLOCK_QUOTE_WORDS = 4;
var MAX_SIGNATURE_WORDS = 14;
var SIGNATURE = /(?:^|\n|\s)[—―–]{1,2}\s*([^\n—―]+)$/u;
function blockQuote(text, prevText) {
  let end = text.replace(/\s+$/, "").length;
  let attribution = null;
  const sig = SIGNATURE.exec(text.slice(0, end));
  if (sig && sig[1].split(/\s+/).length <= MAX_SIGNATURE_WORDS) {
    const name = sig[1].split(/\s*[(,]/)[0].trim();
    if (/^\p{Lu}/u.test(name)) {
      attribution = { speakerText: name, cue: "\u2014", side: "signature" };
      end = sig.index;
    }
  }
  const start = text.length - text.trimStart().length;
  const inner = text.slice(start, end).replace(/\s+$/, "");
  if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_BLOCK_QUOTE_WORDS)
    return null;
  attribution ??= attributionIntroducing(prevText);
  if (!attribution)
    return null;
  return { start, end: start + inner.length, attribution };
}

// dist/quotes/language.js
var ENGLISH_WORDS = new Set("the and of to that for was with this are said his her they from have has but we you will who which would their been were what when there she is it he".split(" "));
var OTHER_WORDS = new Set("il la le di che e per non un una del della de da em os para com que el los las y en con por se du des et est les der die das und ist nicht mit von zu den ein eine och att jest nie na w z do je dan yang ini itu dengan untuk het een van".split(" "));
var MIN_LATIN_SHARE = 0.5;
var MIN_ENGLISH_SHARE = 0.5;
var SAMPLE_CHARS = 5e4;
var MIN_WORDS_TO_JUDGE = 40;
function letterCounts(lower, words2) {
  const astral = /[\ud800-\udbff]/.test(lower);
  let letters = 0;
  for (const w of words2)
    letters += astral ? [...w].length : w.length;
  let latin = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 192 && c <= 591)
      latin++;
  }
  return { letters, latin };
}
function readsAsEnglish(text, lang = null) {
  const lower = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const words2 = lower.match(/\p{L}+/gu) ?? [];
  if (words2.length < MIN_WORDS_TO_JUDGE)
    return !lang || /^en\b/i.test(lang);
  const { letters, latin } = letterCounts(lower, words2);
  if (latin / Math.max(letters, 1) < MIN_LATIN_SHARE)
    return false;
  let en = 0;
  let other = 0;
  for (const w of words2) {
    if (ENGLISH_WORDS.has(w))
      en++;
    else if (OTHER_WORDS.has(w))
      other++;
  }
  return en / (en + other + 1) >= MIN_ENGLISH_SHARE;
}

// dist/quotes/other-languages.js
var MAX_SPEAKER_WORDS = 8;
var MAX_VERB_TO_QUOTE_CHARS = 60;
var alternation = (phrases) => `(?:${longestFirst(phrases, escapePhrase)})(?![\\p{L}\\p{N}])`;
var cueOf = (s) => s.toLowerCase().replace(/\s+/g, " ");
var compiled = /* @__PURE__ */ new Map();
function compile(lang) {
  let c = compiled.get(lang.id);
  if (!c) {
    const verbs = alternation(lang.verbs);
    c = {
      lang,
      after: new RegExp(`^[\\s,;\u2013\u2014-]*(${alternation([...lang.verbs, ...lang.according])})\\s+`, "iu"),
      before: new RegExp(`(?:^|[,;]\\s+)([^,;:]+?)\\s+(${verbs})(?:\\s+([^:,.!?]{0,${MAX_VERB_TO_QUOTE_CHARS}}?))?\\s*[:,]\\s*$`, "iu"),
      accordingBefore: new RegExp(`^\\s*(${alternation(lang.according)})\\s+([^,;:]+?)\\s*,\\s*$`, "iu"),
      ends: new Set(lang.phraseEnd.map((w) => w.toLowerCase())),
      starts: new Set([...lang.determiners, ...lang.pronouns].map((w) => w.toLowerCase())),
      according: new Set(lang.according.map(cueOf))
    };
    compiled.set(lang.id, c);
  }
  return c;
}
function phraseAt(text, c, lenient = false) {
  const out = [];
  for (const w of text.split(/\s+/)) {
    if (!w)
      continue;
    const bare = w.replace(/[,.;:!?)»”“"]+$/u, "");
    if (out.length > 0 && c.ends.has(bare.toLowerCase()))
      break;
    const titled = /\.$/.test(w) && (COURTESY_TITLE_SET.has(w) || OFFICE_TITLE_SET.has(w) || /^\p{Lu}\.$/u.test(w));
    if (titled) {
      out.push(w);
      continue;
    }
    if (bare)
      out.push(bare);
    if (bare !== w || out.length >= MAX_SPEAKER_WORDS)
      break;
  }
  const np = out.join(" ");
  return plausible(np, c) || lenient && /\p{L}/u.test(np) ? np : null;
}
var MAX_TITLE_WORDS = 2;
function plausible(np, c) {
  const ws = np.split(/\s+/);
  const first = ws[0] ?? "";
  if (!/\p{L}/u.test(np) || ws.length > MAX_SPEAKER_WORDS)
    return false;
  if (/^\p{Lu}/u.test(first) || c.starts.has(first.toLowerCase()) || /^[lL][’']/.test(first))
    return true;
  return ws.slice(1, MAX_TITLE_WORDS + 1).some((w) => /^\p{Lu}/u.test(w));
}
function isPronounOf(lang, text) {
  return lang.pronouns.includes(text.toLowerCase());
}
function attributionOtherLanguage(para, outerStart, outerEnd, lang) {
  const c = compile(lang);
  let end = sentenceEnd(para, outerEnd);
  const next = para.slice(outerEnd).search(/[“"«„‘‹]/);
  if (next >= 0)
    end = Math.min(end, outerEnd + next);
  const clause = para.slice(outerEnd, end);
  const inv = lang.inverted?.exec(clause.replace(/^[\s,;–—-]+/, ""));
  if (inv)
    return { speakerText: inv[1], cue: inv[0], side: "after" };
  const m = c.after.exec(clause);
  if (m) {
    const cue = cueOf(m[1]);
    const np = phraseAt(clause.slice(m[0].length), c, c.according.has(cue) && lang.determiners.length === 0);
    if (np)
      return { speakerText: np, cue, side: "after" };
  }
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  const acc = c.accordingBefore.exec(s);
  if (acc && plausible(acc[2].trim(), c))
    return { speakerText: acc[2].trim(), cue: cueOf(acc[1]), side: "before" };
  const b = c.before.exec(s);
  if (b) {
    const cue = cueOf(b[2]);
    const np = b[1].trim();
    if (c.ends.has(np.split(/\s+/)[0].toLowerCase())) {
      const after = b[3] ? phraseAt(b[3], c) : null;
      return after ? { speakerText: after, cue, side: "before" } : null;
    }
    if (plausible(np, c))
      return { speakerText: np, cue, side: "before" };
  }
  return null;
}

// dist/quotes/mentions.js
function isNamed(np) {
  return np.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !PRONOUNS.has(w.toLowerCase()));
}
function speakerKind(np, body = "") {
  const words2 = np.split(/\s+/);
  const last = words2[words2.length - 1] ?? "";
  const plural = /s$/i.test(last) && !/(?:ss|us|is)$/i.test(last);
  if (PERSON_NOUNS.has(last.toLowerCase()))
    return "person";
  if (words2.length > 1 && plural && /^(?:\d[\d,.]*|[\p{L}]+-?(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|most|many|some|several|few)$/iu.test(words2[0]) && /\b(?:percent|per cent|of)\b/i.test(np))
    return "plural";
  if (words2.length > 1 && plural && /^\p{Ll}/u.test(last))
    return "plural";
  if (/^(?:the|a|an|its|their)\s/i.test(np))
    return plural ? "plural" : "thing";
  if (words2.length === 1 && body && wordsOf(body).has(last.toLowerCase().replace(/[^\p{L}]/gu, "")))
    return plural ? "plural" : "thing";
  return "person";
}
function refersToSomeone(np) {
  if (isNamed(np))
    return true;
  const words2 = np.split(/\s+/);
  return words2.length <= 4 && PERSON_NOUNS.has((words2[words2.length - 1] ?? "").toLowerCase()) && !PRONOUNS.has(np.toLowerCase());
}
function isSentenceOpenerOnly(np, body) {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(np))
    return false;
  return !capitalisedInside(body).has(np);
}
var index = null;
function bodyIndex(body) {
  if (index?.body !== body)
    index = { body };
  return index;
}
function wordsOf(body) {
  const ix = bodyIndex(body);
  return ix.words ??= new Set(body.match(/\p{L}+/gu) ?? []);
}
function capitalisedInside(body) {
  const ix = bodyIndex(body);
  if (ix.inside)
    return ix.inside;
  const words2 = /* @__PURE__ */ new Set();
  for (const m of body.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}[\p{L}'’-]*/gu)) {
    const w = m[0];
    words2.add(w);
    for (const at of w.matchAll(/['’-]/g))
      words2.add(w.slice(0, at.index));
  }
  return ix.inside = words2;
}
function genderOf(np) {
  const words2 = np.toLowerCase().split(/\s+/);
  const last = words2[words2.length - 1] ?? "";
  if (FEMALE_NOUNS.has(last) || /^(?:mrs|ms|miss)\.?$/.test(words2[0] ?? ""))
    return "she";
  if (MALE_NOUNS.has(last) || /^mr\.?$/.test(words2[0] ?? ""))
    return "he";
  return null;
}
function paragraphMentions(masked, offset, body, previous = []) {
  const out = [];
  let start = 0;
  for (const end of [...sentenceEnds(masked), masked.length]) {
    const s = masked.slice(start, end);
    const toks = tokens(s);
    const own = sentenceSubject(s);
    if (own && /^(?:he|she)$/i.test(own)) {
      const pronoun = own.toLowerCase();
      const name = resolvePronoun(own, offset + start, [...previous, ...out]);
      if (name !== own)
        out.push({ name, kind: "person", at: offset + start, gender: pronoun });
      start = end;
      continue;
    }
    let subj = null;
    for (let v = 0; v < toks.length && !subj; v++) {
      if (!isSpeechVerb(s, toks, v))
        continue;
      const np = subjectOf(s, toks, v);
      if (plausibleSpeaker(np))
        subj = np;
      else if (v === 0 || /,\s*$/.test(s.slice(0, toks[v].index))) {
        const after = npAfter(s, toks, v + 1);
        if (plausibleSpeaker(after))
          subj = after;
      }
    }
    if (!subj || !refersToSomeone(subj))
      subj = own && !isSentenceOpenerOnly(own, body) && !/^\p{Lu}\p{Ll}+(?:ed|ly|ing)$/u.test(own) ? own : null;
    if (subj && refersToSomeone(subj)) {
      const head = headOf(subj);
      out.push({ name: head, kind: speakerKind(head, body), at: offset + start, gender: genderOf(head) });
    }
    start = end;
  }
  return out;
}
function isOrganisation(np) {
  const last = np.split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}]/gu, "") ?? "";
  return ORGANISATION_WORD_SET.has(last);
}
function resolvePronoun(written, at, mentions) {
  const pronoun = written.toLowerCase();
  const kind = PRONOUNS.get(pronoun);
  if (!kind || kind === "self")
    return written;
  const genders = /* @__PURE__ */ new Map();
  for (const m of mentions)
    if (m.at < at && m.gender)
      genders.set(m.name, m.gender);
  let named = null;
  let described = null;
  for (const m of mentions) {
    if (m.at >= at || m.kind !== kind && !(kind === "plural" && isOrganisation(m.name)))
      continue;
    const gender = m.gender ?? genders.get(m.name);
    if (gender && (pronoun === "he" || pronoun === "she") && gender !== pronoun)
      continue;
    if (isNamed(m.name)) {
      if (!named || m.at >= named.at)
        named = m;
    } else if (!described || m.at >= described.at)
      described = m;
  }
  const describedWins = described && (!named || described.gender === pronoun && described.at > named.at);
  return (describedWins ? described : named ?? described)?.name ?? written;
}

// dist/quotes/spans.js
var PAIRS = /* @__PURE__ */ new Map([
  ["\u201C", '\u201D"'],
  ['"', '"\u201D'],
  ["\u201E", "\u201C\u201D"],
  ["\xAB", "\xBB"],
  ["\xBB", "\xAB"],
  ["\u2039", "\u203A"],
  ["\u2018", "\u2019"],
  ["\u201A", "\u2018\u2019"],
  ["''", "''"]
]);
var MAX_NESTING = 1;
var MAX_NESTED_QUOTE_CHARS = 400;
var LETTER = /[\p{L}\p{N}]/u;
var isLetter = (c) => c !== void 0 && LETTER.test(c);
function openingAt(text, i) {
  const c = text[i];
  const two = text.slice(i, i + 2);
  const mark = two === "''" ? two : PAIRS.has(c) ? c : c === "\u201D" && (i === 0 || /\s/.test(text[i - 1])) ? "\u201C" : null;
  if (!mark)
    return null;
  const before = text[i - 1];
  const after = text[i + mark.length];
  const ellipsisOpening = i === 0 && /^\s+(?:…|\.\.\.)/.test(text.slice(i + mark.length));
  const spacedGuillemet = (mark === "\xAB" || mark === "\u2039") && /^[ \u00a0\u202f]\S/u.test(text.slice(i + 1, i + 3));
  if (after === void 0 || /\s/.test(after) && !ellipsisOpening && !spacedGuillemet)
    return null;
  if ((mark === "\u2018" || mark === '"' || mark === "''" || mark === "\u201A") && isLetter(before))
    return null;
  if (mark === '"' && /\d/.test(before ?? ""))
    return null;
  if (before === "=" || after === ">")
    return null;
  return mark;
}
function nestedCloseIsInside(text, after, open) {
  const closers = PAIRS.get(open);
  const stop = Math.min(text.length, after + MAX_NESTED_QUOTE_CHARS);
  for (let j = after; j < stop; j++)
    if (closers.includes(text[j]) && !/\s/.test(text[j - 1] ?? " "))
      return true;
  return false;
}
function closingFrom(text, from, open, depth = 0) {
  const closers = PAIRS.get(open);
  const stop = depth > 0 ? Math.min(text.length, from + MAX_NESTED_QUOTE_CHARS) : text.length;
  for (let j = from; j < stop; j++) {
    if (open === "''") {
      if (text.startsWith("''", j))
        return { at: j, len: 2 };
      continue;
    }
    const c = text[j];
    if (depth < MAX_NESTING && (open === "\u201C" || open === '"') && c === open && /\s/.test(text[j - 1] ?? "") && openingAt(text, j) === open) {
      const end = closingFrom(text, j + 1, open, depth + 1);
      if (end.at >= 0 && nestedCloseIsInside(text, end.at + end.len, open)) {
        j = end.at + end.len - 1;
        continue;
      }
    }
    if (depth < MAX_NESTING && !closers.includes(c)) {
      const inner = openingAt(text, j);
      if (inner && inner !== open && inner !== "''" && inner !== "\u2018") {
        const end = closingFrom(text, j + inner.length, inner, depth + 1);
        if (end.at >= 0)
          j = end.at + end.len - 1;
      }
      continue;
    }
    if (!closers.includes(c))
      continue;
    if (c === "\u2019" && isLetter(text[j + 1]) && isLetter(text[j - 1]))
      continue;
    if ((c === '"' || c === "\u201D") && open !== "\u201E" && isLetter(text[j + 1]) && isLetter(text[j - 1]))
      continue;
    return { at: j, len: 1 };
  }
  return { at: -1, len: 0 };
}
function findSpans(text, nestedInOpen = false) {
  const spans = [];
  let i = 0;
  while (i < text.length) {
    const open = openingAt(text, i);
    if (!open) {
      i++;
      continue;
    }
    let start = i + (open === "\u201C" && text[i] === "\u201D" ? 1 : open.length);
    if (open === "\xAB" || open === "\u2039")
      while (/[ \u00a0\u202f]/u.test(text[start] ?? ""))
        start++;
    const close = closingFrom(text, start, open);
    if (close.at < 0) {
      if (open === "\u2018" || open === "''") {
        i = start;
        continue;
      }
      spans.push({ start, end: text.length, outerStart: i, outerEnd: text.length, open: true });
      if (nestedInOpen)
        break;
      for (const inner of findSpans(text.slice(start), true)) {
        if (inner.open)
          continue;
        spans.push({ start: inner.start + start, end: inner.end + start, outerStart: inner.outerStart + start, outerEnd: inner.outerEnd + start, open: false, nested: true });
      }
      break;
    }
    spans.push({ start, end: close.at, outerStart: i, outerEnd: close.at + close.len, open: false });
    i = close.at + close.len;
  }
  return spans;
}
function startsWithQuote(text) {
  return openingAt(text.trimStart(), 0) !== null;
}

// dist/rules/titles.js
var SCARE_QUOTE_CUES = [
  { id: "so-called", pattern: /\bso[- ]called\s*$/i, reason: '"the so-called \u201Creform\u201D": the writer distances from a word.' },
  { id: "quote-unquote", pattern: /\bquote[,-]?\s*unquote\s*$/i, reason: '"quote-unquote \u201Cexperts\u201D".' },
  { id: "known-as", pattern: /\b(?:known|referred to)\s+as\s+(?:the\s+|a\s+|an\s+)?$/i, reason: '"what is known as the \u201CHalvorsen rule\u201D", "a practice referred to as \u201Credlining\u201D": the name a thing goes by, not words someone said.' }
];
var TITLE_CUES_BEFORE = [
  { id: "possessive-outlet", pattern: /\p{Lu}[\p{L}.]*['’]s\s*$/u, reason: "KTV\u2019s \u201CEarly Edition\u201D, the Herald\u2019s \u201CWeek in Review\u201D: a programme of a named outlet." },
  { id: "work-noun", pattern: /\b(?:show|program|programme|series|book|novel|memoir|film|movie|documentary|album|song|play|musical|episode|article|essay|column|commentary|op-ed|editorial|report|podcast|segment|forum|event|ad|spot|video|poem|painting|exhibit|exhibition|campaign|initiative|slogan|hashtag|act|bill|anthem|hymn|tune|track|single|ballad|rendition|cover|chant)\s*,?\s*$/i, reason: 'A noun for a work or event right before the title ("the documentary \u201C13th\u201D").' },
  { id: "work-noun-of", pattern: /\b(?:clip|trailer|preview|episode|edition|issue|chapter|scene|premiere|finale|season|cover|page|copy|version|broadcast|broadcasts|airing|taping)\s+of\s+(?:the\s+)?$/i, reason: '"a preview clip of \u201CThe Show\u201D": a part of a work.' },
  { id: "titled", pattern: /\b(?:titled|entitled|named|dubbed|headlined|called)\s*$/i, reason: '"a spot titled \u201CArrogant\u201D".' },
  { id: "year", pattern: /\b(?:1[89]|20)\d\d\s*$/, reason: '"her 2009 \u201CPact for the Harbour\u201D", "the 2016 \u201CWomen in Power\u201D series": a Title Case phrase after a year names a work, plan or event.' },
  { id: "episode-of", pattern: /\b(?:episode of|edition of|appearance on|appeared on|interview on|interview with|aired on|host of|hosts of|star of|anchor of|airing of)\s*$/i, reason: 'A broadcast named after "episode of", "appearance on".' },
  { id: "on-in-outlet", pattern: /\b(?:on|in|during|at)\s+(?:the\s+)?$/i, reason: '"on \u201CFace the Nation\u201D", "in \u201C13th\u201D": a Title Case name after one of these prepositions is a work or event, not speech ("a plan of \u201CHomes Before Roads\u201D" is speech).' }
];
var TITLE_APPOSITIVE_BEFORE = /\b(?:commentary|column|op-ed|editorial|essay|article|book|novel|memoir|poem|song|album|film|documentary|headline)\s*,\s*$/i;
var TITLE_LAST_WORDS = /^(?:forum|show|summit|conference|convention|debate|award|awards|prize|act|festival|tour|hour|report|review|live|tonight|today|now|podcast|series|project|initiative|plan)$/i;
var DEFINED_TERM_AFTER = /^[,;]?\s*(?:(?:which|that)\s+)?(?:is|are|was|were)\s+(?:defined|understood)\s+(?:as|by)\b|^[,;]?\s*(?:which|that)\s+(?:refers|refer)\s+to\b/i;
var TITLE_CUES_AFTER = [
  { id: "work-noun-after", pattern: /^[,.]?\s*(?:[\p{L}-]+\s+)?(?:show|program|programme|series|book|film|movie|documentary|album|song|podcast|forum|event|episode|column|segment|ad|video|campaign|act)\b/iu, reason: "\u201CCommander-in-Chief\u201D forum, \u201CThe Apprentice\u201D show, \u201CKeep It Real\u201D radio program." },
  { id: "was-written", pattern: /^\s*(?:was|is)\s+(?:written|directed|produced|released|published|aired|broadcast)\b/i, reason: "\u201CAmerican Skin\u201D was written by \u2026: the title of a work." }
];
var NOT_SPEECH_TEXTS = [
  { id: "follow-on-social", pattern: /^follow\s+(?:[\p{Lu}@][\p{L}.'’@_-]*\s+){1,4}on\s+(?:twitter|facebook|instagram|x|threads|mastodon|bluesky|tiktok)\b[^.!?]*[.!]?$/iu, reason: `A writer's "Follow Ana Ruiz on Twitter @aruiz" closing an article.` }
];

// dist/quotes/titles.js
function isScareQuote(before) {
  const lead = before.slice(-40);
  return SCARE_QUOTE_CUES.some((r) => r.pattern.test(lead));
}
var MAX_TITLE_WORDS2 = 10;
var SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with|from|as|vs|is|not|but|nor|into)$/;
function isTitleCase(s) {
  const words2 = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words2.length === 0)
    return false;
  return words2.every((w, i) => /^[^\p{L}]*\p{Lu}/u.test(w) || i > 0 && SMALL_WORDS.test(w.toLowerCase()) || /^\d/.test(w));
}
var MAX_APPOSITIVE_NP_WORDS = 5;
function isAppositiveTitle(inner, before, after) {
  if (!TITLE_APPOSITIVE_BEFORE.test(before.slice(-30)) || !(/,\s*$/.test(inner) || /^\s*,/.test(after)))
    return false;
  const sentence = before.slice(before.search(/(?:^|[.!?]["”’]?\s+)[^.!?]*$/)).replace(/^[.!?"”’\s]+/, "");
  const words2 = sentence.split(/\s+/).filter(Boolean);
  const first = (words2[0] ?? "").toLowerCase();
  return words2.length <= MAX_APPOSITIVE_NP_WORDS && !INTRO_WORDS.has(first);
}
function isTitleOfWork(inner, before, after) {
  const words2 = inner.split(/\s+/).filter(Boolean);
  if (words2.length <= MAX_TITLE_WORDS2 && isAppositiveTitle(inner, before, after))
    return true;
  if (words2.length <= MAX_TITLE_WORDS2 && DEFINED_TERM_AFTER.test(after))
    return true;
  if (words2.length > MAX_TITLE_WORDS2 || !isTitleCase(inner.replace(/[.,!?]+$/, "")))
    return false;
  const lead = before.slice(-60);
  const tail = after.slice(0, 40);
  const last = (words2[words2.length - 1] ?? "").replace(/[^\p{L}-]/gu, "");
  if (words2.length >= 2 && TITLE_LAST_WORDS.test(last))
    return true;
  return TITLE_CUES_BEFORE.some((r) => r.pattern.test(lead)) || TITLE_CUES_AFTER.some((r) => r.pattern.test(tail));
}
function isNotSpeech(inner) {
  return NOT_SPEECH_TEXTS.some((r) => r.pattern.test(inner.trim()));
}

// dist/quotes/detect.js
var MAX_NICKNAME_CHARS = 20;
var MIN_UNATTRIBUTED_WORDS = 3;
var wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
var NICKNAME_BEFORE = /\b(?:nickname|nicknames|nicknamed|moniker)\s*,?\s*$/i;
var LABEL_BEFORE_NAME = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
var MIN_SENTENCE_HEADING_WORDS = 5;
function headingReadsAsSentence(text) {
  return /[.!?]["”’»]*\s*$/.test(text) && /[“"«„]|''/.test(text) && wordCount(text) >= MIN_SENTENCE_HEADING_WORDS;
}
function isPartial(before, quote) {
  const lead = before.replace(/\s+$/, "");
  const opensSentence = lead === "" || /[.!?:]$/.test(lead) || /[.!?]["”’]$/.test(lead) || /,$/.test(lead) && /\b(?:said|says|told|added|wrote|asked|saying)[^.]*,$/i.test(lead);
  return !opensSentence || /^\p{Ll}/u.test(quote);
}
var isStraight = (mark) => mark === '"' || mark === "'";
function continuesWithMark(text, mark) {
  const lead = text.trimStart();
  return startsWithQuote(lead) && isStraight(lead[0]) === isStraight(mark);
}
function attribute(span, k, inner, partial, label, p, lastInParagraph) {
  let attr = label;
  if (p.speech)
    attr ??= attributionOtherLanguage(p.masked, span.outerStart, span.outerEnd, p.speech);
  if (p.english) {
    attr ??= attributionDashAside(p.masked, span.outerStart, span.outerEnd);
    attr ??= attributionAfter(p.masked, span.outerEnd, inner);
    attr ??= attributionBefore(p.masked, span.outerStart);
    attr ??= attributionSentenceFinal(p.masked, span.outerEnd);
  }
  attr ??= p.signature;
  if (p.english)
    attr ??= attributionColon(p.masked, span.outerStart);
  if (p.english && partial)
    attr ??= attributionPossessive(p.masked, span.outerStart);
  if (!attr && k === 0)
    attr = p.introduced;
  if (!attr && partial && p.english) {
    const sentence = p.masked.slice(sentenceStart(p.masked, span.outerStart), span.outerStart);
    const subj = sentenceSubject(sentence);
    const named = subj !== null && isNamed(subj) && !isSentenceOpenerOnly(subj, p.body);
    const emptyIt = /^\s*it\s+(?:is|was|goes|went|seems|seemed|appears|appeared|remains|has been|had been|will be|would be)\b/i.test(sentence);
    const insideSubject = subj !== null && /^[\s'’-]*$/.test(sentence.slice(sentence.lastIndexOf(subj) + subj.length));
    const nickname = NICKNAME_BEFORE.test(sentence);
    const labelOfName = LABEL_BEFORE_NAME.test(p.masked.slice(span.outerEnd));
    const documentSubject = subj !== null && /^(?:the|this|that|a|an|its|his|her|their)\s/i.test(subj) && DOCUMENT_NOUN_SET.has(subj.split(/\s+/).pop().toLowerCase());
    if (subj && !insideSubject && !nickname && !labelOfName && (named || documentSubject || /^(?:he|she|it|they|i|we)$/i.test(subj) && !emptyIt))
      attr = { speakerText: subj, cue: null, side: "before" };
  }
  if (attr)
    return { attr, inherited: null };
  if (!span.nested) {
    const sentence = p.masked.slice(sentenceStart(p.masked, span.outerStart), span.outerStart);
    const namesOther = partial && lastInParagraph !== null && /\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence) && !sentence.includes(lastInParagraph.speaker ?? "\0");
    const inherited = lastInParagraph?.speakerText && !namesOther ? lastInParagraph : k === 0 && p.continued?.speakerText ? p.continued : k === 0 && p.follows?.speakerText ? p.follows : null;
    if (inherited)
      return { attr: null, inherited };
  }
  return { attr: !partial && p.english ? attributionPreviousSentence(p.masked, span.outerStart) : null, inherited: null };
}
var TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|[QA]|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}):\s+(?=\S)/u;
var MIN_TRANSCRIPT_LINES = 3;
function transcriptLine(text) {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m || NOT_SPEAKER_LABEL_SET.has(m[1].split(/\s+/)[0].toLowerCase()))
    return null;
  return { label: m[1], start: m[0].length };
}
function isTranscript(blocks) {
  const labels = [];
  const prose = [];
  for (const b of blocks) {
    const line = b.kind === "paragraph" ? transcriptLine(b.text) : null;
    if (line) {
      labels.push(line.label);
      prose.push(b.text.slice(line.start));
    } else
      prose.push(b.text);
  }
  const distinct = new Set(labels);
  if (labels.length < MIN_TRANSCRIPT_LINES || distinct.size < 2 || distinct.size === labels.length)
    return false;
  const text = prose.join("\n");
  return [...distinct].every((l) => /^(?:[QA]|[^\p{Ll}]+)$/u.test(l) || new RegExp(`(?<![\\p{L}])${escapeRegExp(l.split(/\s+/).pop())}(?![\\p{L}])`, "u").test(text));
}
function detectQuotes(blocks, lang = null) {
  const quotes = [];
  const layout = bodyLayout(blocks);
  const body = layout.text;
  const english = readsAsEnglish(body, lang);
  const speech = english ? null : speechLanguage(lang) ?? speechLanguage(guessLanguage(body));
  let lastNamed = null;
  const mentions = [];
  const later = [];
  const mention = (m) => later.length ? later.push(m) : mentions.push(m);
  const allMentions = () => {
    for (const item of later) {
      if ("masked" in item)
        mentions.push(...paragraphMentions(item.masked, item.offset, body, mentions));
      else
        mentions.push(item);
    }
    later.length = 0;
    return mentions;
  };
  let carry = null;
  let carryMark = "";
  let unattributed = [];
  const settleCarry = (continued) => {
    if (carry && !continued && carry.speakerText === null)
      for (const q of unattributed)
        quotes.splice(quotes.indexOf(q), 1);
    if (!continued)
      unattributed = [];
    carry = null;
  };
  let prevText = "";
  let prevClosing = null;
  const transcript = isTranscript(blocks);
  blocks.forEach((block, b) => {
    const read = block.kind === "paragraph" || block.kind === "quote" || block.kind === "list" || block.kind === "heading" && headingReadsAsSentence(block.text);
    if (!read || layout.starts[b] < 0) {
      settleCarry(false);
      prevText = "";
      prevClosing = null;
      return;
    }
    const text = block.text;
    const offset = layout.starts[b];
    const paragraph = layout.paragraphs[b];
    const spans = findSpans(text);
    const line = transcript ? transcriptLine(text) : null;
    if (line && block.kind === "paragraph") {
      const at = offset + line.start;
      const words2 = text.slice(line.start).replace(/\s+$/, "");
      quotes.push({ text: words2, speaker: line.label, speakerText: line.label, cue: ":", paragraph, start: at, end: at + words2.length, partial: false });
      mention({ name: line.label, kind: "person", at });
      settleCarry(false);
      prevText = text;
      prevClosing = null;
      return;
    }
    if (block.kind === "quote" && spans.length === 0) {
      const bq = blockQuote(text, english ? prevText : "");
      if (bq) {
        const speaker = headOf(bq.attribution.speakerText);
        const at = offset + bq.start;
        quotes.push({ text: text.slice(bq.start, bq.end), speaker, speakerText: bq.attribution.speakerText, cue: bq.attribution.cue, paragraph, start: at, end: at + (bq.end - bq.start), partial: false });
        mention({ name: speaker, kind: speakerKind(speaker, body), at });
      }
      settleCarry(false);
      prevText = text;
      prevClosing = null;
      return;
    }
    const nickname = (sp) => sp.end - sp.start <= MAX_NICKNAME_CHARS && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(0, sp.outerStart)) && /^\s+\p{Lu}/u.test(text.slice(sp.outerEnd)) && /^\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(sp.start, sp.end));
    const masked = maskQuotes(text, spans.filter((sp) => !sp.open && !sp.nested && !nickname(sp)));
    if (english)
      later.push({ masked, offset });
    const p = {
      masked,
      english,
      speech,
      body,
      signature: paragraphSignature(text),
      introduced: english && spans[0] && spans[0].outerStart <= 1 ? attributionIntroducing(prevText) : null,
      // A quote left open at the end of the previous block continues here when this block opens with a mark.
      continued: carry !== null && continuesWithMark(text, carryMark) ? carry : null,
      follows: spans.length === 1 && !spans[0].open && spans[0].outerStart === 0 && /^[\s.,]*$/.test(text.slice(spans[0].outerEnd)) ? prevClosing : null
    };
    settleCarry(p.continued !== null);
    let lastInParagraph = null;
    let lastEnd = 0;
    prevClosing = null;
    spans.forEach((span, k) => {
      let inner = text.slice(span.start, span.end).replace(/[\s,]+$/, "");
      let start = span.start;
      const labelled = speakerLabel(inner);
      if (labelled) {
        inner = inner.slice(labelled.skip);
        start += labelled.skip;
      }
      if (wordCount(inner) === 0)
        return;
      if (/^[([][^()[\]]*[)\]]\.?$/.test(inner.trim()))
        return;
      const before = text.slice(0, span.outerStart);
      if (!labelled && isTitleOfWork(text.slice(start, span.end).trim(), before, text.slice(span.outerEnd)))
        return;
      const scare = !labelled && isScareQuote(before);
      if (isNotSpeech(inner))
        return;
      const partial = isPartial(before, inner);
      const label = labelled ? { speakerText: labelled.speakerText, cue: ":", side: "label" } : null;
      const { attr, inherited } = attribute(span, k, inner, partial, label, p, lastInParagraph);
      if (scare && !attr?.cue)
        return;
      const speakerText = attr?.speakerText ?? inherited?.speakerText ?? null;
      const alone = spans.length === 1 && !span.open && span.outerStart === 0 && /^[\s.,]*$/.test(text.slice(span.outerEnd)) && !/:\s*$/.test(prevText);
      if (!speakerText && (block.kind === "heading" || alone || wordCount(inner) < MIN_UNATTRIBUTED_WORDS || partial && LABEL_BEFORE_NAME.test(text.slice(span.outerEnd))))
        return;
      const at = offset + start;
      let speaker = null;
      if (inherited)
        speaker = inherited.speaker;
      else if (speakerText && speech)
        speaker = isPronounOf(speech, speakerText) ? lastNamed : speakerText;
      else if (attr?.antecedent)
        speaker = PRONOUNS.has(attr.antecedent.toLowerCase()) ? resolvePronoun(attr.antecedent, at, allMentions()) : headOf(attr.antecedent);
      else if (speakerText)
        speaker = PRONOUNS.has(speakerText.toLowerCase()) ? resolvePronoun(speakerText, at, allMentions()) : headOf(speakerText);
      if (speech && speaker && speakerText && !isPronounOf(speech, speakerText))
        lastNamed = speaker;
      if (speaker && !PRONOUNS.has(speaker.toLowerCase())) {
        const written = speakerText?.toLowerCase();
        mention({ name: speaker, kind: speakerKind(speaker, body), at, gender: written === "he" || written === "she" ? written : null });
      }
      const quote = { text: inner, speaker, speakerText, cue: attr?.cue ?? inherited?.cue ?? null, paragraph, start: at, end: at + inner.length, partial };
      quotes.push(quote);
      if (k === 0 && !span.nested && p.continued) {
        if (speakerText)
          for (const q of unattributed)
            Object.assign(q, { speaker, speakerText, cue: quote.cue });
        if (speakerText || !span.open)
          unattributed = [];
      }
      if (span.open && !span.nested && speakerText === null)
        unattributed.push(quote);
      if (!span.nested) {
        lastInParagraph = quote;
        lastEnd = span.open ? text.length : span.outerEnd;
      }
      if (span.open) {
        carry = quote;
        carryMark = text[span.outerStart] ?? "";
      }
    });
    const tail = text.slice(lastEnd);
    const last = lastInParagraph;
    prevClosing = last?.speakerText && !/[.!?]["”’]*\s+\S/.test(tail.trim()) ? last : null;
    prevText = text;
  });
  settleCarry(false);
  return quotes.sort((a, b) => a.start - b.start);
}
export {
  detectQuotes
};
