#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/cli/index.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`silkalign: internal error: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
