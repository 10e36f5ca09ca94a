// Corpus file names start with the event's date (2022-06-08_third-meeting….en.txt): the date a
// document is checked against when no manifest (or option) gives one.

/** The YYYY-MM-DD at the head of the file name in `path` (either separator), if any. */
export function fileNameDate(path: string): string | undefined {
  return /(?:^|[/\\])(\d{4}-\d{2}-\d{2})[_-][^/\\]*$/.exec(path)?.[1];
}
