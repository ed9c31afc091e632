import {
  UsageError
} from "./chunk-ZA5YYWVB.js";
import {
  bodyLayout
} from "./chunk-45DHUUIA.js";

// dist/metadata/words.js
var WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
var SEGMENT_CHARS = 256;
var segmenter = null;
function unspacedWords(run) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  let n = 0;
  for (let i = 0; i < run.length; i += SEGMENT_CHARS)
    for (const s of segmenter.segment(run.slice(i, i + SEGMENT_CHARS)))
      if (s.isWordLike)
        n++;
  return n;
}
function countWords(text) {
  let n = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    n += unspacedWords(run);
    return " ";
  });
  return n + (spaced.match(WORD) ?? []).length;
}

// dist/batch/filters.js
var SKIP_KINDS = { lang: "language not in --lang", minWords: "under --min-words" };
function canonicalTag(tag) {
  const t = tag.trim().replace(/_/g, "-");
  if (!t)
    return null;
  try {
    return Intl.getCanonicalLocales(t)[0] ?? null;
  } catch {
    return null;
  }
}
function parseLangs(value) {
  const out = [];
  for (const part of value.split(/[,\s]+/).filter(Boolean)) {
    const tag = canonicalTag(part);
    if (!tag || tag === "und")
      throw new UsageError(`--lang: "${part}" is not a language code (use codes like en, de, pt-BR)`);
    if (!out.includes(tag))
      out.push(tag);
  }
  if (!out.length)
    throw new UsageError("--lang: no language code given");
  return out;
}
function langMatches(lang, langs) {
  const tag = lang ? canonicalTag(lang) : null;
  if (!tag)
    return false;
  const primary = tag.split("-")[0].toLowerCase();
  return langs.some((l) => l.toLowerCase() === tag.toLowerCase() || !l.includes("-") && l.toLowerCase() === primary);
}
function filterReason(article, filter) {
  if (filter.langs?.length && !langMatches(article.lang, filter.langs)) {
    return `${SKIP_KINDS.lang} ${filter.langs.join(",")} (${article.lang ? `language ${article.lang}` : "language unknown"})`;
  }
  if (filter.minWords) {
    const words = countWords(bodyLayout(article.blocks).text);
    if (words < filter.minWords)
      return `${SKIP_KINDS.minWords} ${filter.minWords} (${words} words)`;
  }
  return null;
}

export {
  countWords,
  canonicalTag,
  parseLangs,
  filterReason
};
