// The source-check test set (tests/checks/source-set/): `check --zh` on each document (its
// Chinese and English written paragraph by paragraph), recall and precision against the
// expected findings listed in the data, overall and per kind, for the development part and the
// held-out part. With --verbose: every miss and every unexpected finding. With
// --names-from-source-only: the glossary's names removed first (the checks must find names the
// glossary does not hold).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KINDS, readSourceSet, scoreDocument } from '../lib/source-set.mjs';

export default async function sourceTestset(ctx) {
  const { checkEnglish } = await ctx.dist('checks/index.js');
  const { loadGlossary, glossaryFromData } = await ctx.dist('glossary/index.js');
  const verbose = ctx.args.includes('--verbose');
  const full = loadGlossary();
  const glossaries = [['curated glossary', full]];
  const NAME_TYPES = new Set(['country', 'capital', 'city', 'region', 'port', 'border-crossing', 'corridor', 'railway', 'geographic', 'person', 'organisation', 'body']);
  const withoutNames = glossaryFromData({ version: 1, entries: full.entries.filter((e) => !NAME_TYPES.has(e.type) || e.type === 'country') }, 'glossary without names');
  glossaries.push(['glossary without its names (countries kept)', withoutNames]);

  const only = ctx.valueOf('--part');
  for (const part of ['dev', 'held-out']) {
    if (only && part !== only) continue;
    const docs = readSourceSet(join(ctx.repo, 'tests', 'checks', 'source-set', part));
    for (const [label, glossary] of glossaries) {
      let expected = 0;
      let hit = 0;
      let findings = 0;
      let wrong = 0;
      const perKind = new Map(KINDS.map((k) => [k, { n: 0, hit: 0 }]));
      const lines = [];
      const t0 = performance.now();
      for (const doc of docs) {
        const result = checkEnglish(doc.en, { glossary, date: doc.date, chinese: { text: doc.zh } });
        const { found, unexpected } = scoreDocument(doc, result);
        expected += found.length;
        findings += result.length;
        wrong += unexpected.length;
        for (const { item, by } of found) {
          const k = perKind.get(item.kind);
          k.n++;
          if (by.length) {
            hit++;
            k.hit++;
          } else lines.push(`  missed ${doc.name} ¶${item.paragraph} ${item.kind} “${item.texts.join(' | ')}” (${item.note})`);
        }
        for (const f of unexpected) lines.push(`  unexpected ${doc.name}:${f.line} ${f.severity} ${f.rule} “${f.text.slice(0, 50)}” ${f.message.slice(0, 140)}`);
      }
      const ms = performance.now() - t0;
      const recall = expected ? hit / expected : 1;
      const precision = findings ? (findings - wrong) / findings : 1;
      console.log(`${part}, ${label}: recall ${(recall * 100).toFixed(1)}% (${hit}/${expected}), precision ${(precision * 100).toFixed(1)}% (${findings - wrong}/${findings}) (${docs.length} documents, ${ms.toFixed(0)} ms)`);
      if (label === 'curated glossary') {
        const kinds = [...perKind].filter(([, v]) => v.n).map(([k, v]) => `${k} ${v.hit}/${v.n}`);
        console.log(`  per kind: ${kinds.join(', ')}`);
      }
      if (verbose) for (const l of lines) console.log(l);
    }
  }
}
