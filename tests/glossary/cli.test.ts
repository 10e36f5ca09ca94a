// `silkalign glossary validate|export|lookup` as a user runs them, and an invalid --glossary
// given to `check`: exit codes, stdout as data, problems on stderr naming file and entry.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'glossary-cli-'));
const badGlossary = join(dir, 'bad.json');
writeFileSync(
  badGlossary,
  JSON.stringify(
    {
      version: 1,
      entries: [
        { id: 'ok', type: 'city', preferred: 'Okcity', source: 's' },
        { id: 'broken', type: 'planet', preferred: 'Other' },
      ],
    },
    null,
    2,
  ),
);
const english = join(dir, 'x.en.txt');
writeFileSync(english, 'The meeting was held in Nur Sudan.\n');

describe('silkalign glossary', () => {
  it('validates the curated glossary', () => {
    const r = runCli(['glossary', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/glossary\.json: valid: \d{3} entries/);
  });

  it('lists every problem of an invalid glossary and exits 2', () => {
    const r = runCli(['glossary', 'validate', badGlossary]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json:\d+: entry #1 "broken", type:/);
    expect(r.stderr).toMatch(/bad\.json:\d+: entry #1 "broken", source:/);
    expect(r.stderr).toMatch(/invalid glossary: 2 problems/);
  });

  it('makes check exit 2 on an invalid --glossary, naming file and entry', () => {
    const r = runCli(['check', english, '--glossary', badGlossary]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json:\d+: invalid glossary: entry #1 "broken"/);
  });

  it('exports TBX and OmegaT', () => {
    const tbx = runCli(['glossary', 'export', '--format', 'tbx']);
    expect(tbx.code, tbx.stderr).toBe(0);
    expect(XMLValidator.validate(tbx.stdout)).toBe(true);
    expect(tbx.stdout).toContain('<term>Nur Sudan</term>');
    const omegat = runCli(['glossary', 'export', '--format', 'omegat']);
    expect(omegat.code, omegat.stderr).toBe(0);
    expect(omegat.stdout.split('\n')).toContain('努尔苏丹\tNur-Sultan\tcapital | avoid: Nur Sudan → Nur-Sultan; Nursultan → Nur-Sultan | in use: 2019-03-20 to 2022-09-17');
    expect(runCli(['glossary', 'export', '--format', 'csv']).code).toBe(2);
  });

  it.each([
    ['nur -sudan', 0, /garble form of nur-sultan/],
    ['哈方', 0, /zh \(simplified\) form of kazakh-side/],
    ['Harbin', 0, /preferred form of harbin[\s\S]*garble form of kazakh-side/],
    ['Dushanbi', 0, /close to:\n {2}Dushanbe \(dushanbe/],
    ['Qwertyuiop', 1, /not in the glossary\n$/],
  ])('looks up %s', (term, code, pattern) => {
    const r = runCli(['glossary', 'lookup', term]);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(pattern);
  });

  it('looks up as JSON', () => {
    const r = runCli(['glossary', 'lookup', 'Tagikistan', '--format', 'json']);
    const data = JSON.parse(r.stdout) as { entries: { id: string; matchedAs: string }[] };
    expect(data.entries.map((e) => [e.id, e.matchedAs])).toEqual([['tajikistan', 'garble']]);
  });
});
