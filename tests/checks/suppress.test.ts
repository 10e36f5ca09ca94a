// Suppression that survives edits: inline directives (next non-blank line) and the ignore
// file keyed by rule and flagged text.
import { describe, expect, it } from 'vitest';
import { IgnoreFileSchema, isIgnored } from '../../src/checks/index.js';
import { runRules } from './fixtures.js';

const RULES = ['glossary/known-garble', 'artifact/doubled-word'];

describe('inline directives', () => {
  it.each([
    ['HTML comment, one rule', '<!-- silkalign-disable-next-line glossary/known-garble -->\nheld in Nur Sudan, Program Program.\n', ['artifact/doubled-word']],
    ['hash comment, all rules', '# silkalign-disable-next-line\nheld in Nur Sudan, Program Program.\n', []],
    ['bare, a family, past a blank line', 'silkalign-disable-next-line artifact/*\n\nheld in Nur Sudan, Program Program.\n', ['glossary/known-garble']],
    ['only the next line', '<!-- silkalign-disable-next-line -->\nheld in Nur Sudan.\nheld in Nur Sudan.\n', ['glossary/known-garble']],
    ['no directive', 'held in Nur Sudan, Program Program.\n', ['glossary/known-garble', 'artifact/doubled-word']],
  ])('%s', (_name, text, rules) => {
    expect(runRules(text, RULES).map((f) => f.rule)).toEqual(rules);
  });

  it('survives edits above it (no line numbers)', () => {
    const text = '<!-- silkalign-disable-next-line glossary/known-garble -->\nheld in Nur Sudan.\n';
    expect(runRules(`A new first paragraph.\n\nAnother one.\n\n${text}`, RULES)).toEqual([]);
  });
});

describe('ignore file', () => {
  const ignore = IgnoreFileSchema.parse({
    version: 1,
    ignore: [
      { rule: 'glossary/known-garble', text: 'nur sudan' },
      { rule: 'artifact/*', text: 'Program Program', file: 'b.en.txt', reason: 'a quoted title' },
    ],
  }).ignore;

  it('matches rule and flagged text (case, spacing, hyphens ignored), and the file when given', () => {
    const findings = runRules('held in Nur -Sudan, Program Program.', RULES);
    expect(findings.filter((f) => !isIgnored(f, 'docs/a.en.txt', ignore)).map((f) => f.text)).toEqual(['Program Program']);
    expect(findings.filter((f) => !isIgnored(f, 'docs/b.en.txt', ignore)).map((f) => f.text)).toEqual([]);
  });

  it('rejects entries without a rule id', () => {
    expect(IgnoreFileSchema.safeParse({ version: 1, ignore: [{ rule: 'Nur Sudan', text: 'x' }] }).success).toBe(false);
  });
});
