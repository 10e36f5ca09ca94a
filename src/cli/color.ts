// Colour on the terminal: only when writing to stdout, stdout is a terminal, and neither
// --no-color nor NO_COLOR says otherwise. A file or a pipe always gets plain text.

export function useColor(flag: boolean | undefined, output: string | undefined): boolean {
  const toTerminal = output === undefined || output === '-';
  return flag !== false && !process.env.NO_COLOR && toTerminal && process.stdout.isTTY === true;
}

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const CYAN = '\u001b[36m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** A unified diff coloured as `git diff` colours it: headers bold, hunks cyan, removals red, additions green. */
export function paintDiff(diff: string): string {
  return diff.replace(/^.*$/gm, (line) => {
    if (line.startsWith('+++ ') || line.startsWith('--- ')) return `${BOLD}${line}${RESET}`;
    if (line.startsWith('@@')) return `${CYAN}${line}${RESET}`;
    if (line.startsWith('+')) return `${GREEN}${line}${RESET}`;
    if (line.startsWith('-')) return `${RED}${line}${RESET}`;
    return line;
  });
}
