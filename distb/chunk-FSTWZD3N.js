// dist/rules/speakers.js
var list = (id, words, reason) => ({ id, words: words.trim().split(/\s+/), reason });
var OFFICE_TITLES = [
  list("en-office-abbr", "Rep. Sen. Gov. Gen. Dr. Prof. Rev. Lt. Col. Sgt. Capt. Adm. Maj. Cmdr. Atty. Supt. Hon. Pres.", "Abbreviated English offices and ranks, written right before a name and part of how it is introduced."),
  list("de-office", "Dr. Prof.", "German academic titles are part of a name as written.")
];
var COURTESY_TITLES = [
  list("en-courtesy", "Mr. Mrs. Ms. Miss Mr Mrs Ms Messrs. Mx.", 'English (NYT style) courtesy titles on second reference: "Mr. Burman".'),
  list("de-courtesy", "Herr Frau", "German courtesy titles."),
  list("fr-courtesy", "M. Mme Mme. Mlle", "French courtesy titles."),
  list("es-courtesy", "Sr. Sra. Srta. Don Do\xF1a", "Spanish courtesy titles."),
  list("it-courtesy", "Sig. Sig.ra Dott. Dott.ssa", "Italian courtesy titles."),
  list("pt-courtesy", "Sr. Sra. Dona", "Portuguese courtesy titles."),
  list("nl-courtesy", "dhr. mevr. Dhr. Mevr.", "Dutch courtesy titles."),
  list("pl-courtesy", "Pan Pani", "Polish courtesy titles.")
];
var EN_OPENERS = list("en-openers", "The A An But And Or So Yet When While If As After Before Since Although Though Because Then Now Still Also Even Only Meanwhile However Asked Said Says In On At For With From By To Of That This These Those Like Unlike Both Neither Either Has Had Was Is Did Does Will Would Could Should Can Some Many Most Several Other Two Three", "Sentence openers and function words, capitalised at a sentence start before a name.");
var NOT_NAME_WORDS = [
  list("en-offices", "President Vice Senator Congressman Congresswoman Representative Governor Secretary Speaker Leader Chairman Chairwoman Chair Mayor Judge Justice Chief General Prime Minister Chancellor King Queen Prince Princess Pope Attorney Director Commissioner Sheriff Ambassador Admiral Colonel Sergeant Captain Lieutenant Officer Detective Professor Doctor Former Candidate Nominee First Lady Sen Rep Gov", 'Offices written out, capitalised before a name ("Secretary of State John Kerry").'),
  list("en-institutions", "State Department House Senate White Defense Treasury Justice Homeland Security Pentagon Congress Court Supreme Federal National Party Campaign Committee", 'Institution words of a title before a name ("House Speaker Paul Ryan").'),
  list("en-parties", "Republican Republicans Democrat Democratic Democrats GOP Independent Libertarian Conservative Labour Liberal", 'Party labels before a name ("Republican Donald Trump").'),
  EN_OPENERS,
  list("en-title-words", "Mr Mrs Ms Dr", "Titles written without their period."),
  list("de-not-name", "Der Die Das Den Dem Des Ein Eine Und Aber Als Wenn Bundeskanzlerin Bundeskanzler Minister Ministerin Pr\xE4sident Pr\xE4sidentin B\xFCrgermeister B\xFCrgermeisterin Oberb\xFCrgermeister Oberb\xFCrgermeisterin Sprecher Sprecherin Chef Chefin Kanzler Kanzlerin Bundespr\xE4sident Bundespr\xE4sidentin Ministerpr\xE4sident Ministerpr\xE4sidentin Landrat Landr\xE4tin Senator Senatorin Abgeordnete Abgeordneter Vorsitzende Vorsitzender Parteichef Parteichefin Trainer Trainerin Gesch\xE4ftsf\xFChrer Gesch\xE4ftsf\xFChrerin Direktor Direktorin Professor Professorin Polizeisprecher Polizeisprecherin Staatssekret\xE4r Staatssekret\xE4rin Au\xDFenminister Au\xDFenministerin Innenminister Innenministerin Finanzminister Finanzministerin", "German articles, conjunctions and offices before a name (German writes every noun with a capital, so offices are listed)."),
  list("fr-not-name", "Le La Les Un Une Et Mais Quand Pr\xE9sident Pr\xE9sidente Ministre Maire Porte-parole", "French articles, conjunctions and offices before a name."),
  list("es-not-name", "El La Los Las Un Una Y Pero Cuando Presidente Presidenta Ministro Ministra Alcalde Alcaldesa Portavoz", "Spanish articles, conjunctions and offices before a name."),
  list("it-not-name", "Il Lo La Gli Le Un Una E Ma Quando Presidente Ministro Ministra Sindaco Portavoce", "Italian articles, conjunctions and offices before a name."),
  list("pt-not-name", "O A Os As Um Uma E Mas Quando Presidente Ministro Ministra Prefeito Prefeita Porta-voz", "Portuguese articles, conjunctions and offices before a name."),
  list("nl-not-name", "De Het Een En Maar Toen Minister Premier Burgemeester Woordvoerder Woordvoerster", "Dutch articles, conjunctions and offices before a name."),
  list("pl-not-name", "I Ale Gdy Prezydent Premier Minister Burmistrz Rzecznik Rzeczniczka", "Polish conjunctions and offices before a name.")
];
var ORGANISATION_WORDS = [
  list("en-org", "alliance ministry ministries department agency government administration committee commission council campaign party company corporation corp inc ltd firm bank court police army military navy office bureau service board authority union association federation foundation institute university college school newspaper magazine network channel station times post journal tribune herald news press group organization organisation organizations center centre fund coalition caucus parliament congress senate house cabinet embassy kremlin pentagon secretariat", "English organisation head words."),
  list("de-org", "ministerium bundesregierung regierung beh\xF6rde amt polizei partei unternehmen konzern bank gericht verband verein stiftung institut universit\xE4t zeitung sender bundestag landtag rathaus stadt gemeinde", "German organisation head words."),
  list("fr-org", "minist\xE8re gouvernement pr\xE9fecture police parti entreprise soci\xE9t\xE9 banque tribunal cour association fondation institut universit\xE9 journal mairie assembl\xE9e", "French organisation head words."),
  list("es-org", "ministerio gobierno polic\xEDa partido empresa compa\xF1\xEDa banco tribunal juzgado asociaci\xF3n fundaci\xF3n instituto universidad diario ayuntamiento congreso", "Spanish organisation head words."),
  list("it-org", "ministero governo polizia partito azienda societ\xE0 banca tribunale associazione fondazione istituto universit\xE0 giornale comune parlamento", "Italian organisation head words."),
  list("pt-org", "minist\xE9rio governo pol\xEDcia partido empresa companhia banco tribunal associa\xE7\xE3o funda\xE7\xE3o instituto universidade jornal prefeitura congresso", "Portuguese organisation head words."),
  list("nl-org", "ministerie regering kabinet politie partij bedrijf bank rechtbank vereniging stichting instituut universiteit krant gemeente", "Dutch organisation head words."),
  list("pl-org", "ministerstwo rz\u0105d policja partia firma sp\xF3\u0142ka bank s\u0105d stowarzyszenie fundacja instytut uniwersytet gazeta urz\u0105d sejm", "Polish organisation head words.")
];
var GROUP_NOUNS = [
  list("en-groups", "officials lawmakers leaders diplomats analysts experts economists researchers authorities investigators prosecutors officers aides advisers advisors sources critics supporters protesters activists organizers organisers voters residents executives members senators representatives", "English plural nouns for groups of speakers.")
];
var DOCUMENT_NOUNS = [
  list("en-documents", "article story piece editorial column op-ed report statement letter memo memorandum study ruling brief complaint document filing lawsuit indictment transcript speech ad advertisement video tweet post email e-mail book poll survey analysis audit review", "English nouns for texts and recordings.")
];
var RELATIVE_PRONOUNS = [
  list("en-relative", "who which that", "English relative pronouns."),
  list("de-relative", "der die das welcher welche", "German relative pronouns."),
  list("fr-relative", "qui", "French relative pronoun of the subject."),
  list("es-relative", "quien quienes", "Spanish relative pronouns of persons."),
  list("it-relative", "che il quale la quale", "Italian relative pronouns."),
  list("pt-relative", "que quem", "Portuguese relative pronouns."),
  list("nl-relative", "die dat wie", "Dutch relative pronouns."),
  list("pl-relative", "kt\xF3ry kt\xF3ra kt\xF3rzy", "Polish relative pronouns.")
];
var PERSONAL_PRONOUNS = [
  list("en-pronouns", "he she they it i we you him her them", "English."),
  list("de-pronouns", "er sie es wir ich", "German."),
  list("fr-pronouns", "il elle ils elles on je nous", "French."),
  list("es-pronouns", "\xE9l ella ellos ellas yo nosotros", "Spanish."),
  list("it-pronouns", "lui lei loro io noi", "Italian."),
  list("pt-pronouns", "ele ela eles elas eu n\xF3s", "Portuguese."),
  list("nl-pronouns", "hij zij ze wij ik", "Dutch."),
  list("pl-pronouns", "on ona oni one ja my", "Polish.")
];
var NOT_SPEAKER_LABELS = [
  list("en-not-speaker", "dear note editor's editors update updated correction photo photos image video source sources related read watch listen breaking new sale price deal deals tags tag category filed posted share follow subscribe advertisement sponsored warning disclaimer", 'Column greetings, notes, captions and listings written as "Label: text".'),
  list("de-not-speaker", "liebe lieber hinweis anmerkung foto bild quelle mehr lesen video anzeige", "German."),
  list("fr-not-speaker", "cher ch\xE8re note photo source lire vid\xE9o publicit\xE9", "French."),
  list("es-not-speaker", "querido querida nota foto fuente leer v\xEDdeo video publicidad", "Spanish.")
];
var ISSUED_NOUNS = "statement|release|press release|letter|memo|spokesman|spokeswoman|spokesperson|report";
var ISSUED_MODIFIERS = "written|joint|brief|short|new";
var setOf = (lists, fold = true) => new Set(lists.flatMap((l) => l.words.map((w) => fold ? w.toLowerCase() : w)));
var OFFICE_TITLE_SET = setOf(OFFICE_TITLES, false);
var OFFICE_WORD_SET = new Set("President Senator Congressman Congresswoman Governor Mayor Judge Justice Chancellor King Queen Prince Princess Pope Ambassador Admiral Colonel Sergeant Captain Lieutenant Detective Professor Sheriff Commissioner B\xFCrgermeisterin B\xFCrgermeister Pr\xE9sident Pr\xE9sidente Presidente Presidenta Prezydent Burgemeester".split(" "));
var COURTESY_TITLE_SET = setOf(COURTESY_TITLES, false);
var OPENER_SET = /* @__PURE__ */ new Set([...EN_OPENERS.words, "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli", "O", "Os", "As", "De", "Het", "Een"]);
var NOT_NAME_WORD_SET = setOf(NOT_NAME_WORDS, false);
var ORGANISATION_WORD_SET = setOf(ORGANISATION_WORDS);
var GROUP_NOUN_SET = setOf(GROUP_NOUNS);
var RELATIVE_PRONOUN_SET = setOf(RELATIVE_PRONOUNS);
var DOCUMENT_NOUN_SET = setOf(DOCUMENT_NOUNS);
var PERSONAL_PRONOUN_SET = setOf(PERSONAL_PRONOUNS);
var NOT_SPEAKER_LABEL_SET = setOf(NOT_SPEAKER_LABELS);

