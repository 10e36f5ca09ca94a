// `fix --write` as a careful editor: through a symbolic link to its file (the link kept), the
// mode, owner, encoding and byte-order mark kept, FILE.orig beside the name given; a read-only
// file, a file of another user, a file with two names, a folder that cannot be written and a
// fix the encoding cannot hold are refused with exit 2 and one line, the file left byte for
// byte as it was and nothing else written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli, type CliResult } from '../helpers/cli.js';
import { NOBODY, removeScratch, runCliUnprivileged, scratch, unprivilegedUnavailable } from './helpers.js';

const GARBLED = 'The meeting was held in Nur Sudan on 8 June 2022.\n\nThe ministers agreed to meet again.\n';
const FIXED = GARBLED.replace('Nur Sudan', 'Nur-Sultan');
const NAME = '2022-06-08_statement.en.txt';
const isRoot = process.getuid?.() === 0;
const unprivileged = unprivilegedUnavailable();

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-fix-write-');
});
afterAll(() => removeScratch(dir));

/** A fresh folder (open to every user) holding `files`. */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o777);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(root, file), content);
  return root;
}

function expectRefused(r: CliResult, file: string, why: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(why);
  expect(lines[0]).toMatch(/nothing was written \(drop --write to get the diff\)$/);
  expect(lines[0]).not.toMatch(/^\s+at |Error:|internal error/);
}

