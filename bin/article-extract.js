#!/usr/bin/env node
// Regular expressions compiled straight to machine code, not first to bytecode and again on
// their second use: the rule tables' large case-insensitive patterns then cost a third of the
// compile time, which a one-file run pays in full (bench/startup.mjs; set before any is used).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli.js');
await main(process.argv);
