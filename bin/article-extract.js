#!/usr/bin/env node
import { loadBundle } from '../dist/cached-bundle.js';

await loadBundle(new URL('../dist/bundle/cli.cjs', import.meta.url)).main(process.argv);
