#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts it without its ES module loader. The CLI itself is one
// bundle compiled with its code cache (src/cached-bundle.ts, scripts/bundle.mjs).
'use strict';
const path = require('node:path');
const { loadBundle } = require('../dist/bundle/load.cjs');

loadBundle(path.join(__dirname, '../dist/bundle/cli.cjs')).main(process.argv);