// dist/rules/speech.js
var verb = (id, forms, reason = "Reporting verb.") => ({ id, forms: forms.split(" "), reason });
var SPEECH_VERBS_EN = [
  verb("say", "say says said saying", "The most common attribution verb by far."),
  verb("tell", "tell tells told telling", '"told reporters", "told CNN".'),
  verb("add", "add adds added adding", "Continuation of an earlier statement."),
  verb("write", "write writes wrote writing written", "Written statements, letters, posts."),
  verb("ask", "ask asks asked asking"),
  verb("explain", "explain explains explained explaining"),
  verb("note", "note notes noted noting"),
  verb("warn", "warn warns warned warning"),
  verb("tweet", "tweet tweets tweeted tweeting", "Statements on social media."),
  verb("post", "posted", 'Statements on social media ("posted on Facebook").'),
  verb("type", "typed texted emailed e-mailed scrawled jotted", 'Written words ("a doctor had typed \u201C\u2026\u201D").'),
  verb("stress", "stress stresses stressed stressing"),
  verb("claim", "claim claims claimed claiming"),
  verb("insist", "insist insists insisted insisting"),
  verb("argue", "argue argues argued arguing"),
  verb("declare", "declare declares declared declaring"),
  verb("announce", "announce announces announced announcing"),
  verb("state", "state states stated stating"),
  verb("reply", "reply replies replied replying"),
  verb("respond", "respond responds responded responding"),
  verb("recall", "recall recalls recalled recalling"),
  verb("continue", "continue continues continued continuing", '"\u2026," she continued.'),
  verb("conclude", "conclude concludes concluded concluding"),
  verb("acknowledge", "acknowledge acknowledges acknowledged acknowledging"),
  verb("admit", "admit admits admitted admitting"),
  verb("confirm", "confirm confirms confirmed confirming"),
  verb("suggest", "suggest suggests suggested suggesting"),
  verb("complain", "complain complains complained complaining"),
  verb("predict", "predict predicts predicted predicting"),
  verb("urge", "urge urges urged urging"),
  verb("observe", "observe observes observed observing"),
  verb("comment", "comment comments commented commenting"),
  verb("emphasize", "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising"),
  verb("remark", "remark remarks remarked remarking"),
  verb("testify", "testify testifies testified testifying"),
  verb("joke", "joke jokes joked joking quip quips quipped"),
  verb("shout", "shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming chant chants chanted", 'Raised voices: "\u2026," she yells.'),
  verb("tell-others", "report reports reported reporting", '"the Post reported".'),
  verb("describe", "describe describes described describing", '"described it as \u201C\u2026\u201D".'),
  verb("call", "call calls called calling", '"called the plan \u201Creckless\u201D": a partial quote and its speaker.'),
  verb("admonish", "insisted countered counters counter retorted retort retorts"),
  verb("promise", "promise promises promised promising vow vows vowed pledge pledged"),
  verb("deny", "deny denies denied denying"),
  verb("demand", "demand demands demanded demanding"),
  verb("believe", "believe believes believed think thinks thought", 'Stated opinions: "\u2026, he thinks".'),
  verb("describe-as", "branded brands labeled labelled dubbed", '"branded the plan a \u201Cgiveaway\u201D".'),
  verb("criticize", "blasted blasts slammed slams attacked attacks criticized criticised mocked mocks accuse accused accuses accusing condemned condemns denounced denounces", 'Criticism verbs introduce quoted words of the critic ("Reid blasted Trump as a \u201Ccon artist\u201D").'),
  verb("praise", "praise praises praised praising laud lauds lauded hail hails hailed", "Praise introduces the praiser's words."),
  verb("liken", "liken likens likened compare compares compared", '"likened the fee to \u201Ca tax on rain\u201D".'),
  verb("dismiss", "dismiss dismisses dismissed dismissing", '"dismissed the plan as a \u201Cpaper tiger\u201D".'),
  verb("exhort", "exhort exhorts exhorted exhorting", '"exhorted members to \u201Cstay the course\u201D".'),
  verb("scold", "scold scolds scolded scolding", "Scolding words."),
  verb("concede", "concede concedes conceded conceding", "Concessions."),
  verb("reiterate", "reiterate reiterates reiterated reiterating", "Repeated statements."),
  verb("proclaim", "proclaim proclaims proclaimed proclaiming", '"proclaimed a goal of \u201C\u2026\u201D".'),
  verb("sing", "sing sings sang singing chanting", "Songs and chants are quoted words too."),
  verb("read", "reads read", '"\u2026," the letter reads.'),
  verb("put", "put", '"as a Treasury memo put it".'),
  verb("assert", "assert asserts asserted asserting", "Assertions."),
  verb("boast", "boast boasts boasted boasting", "Boasts."),
  verb("lament", "lament laments lamented", "Laments."),
  verb("agree", "agree agrees agreed"),
  verb("mention", "mention mentions mentioned mentioning"),
  verb("point-out", "pointed", '"pointed out".'),
  verb("cite", "quoted quoting quote quotes", '"was quoted as saying".'),
  verb("clarify", "clarify clarifies clarified clarifying", '"His campaign clarified that Trump \u201Cmisspoke\u201D".'),
  verb("contend", "contend contends contended contending", "Contentions in a dispute."),
  verb("maintain", "maintains maintained", '"She maintains she did \u201Cnothing wrong\u201D"; not "maintain" (keep up).'),
  verb("allege", "allege alleges alleged alleging", "Allegations in suits and complaints."),
  verb("caution", "caution cautions cautioned cautioning", "Warnings."),
  verb("reveal", "reveals revealed disclosed discloses", "Disclosures."),
  verb("recount", "recounts recounted", '"she recounted, \u201C\u2026\u201D"; not "recount" (count again).'),
  verb("remind", "remind reminds reminded reminding", '"he reminded the crowd, \u201C\u2026\u201D".'),
  verb("wonder", "wonders wondered", '"\u201CWhy now?\u201D she wondered."'),
  verb("muse", "mused muses", '"\u201CMaybe,\u201D he mused."'),
  verb("grumble", "grumbled grumbles groused grouses fumed fumes gushed gushes raved raves ranted rants vented vents", "Verbs of manner for words said in a mood."),
  verb("whisper", "whisper whispers whispered whispering murmured muttered mumbled", "Verbs of manner of speaking."),
  verb("snap", "snapped scoffed sneered thundered", '"\u201CNonsense,\u201D she snapped."'),
  verb("confess", "confess confesses confessed confessing confided confides", "Confessions."),
  verb("speculate", "speculate speculates speculated speculating", "Speculation."),
  verb("plead", "pleaded pleads pled implored implores begged begs", "Pleas."),
  verb("encourage", "encourage encourages encouraged encouraging", '"encouraged readers to \u201Cgive it a try\u201D \u2026", like "urged".'),
  verb("cite-source", "cited cites citing", '"She cited \u201Cpolitical tensions\u201D as the main risk".'),
  verb("denounce", "denounce denouncing", 'Criticism ("denouncing the \u201Crigged\u201D system"); denounced/denounces are in criticize.'),
  verb("rate", "rated rates", `Fact-checkers' verdicts: "PolitiFact rated the claim \u201CMostly False\u201D".`),
  verb("rule-that", "ruled rules", '"The judge ruled that the law was \u201Cplainly unconstitutional\u201D": only before "that" (isSpeechVerb).'),
  verb("find-that", "found finds", '"The report found that the agency \u201Cfailed to track\u201D \u2026": only before "that" (isSpeechVerb), "found the body" is no cue.'),
  verb("show-that", "shows showed", '"A poll shows that voters are \u201Cdeeply divided\u201D": only before "that" (isSpeechVerb).')
];
var ATTRIBUTION_PHRASES = [
  { id: "according-to", pattern: /\baccording to\b/i, reason: '"according to officials".' },
  { id: "in-words-of", pattern: /\bin the words of\b/i, reason: '"in the words of X".' }
];
var SENTENCE_FINAL_PHRASES = [
  { id: "per", pattern: /\bper\b/i, reason: '"\u2026, per the club\u2019s rules.", "\u2026, per a campaign spokesman.".' },
  { id: "as-reported-by", pattern: /\bas reported by\b/i, reason: '"\u2026, as reported by the Post.".' }
];
var THAT_ONLY_FORMS = /* @__PURE__ */ new Set(["found", "finds", "shows", "showed", "ruled", "rules"]);
var NOUN_LIKE_FORMS = /* @__PURE__ */ new Set(["report", "reports", "remark", "remarks", "claim", "claims", "comment", "comments", "tweet", "tweets", "post", "quote", "quotes", "call", "calls", "demand", "demands", "promise", "promises", "note", "notes", "state", "states", "warning", "attacks", "joke", "jokes", "read", "reads", "put", "denial", "insisted", "counter", "retort", "vow", "vows", "pledge", "testify", "shout", "respond", "reply", "sing", "sings", "quip", "quips", "chant", "chants", "yells", "screams", "shouts", "rates", "cites", "rants", "vents", "raves", "whisper", "whispers", "pleads", "ask", "assert", "boast", "lament", "laments", "post", "think", "thought", "writing", "saying", "warning", "singing", "chanting"]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "these", "those", "whose", "no", "any", "every", "each", "some", "such"]);
var ABBREVIATIONS = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "supt", "atty", "messrs", "mt", "ft", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "etc", "approx", "dept", "univ", "est"]);
var INTRO_WORDS = /* @__PURE__ */ new Set(["in", "at", "on", "during", "after", "before", "since", "speaking", "asked", "responding", "writing", "later", "earlier", "meanwhile", "however", "but", "and", "still", "yet", "then", "also", "separately", "instead", "similarly", "previously", "last", "this", "on", "with", "for", "from", "under", "over", "as", "when", "while", "though", "although", "if", "because", "according", "by", "to", "of", "within", "outside", "inside", "despite", "amid", "among", "following", "throughout", "until", "today", "yesterday", "tomorrow", "now", "so", "thus", "indeed", "moreover", "furthermore", "again", "once"]);
var NON_SUBJECT_STARTS = /* @__PURE__ */ new Set(["to", "in", "on", "at", "for", "with", "by", "from", "of", "about", "despite", "while", "after", "before", "into", "than", "as", "that", "which", "what", "whether", "if", "because", "and", "or", "but", "so", "then", "also", "there", "here", "not", "it's", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "would", "will", "could", "should", "can", "may", "might", "must", "do", "does", "did", "me", "us", "him", "them", "when", "where", "how", "why", "very", "just", "even", "only", "well", "much", "more", "most", "less", "repeatedly", "egregiously", "early", "late", "later", "earlier", "recently", "once", "often", "never", "always", "still", "already", "now", "today", "yesterday", "tonight", "tomorrow", "ago", "again", "too", "up", "out", "down", "off", "over", "through", "under", "like", "unlike", "per", "via", "against", "around", "between", "during", "within", "without", "toward", "towards", "upon", "onto", "among", "amid", "across", "behind", "beyond", "near", "since", "until", "whose", "whom", "who", "this", "these", "those"]);
var SPEAKER_HEAD_NOUNS = /^(?:officials?|piece|story|editorial|spokes(?:man|woman|person)|ministry|department|agency|report|statement|letter|memo|article|study|ruling|brief|complaint|court|judge|campaign|committee|president|aides?|advisers?|governor|mayor|senator|leaders?|group|groups|people|voters|critics|experts|analysts|economists?|newspaper|daily|paper|post|times|network|organizers?|protesters|demonstrators|residents|officers|police|chief|director|secretary|nominee|candidate|company|firm|bank|government|administration|white house|party|lawmakers?|members?|sources?|insiders?|narrator|host|moderator|reporters?|editors?|author|writer|professor|scholar|lawyer|attorney|source|website|site|tweet|ad|video|documentary|bylaws|rules|standards|policy|plan|bill|law|poll|survey|someone|everyone|man|woman|men|women|mother|father|official|representative|others|many|some|both|one|another|he|she|they|we|i|you|it)$/i;
var SPEECH_FORMS = new Map(SPEECH_VERBS_EN.flatMap((v) => v.forms.map((f) => [f, v.id])));
var AUX_WORDS = /* @__PURE__ */ new Set(["still", "now", "often", "usually", "always", "sometimes", "quickly", "long", "has", "have", "had", "will", "would", "also", "later", "then", "previously", "once", "reportedly", "again", "recently", "further", "just", "repeatedly", "publicly", "privately", "earlier", "is", "was", "were", "are", "did", "does", "do", "could", "may", "might", "should", "simply", "even", "often", "never", "flatly"]);
var NP_STOP_WORDS = /* @__PURE__ */ new Set(["how", "why", "whether", "that", "though", "although", "while", "because", "but", "when", "if", "which", "where", "since", "as", "so", "and", "or", "after", "before", "than", "what", "whom", "yet", "even", "who"]);
var PRONOUNS = /* @__PURE__ */ new Map([
  ["he", "person"],
  ["she", "person"],
  ["they", "plural"],
  ["it", "thing"],
  ["i", "self"],
  ["we", "plural"],
  ["him", "person"],
  ["her", "person"],
  ["them", "plural"]
]);
var PERSON_NOUNS = new Set("mother father wife husband son daughter sister brother grandmother grandfather aunt uncle friend neighbor neighbour president governor senator congressman congresswoman representative mayor spokesman spokeswoman spokesperson chairman chairwoman chair secretary director official lawyer attorney judge candidate nominee woman man girl boy leader minister ambassador chief author writer professor economist analyst doctor nurse officer sheriff commissioner executive founder owner manager coach player teacher student pastor priest rabbi king queen prince princess actor actress singer host anchor reporter editor columnist adviser advisor aide strategist veteran soldier general captain".split(" "));
var FEMALE_NOUNS = new Set("mother wife sister daughter grandmother aunt woman girl spokeswoman chairwoman congresswoman actress queen princess niece mom".split(" "));
var MALE_NOUNS = new Set("father husband brother son grandfather uncle man boy spokesman chairman congressman actor king prince nephew dad".split(" "));

