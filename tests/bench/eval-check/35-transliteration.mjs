// The transliteration model on names it was not built from: the glossary's transliterated names
// (persons and places whose Chinese is all transliteration characters) and the Chinese ↔
// official English pairs of NAMES.md (read at run time from --names, default
// ../shared/reference/NAMES.md; absent → only the glossary). For each name: whether the likely
// spelling the model proposes equals the official English; whether the official English is
// accepted as a rendering (a false alarm when not); whether the pinyin read-out machine
// translation would write ("Nukusi") is caught.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function transliteration(ctx) {
  const { loadGlossary } = await ctx.dist('glossary/index.js');
  const { isTransliterationCharacter, likelySpelling, spellingKey } = await ctx.dist('checks/source/transliteration.js');
  const { assessTransliteration } = await ctx.dist('checks/source/name-match.js');
  const { pinyinSyllables } = await ctx.dist('checks/source/pinyin.js');
  const { loadProperNouns } = await ctx.dist('checks/source/proper-nouns.js');
  const nouns = loadProperNouns();
  const pairs = new Map();
  const types = new Set(['person', 'capital', 'city', 'port', 'border-crossing']);
  for (const e of loadGlossary().entries) {
    if (!types.has(e.type)) continue;
    const zh = e.zhHans[0]?.replace(/(?:口岸|港)$/u, '');
    if (!zh || ![...zh].every((c) => isTransliterationCharacter(c) || c === '·')) continue;
    // Chinese places are written in pinyin, not transliterated (西安, 喀什 aside).
    if (nouns.get(zh)?.kind === 'chinese-place') continue;
    // A person's surname: the glossary's Chinese is usually the surname alone.
    const bare = e.preferred.replace(/^Port of |\s+Port$/u, '');
    const english = e.type === 'person' && !zh.includes('·') ? bare.split(/\s+/).pop() : bare;
    pairs.set(zh, { english, variants: e.variants, source: 'glossary' });
  }
  const namesFile = ctx.valueOf('--names') ?? join(ctx.repo, '..', 'shared', 'reference', 'NAMES.md');
  if (existsSync(namesFile)) {
    for (const line of readFileSync(namesFile, 'utf8').split('\n')) {
      const m = /^\| ([\p{Script=Han}·]+)(?: \([^)]*\))? \| \*{0,2}([A-Z][\w'’ -]+?)\*{0,2}(?: \(| \/|\s*\|)/u.exec(line);
      if (!m || ![...m[1]].every((c) => isTransliterationCharacter(c) || c === '·')) continue;
      const english = m[1].includes('·') ? m[2].trim() : m[2].trim().split(/\s+/).pop();
      if (!pairs.has(m[1])) pairs.set(m[1], { english, variants: [], source: 'NAMES.md' });
    }
  } else console.log(`NAMES.md absent at ${namesFile}: glossary names only`);
  let exact = 0;
  let accepted = 0;
  let flagged = 0;
  let readOutCaught = 0;
  let readOuts = 0;
  const misses = [];
  for (const [zh, { english, variants }] of pairs) {
    const forms = [english, ...variants];
    if (forms.some((f) => spellingKey(f) === spellingKey(likelySpelling(zh)))) exact++;
    const verdict = assessTransliteration(zh.replace(/·/g, ''), english);
    if (verdict.ok) accepted++;
    else misses.push(`${zh} ${english} (likely ${likelySpelling(zh)}, distance ${verdict.distance.toFixed(2)})`);
    if (verdict.pinyin) flagged++;
    const readOut = pinyinSyllables(zh.replace(/·/g, '')).join('');
    const capitalised = readOut[0].toUpperCase() + readOut.slice(1);
    if (spellingKey(readOut) !== spellingKey(english)) {
      readOuts++;
      if (assessTransliteration(zh.replace(/·/g, ''), capitalised).pinyin) readOutCaught++;
    }
  }
  const pct = (n, d) => `${((n / Math.max(d, 1)) * 100).toFixed(1)}% (${n}/${d})`;
  console.log(`${pairs.size} transliterated names (glossary and NAMES.md)`);
  console.log(`  likely spelling = official English: ${pct(exact, pairs.size)}`);
  console.log(`  official English accepted as the rendering: ${pct(accepted, pairs.size)}; read as a pinyin read-out (false alarm): ${pct(flagged, pairs.size)}`);
  console.log(`  pinyin read-out caught: ${pct(readOutCaught, readOuts)}`);
  if (ctx.args.includes('--verbose')) for (const m of misses) console.log(`  not accepted: ${m}`);
}
