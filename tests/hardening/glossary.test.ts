// An invalid --glossary: exit 2, one stderr line naming the file, the entry and the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, removeScratch, scratch, writeFiles } from './helpers.js';

type Entry = Record<string, unknown> & { id: string; garbles: Array<Record<string, unknown>> };
const curated = JSON.parse(readFileSync(join(repoRoot, 'corpus', 'glossary.json'), 'utf8')) as { version: number; entries: Entry[] };
const withGarble = curated.entries.find((e) => e.garbles.length > 0)!;
const other = curated.entries.find((e) => e.id !== withGarble.id)!;

/** The curated file cut to two entries, the first broken by `breakIt`. */
function broken(breakIt: (e: Entry) => void): string {
  const first = structuredClone(withGarble);
  breakIt(first);
  return JSON.stringify({ ...curated, entries: [first, other] }, null, 2);
}

const CASES: Array<{ name: string; content: string; mentions: string[] }> = [
  { name: 'an entry without its preferred English', content: broken((e) => delete e.preferred), mentions: [withGarble.id, 'preferred'] },
  { name: 'an entry of an unknown type', content: broken((e) => (e.type = 'planet')), mentions: [withGarble.id, 'type'] },
  { name: 'a garble with an empty correction', content: broken((e) => (e.garbles[0].correction = '')), mentions: [withGarble.id, 'garbles[0].correction'] },
  { name: 'an unknown field in an entry', content: broken((e) => (e.colour = 'red')), mentions: [withGarble.id, 'colour'] },
  { name: 'two entries with one id', content: broken((e) => (e.id = other.id)), mentions: [other.id, 'id'] },
  { name: 'text that is not JSON', content: '{"version": 1,\n "entries": [\n  {"id": "x",,}\n ]}', mentions: ['JSON', ':3'] },
];

let dir: string;
beforeAll(() => {
  dir = scratch();
  writeFiles(dir, { 'zh.txt': PAIR_ZH, 'en.txt': PAIR_EN });
  CASES.forEach((c, i) => writeFiles(dir, { [`glossary-${i}.json`]: c.content }));
});
afterAll(() => removeScratch(dir));

describe('an invalid glossary', () => {
  it.each(CASES.map((c, i) => ({ ...c, file: `glossary-${i}.json` })))('$name: exit 2 naming the entry and field', ({ file, mentions }) => {
    const r = runCli(['check', 'en.txt', '--glossary', file], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain(file);
    for (const m of mentions) expect(lines[0]).toContain(m);
  });

  it('a glossary that does not exist: exit 2 naming it', () => {
    const r = runCli(['check', 'en.txt', '--glossary', 'none.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('none.json');
  });

  it('the curated glossary cut to the same two entries is accepted (the cases above fail for their fault only)', () => {
    writeFiles(dir, { 'good.json': JSON.stringify({ ...curated, entries: [withGarble, other] }) });
    const r = runCli(['check', 'en.txt', '--glossary', 'good.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(JSON.parse(r.stdout)).toHaveProperty('files');
  });
});
