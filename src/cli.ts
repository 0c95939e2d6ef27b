#!/usr/bin/env node
// The `depgate` command's entry point (package.json "bin" runs the bundle of this file).
import { runCommandLine } from './command-line.js';

process.exitCode = await runCommandLine();
