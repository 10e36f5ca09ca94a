// Completes package-lock.json after `npm install` on a machine whose registry mirror serves only
// this platform's builds of packages such as @rollup/rollup-* and @esbuild/*: npm then leaves the
// other platforms' optional packages out of the lock, and `npm ci` refuses the lock as out of sync.
// Each missing optional package gets a plain entry (version, optional); `npm ci` skips it where
// it cannot be installed. Run `npm run lock:complete` after every `npm install`; a test checks it
// with `node scripts/complete-lock.mjs --check [LOCK]` (exit 1 and the list when entries are missing).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv[2] === '--check';
  const path = process.argv[check ? 3 : 2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const missing = missingOptionalEntries(lock);
  if (check) {
    for (const [key, version] of missing) process.stdout.write(`${key}@${version}\n`);
    if (missing.length) process.stderr.write(`complete-lock: ${path} lacks ${missing.length} optional entries; run npm run lock:complete\n`);
    process.exit(missing.length ? 1 : 0);
  }
  // Added after npm's own entries, so the rest of the file keeps npm's order.
  for (const [key, version] of missing) lock.packages[key] = { version, optional: true };
  writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
  process.stderr.write(`complete-lock: ${missing.length} optional entries added to ${path}\n`);
}

/** Optional dependencies that no lock entry resolves: [lock key, version]. */
export function missingOptionalEntries(lockfile) {
  const packages = lockfile.packages;
  const out = new Map();
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      // npm resolves a dependency in the package's own node_modules, then in each parent's.
      let dir = key;
      let found = false;
      for (;;) {
        if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) { found = true; break; }
        if (!dir) break;
        const cut = dir.lastIndexOf('/node_modules/');
        dir = cut < 0 ? '' : dir.slice(0, cut);
      }
      if (!found) out.set(`node_modules/${name}`, version);
    }
  }
  return [...out];
}
