#!/usr/bin/env node
// Build step (npm run build): writes the month and weekday tables of src/rules/date-words.ts,
// built from this Node's ICU data, beside the compiled module. At start-up the module reads them
// instead of building some 100 Intl formatters (about 60 ms of CPU per process and per worker
// thread); a runtime whose ICU data differs (another version, or other languages) builds its own.
import fs from 'node:fs';

const target = new URL('../dist/rules/date-words.snapshot.json', import.meta.url);
fs.rmSync(target, { force: true }); // the module must not read a stale snapshot while building a new one
const { buildDateVocabulary } = await import('../dist/rules/date-words.js');
fs.writeFileSync(target, JSON.stringify(buildDateVocabulary()));
