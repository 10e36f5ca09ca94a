// Checks a parsed glossary file: the zod schema, then what zod cannot see across entries
// (duplicate ids and forms, corrections that are themselves garbles, regexes, references).
import type { z } from 'zod';
import { GlossaryFileSchema, type GlossaryEntry, type GlossaryFile } from './schema.js';
import { formKey } from './normalize-form.js';

export interface GlossaryProblem {
  /** Index of the entry in `entries`, when the problem belongs to one. */
  index?: number;
  id?: string;
  field: string;
  message: string;
}

export type GlossaryValidation =
  | { ok: true; glossary: GlossaryFile }
  | { ok: false; problems: GlossaryProblem[] };

export function validateGlossaryData(data: unknown): GlossaryValidation {
  const parsed = GlossaryFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, data) };
  const problems = crossEntryProblems(parsed.data.entries);
  return problems.length ? { ok: false, problems } : { ok: true, glossary: parsed.data };
}

function zodProblems(error: z.ZodError, data: unknown): GlossaryProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (path[0] === 'entries' && typeof path[1] === 'number') {
      const index = path[1];
      const raw = (data as { entries?: unknown[] }).entries?.[index] as { id?: unknown } | undefined;
      const id = typeof raw?.id === 'string' ? raw.id : undefined;
      return { index, id, field: fieldPath(path.slice(2)), message: issue.message };
    }
    return { field: fieldPath(path), message: issue.message };
  });
}

function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

/** Forms an entry claims as correct English. */
export function correctForms(entry: GlossaryEntry): string[] {
  return [entry.preferred, ...entry.variants];
}

function crossEntryProblems(entries: GlossaryEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const ids = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = ids.get(entry.id);
    if (first !== undefined) {
      problems.push({ index, id: entry.id, field: 'id', message: `duplicate id (also entry #${first})` });
    } else ids.set(entry.id, index);
  });

  // Every unconditional English form belongs to one entry; a conditional garble ("Harbin"
  // where the Chinese says 哈方) may share its text with a real name.
  const owners = new Map<string, { index: number; field: string }>();
  const claim = (key: string, index: number, field: string): void => {
    if (!key) return;
    const owner = owners.get(key);
    if (owner && owner.index !== index) {
      problems.push({
        index,
        id: entries[index].id,
        field,
        message: `form "${key}" is also ${entries[owner.index].id}.${owner.field}`,
      });
    } else if (owner && owner.field !== field) {
      problems.push({ index, id: entries[index].id, field, message: `form "${key}" repeats ${owner.field}` });
    } else owners.set(key, { index, field });
  };
  entries.forEach((entry, index) => {
    claim(formKey(entry.preferred), index, 'preferred');
    entry.variants.forEach((v, k) => claim(formKey(v), index, `variants[${k}]`));
    entry.garbles.forEach((g, k) => {
      if (!g.context) claim(formKey(g.text), index, `garbles[${k}].text`);
    });
  });

  const garbleKeys = new Map<string, string>();
  entries.forEach((entry) =>
    entry.garbles.forEach((g) => {
      if (!g.context) garbleKeys.set(formKey(g.text), entry.id);
    }),
  );
  const zhOwners = new Map<string, number>();
  entries.forEach((entry, index) => {
    entry.garbles.forEach((g, k) => {
      const field = `garbles[${k}]`;
      const bad = garbleKeys.get(formKey(g.correction));
      if (bad) problems.push({ index, id: entry.id, field: `${field}.correction`, message: `"${g.correction}" is itself a known garble (${bad})` });
      if (g.review && g.safe) problems.push({ index, id: entry.id, field: `${field}.safe`, message: `a garble needing review ("${g.review}") cannot be safe` });
      if (formKey(g.correction) === formKey(g.text)) problems.push({ index, id: entry.id, field: `${field}.correction`, message: 'the correction equals the garble' });
      if (g.context?.en !== undefined) {
        try {
          new RegExp(g.context.en, 'iu');
        } catch (err) {
          problems.push({ index, id: entry.id, field: `${field}.context.en`, message: `invalid regular expression: ${(err as Error).message}` });
        }
      }
      if (g.context && !g.context.zh && !g.context.en) problems.push({ index, id: entry.id, field: `${field}.context`, message: 'give "zh" or "en" (or drop the context)' });
    });
    [...entry.zhHans, ...entry.zhHant].forEach((form) => {
      const owner = zhOwners.get(form);
      if (owner !== undefined && owner !== index) problems.push({ index, id: entry.id, field: 'zhHans/zhHant', message: `Chinese form "${form}" is also ${entries[owner].id}` });
      else zhOwners.set(form, index);
    });
    if (entry.sameAs !== undefined && !ids.has(entry.sameAs)) problems.push({ index, id: entry.id, field: 'sameAs', message: `no entry has id "${entry.sameAs}"` });
    problems.push(...officeProblems(entry, index, ids));
  });
  return problems;
}

/** Offices belong to people, name an existing entry and do not end before they begin. */
function officeProblems(entry: GlossaryEntry, index: number, ids: ReadonlyMap<string, number>): GlossaryProblem[] {
  if (!entry.offices) return [];
  if (entry.type !== 'person') return [{ index, id: entry.id, field: 'offices', message: `only a person has offices (this entry is a ${entry.type})` }];
  const problems: GlossaryProblem[] = [];
  entry.offices.forEach((office, k) => {
    const field = `offices[${k}]`;
    if (office.of !== undefined && !ids.has(office.of)) problems.push({ index, id: entry.id, field: `${field}.of`, message: `no entry has id "${office.of}"` });
    if (office.from !== undefined && office.to !== undefined) {
      const length = Math.min(office.from.length, office.to.length);
      if (office.from.slice(0, length) > office.to.slice(0, length)) problems.push({ index, id: entry.id, field, message: `ends (${office.to}) before it begins (${office.from})` });
    }
  });
  return problems;
}

export function describeProblem(problem: GlossaryProblem): string {
  const where = problem.index === undefined ? '' : `entry #${problem.index}${problem.id ? ` "${problem.id}"` : ''}, `;
  return `${where}${problem.field}: ${problem.message}`;
}
