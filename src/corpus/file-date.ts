// Corpus file names start with the event's date (2022-06-08_third-meeting….en.txt): the date a
// document is checked against when no manifest (or option) gives one.

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The YYYY-MM-DD at the head of the file name in `path` (either separator), if any and a real date. */
export function fileNameDate(path: string): string | undefined {
  const date = /(?:^|[/\\])(\d{4}-\d{2}-\d{2})[_-][^/\\]*$/.exec(path)?.[1];
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}
