#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/cli/index.js';

// A reader that stops early (`silkalign fix --help | head -1`) closes the pipe: stop quietly, as
// other command-line tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`silkalign: internal error: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
