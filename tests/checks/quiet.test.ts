// Quiet on good text: clean hand-written paragraphs raise no finding at all, and neither does
// any glossary entry's preferred or accepted form, whatever the rule (the glossary's own tests
// check the glossary rules; this checks every rule, artifacts and near misses included).
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/checks/index.js';
import { loadGlossary, type GlossaryEntry } from '../../src/glossary/index.js';

const glossary = loadGlossary();

const CLEAN = `Joint Statement of the Third China+Central Asia Foreign Ministers' Meeting

On June 8, 2022, the third China+Central Asia Foreign Ministers' Meeting was held in Nur-Sultan. Wang Yi, Mukhtar Tileuberdi, Jeenbek Kulubaev, Azim Ibrohim, Rashid Meredov and Vladimir Norov attended.

The parties support Uzbekistan's initiative to adopt a UN General Assembly resolution on connectivity between Central and South Asia, and the role of the Astana International Financial Centre.

The parties noted the importance of the Dushanbe Water Process, the Termez–Mazar-i-Sharif–Kabul–Peshawar railway and the China–Kyrgyzstan–Uzbekistan railway.

The parties stressed the importance of saving the Aral Sea and of overcoming the impact of COVID-19 on their economies.

All parties thanked the Kazakh side for hosting the meeting at a high level.
`;

describe('quiet on good text', () => {
  it('a clean hand-written statement raises no finding', () => {
    const findings = checkEnglish(CLEAN, { glossary, date: '2022-06-08' });
    expect(findings.map((f) => `${f.rule} “${f.text}” ${f.message}`)).toEqual([]);
  });

  const dateInUse = (entry: GlossaryEntry): string | undefined => {
    const period = entry.valid?.[0];
    if (!period) return undefined;
    return period.from ? `${period.from.slice(0, 7)}-28` : `${period.to!.slice(0, 4)}-01-01`;
  };

  it('no rule fires on any entry’s preferred or accepted form', () => {
    const noisy: string[] = [];
    for (const entry of glossary.entries) {
      for (const form of [entry.preferred, ...entry.variants]) {
        const text = `The parties noted the role of ${form} in their cooperation.\n`;
        for (const f of checkEnglish(text, { glossary, date: dateInUse(entry) })) noisy.push(`${entry.id}: ${form}: ${f.rule} “${f.text}”`);
      }
    }
    expect(noisy).toEqual([]);
  });
});
