// `fix --interactive`: asks on the terminal, per finding with a suggestion, whether to accept,
// reject, edit or skip it; the answers become reviewer decisions.
import { createInterface } from 'node:readline/promises';
import { findingContext, recordDecision, type DecisionFile } from '../../fix/index.js';
import type { Finding } from '../../types.js';

export async function askDecisions(file: string, text: string, findings: Finding[], decisions: DecisionFile): Promise<DecisionFile> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
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
      const answer = (await rl.question('  [a]ccept, [r]eject, [e]dit, [s]kip, [q]uit? ')).trim().toLowerCase();
      if (answer === 'q') break;
      if (answer === 'a') decisions = recordDecision(decisions, text, finding, { decision: 'accept', replacement: proposal });
      else if (answer === 'r') decisions = recordDecision(decisions, text, finding, { decision: 'reject' });
      else if (answer === 'e') {
        const replacement = await rl.question('  replace with: ');
        decisions = recordDecision(decisions, text, finding, { decision: 'edit', replacement });
      }
    }
  } finally {
    rl.close();
  }
  return decisions;
}
