// The word lists the English checks consult (data/word-lists.json), validated when loaded: each
// list lower case, no form twice.
import { z } from 'zod';
import raw from './data/word-lists.json' with { type: 'json' };

const WordList = z
  .object({
    note: z.string().min(1),
    words: z
      .array(z.string().regex(/^[a-z]+$/, 'a list holds lower-case words'))
      .min(1)
      .refine((words) => new Set(words).size === words.length, 'a word is listed twice'),
  })
  .strict();

export const WordListsSchema = z
  .object({
    description: z.string(),
    functionWords: WordList,
    notNames: WordList,
    grammaticalDoubles: WordList,
    boundPrefixes: WordList,
    nameCombiningForms: WordList,
    complementHeads: WordList,
    modals: WordList,
    asideOpeners: WordList,
    nameParticles: WordList,
    chineseSurnames: WordList,
  })
  .strict();

export type WordListName = Exclude<keyof z.infer<typeof WordListsSchema>, 'description'>;

const lists = WordListsSchema.parse(raw);
const sets = new Map<WordListName, ReadonlySet<string>>();

/** One of the lists as a set of lower-case words. */
export function wordList(name: WordListName): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) {
    set = new Set(lists[name].words);
    sets.set(name, set);
  }
  return set;
}