// dist/quotes/phrases.js
var MAX_BARE_GROUP_WORDS = 4;
var MAX_TITLE_BEFORE_NAME = 4;
var MAX_HEAD_WORDS = 9;
var MAX_PHRASE_WORDS = 32;
var WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
function tokens(s) {
  return [...s.matchAll(WORD)].map((m) => {
    let w = m[0];
    if (w.endsWith(".") && !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u.test(w) && !ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()))
      w = w.replace(/\.+$/, "");
    w = w.replace(/['’]$/, (q) => /s['’]$/i.test(w) ? q : "");
    return { w, lower: w.toLowerCase(), index: m.index, end: m.index + w.length };
  });
}
function isSpeechVerb(s, toks, k) {
  const t = toks[k];
  if (!SPEECH_FORMS.has(t.lower))
    return false;
  if (!/^\p{Ll}/u.test(t.w) && !(k === 0 && /^(?:Said|Says|Asked|Added|Wrote)$/.test(t.w)))
    return false;
  const prev = toks[k - 1];
  if (THAT_ONLY_FORMS.has(t.lower) && toks[k + 1]?.lower !== "that")
    return false;
  if (t.lower === "state" && /^\p{Lu}/u.test(toks[k + 1]?.w ?? "") && /^\s+$/.test(s.slice(t.end, toks[k + 1].index)))
    return false;
  if (prev?.lower === "without")
    return false;
  if (/^(?:conclude|concludes|concluded|continue|continues|continued)$/.test(t.lower) && toks[k + 1]?.lower === "with" && /^\s+$/.test(s.slice(t.end, toks[k + 1].index)))
    return false;
  if (NOUN_LIKE_FORMS.has(t.lower) && prev) {
    let j = k - 1;
    while (j >= 0 && j >= k - 4 && /^\p{Lu}/u.test(toks[j].w) && !/[,;:]/.test(s.slice(toks[j].end, toks[j + 1].index)))
      j--;
    if (j >= 0 && j < k - 1 && DETERMINERS.has(toks[j].lower) && !/[,;:]/.test(s.slice(toks[j].end, toks[j + 1].index)))
      return false;
    const gap = s.slice(prev.end, t.index);
    if (!/[,;:]/.test(gap) && (DETERMINERS.has(prev.lower) || /['’]s?$/.test(prev.w)))
      return false;
    if (!/[,;:]/.test(gap) && /s$/.test(t.lower) && /^\p{Ll}+ed$/u.test(prev.w) && !SPEECH_FORMS.has(prev.lower))
      return false;
    if (!/[,;:]/.test(gap) && /s$/.test(t.lower) && /^(?:with|amid|among|despite|of)$/.test(prev.lower))
      return false;
    if (/s$/.test(t.lower) && /^\p{Ll}/u.test(prev.w) && /(?:-|al|ous|ive|ic|ful|less|ent|ant|ary)$/.test(prev.lower) && !/[,;:]/.test(gap))
      return false;
  }
  return true;
}
var isGerund = (t) => /ing$/.test(t.lower);
var tidy = (np) => np.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, "").replace(/\s+/g, " ");
function headOf(np) {
  return tidy(np.split(/,\s/)[0] ?? np);
}
var DATELINE = /^\s*\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*[\p{L}.]+(?:\s+\d{1,2})?){0,3}(?:\s*\([^)]{1,40}\))?\s*(?:--|—|–)\s*/u;
var DATE_OPENER = /^\s*(?:on|in|by|since|until)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}(?:st|nd|rd|th)?(?:\s+\d{4})?\s+(?=\p{L})/iu;
var FOCUS_WORDS = /* @__PURE__ */ new Set(["even", "only", "also", "and", "but", "so", "now", "still", "yet", "then"]);
var CALENDAR_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight)$/i;
var NOT_A_SUBJECT = /* @__PURE__ */ new Set(["following", "according", "asked", "speaking", "responding", "writing", "pressed", "during", "in", "meanwhile", "however"]);
var QUANTIFIERS = /* @__PURE__ */ new Set(["one", "two", "three", "four", "five", "six", "several", "many", "some", "both", "most", "all", "few", "other", "multiple", "numerous", "various", "dozens", "hundreds", "thousands"]);
var MAX_TITLED_WORDS = 7;
function plausibleSpeaker(np) {
  if (!np)
    return false;
  const head = headOf(np);
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEAD_WORDS)
    return false;
  if (!/\p{L}{2,}|^I$/u.test(head))
    return false;
  const first = words[0].toLowerCase().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "");
  if (NON_SUBJECT_STARTS.has(first) && !PRONOUNS.has(first))
    return false;
  if (SPEECH_FORMS.has(first) && !/^\p{Lu}/u.test(words[0]))
    return false;
  if (NOT_A_SUBJECT.has(first))
    return false;
  if (/^(?:that|it|there|here|what|this|who|where|how)['’]s$/.test(first) || CALENDAR_WORDS.test(head))
    return false;
  if (words.length >= 3 && !/\p{Ll}/u.test(head))
    return false;
  const lastWord = words[words.length - 1].toLowerCase();
  if (words.length > 1 && NON_SUBJECT_STARTS.has(lastWord) && !PRONOUNS.has(lastWord))
    return false;
  if (/^\p{Lu}/u.test(head) || /^\d/.test(head))
    return true;
  if (PRONOUNS.has(first) || DETERMINERS.has(first) || QUANTIFIERS.has(first))
    return true;
  if (words.length <= MAX_TITLED_WORDS && words.slice(1).some((w) => /^\p{Lu}/u.test(w)))
    return true;
  const last = words[words.length - 1].replace(/[^\p{L}]/gu, "");
  return SPEAKER_HEAD_NOUNS.test(last);
}
function skipAuxBack(toks, k) {
  let i = k;
  while (i >= 0 && (AUX_WORDS.has(toks[i].lower) || /^\p{Ll}\p{L}+ly$/u.test(toks[i].w)))
    i--;
  return i;
}
var BREAK = /[,;:()“”"«»„—–―!?]|\.\s|--/;
function npEndingAt(s, toks, end) {
  if (PRONOUNS.has(toks[end].lower) && toks[end].lower !== "her" && toks[end].lower !== "him" && toks[end].lower !== "them")
    return toks[end].w;
  let start = -1;
  for (let i = end, k = 0; i >= 0 && k < MAX_HEAD_WORDS; i--, k++) {
    const t = toks[i];
    const nounUse = NOUN_LIKE_FORMS.has(t.lower) && (DETERMINERS.has(toks[i - 1]?.lower ?? "") || /['’]s?$/.test(toks[i - 1]?.w ?? ""));
    if (NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower) && /^\p{Ll}/u.test(t.w) && !nounUse)
      break;
    if (i < end && AUX_WORDS.has(t.lower))
      break;
    if (i < end && BREAK.test(s.slice(t.end, toks[i + 1].index)))
      break;
    start = i;
  }
  if (start < 0)
    return null;
  const np = tidy(s.slice(toks[start].index, toks[end].end));
  const time = TRAILING_TIME.exec(np);
  return time && time.index > 0 ? np.slice(0, time.index) : np;
}
var TRAILING_TIME = /\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)$|\s+(?:last|this|earlier|late)\s+(?:week|month|year|night)$/i;
function npAfter(s, toks, from) {
  let end = -1;
  for (let i = from, k = 0; i < toks.length && k < MAX_HEAD_WORDS; i++, k++) {
    const t = toks[i];
    if (i > from && BREAK.test(s.slice(toks[i - 1].end, t.index).replace(/^\.(?=\s)/, "")))
      break;
    const nounUse = DETERMINERS.has(toks[i - 1]?.lower ?? "") || /['’]s?$/.test(toks[i - 1]?.w ?? "");
    if (NP_STOP_WORDS.has(t.lower) || i > from && SPEECH_FORMS.has(t.lower) && /^\p{Ll}/u.test(t.w) && !nounUse)
      break;
    if (i > from && /^(?:on|in|at|during|after|before|to|from|for|with|by|speaking|referring|adding|who|which|about|of)$/.test(t.lower) && (!/^\p{Lu}/u.test(toks[i + 1]?.w ?? "") || CALENDAR_WORDS.test(toks[i + 1].w)))
      break;
    end = i;
  }
  if (end < 0)
    return null;
  return tidy(s.slice(toks[from].index, toks[end].end).replace(/\s+(?:on|in|at|to|of|for)$/i, ""));
}
function sentenceSubject(s) {
  let rest = s.replace(DATELINE, "");
  let afterComma = false;
  for (let guard = 0; guard < 3; guard++) {
    const first = /^\s*[“"]?([\p{L}'’-]+)/u.exec(rest)?.[1]?.toLowerCase() ?? "";
    const comma = rest.indexOf(",");
    const lowerStart = afterComma && /^\s*\p{Ll}/u.test(rest) && !DETERMINERS.has(first) && !QUANTIFIERS.has(first) && !PRONOUNS.has(first);
    const participle = /(?:ly|ing|ed)$/.test(first) && /^\s*[“"]?[\p{L}'’-]+(?:,|\s+\p{Ll})/u.test(rest);
    const timePhrase = comma > 0 && /\b(?:ago|later|earlier)\s*$/i.test(rest.slice(0, comma));
    const timeWithoutComma = /^\s*(?:last|this|next|on|early|late)\s+(?:week|month|year|night|weekend|morning|evening|\p{L}+day)\s/iu.test(rest) && !/^\s*(?:\S+\s+){0,3}\S+,/u.test(rest);
    const dateWithoutComma = DATE_OPENER.exec(rest);
    afterComma = false;
    const bareFocus = FOCUS_WORDS.has(first) && !/^\s*[“"]?[\p{L}'’-]+\s*,/u.test(rest);
    if (dateWithoutComma)
      rest = rest.slice(dateWithoutComma[0].length);
    else if (bareFocus)
      rest = rest.replace(/^\s*[\p{L}'’-]+/u, "");
    else if (timeWithoutComma)
      rest = rest.replace(/^\s*\S+\s+\S+\s+/u, "");
    else if ((INTRO_WORDS.has(first) || participle || lowerStart || timePhrase) && comma > 0 && comma < 90) {
      rest = rest.slice(comma + 1);
      afterComma = true;
    } else if (FOCUS_WORDS.has(first))
      rest = rest.replace(/^\s*[\p{L}'’-]+/u, "");
    else
      break;
  }
  const toks = tokens(rest);
  if (!toks.length)
    return null;
  const firstTok = toks[0];
  if (PRONOUNS.has(firstTok.lower) && !/^(?:him|her|them)$/.test(firstTok.lower))
    return firstTok.w;
  let end = -1;
  if (/^\p{Lu}/u.test(firstTok.w) && !INTRO_WORDS.has(firstTok.lower)) {
    for (let i = 0; i < toks.length && i < MAX_HEAD_WORDS; i++) {
      const t = toks[i];
      if (i > 0 && BREAK.test(rest.slice(toks[i - 1].end, t.index)))
        break;
      if (/^\p{Lu}/u.test(t.w) || /^\d/.test(t.w))
        end = i;
      else if (PERSON_NOUNS.has(t.lower) && /^\p{Lu}/u.test(toks[i + 1]?.w ?? ""))
        continue;
      else if (!/^(?:of|the|for|and|de|van|von|da|al|bin)$/.test(t.lower))
        break;
    }
    if (end >= 0 && PRONOUNS.has(firstTok.lower) && end === 0)
      return firstTok.w;
    const next = toks[end + 1];
    if (end >= 0 && /['’]s$/.test(toks[end].w) && next && /^\p{Ll}/u.test(next.w) && !BREAK.test(rest.slice(toks[end].end, next.index)))
      end = lowerTail(rest, toks, end);
    if (end === 0 && (DETERMINERS.has(firstTok.lower) || QUANTIFIERS.has(firstTok.lower)))
      end = lowerTail(rest, toks, 0);
  } else if (DETERMINERS.has(firstTok.lower) || QUANTIFIERS.has(firstTok.lower)) {
    end = lowerTail(rest, toks, 0);
  } else {
    const name = toks.findIndex((t, i) => i > 0 && i <= MAX_TITLE_BEFORE_NAME && /^\p{Lu}/u.test(t.w));
    if (name > 0 && PERSON_NOUNS.has(toks[name - 1].lower) && !BREAK.test(rest.slice(firstTok.index, toks[name].index))) {
      end = name;
      while (end + 1 < toks.length && /^\p{Lu}/u.test(toks[end + 1].w) && !BREAK.test(rest.slice(toks[end].end, toks[end + 1].index)))
        end++;
    } else {
      for (let i = 0; i < Math.min(toks.length, MAX_BARE_GROUP_WORDS); i++) {
        const t = toks[i];
        if (i > 0 && BREAK.test(rest.slice(toks[i - 1].end, t.index)) || !/^\p{Ll}/u.test(t.w) || AUX_WORDS.has(t.lower) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower))
          break;
        if (GROUP_NOUN_SET.has(t.lower) || /^(?:groups|organizations|organisations|advocates|unions|companies)$/.test(t.lower)) {
          end = i;
          break;
        }
      }
    }
  }
  if (end < 0)
    return null;
  const np = tidy(rest.slice(firstTok.index, toks[end].end));
  return plausibleSpeaker(np) ? np : null;
}
var LINKING_VERBS = /* @__PURE__ */ new Set(["get", "gets", "got", "become", "becomes", "became", "seem", "seems", "seemed", "begin", "begins", "began", "appear", "appears", "appeared", "remain", "remains", "remained", "grow", "grows", "grew", "keep", "keeps", "kept", "goes", "went", "takes", "took", "makes", "made"]);
function lowerTail(s, toks, from) {
  let end = from;
  for (let i = from + 1; i < toks.length && i - from < 6; i++) {
    const t = toks[i];
    if (BREAK.test(s.slice(toks[i - 1].end, t.index)))
      break;
    if (AUX_WORDS.has(t.lower) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower) || LINKING_VERBS.has(t.lower) || /ly$/.test(t.lower))
      break;
    if (/ed$/.test(t.lower) && i > from + 1)
      break;
    end = i;
    if (PERSON_NOUNS.has(t.lower) || SPEAKER_HEAD_NOUNS.test(t.lower))
      break;
  }
  return end;
}
var MAX_PARENTHESIS_CHARS = 25;
var MAX_RELATIVE_GAP = 4;
function relativeSubject(s, toks, v) {
  const verb2 = toks[v];
  if (isGerund(verb2))
    return null;
  for (let j = v + 1; j < toks.length; j++)
    if (isSpeechVerb(s, toks, j))
      return null;
  let r = v - 1;
  while (r >= 0 && v - r <= MAX_RELATIVE_GAP + 1 && !/^(?:who|which)$/.test(toks[r].lower)) {
    const t = toks[r];
    if (!/^(?:\p{Ll}+|\d+)$/u.test(t.w) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower) || /[,;:()“”"]/.test(s.slice(t.end, toks[r + 1].index)))
      return null;
    r--;
  }
  if (r < 1 || !/^(?:who|which)$/.test(toks[r].lower) || /[,;:“”"]/.test(s.slice(toks[r].end, verb2.index)))
    return null;
  const rel = toks[r];
  const gap = s.slice(toks[r - 1].end, rel.index);
  if (!/^\s*(?:,|--|[—–])?\s*$/.test(gap))
    return null;
  let antecedent = npEndingAt(s, toks, r - 1);
  if (!antecedent)
    return null;
  const at = s.lastIndexOf(antecedent, rel.index);
  const lead = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*,\s*(?:now|then|still|also|currently|formerly)?\s*$/u.exec(s.slice(Math.max(0, at - 60), at));
  if (lead && /^\p{Ll}/u.test(antecedent) && /,/.test(gap) && !INTRO_WORDS.has(lead[1].toLowerCase()) && !/^\p{Lu}\p{Ll}+ly$/u.test(lead[1]))
    antecedent = lead[1];
  antecedent = antecedent.replace(/^(?:now|then|also|still)\s+/i, "");
  const dets = [...antecedent.matchAll(/\b(?:the|a|an|his|her|its|their|our)\s+(?=\S)/gi)];
  const lastDet = dets[dets.length - 1]?.index ?? 0;
  if (lastDet > 0)
    antecedent = antecedent.slice(lastDet);
  return plausibleSpeaker(antecedent) ? { pronoun: rel.w, antecedent } : null;
}
function subjectOf(s, toks, v) {
  let i = skipAuxBack(toks, v - 1);
  const verb2 = toks[v];
  if (i > 0 && /^\.?\)\s*$/.test(s.slice(toks[i].end, verb2.index))) {
    const open = s.lastIndexOf("(", toks[i].index);
    if (open >= 0 && toks[i].end - open <= MAX_PARENTHESIS_CHARS) {
      let j = i;
      while (j >= 0 && toks[j].index > open)
        j--;
      if (j >= 0 && /^\s*$/.test(s.slice(toks[j].end, open)))
        i = j;
    }
  }
  const gapBefore = s.slice(toks[i]?.end ?? 0, verb2.index);
  const prev = toks[i];
  if (isGerund(verb2) && prev && /^\p{Lu}/u.test(prev.w) && i === v - 1) {
    let r = i;
    while (r > 0 && /^\p{Lu}/u.test(toks[r - 1].w) && !BREAK.test(s.slice(toks[r - 1].end, toks[r].index)))
      r--;
    if (/^(?:of|by|with|featuring|showing|shows|shown)$/.test(toks[r - 1]?.lower ?? ""))
      return tidy(s.slice(toks[r].index, prev.end));
  }
  const participle = isGerund(verb2);
  if (!prev || participle || /^(?:and|but|then|or|also)$/.test(prev.lower))
    return sentenceSubject(s);
  if (/,/.test(gapBefore)) {
    const before = s.slice(0, verb2.index);
    const clauseStart = /.*(?:[;—–]|--|\b(?:which|whom)\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their)\s))/su.exec(before)?.[0].length ?? 0;
    let whole = tidy(s.slice(clauseStart, prev.end));
    if (/^\s*(?:it\s*)?,/.test(s.slice(verb2.end)))
      whole = whole.replace(/^as\s+(?=\p{Lu})/iu, "");
    const subj = sentenceSubject(whole);
    if (subj) {
      const at = whole.indexOf(subj);
      const full = tidy(whole.slice(at));
      return full.split(/\s+/).length <= MAX_PHRASE_WORDS ? full : subj;
    }
    return null;
  }
  if (prev.lower === "who" && i > 0 && /,\s*$/.test(s.slice(toks[i - 1].end, prev.index))) {
    const antecedent = npEndingAt(s, toks, i - 1);
    if (plausibleSpeaker(antecedent))
      return antecedent;
  }
  if (NP_STOP_WORDS.has(prev.lower) || prev.lower === "to")
    return null;
  const np = npEndingAt(s, toks, i);
  if (np && !plausibleSpeaker(np)) {
    const run = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(np)?.[1];
    if (run && run !== np)
      return run;
  }
  if (np && /^(?:only|just|nearly|almost|about|roughly|over)\s+\d/i.test(np)) {
    const rest = np.replace(/^\S+\s+/, "");
    if (plausibleSpeaker(rest))
      return rest;
  }
  return np;
}

export {
  ISSUED_NOUNS,
  ISSUED_MODIFIERS,
  OFFICE_TITLE_SET,
  OFFICE_WORD_SET,
  COURTESY_TITLE_SET,
  OPENER_SET,
  NOT_NAME_WORD_SET,
  ORGANISATION_WORD_SET,
  GROUP_NOUN_SET,
  RELATIVE_PRONOUN_SET,
  DOCUMENT_NOUN_SET,
  PERSONAL_PRONOUN_SET,
  NOT_SPEAKER_LABEL_SET,
  ATTRIBUTION_PHRASES,
  SENTENCE_FINAL_PHRASES,
  NOUN_LIKE_FORMS,
  DETERMINERS,
  ABBREVIATIONS,
  INTRO_WORDS,
  NON_SUBJECT_STARTS,
  SPEAKER_HEAD_NOUNS,
  AUX_WORDS,
  PRONOUNS,
  PERSON_NOUNS,
  FEMALE_NOUNS,
  MALE_NOUNS,
  MAX_PHRASE_WORDS,
  tokens,
  isSpeechVerb,
  isGerund,
  headOf,
  plausibleSpeaker,
  npAfter,
  sentenceSubject,
  relativeSubject,
  subjectOf
};
