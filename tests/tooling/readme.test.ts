// The manual stays true: README.md is short, every link in it and in docs/ resolves inside the
// repository, every `silkalign` command it shows uses commands and flags the built CLI's --help
// lists, every `npm run` script exists, each command's option table matches its --help, the
// dependency table matches package.json and the installed licences, and the library example
// prints what the README says it prints. (The rule table: tests/checks/readme.test.ts.)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import {
  cliHelp,
  codeBlocks,
  headingSlug,
  inlineCode,
  manualFiles,
  prose,
  sections,
  shownCommands,
  silkalignInvocations,
  type SilkalignInvocation,
} from './manual.js';

const files = manualFiles();
const readme = files.find((f) => f.path === 'README.md')!.text;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** What is wrong with one shown invocation: an unknown command or a flag its --help does not list. */
function invocationProblems(inv: SilkalignInvocation): string[] {
  const help = cliHelp(inv.command);
  if (!help) return [`\`${inv.shown}\`: no command \`silkalign ${inv.command.join(' ')}\``];
  const known = new Set(['-h', '--help', ...help.options.flatMap((o) => o.names)]);
  return inv.flags.filter((f) => !known.has(f)).map((f) => `\`${inv.shown}\`: \`silkalign ${inv.command.join(' ')}\` has no ${f}`);
}

describe('README.md and docs/', () => {
  it('the README is a manual under 500 lines', () => {
    expect(readme.match(/\n/g)?.length).toBeLessThan(500);
  });

  it('has the docs the README points to', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['docs/architecture.md', 'docs/benchmarks.md']));
  });

  it('every relative link resolves to a file in the repository (and every #anchor to a heading)', () => {
    const problems: string[] = [];
    const anchors = new Map(files.map((f) => [f.path, new Set(sections(f.text).map((s) => headingSlug(s.heading)))]));
    for (const file of files) {
      for (const m of prose(file.text).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1];
        if (/^(https?|mailto):/.test(target)) continue;
        const [path, anchor] = target.split('#');
        const resolved = path ? resolve(repoRoot, dirname(file.path), path) : join(repoRoot, file.path);
        const inRepo = relative(repoRoot, resolved);
        if (inRepo.startsWith('..') || !existsSync(resolved)) problems.push(`${file.path}: ${target} is not a file in the repository`);
        else if (anchor && inRepo.endsWith('.md') && !anchors.get(inRepo)?.has(anchor)) problems.push(`${file.path}: ${target}: no such heading`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names no place outside the repository', () => {
    for (const file of files) {
      expect(file.text, file.path).not.toMatch(/\.\.\/shared|\/work\/|\/home\/|\/tmp\/silkalign-heavy/);
    }
  });

  it('every repository path it names in code exists', () => {
    const problems: string[] = [];
    for (const file of files) {
      const codes = [...inlineCode(file.text), ...codeBlocks(file.text).flatMap((b) => b.body.split(/\s+/))];
      for (const code of codes) {
        const path = /^(?:src|tests|corpus|docs|scripts|bin|\.ci)\/[\w./-]*[\w/]$/.exec(code)?.[0];
        if (path && !existsSync(join(repoRoot, path))) problems.push(`${file.path}: ${path}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every `silkalign` command shown uses a command and flags its --help lists', () => {
    const invocations = files.flatMap((f) => shownCommands(f.text).flatMap(silkalignInvocations));
    expect(invocations.length).toBeGreaterThan(20);
    expect(invocations.flatMap(invocationProblems)).toEqual([]);
  });

  it('the flag check catches a wrong flag or command (the check itself works)', () => {
    const shown = shownCommands('```sh\nsilkalign run --format tmx --out x | head -1\nsilkalign glossary lookup Astana --format json\n```\n`silkalign frobnicate x` and `silkalign check a.txt -z`');
    expect(shown.flatMap(silkalignInvocations).flatMap(invocationProblems)).toEqual([
      '`silkalign run --format tmx --out x`: `silkalign run` has no --format',
      '`silkalign frobnicate x`: no command `silkalign frobnicate`',
      '`silkalign check a.txt -z`: `silkalign check` has no -z',
    ]);
  });

  it('every `npm run X` shown exists in package.json', () => {
    const scripts = new Set(Object.keys(packageJson.scripts));
    const shown = files.flatMap((f) => [...f.text.matchAll(/npm run ([\w:-]+)/g)].map((m) => `${f.path}: ${m[1]}`));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((s) => !scripts.has(s.split(': ')[1]))).toEqual([]);
    expect(scripts.has('start') && scripts.has('test')).toBe(true);
  });

  it("each command's option table lists exactly the options its --help lists, with the same defaults", () => {
    const tables = sections(readme).filter((s) => /^`silkalign [a-z ]+`$/.test(s.heading));
    const documented = tables.map((s) => s.heading.slice(11, -1));
    const top = cliHelp([])!.commands.filter((c) => c !== 'help');
    const leaves = top.flatMap((c) => (c === 'glossary' ? cliHelp([c])!.commands.filter((s) => s !== 'help').map((s) => `${c} ${s}`) : [c]));
    expect(documented.sort()).toEqual(leaves.sort());
    for (const table of tables) {
      const command = table.heading.slice(11, -1).split(' ');
      const help = cliHelp(command)!;
      const rows = [...table.body.matchAll(/^\| `(-[^`]+)` \|(.*)\|$/gm)];
      const rowFlags = rows.flatMap((r) => r[1].split(/,? /).filter((t) => t.startsWith('-')));
      const helpFlags = help.options.flatMap((o) => o.names).filter((f) => f !== '-h' && f !== '--help');
      expect(rowFlags.sort(), command.join(' ')).toEqual(helpFlags.sort());
      for (const [, flags, description] of rows) {
        const name = flags.split(/,? /).find((t) => t.startsWith('--'))!;
        const helpEntry = help.options.find((o) => o.names.includes(name))!;
        for (const d of description.matchAll(/default `([^`]+)`/g)) {
          expect(helpEntry.description, `${command.join(' ')} ${name}`).toContain(d[1]);
        }
      }
    }
  });

  it('the dependency table lists every dependency with its installed licence', () => {
    const section = sections(readme).find((s) => s.heading === 'Dependencies')!;
    const rows = [...section.body.matchAll(/^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \| (.+) \|$/gm)].map((m) => ({
      name: m[1],
      kind: m[2].trim(),
      licence: m[3].trim(),
    }));
    const expected = [
      ...Object.keys(packageJson.dependencies).map((name) => ({ name, kind: 'run time' })),
      ...Object.keys(packageJson.devDependencies).map((name) => ({ name, kind: 'dev' })),
    ].map(({ name, kind }) => {
      const installed = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { license: string };
      return { name, kind, licence: installed.license };
    });
    expect(rows.map(({ name, kind, licence }) => ({ name, kind, licence: licence.replace(/ \(.*\)$/, '') })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('the library example runs and prints what the README shows', () => {
    const section = sections(readme).find((s) => s.heading === 'Library API')!;
    const [example, output] = codeBlocks(section.body);
    expect(example.lang).toBe('js');
    expect(statSync(join(repoRoot, 'dist', 'index.js')).isFile()).toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', example.body], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd()).toBe(output.body.trimEnd());
  });
});