describe('fix --write keeps what a file is', () => {
  it('a symbolic link: its file is fixed, the link stays a link, FILE.orig beside the link', () => {
    const root = folder('link', {});
    mkdirSync(join(root, 'texts'));
    writeFileSync(join(root, 'texts', NAME), GARBLED);
    symlinkSync(`texts/${NAME}`, join(root, 'link.en.txt'));
    const r = runCli(['fix', 'link.en.txt', '--date', '2022-06-08', '--write', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(root, 'link.en.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'link.en.txt'))).toBe(`texts/${NAME}`);
    expect(readFileSync(join(root, 'texts', NAME), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(root, 'link.en.txt.orig'), 'utf8')).toBe(GARBLED);
    expect(readdirSync(join(root, 'texts'))).toEqual([NAME]);
  });

  it.each([0o640, 0o600, 0o664, 0o755])('mode %o is kept', (mode) => {
    const root = folder(`mode-${mode.toString(8)}`, { [NAME]: GARBLED });
    chmodSync(join(root, NAME), mode);
    const r = runCli(['fix', NAME, '--write', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(root, NAME), 'utf8')).toBe(FIXED);
    expect(statSync(join(root, NAME)).mode & 0o7777).toBe(mode);
    expect(readdirSync(root).sort()).toEqual([NAME, `${NAME}.orig`]);
  });

  it.skipIf(!isRoot)('owner and group are kept (root fixing a file of uid 65534)', () => {
    const root = folder('owner', { [NAME]: GARBLED });
    chownSync(join(root, NAME), NOBODY.uid, NOBODY.gid);
    chmodSync(join(root, NAME), 0o640);
    const r = runCli(['fix', NAME, '--write', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const after = statSync(join(root, NAME));
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([NOBODY.uid, NOBODY.gid, 0o640]);
    expect(readFileSync(join(root, NAME), 'utf8')).toBe(FIXED);
  });

  const ZH = '双方同意加强经贸合作，扩大贸易规模。\n';
  const ZH_TRAD = '雙方同意加強經貿合作，擴大貿易規模。\n';
  const bom = (bytes: number[], body: Buffer) => Buffer.concat([Buffer.from(bytes), body]);
  it.each<{ name: string; encode: (text: string) => Buffer }>([
    { name: 'UTF-8 with a BOM', encode: (t) => bom([0xef, 0xbb, 0xbf], Buffer.from(t)) },
    { name: 'UTF-8 with CRLF line ends', encode: (t) => Buffer.from(t.replace(/\n/g, '\r\n')) },
    { name: 'UTF-16LE with a BOM', encode: (t) => bom([0xff, 0xfe], iconv.encode(t, 'utf16le')) },
    { name: 'UTF-16BE with a BOM', encode: (t) => bom([0xfe, 0xff], iconv.encode(t, 'utf16be')) },
    { name: 'UTF-16LE without a BOM', encode: (t) => iconv.encode(t, 'utf16le') },
    { name: 'GB18030', encode: (t) => iconv.encode(`${t}${ZH}`, 'gb18030') },
    { name: 'Big5', encode: (t) => iconv.encode(`${t}${ZH_TRAD}`, 'big5') },
  ])('$name: written back in it, only the fixed bytes changed', ({ name, encode }) => {
    const root = folder(`encoding-${name.replace(/\W+/g, '-')}`, { [NAME]: encode(GARBLED) });
    const r = runCli(['fix', NAME, '--write', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(root, NAME)).equals(encode(FIXED))).toBe(true);
    expect(readFileSync(join(root, `${NAME}.orig`)).equals(encode(GARBLED))).toBe(true);
  });
});

describe('fix --write refuses, leaving the file as it was', () => {
  /** Runs `fix NAME --write` in a folder; the file and the folder must be unchanged after it. */
  function refusedIn(root: string, args: string[] = [], as: 'self' | 'unprivileged' = 'self'): CliResult {
    const before = readFileSync(join(root, NAME));
    const mode = statSync(join(root, NAME)).mode;
    const listing = readdirSync(root).sort();
    const command = ['fix', NAME, '--write', ...args];
    const r = as === 'self' ? runCli(command, { cwd: root }) : runCliUnprivileged(command, root);
    expect(readFileSync(join(root, NAME)).equals(before)).toBe(true);
    expect(statSync(join(root, NAME)).mode).toBe(mode);
    expect(readdirSync(root).sort()).toEqual(listing);
    return r;
  }

  it('a read-only file (0444)', () => {
    const root = folder('read-only-file', { [NAME]: GARBLED });
    chmodSync(join(root, NAME), 0o444);
    expectRefused(refusedIn(root), NAME, /is read-only \(mode 0444\); make it writable first \(chmod u\+w\)/);
  });

  it('a file with a second name (hard link)', () => {
    const root = folder('hard-link', { [NAME]: GARBLED });
    linkSync(join(root, NAME), join(root, 'other-name.txt'));
    expectRefused(refusedIn(root), NAME, /has 2 hard links.*fix a copy/);
    expect(readFileSync(join(root, 'other-name.txt'), 'utf8')).toBe(GARBLED);
  });

  it('a fix the encoding cannot hold (Big5 and an emoji from a reviewer’s edit)', () => {
    const text = `${GARBLED}雙方同意加強經貿合作，擴大貿易規模。\n`;
    const root = folder('unencodable', { [NAME]: iconv.encode(text, 'big5') });
    const decisions = { version: 1, decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'The meeting was held in ', after: ' on 8 June 2022.', decision: 'edit', replacement: 'Nur-Sultan 🙂' }] };
    writeFileSync(join(root, 'decisions.json'), JSON.stringify(decisions));
    const r = refusedIn(root, ['--decisions', 'decisions.json']);
    expectRefused(r, `${NAME}:1:36`, /the fixed text has "🙂" \(U\+1F642\) here, which Big5 cannot hold: convert the file to UTF-8/);
  });

  it('a GB18030 file whose bytes would not come back as they were (€ stored as the one byte 0x80)', () => {
    const zh = iconv.encode('双方同意加强经贸合作，扩大贸易规模'.repeat(3), 'gb18030');
    const bytes = Buffer.concat([iconv.encode(GARBLED, 'gb18030'), zh, Buffer.from([0x80]), iconv.encode('。\n', 'gb18030')]);
    const root = folder('irreproducible', { [NAME]: bytes });
    expectRefused(refusedIn(root), `${NAME}:4:52`, /"€" \(U\+20AC\) would not be written back as the GB18030 bytes it was read from: convert the file to UTF-8/);
  });

  describe.skipIf(unprivileged !== undefined)('as an unprivileged user', () => {
    it('a folder that cannot be written (no temporary file can be made beside the file)', () => {
      const root = folder('read-only-folder', { [NAME]: GARBLED });
      if (isRoot) chownSync(join(root, NAME), NOBODY.uid, NOBODY.gid);
      chmodSync(root, 0o555);
      try {
        expectRefused(refusedIn(root, [], 'unprivileged'), NAME, /its folder .*read-only-folder is not writable/);
      } finally {
        chmodSync(root, 0o777);
      }
    });

    it.skipIf(!isRoot)('a file of another user that this user may write (0666)', () => {
      const root = folder('other-owner', { [NAME]: GARBLED });
      chmodSync(join(root, NAME), 0o666);
      expectRefused(refusedIn(root, [], 'unprivileged'), NAME, /belongs to another user \(uid 0\).*run fix as that user/);
    });

  });
});
