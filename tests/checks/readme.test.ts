// The README's rule table is the manual: it must list exactly the registered rules with their
// severity, cross-lingual flag and one-line doc.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/checks/index.js';
import { repoRoot } from '../helpers/cli.js';

describe('README rule table', () => {
  it('matches the registry row for row', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+\/[a-z0-9-]+)` \| (error|warning|info) \| (yes|) \| (.+) \|$/gm)].map((m) => ({
      id: m[1],
      severity: m[2],
      crossLingual: m[3] === 'yes',
      doc: m[4],
    }));
    expect(rows).toEqual(listRules().map((r) => ({ id: r.id, severity: r.severity, crossLingual: r.crossLingual, doc: r.doc })));
  });
});
