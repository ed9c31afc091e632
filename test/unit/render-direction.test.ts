/** Writing direction (src/render/direction.ts): declared language first, else the letters of the text. */
import { describe, expect, it } from 'vitest';
import { articleDirection, directionOfLang, directionOfText } from '../../src/render/direction.js';
import { toJson } from '../../src/render/json.js';
import type { Article } from '../../src/model.js';

const art = (lang: string | null, text: string, title: string | null = null): Article => ({
  source: { path: null, format: 'text', encoding: 'utf-8' }, title, byline: null, authors: [], published: null, siteName: null, lang,
  url: null, description: null, image: null, blocks: [{ kind: 'paragraph', text, markdown: text }], quotes: [], removed: [],
});

describe('direction', () => {
  it('is rtl for declared Arabic, Hebrew, Persian, Urdu (any region), ltr for others', () => {
    for (const l of ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ckb']) expect(directionOfLang(l)).toBe('rtl');
    for (const l of ['en', 'de-DE', 'zh-Hant', 'tr']) expect(directionOfLang(l)).toBe('ltr');
    expect(directionOfLang('az-Arab')).toBe('rtl');
    expect(directionOfLang('ku-Latn')).toBe('ltr');
    expect(directionOfLang(null)).toBeNull();
    expect(directionOfLang('und')).toBeNull();
  });

  it('is detected from the letters when no language is declared', () => {
    expect(directionOfText('שלום עולם, זהו מאמר בעברית על מזג האוויר.')).toBe('rtl');
    expect(directionOfText('این یک مقاله فارسی درباره آب و هوا است.')).toBe('rtl');
    expect(directionOfText('Le ministre a dit « السلام عليكم » aux journalistes réunis hier.')).toBe('ltr');
    expect(directionOfText('1234 — …')).toBe('ltr');
  });

  it('a page template declaring "en" around an Arabic article is still rtl; declared rtl wins', () => {
    expect(articleDirection(art('en', 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.'))).toBe('rtl');
    expect(articleDirection(art('ar', 'Breaking news in English'))).toBe('rtl');
    expect(articleDirection(art(null, 'Plain English text about the weather.'))).toBe('ltr');
  });

  it('the JSON carries dir', () => {
    expect(toJson(art(null, 'מאמר בעברית על מזג האוויר בירושלים.')).dir).toBe('rtl');
    expect(toJson(art('en', 'Weather.')).dir).toBe('ltr');
  });
});
