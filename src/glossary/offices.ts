// Who held an office on a date, from the `offices` of the glossary's person entries: for checks
// that compare a title and a name with the document date ("Foreign Minister Qin Gang" in 2024).
import type { GlossaryEntry, Office } from './schema.js';
import type { Glossary } from './load.js';

/** Whether `date` (YYYY-MM-DD) falls in the office's dates; a YYYY-MM bound covers its month. */
export function inOffice(office: Office, date: string): boolean {
  if (office.from !== undefined && date.slice(0, office.from.length) < office.from) return false;
  if (office.to !== undefined && date.slice(0, office.to.length) > office.to) return false;
  return true;
}

/** The offices `entry` held on `date` (all of them without a date). */
export function officesHeld(entry: GlossaryEntry, date?: string): Office[] {
  return (entry.offices ?? []).filter((office) => date === undefined || inOffice(office, date));
}

export interface OfficeHolder {
  entry: GlossaryEntry;
  office: Office;
}

/**
 * The people who held an office on `date`: `title` compared case-insensitively with the office's
 * title, `of` (an entry id such as "kazakhstan") when given. Offices without dates count as held.
 */
export function officeHolders(glossary: Glossary, query: { title: string; of?: string; date: string }): OfficeHolder[] {
  const title = query.title.toLowerCase();
  const holders: OfficeHolder[] = [];
  for (const entry of glossary.entries) {
    for (const office of entry.offices ?? []) {
      if (office.title.toLowerCase() !== title) continue;
      if (query.of !== undefined && office.of !== query.of) continue;
      if (inOffice(office, query.date)) holders.push({ entry, office });
    }
  }
  return holders;
}
