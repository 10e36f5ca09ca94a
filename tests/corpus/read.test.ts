// Reading files: encodings (UTF-8 ± BOM, UTF-16, GB18030, Big5 made here with iconv-lite),
// line ends, and binary, random, empty or undecodable input refused with exit 2.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeBytes } from '../../src/corpus/index.js';
import { InputError } from '../../src/errors.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { seed } from '../normalize/seeds.js';

const dir = join(repoRoot, 'tests', 'artifacts', 'corpus-read');
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(() => mkdirSync(dir, { recursive: true }));

describe('decoding', () => {
  const text = '各方同意，中國同中亞。\nThe parties agreed.\n';
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8-bom'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]), 'utf-16be'],
    ['UTF-16LE without BOM', iconv.encode(text, 'utf16le'), 'utf-16le'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ['Big5', iconv.encode(text, 'big5'), 'big5'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes, 'x.txt')).toEqual({ path: 'x.txt', text, encoding });
  });

  it('keeps CRLF and CR line ends as given (normalisation turns them into LF)', () => {
    expect(decodeBytes(Buffer.from('一\r\n二\r三'), 'x').text).toBe('一\r\n二\r三');
  });

  it('decodes Big5-HKSCS pinyin letters (which the decoder returns as private-use) as letters', () => {
    const glossed = '聯(lián)合聲明(全文)，建設(shè)性';
    expect(decodeBytes(iconv.encode(glossed, 'big5'), 'x').text).toBe(glossed);
  });

  const refused: Array<[string, Uint8Array, RegExp]> = [
    ['empty', new Uint8Array(), /empty/],
    ['white space only', Buffer.from(' \n\t\n'), /no text/],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /PNG image/],
    ['control characters', Buffer.from('text\u0001\u0002 more'), /binary or undecodable/],
    ['private-use characters', Buffer.from('\ue000\ue001\ue002 text', 'utf8'), /binary or undecodable/],
  ];
  it.each(refused)('refuses %s', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes, 'bad.bin')).toThrow(InputError);
    expect(() => decodeBytes(bytes, 'bad.bin')).toThrow(message);
    expect(() => decodeBytes(bytes, 'bad.bin')).toThrow(/^bad\.bin(:\d+:\d+)?: /);
  });

  it('never accepts random bytes as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 2048 }), (bytes) => {
        expect(() => decodeBytes(bytes, 'r')).toThrow(InputError);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts random high bytes (no control characters) as GB18030 or Big5 text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 2048, min: 0x80, max: 0xfe }), (bytes) => {
        expect(() => decodeBytes(bytes, 'r')).toThrow(InputError);
      }),
      { numRuns: 300 },
    );
  });
});

describe('`silkalign normalize` on legacy encodings and bad files', () => {
  it('normalises a GB18030 copy of the 2020 statement exactly as the UTF-8 file', () => {
    const s = seed('2020-07-16-statement-zh');
    const copy = file('statement-2020.gb18030.txt', iconv.encode(s.text, 'gb18030'));
    const utf8 = runCli(['normalize', s.path, '--quiet']);
    const gb = runCli(['normalize', copy, '--quiet']);
    expect(gb.code).toBe(0);
    expect(gb.stdout).toBe(utf8.stdout);
  });

  it('normalises GB18030 and Big5 copies of the 2024 statement exactly as the UTF-8 file', () => {
    const s = seed('2024-12-01-statement-zh');
    const utf8 = runCli(['normalize', s.path, '--quiet']);
    for (const encoding of ['gb18030', 'big5']) {
      const copy = file(`statement-2024.${encoding}.txt`, iconv.encode(s.text, encoding));
      const r = runCli(['normalize', copy, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(utf8.stdout);
    }
  });

  const bad: Array<[string, () => Uint8Array, RegExp]> = [
    ['image.png', () => Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), /binary data \(PNG image\)/],
    ['random.bin', () => randomBytes(4096), /not a text document/],
    ['empty.txt', () => new Uint8Array(), /the file is empty/],
  ];
  it.each(bad)('%s: exit 2, one line on stderr naming the file, nothing on stdout', (name, bytes, message) => {
    const path = file(name, bytes());
    const r = runCli(['normalize', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(message);
  });

  it('reads stdin with -', () => {
    const r = runCli(['normalize', '-', '--quiet'], { input: iconv.encode('各方同意,加強合作。', 'big5') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('各方同意，加强合作。\n');
  });
});
