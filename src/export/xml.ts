// Escaping text for XML 1.0 and HTML: markup characters as entities, characters XML forbids
// (C0 controls other than tab and newline, lone surrogates) replaced by U+FFFD.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character the two replacements below could change (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[&<>"'\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}
