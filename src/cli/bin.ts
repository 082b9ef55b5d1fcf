#!/usr/bin/env node
// The executable: runs the akhbar command line and sets the exit code.
import { setFlagsFromString } from 'node:v8';
import { hideBin } from 'yargs/helpers';
import { main } from './main.js';

// An article's garbage is short-lived, but V8 lets each thread's old generation grow to about four
// times what survives before it collects, which with two workers pushed a corpus run past 500 MB.
// Growing by half instead keeps the peak near 400 MB at a few per cent of speed (measured on ANT,
// README "Performance"). Set before any worker starts: the flag is read by every new heap.
setFlagsFromString('--heap-growing-percent=50');

process.exitCode = await main(hideBin(process.argv));
