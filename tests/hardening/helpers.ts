// Shared set-up for the hostile-input tests: throw-away folders, small hand-written documents,
// and running the real CLI as an unprivileged user (root reads every file regardless of mode).
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { binPath, repoRoot, type CliResult } from '../helpers/cli.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../../src/export/index.js';

/** A fresh temporary folder, readable by every user (so an unprivileged run can enter it). */
export function scratch(prefix = 'silkalign-hardening-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Every file below `dir`, relative, sorted. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(join(d, name)).isDirectory()) walk(join(d, name), rel);
      else out.push(rel);
    }
  };
  walk(dir, '');
  return out;
}

/**
 * Every entry below `root` with its mode and bytes, links as links: what must survive a refused
 * or failed command (files compared as bytes, so their encodings too).
 */
export function treeSnapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      const stat = lstatSync(path);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(path)}`);
      else if (stat.isDirectory()) {
        out.set(`${rel}/`, mode);
        walk(path, rel);
      } else out.set(rel, `${mode} ${readFileSync(path, 'latin1')}`);
    }
  };
  walk(root, '');
  return out;
}

export const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Why the CLI cannot be run as an unprivileged user here, or undefined when it can: not root
 * (then the current user is already subject to permissions), or `nobody` cannot read the repo.
 */
export function unprivilegedUnavailable(): string | undefined {
  if (typeof process.getuid !== 'function') return 'no POSIX user ids on this platform';
  if (process.getuid() !== 0) return undefined;
  const probe = spawnSync(process.execPath, [binPath, '--version'], { ...NOBODY, cwd: repoRoot, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  if (probe.status !== 0) return `uid ${NOBODY.uid} cannot run the built CLI from ${repoRoot} (is the repository readable by every user?)`;
  return undefined;
}

/** Runs the CLI as `nobody` when we are root, else as ourselves. */
export function runCliUnprivileged(args: string[], cwd: string): CliResult {
  const asNobody = typeof process.getuid === 'function' && process.getuid() === 0;
  const result = spawnSync(process.execPath, [binPath, ...args], {
    ...(asNobody ? NOBODY : {}),
    cwd,
    env: { PATH: process.env.PATH, NO_COLOR: '1', HOME: cwd },
  });
  return { code: result.status ?? -1, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** A short Chinese statement and its English translation (written for these tests). */
export const PAIR_ZH = [
  '中华人民共和国和哈萨克斯坦共和国联合声明',
  '',
  '一、2023年5月18日，双方在西安举行会谈。',
  '',
  '二、双方同意加强经贸合作，扩大贸易规模至400亿美元。',
  '',
  '三、双方愿深化共建“一带一路”合作。',
  '',
  '四、双方同意2024年在阿斯塔纳举行下一次会议。',
  '',
].join('\n');

export const PAIR_EN = [
  'Joint Statement of the People’s Republic of China and the Republic of Kazakhstan',
  '',
  '1. On 18 May 2023, the two sides held talks in Xi’an.',
  '',
  '2. The two sides agreed to strengthen economic and trade cooperation and expand trade to 40 billion US dollars.',
  '',
  '3. The two sides are willing to deepen cooperation on the Belt and Road Initiative.',
  '',
  '4. The two sides agreed to hold the next meeting in Astana in 2024.',
  '',
].join('\n');

/** A manifest of two documents of one event, so that pairing has every reason to pair them. */
export function pairManifest(zhFile: string, enFile: string): string {
  const doc = (id: string, file: string, language: string) => ({
    id,
    file,
    language,
    date: '2023-05-18',
    event: 'Talks in Xi’an',
    kind: 'joint-statement',
    origin: language === 'zh' ? 'original' : 'official-translation',
  });
  return JSON.stringify({ version: 1, documents: [doc('talks-zh', zhFile, 'zh'), doc('talks-en', enFile, 'en')] }, null, 2);
}

/** `pairs` declared pairs (numbers varied so that documents differ) and one undeclared document. */
export function declaredPairsCorpus(pairs: number, extra: Record<string, string | Buffer> = {}): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  const documents: object[] = [];
  for (let p = 1; p <= pairs; p++) {
    const id = `p${p}`;
    files[`documents/${id}.zh.txt`] = PAIR_ZH.replace('400亿', `${400 + p}亿`);
    files[`documents/${id}.en.txt`] = PAIR_EN.replace('40 billion', `${40 + p / 10} billion`);
    for (const lang of ['zh', 'en'])
      documents.push({ id: `${id}-${lang}`, file: `documents/${id}.${lang}.txt`, language: lang, date: '2023-05-18', counterpart: `${id}-${lang === 'zh' ? 'en' : 'zh'}` });
  }
  files['documents/lone.en.txt'] = 'The Nur Sudan meeting was held in 2022.\n';
  documents.push({ id: 'lone-en', file: 'documents/lone.en.txt', language: 'en' });
  return { ...files, 'manifest.json': JSON.stringify({ version: 1, documents }, null, 2), ...extra };
}

/** An earlier run's output folder `name` (marked, so a run may replace it) holding previous.txt. */
export function previousOutput(name = 'out'): Record<string, string> {
  return { [`${name}/${OUTPUT_MARKER}`]: OUTPUT_MARKER_TEXT, [`${name}/previous.txt`]: 'from an earlier run\n' };
}

/** What previousOutput's folder lists while untouched. */
export const PREVIOUS_OUTPUT = [OUTPUT_MARKER, 'previous.txt'];
