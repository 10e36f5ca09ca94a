// Reading the manual (README.md, docs/*.md) as data for the tests that keep it true: code
// blocks, inline code, links, headings and tables, and the built CLI's --help as a flag list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';

export interface MarkdownFile {
  path: string;
  text: string;
}

export function manualFiles(): MarkdownFile[] {
  const docs = readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs].map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));
}

export interface CodeBlock {
  lang: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)/.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j])) body.push(lines[j++]);
    blocks.push({ lang: open[2], body: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The text outside fenced code blocks. */
export function prose(text: string): string {
  return text.replace(/^\s*```[^\n]*\n[\s\S]*?^\s*```\s*$/gm, '');
}

export function inlineCode(text: string): string[] {
  return [...prose(text).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
}

/**
 * Command lines shown to be typed: every line of sh/bash blocks, the `$ ` lines of console
 * blocks (continuation lines joined), and inline code that starts with `silkalign `.
 */
export function shownCommands(text: string): string[] {
  const commands: string[] = [];
  for (const block of codeBlocks(text)) {
    if (!['sh', 'bash', 'shell', 'console'].includes(block.lang)) continue;
    const joined = block.body.replace(/\\\n\s*/g, ' ').split('\n');
    for (const line of joined) {
      if (block.lang === 'console') {
        if (line.startsWith('$ ')) commands.push(line.slice(2));
      } else if (line.trim() && !line.trim().startsWith('#')) commands.push(line);
    }
  }
  for (const code of inlineCode(text)) if (/^(npx )?silkalign /.test(code)) commands.push(code);
  return commands;
}

export interface SilkalignInvocation {
  /** The command words: [] for the bare program, ['check'], ['glossary', 'lookup']. */
  command: string[];
  flags: string[];
  shown: string;
}

const COMMAND_WORD = /^[a-z][a-z-]*$/;

/** Every `silkalign …` invocation in a command line, up to a pipe, `&&`, `;` or comment. */
export function silkalignInvocations(line: string): SilkalignInvocation[] {
  const found: SilkalignInvocation[] = [];
  for (const segment of line.split(/\s(?:\||&&|;|#)\s|\s#\s*/)) {
    // A quoted argument is one token and never a flag: `lookup "nur -sudan"`.
    const tokens = segment.trim().replace(/"[^"]*"|'[^']*'/g, 'ARG').split(/\s+/);
    const at = tokens.findIndex((t) => t === 'silkalign');
    if (at < 0) continue;
    const command: string[] = [];
    const [first, second] = tokens.slice(at + 1);
    if (first !== undefined && COMMAND_WORD.test(first)) command.push(first);
    if (first === 'glossary' && second !== undefined && COMMAND_WORD.test(second)) command.push(second);
    const flags = tokens
      .slice(at + 1)
      .flatMap((t) => [...t.matchAll(/(?:^|[[(|])(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    found.push({ command, flags, shown: segment.trim() });
  }
  return found;
}

export interface HelpEntry {
  /** The flag as written first (`-o` for `-o, --output <file>`) and its long form. */
  names: string[];
  description: string;
}

const helpCache = new Map<string, { commands: string[]; options: HelpEntry[] } | undefined>();

/** The commands and options the built CLI's --help lists; undefined for an unknown command. */
export function cliHelp(command: string[]): { commands: string[]; options: HelpEntry[] } | undefined {
  const key = command.join(' ');
  if (helpCache.has(key)) return helpCache.get(key);
  const r = runCli([...command, '--help']);
  let help: { commands: string[]; options: HelpEntry[] } | undefined;
  if (r.code === 0 && r.stdout.startsWith(`Usage: silkalign${key ? ' ' + key : ''} `)) {
    help = { commands: [], options: [] };
    let section = '';
    for (const line of r.stdout.split('\n')) {
      const heading = /^(\w[\w ]*):\s*$/.exec(line);
      if (heading) section = heading[1];
      else if (section === 'Options') {
        const entry = /^ {2}((?:-\w, )?--?[\w-]+)(?: <[^>]+>)?\s*(.*)$/.exec(line);
        if (entry) help.options.push({ names: entry[1].split(', '), description: entry[2] });
        else if (/^ {3,}\S/.test(line) && help.options.length) help.options[help.options.length - 1].description += ' ' + line.trim();
      } else if (section === 'Commands') {
        const entry = /^ {2}([a-z][\w-]*)/.exec(line);
        if (entry) help.commands.push(entry[1]);
      }
    }
  }
  helpCache.set(key, help);
  return help;
}

/** Sections of a Markdown file by heading: the heading's text and the lines up to the next heading. */
export function sections(text: string): Array<{ heading: string; level: number; body: string }> {
  const out: Array<{ heading: string; level: number; body: string[] }> = [];
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const h = inFence ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (h) out.push({ heading: h[2], level: h[1].length, body: [] });
    else out[out.length - 1]?.body.push(line);
  }
  return out.map((s) => ({ ...s, body: s.body.join('\n') }));
}

/** GitHub's anchor for a heading. */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
