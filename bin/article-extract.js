#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A one-file run executes most of its regular expressions (the rule tables' phrase lists) once or
// a few times. V8 first compiles a pattern for its regexp interpreter and only later to machine
// code; for these large alternations the first compile costs about three times the direct one
// (bench/startup.mjs: 0.04-0.05 s CPU of a one-file run). Long runs are unaffected: their
// patterns reach machine code either way. Set before the CLI's modules load; the flag is
// process-wide, so worker threads have it too. (The library never sets V8 flags: only this
// command does, for its own process.)
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli.js');

await main(process.argv);
