// Decoding files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5.
// Binary, empty or undecodable input is an InputError naming the file.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { SourceText } from '../types.js';

export async function readSourceFile(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read file (${code ?? String(err)}); check the path and permissions`, {
      file: path,
    });
  }
  return decodeBytes(bytes, path === '-' ? '<stdin>' : path);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function decodeBytes(bytes: Uint8Array, path: string): SourceText {
  if (bytes.length === 0) throw new InputError('the file is empty; give a text document', { file: path });
  const decoded = tryDecode(bytes);
  if (!decoded) {
    throw new InputError(
      'not a text document in UTF-8, UTF-16, GB18030 or Big5 (binary or undecodable); convert it to UTF-8',
      { file: path },
    );
  }
  if (decoded.text.trim() === '') throw new InputError('the file has no text; give a text document', { file: path });
  return { path, text: decoded.text, encoding: decoded.encoding };
}

function tryDecode(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return strict('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return undefined;
  return (
    strict('utf-8', bytes, 'utf-8') ?? strict('gb18030', bytes, 'gb18030') ?? strict('big5', bytes, 'big5')
  );
}

function strict(label: string, bytes: Uint8Array, name: string): { text: string; encoding: string } | undefined {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters mark binary data
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return undefined;
    return { text, encoding: name };
  } catch {
    return undefined;
  }
}
