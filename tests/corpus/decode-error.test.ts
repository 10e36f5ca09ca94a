// Undecodable input is located: the message names the line, column and byte offset of the first
// bad byte or character and what it is, in the encoding the file most likely has.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeBytes, lineColumn, lineStarts } from '../../src/corpus/index.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const cat = (...parts: Array<string | number[] | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));
const gb = (s: string) => iconv.encode(s, 'gb18030');
const big5 = (s: string) => iconv.encode(s, 'big5');
// eslint-disable-next-line no-control-regex -- the characters a document must not hold
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const ZH = '中华人民共和国和哈萨克斯坦共和国联合声明\n双方同意加强经贸合作';
const ZH_TRAD = '中華人民共和國和哈薩克斯坦共和國聯合聲明\n雙方同意加強經貿合作';

function refusal(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes, 'x.txt');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('the first bad place of a file that is not text', () => {
  it.each<{ name: string; bytes: Buffer; where: string; what: string; offset: number }>([
    { name: 'an invalid UTF-8 sequence', bytes: cat('第一行\nline two é ok\nthird ', [0xc3, 0x28], ' rest\n'), where: '3:7', what: 'invalid UTF-8 sequence 0xC3 0x28', offset: 31 },
    { name: 'a lone continuation byte', bytes: cat('The parties agreed', [0x80], '.\n'), where: '1:19', what: 'invalid UTF-8 sequence 0x80', offset: 18 },
    { name: 'an overlong encoding', bytes: cat('中文 a/b ', [0xc0, 0xaf], '\n'), where: '1:8', what: 'invalid UTF-8 sequence 0xC0', offset: 11 },
    { name: 'a sequence cut off at the end', bytes: cat('中文\n', [0xe4, 0xb8]), where: '2:1', what: 'invalid UTF-8 sequence 0xE4 0xB8 cut off at the end of the file', offset: 7 },
    { name: 'a NUL byte', bytes: cat('hello\nwor\0ld\n'), where: '2:4', what: 'NUL byte', offset: 9 },
    { name: 'a NUL byte in a file of even length', bytes: cat('hello\nwor\0ld!\n'), where: '2:4', what: 'NUL byte', offset: 9 },
    { name: 'a control character after CRLF and CR line ends', bytes: cat('一\r\n二\rab\u0007c'), where: '3:3', what: 'control character U+0007', offset: 11 },
    { name: 'DEL', bytes: cat('a\nb\u007f'), where: '2:2', what: 'control character U+007F', offset: 3 },
    { name: 'a C1 control character', bytes: cat('text \u0085 more'), where: '1:6', what: 'control character U+0085', offset: 5 },
    { name: 'columns in UTF-16 code units past an astral character', bytes: cat('𠀀x\u0007'), where: '1:4', what: 'control character U+0007', offset: 5 },
    { name: 'a private-use character', bytes: cat('ok\n\ue000\ue001\ue002 text'), where: '2:1', what: 'private-use character U+E000', offset: 3 },
    { name: 'a replacement character the file holds', bytes: cat('text \ufffd\ufffd\ufffd\ufffd more'), where: '1:6', what: 'replacement character U+FFFD', offset: 5 },
    { name: 'a bad byte after a UTF-8 BOM (the offset counts the BOM)', bytes: cat([0xef, 0xbb, 0xbf], 'ab\n', [0xff]), where: '2:1', what: 'invalid UTF-8 sequence 0xFF', offset: 6 },
    { name: 'an invalid GB18030 sequence', bytes: Buffer.concat([gb(ZH), Buffer.from([0x81, 0x20]), gb('扩大贸易规模\n')]), where: '2:11', what: 'invalid GB18030 sequence 0x81 0x20', offset: 61 },
    { name: 'a control character in GB18030 text', bytes: gb(`${ZH}\u0001。`), where: '2:11', what: 'control character U+0001 (byte offset 61, read as GB18030)', offset: 61 },
    { name: 'an invalid Big5 sequence', bytes: Buffer.concat([big5(ZH_TRAD), Buffer.from([0xa4, 0x0a]), big5('擴大貿易規模\n')]), where: '2:11', what: 'invalid Big5 sequence 0xA4 0x0A', offset: 61 },
    { name: 'an unpaired surrogate in UTF-16LE', bytes: cat([0xff, 0xfe], Buffer.from('ab\ncd', 'utf16le'), [0x3d, 0xd8, 0x41, 0x00]), where: '2:3', what: 'unpaired UTF-16 surrogate 0xD83D (byte offset 12, read as UTF-16LE)', offset: 12 },
    { name: 'an odd last byte in UTF-16BE', bytes: cat([0xfe, 0xff], Buffer.from('ab\ncd', 'utf16le').swap16(), [0x41]), where: '2:3', what: 'odd last byte 0x41', offset: 12 },
  ])('$name', ({ bytes, where, what, offset }) => {
    const message = refusal(bytes);
    expect(message.startsWith(`x.txt:${where}: `), message).toBe(true);
    expect(message).toContain(what);
    expect(message).toContain(`byte offset ${offset}`);
    expect(message).toMatch(/binary or undecodable\); (delete|remove|replace)/);
    expect(message).not.toContain('\n');
  });

  it('a UTF-8 document with one bad byte anywhere: exactly that line, column and offset', () => {
    const unit = fc.oneof(fc.constantFrom('中', '国', 'é', '𠀀', ' ', '\n', '\r\n', '\r', '.'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    // A first line of Chinese in UTF-8: a few bytes alone may read as plausible GB18030 text.
    const text = fc.array(unit, { minLength: 1, maxLength: 200 }).map((units) => `${ZH}\n${units.join('').replace(CONTROLS, 'x')}`);
    // Sequences no legacy encoding accepts either, so the file is UTF-8 with one fault.
    const faults = fc.constantFrom<[number[], string]>([[0xff], '0xFF'], [[0xc3, 0x28], '0xC3 0x28'], [[0xe4, 0x28], '0xE4 0x28']);
    fc.assert(
      fc.property(text, fc.nat(), faults, (clean, at, [bad, shown]) => {
        const chars = [...clean];
        const prefix = chars.slice(0, at % (chars.length + 1)).join('');
        const rest = clean.slice(prefix.length);
        const message = refusal(cat(prefix, bad, rest, 'done.'));
        const { line, column } = lineColumn(lineStarts(`${prefix}x`), prefix.length);
        expect(message).toContain(`x.txt:${line}:${column}: invalid UTF-8 sequence ${shown}`);
        expect(message).toContain(`byte offset ${utf8(prefix).length})`);
      }),
      { numRuns: 200 },
    );
  });
});
