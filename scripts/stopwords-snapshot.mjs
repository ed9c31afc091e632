#!/usr/bin/env node
// Build step (npm run build): writes the stopword lists of the 25 languages the language guess
// uses (src/metadata/language.ts), read from the stopword package, beside the compiled module as
// JSON. A run reads them instead of loading the package's module, which holds some 60 languages
// (about 6 ms of a one-file run); running from source, the package is read.
import fs from 'node:fs';

const target = new URL('../dist/metadata/stopwords.snapshot.json', import.meta.url);
fs.rmSync(target, { force: true }); // the module must not read a stale snapshot while building a new one
const { stopwordLists, stopwordSnapshotKey } = await import('../dist/metadata/language.js');
fs.writeFileSync(target, JSON.stringify({ key: stopwordSnapshotKey(), lists: stopwordLists() }));
