// Corpus file names start with the event's date (2022-06-08_third-meeting….en.txt): the date a
// document is checked against when no manifest (or option) gives one.
import { IsoDateSchema } from '../types.js';

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export const isCalendarDate = (s: string): boolean => IsoDateSchema.safeParse(s).success;

/** The YYYY-MM-DD at the head of the file name in `path` (either separator), if any and a real date. */
export function fileNameDate(path: string): string | undefined {
  const date = /(?:^|[/\\])(\d{4}-\d{2}-\d{2})[_-][^/\\]*$/.exec(path)?.[1];
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}
