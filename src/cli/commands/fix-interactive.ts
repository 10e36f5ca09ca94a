// `fix --interactive`: asks on the terminal, per finding with a suggestion, whether to accept,
// reject, edit or skip it; the answers become reviewer decisions.
import { createInterface } from 'node:readline';
import { findingContext, recordDecision, type DecisionFile } from '../../fix/index.js';
import type { Finding } from '../../types.js';

/**
 * Answers line by line. Lines typed ahead are queued rather than lost, and a closed terminal
 * (Ctrl+D) answers `undefined`, which ends the questions.
 */
function terminalAnswers(): { ask: (prompt: string) => Promise<string | undefined>; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const queue: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let closed = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    closed = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  return {
    ask(prompt) {
      rl.setPrompt(prompt);
      rl.prompt();
      if (queue.length) return Promise.resolve(queue.shift());
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}

export async function askDecisions(file: string, text: string, findings: Finding[], decisions: DecisionFile): Promise<DecisionFile> {
  const terminal = terminalAnswers();
  const candidates = findings.filter((f) => f.fix || f.suggestions.length);
  try {
    for (const [i, finding] of candidates.entries()) {
      const { before, after } = findingContext(text, finding);
      const proposal = finding.fix?.replacement ?? finding.suggestions[0];
      process.stderr.write(
        `\n[${i + 1}/${candidates.length}] ${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule}\n` +
          `  ${finding.message}\n  …${before}[${finding.text}]${after}…\n  suggestion: ${proposal}` +
          (finding.suggestions.length > 1 ? ` (others: ${finding.suggestions.slice(1).join(', ')})` : '') +
          '\n',
      );
      const answer = (await terminal.ask('  [a]ccept, [r]eject, [e]dit, [s]kip, [q]uit? '))?.trim().toLowerCase();
      if (answer === undefined || answer === 'q') break;
      if (answer === 'a') decisions = recordDecision(decisions, text, finding, { decision: 'accept', replacement: proposal });
      else if (answer === 'r') decisions = recordDecision(decisions, text, finding, { decision: 'reject' });
      else if (answer === 'e') {
        const replacement = await terminal.ask('  replace with: ');
        if (replacement === undefined) break;
        decisions = recordDecision(decisions, text, finding, { decision: 'edit', replacement });
      }
    }
  } finally {
    terminal.close();
  }
  return decisions;
}
