// dist/rules/regex.js
var wordList = (s) => s.split("|").map((f) => f.trim()).filter(Boolean);
var anyApostrophe = (source) => source.replace(/[’']/g, "['\u2019]");
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var escapePhrase = (s) => escapeRegExp(s).replace(/ /g, "\\s+");
var longestFirst = (words2, escape = (s) => s) => [...new Set(words2)].sort((a, b) => b.length - a.length).map(escape).join("|");

// dist/metadata/language.js
import { createRequire } from "node:module";
var SAMPLE_WORDS = 400;
var MIN_STOPWORD_SHARE = 0.2;
var MIN_WORDS = 20;
var LANGUAGES = {
  en: "eng",
  de: "deu",
  fr: "fra",
  es: "spa",
  it: "ita",
  pt: "por",
  nl: "nld",
  pl: "pol",
  ru: "rus",
  uk: "ukr",
  bg: "bul",
  sv: "swe",
  da: "dan",
  nb: "nob",
  fi: "fin",
  cs: "ces",
  sk: "slk",
  hu: "hun",
  ro: "ron",
  tr: "tur",
  id: "ind",
  el: "ell",
  ca: "cat",
  hr: "hrv",
  sl: "slv"
};
var lists = null;
function stopwords() {
  if (lists)
    return lists;
  const pkg = createRequire(import.meta.url)("stopword");
  lists = new Map(Object.entries(LANGUAGES).map(([code, key]) => [code, new Set(pkg[key] ?? [])]));
  return lists;
}
function words(text, limit = SAMPLE_WORDS) {
  return (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, limit);
}
function guessLanguage(text) {
  const sample = words(text);
  if (sample.length < MIN_WORDS)
    return null;
  let best = null;
  let bestShare = 0;
  for (const [code, set] of stopwords()) {
    const share = sample.filter((w) => set.has(w)).length / sample.length;
    if (share > bestShare)
      [best, bestShare] = [code, share];
  }
  return bestShare >= MIN_STOPWORD_SHARE ? best : null;
}
function canonicalLang(declared) {
  const tag = declared.replace(/_/g, "-").split(/[,\s]/)[0];
  if (!tag)
    return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag.toLowerCase();
  } catch {
    return tag.toLowerCase();
  }
}

export {
  wordList,
  anyApostrophe,
  escapeRegExp,
  escapePhrase,
  longestFirst,
  stopwords,
  words,
  guessLanguage,
  canonicalLang
};
