#!/usr/bin/env node
// The executable: runs the akhbar command line and sets the exit code.
import { hideBin } from 'yargs/helpers';
import { main } from './main.js';

process.exitCode = await main(hideBin(process.argv));
