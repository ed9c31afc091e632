/**
 * Lines to test the whole-line rule patterns on (test/unit/boilerplate-prefilter.test.ts,
 * test/unit/case-fold.test.ts): every pattern of the boilerplate and block tables, and lines built
 * from the tables' own vocabulary in several letter cases (with characters whose case folding is
 * unusual), English rule examples and the project's fixture texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOILERPLATE_RULES } from '../src/rules/boilerplate.js';
import { BOILERPLATE_LANGUAGES } from '../src/rules/boilerplate-languages.js';
import { BLOCK_RULES, PHRASE_PATTERNS } from '../src/rules/html-blocks.js';
import { TITLE_JUNK_PATTERNS } from '../src/rules/title-junk.js';
import { DATE_LABELS } from '../src/rules/date-words.js';

export const PATTERNS: Array<[string, RegExp]> = [
  ...BOILERPLATE_RULES.map((r): [string, RegExp] => [r.id, r.pattern]),
  ...BLOCK_RULES.map((r): [string, RegExp] => [`block:${r.id}`, r.pattern]),
  ...Object.entries(PHRASE_PATTERNS).map(([k, p]): [string, RegExp] => [`phrase:${k}`, p]),
  ...TITLE_JUNK_PATTERNS.map((p, i): [string, RegExp] => [`title-junk:${i}`, p]),
  ...DATE_LABELS.map((l): [string, RegExp] => [`date-label:${l.id}`, l.pattern]),
];

export const VOCABULARY = BOILERPLATE_LANGUAGES.flatMap((l) => Object.entries(l).filter(([k]) => k !== 'id' && k !== 'reason').flatMap(([, v]) => v as string[]));
export const asLine = (entry: string) => entry.replace(/^# /, '12 ').replace(/ …$/, ' Wärmepumpe');
/** Letter cases and characters whose case folding differs from lower-casing (ſ, the Kelvin sign, ẞ, İ, final sigma). */
export const variants = (s: string) => [s, s.toUpperCase(), s.toLowerCase(), s[0]!.toUpperCase() + s.slice(1), s.replace(/s/g, 'ſ'), s.replace(/k/g, '\u212a'), s.replace(/ß/g, 'ẞ'), s.replace(/i/g, 'İ'), s.replace(/σ/g, 'ς')];

export function fixtureLines(): string[] {
  const root = join(__dirname, '../fixtures');
  const out: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(root, dir.name))) {
      if (!/^(?:input|expected)\.(?:txt|md|html)$/.test(f)) continue;
      out.push(...readFileSync(join(root, dir.name, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
    }
  }
  return out;
}

export const ENGLISH = ['Related Articles', 'Read more', 'Share this:', 'Comments (12)', '12 comments', 'Leave a comment', 'Advertisement', 'Back to top', 'Skip to content', 'Follow us on Twitter', 'Sign up for our newsletter', '© 2024 Example Media', 'Copyright 2023', 'Photo: Ann Lee / AP', '(Reporting by Ann Lee; Editing by Bo Chan)', 'Tags: climate, policy', '5 min read', '2 days ago', 'Loading...', 'Media playback is unsupported on your device', 'About the author', 'Press contacts:', '[ 167 comments ]', 'Ann Lee says:', 'Posted 3 hours ago', 'Privacy Policy', 'Accept all', 'The council approved the plan on Monday.'];
/** Title candidates of the kinds rules/title-junk.ts turns away, and the words before a labelled date. */
export const TITLES_AND_LABELS = ['Download the PDF', 'Download this chart', 'Folgen Sie uns auf Google News', 'Bis zu 50 € Rabatt auf alles', '4.5 out of 5 stars (120 votes)', 'Kundenbewertungen', 'File photo: the harbour in winter', 'TopicsHarbourFerry market', 'Follow Ann Lee on Twitter', 'Last updated on', 'First published', 'Zuletzt aktualisiert am', 'Veröffentlicht am', 'Mis à jour le', 'Publié le', 'Actualizado el', 'Publicado em', 'Aggiornato il', 'Gepubliceerd op', 'Opublikowano', 'Stand:', 'Datum:'];
export const CORPUS = [...new Set([...[...VOCABULARY.map(asLine), ...ENGLISH, ...TITLES_AND_LABELS].flatMap(variants), ...VOCABULARY.flatMap((e) => [`${asLine(e)}:`, `${asLine(e)} » Ein Titel`, `${asLine(e)}: Lesen Sie den Bericht`]), ...fixtureLines()])];
