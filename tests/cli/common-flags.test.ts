// The README's common flags hold for every command where they mean something: `run --glossary`
// and `run --decisions`, `fix --no-color` (and colour on a terminal otherwise); `check` refuses
// an invalid manifest exactly as `run` does; messages count right ("1 block", "1 pass").
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, runCli } from '../helpers/cli.js';
import { removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

const ENGLISH = [
  'Joint statement of the ministers',
  '',
  'On June 8, 2022, the ministers met in Nur Sudan and visited the Zorbal Bridge.',
  '',
  '- END -',
  '',
].join('\n');

/** A glossary of one entry: "Zorbal Bridge" is a garble of "Zorbala Bridge". */
const GLOSSARY = {
  version: 1,
  entries: [
    {
      id: 'zorbala-bridge', type: 'port', zhHans: ['佐尔巴拉桥'], preferred: 'Zorbala Bridge', source: 'test',
      garbles: [{ text: 'Zorbal Bridge', correction: 'Zorbala Bridge', safe: true }],
    },
  ],
};

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-flags-');
  writeFiles(dir, {
    'corpus/documents/2022-06-08_statement.en.txt': ENGLISH,
    'glossary.json': JSON.stringify(GLOSSARY),
    'bad-glossary.json': '{"version": 1, "entries": [{"id": "x"}]}',
    'broken/documents/2022-06-08_statement.en.txt': ENGLISH,
    'broken/manifest.json': JSON.stringify({ version: 1, documents: [{ id: 'Bad Id', file: 'documents/2022-06-08_statement.en.txt', language: 'en' }] }),
  });
});
afterAll(() => removeScratch(dir));

const findingsOf = (out: string) =>
  (JSON.parse(readFileSync(join(dir, out, '2022-06-08_statement.en', 'findings.json'), 'utf8')) as { files: Array<{ findings: Array<{ rule: string; text: string }> }> }).files[0].findings.map((f) => f.text);

describe('run --glossary FILE', () => {
  it('checks the corpus against that glossary, not the curated one', () => {
    expect(runCli(['run', '--corpus', 'corpus', '--out', 'curated', '--quiet'], { cwd: dir }).code).toBe(0);
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'own', '--glossary', 'glossary.json', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(findingsOf('curated')).toContain('Nur Sudan');
    expect(findingsOf('curated')).not.toContain('Zorbal Bridge');
    expect(findingsOf('own')).toContain('Zorbal Bridge');
    expect(findingsOf('own')).not.toContain('Nur Sudan');
    expect(readFileSync(join(dir, 'own', '2022-06-08_statement.en', 'fixed.txt'), 'utf8')).toContain('the Zorbala Bridge');
  });

  it('an invalid glossary: exit 2 naming it, nothing written', () => {
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'never', '--glossary', 'bad-glossary.json', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-glossary\.json.*invalid glossary/);
    expect(spawnSync('ls', [dir]).stdout.toString()).not.toContain('never');
  });
});

describe('run --decisions FILE', () => {
  it('honours the decisions of that file: a rejected finding is neither reported nor fixed', () => {
    const decisions = { version: 1, decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', decision: 'reject' }] };
    writeFiles(dir, { 'decisions.json': JSON.stringify(decisions) });
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'decided', '--decisions', 'decisions.json', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(findingsOf('decided')).not.toContain('Nur Sudan');
    expect(readFileSync(join(dir, 'decided', '2022-06-08_statement.en', 'fixed.txt'), 'utf8')).toContain('met in Nur Sudan');
  });
});

describe('check and run refuse an invalid manifest alike', () => {
  it('exit 2 with the same message naming the manifest, its line and the field', () => {
    const run = runCli(['run', '--corpus', 'broken', '--out', 'never'], { cwd: dir });
    const check = runCli(['check', 'broken/documents/2022-06-08_statement.en.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(check.code).toBe(2);
    expect(run.stderr).toMatch(/^silkalign: broken\/manifest\.json:\d+: documents\.0\.id: /);
    expect(check.stderr).toBe(run.stderr);
  });
});

describe('messages count right', () => {
  it('run: "1 paragraph", "1 boilerplate block", "0 document pairs", "1 document"', () => {
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'counted'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('silkalign: 1 document in corpus\n');
    expect(r.stderr).toContain(': 2 paragraphs, 1 boilerplate block removed\n');
    expect(r.stderr).toContain('silkalign: 0 document pairs, 1 document without counterpart\n');
    expect(r.stderr).toContain('silkalign: 0 review reports, 0 parallel segments');
  });

  it('fix: "1 fix applied in 1 pass", "1 finding left (0 errors)"', () => {
    writeFiles(dir, { 'one.en.txt': 'The ministers met in Nur Sudan.\n' });
    const r = runCli(['fix', 'one.en.txt'], { cwd: dir });
    expect(r.stderr).toBe('silkalign: one.en.txt: 1 fix applied in 1 pass; 0 findings left (0 errors)\n');
  });
});

const haveScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!haveScript)('fix on a terminal', () => {
  /** Runs `silkalign fix …` with stdout on a pseudo-terminal (util-linux `script`), colour allowed. */
  const onTerminal = (args: string[]) => {
    const command = [process.execPath, binPath, 'fix', ...args].map((a) => `'${a}'`).join(' ');
    const env = { ...process.env };
    delete env.NO_COLOR;
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env, timeout: 60_000 }).stdout.toString('utf8');
  };

  it('colours the diff, and --no-color leaves it plain', () => {
    writeFiles(dir, { 'tty.en.txt': 'The ministers met in Nur Sudan.\n' });
    const coloured = onTerminal(['tty.en.txt']);
    expect(coloured).toContain('\u001b[32m+The ministers met in Nur-Sultan.\u001b[0m');
    const plain = onTerminal(['tty.en.txt', '--no-color']);
    expect(plain).toContain('+The ministers met in Nur-Sultan.');
    expect(plain).not.toContain('\u001b[');
  });
});
