// Escaping text for the formats silkalign writes, one definition each: XML and HTML, Markdown,
// and tab-separated fields. Every writer of document text goes through these.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character the two replacements below could change (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[&<>"'\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Text safe inside an XML 1.0 or HTML element or quoted attribute: markup characters as
 * entities, characters XML forbids (C0 controls other than tab and newline, lone surrogates)
 * replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

/** Any character escapeMarkdown changes. */
const MAY_CHANGE_MARKDOWN = /[&<>\\`*_[\]|#~\r\n]/;

/**
 * Text that Markdown shows as written and cannot turn into markup (tables, links, emphasis,
 * inline HTML): markup characters escaped, HTML's as entities, and line breaks as <br>, so that
 * a table cell stays on its line.
 */
export function escapeMarkdown(text: string): string {
  if (!MAY_CHANGE_MARKDOWN.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Text as a Markdown code span, shown verbatim whatever it holds: fenced by one backtick more
 * than its longest run of backticks, line breaks as spaces (a line break could start a block).
 * Not for table cells, where a `|` would still end the cell: use escapeMarkdown there.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const TSV_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/** One tab-separated field: backslash, tab, newline and carriage return as \\, \t, \n and \r, so a row stays one line. */
export const escapeTsvField = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]);
export const unescapeTsvField = (field: string): string => field.replace(/\\([\\tnr])/g, (_m, c: string) => TSV_UNESCAPES[c]);
