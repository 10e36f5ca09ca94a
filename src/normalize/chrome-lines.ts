// One line at a time: is it page chrome by its shape? Lines made of field labels and their
// values, menus and breadcrumbs (separators, menu words), date and time stamps, share/print/
// font-size widgets, copyright and licence lines. Also the shapes the edge logic (edges.ts)
// needs: prose, a word or two, a teaser headline, a date line. Lines are judged as normalised
// (Simplified, tidied), with the words of data/chrome.json.
import raw from './data/chrome.json' with { type: 'json' };
import { shapeOn } from './shape-switches.js';
import { compileChromeVocabulary, type ChromeRule, type ChromeVocabulary, type WordMatcher } from './chrome-vocabulary.js';

const HAN = /\p{Script=Han}/gu;
const LETTER = /[\p{Script=Han}\p{Script=Latin}]/gu;
const BRACKETS = /[【】[\]［］〔〕()（）「」<>〈〉{}]/g;
const LEADING_BULLETS = /^[\s\-–—•·▪■●◆*]+/u;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const NUMERIC_DATE = /(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?!\d)/g;
const CHINESE_DATE = /\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g;
/** A zero-padded month (2025年04月30日) is how web pages stamp, not how writers date. */
const PADDED_CHINESE_DATE = /\d{4}\s*年\s*0\d\s*月/;
const WRITTEN_DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?[\\s-]+${MONTH}\\.?,?[\\s-]+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'gi',
);

const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?(?!\d)/gi;
/** "6 min read", "阅读时长 3 分钟": a page's stamp, like a clock time. */
const READING_TIME = /\d+\s*(?:min(?:ute)?s?\.?\s+read|分钟(?:阅读|读完))|阅读(?:时长|时间)\s*[:：]?\s*\d+\s*分钟/gi;
/** A story's age, as aggregators stamp it: "3h", "2 hours ago", "5分钟前". */
const RELATIVE_AGE = /(?<![\w.])\d{1,2}\s?(?:h|hr|hrs|d)(?![\w.])|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\s+ago\b|\d+\s*(?:秒|分钟|小时|天)前/gi;
/** A day and month without the year ("12 MAY", "May 12"): a stamp when a clock time goes with it. */
const DAY_MONTH = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\.?\\s+\\d{1,2})\\b`, 'gi');
/** Separators of menus and breadcrumbs; dots and slashes only with spaces around them. */
const MENU_SEPARATOR = /\s*(?:>>|»|›|>|＞|→|\||｜|丨)\s*|\s+[·•/\\]\s+/;
const ARROW = /(?:>>|»|›|>|＞|→)/;
const SENTENCE_END = /[。！？]|[.!?]["”’)\]]*(?:\s|$)/u;

/** Lines longer than this are never a stamp, a menu, a widget or a field line. */
const MAX_SHORT_CHROME = 200;
const ONE = {
  numericDate: new RegExp(NUMERIC_DATE.source),
  chineseDate: new RegExp(CHINESE_DATE.source),
  writtenDate: new RegExp(WRITTEN_DATE.source, 'i'),
  clock: new RegExp(CLOCK.source, 'i'),
  readingTime: new RegExp(READING_TIME.source, 'i'),
  relativeAge: new RegExp(RELATIVE_AGE.source, 'i'),
  dayMonth: new RegExp(DAY_MONTH.source, 'i'),
};

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
/** Han characters: the CJK blocks of the BMP by code, astral ones by the regular expression. */
export function hanCount(s: string): number {
  let n = 0;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) n++;
    else if (c >= 0xd800 && c <= 0xdbff) astral = true;
  }
  return astral ? count(s, HAN) : n;
}
/** Latin words: a Latin letter, then letters, digits, apostrophes and hyphens (by code: fast). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    const letter = (lower >= 97 && lower <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && ((c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45))) inWord = false;
  }
  return n;
}

/** Share of the line's letters (Han characters and Latin letters) that words of `m` cover. */
function coverage(line: string, m: WordMatcher): { share: number; hits: number } {
  const letters = count(line, LETTER);
  if (letters === 0) return { share: 0, hits: 0 };
  let covered = 0;
  let hits = 0;
  for (const match of line.matchAll(m.regex)) {
    covered += count(match[0], LETTER);
    hits++;
  }
  return { share: covered / letters, hits };
}

/** Text left when every date, time and time-stamp word is taken out. */
function withoutDates(s: string, v: ChromeVocabulary): string {
  return s
    .replace(NUMERIC_DATE, ' ')
    .replace(CHINESE_DATE, ' ')
    .replace(WRITTEN_DATE, ' ')
    .replace(CLOCK, ' ')
    .replace(READING_TIME, ' ')
    .replace(RELATIVE_AGE, ' ')
    .replace(DAY_MONTH, ' ')
    .replace(v.timestampWords, ' ');
}

/** A body paragraph: a sentence of some length, or simply long. */
export function isProse(line: string): boolean {
  const han = hanCount(line);
  if (han >= 8 && line.includes('。')) return true;
  if (han >= 25 && /[！？；]/.test(line)) return true;
  if (han >= 60) return true;
  const words = wordCount(line);
  // A headline may ask a question; it does not end with a full stop.
  if (words >= 8 && /\.["”’)\]]*$/.test(line)) return true;
  if (words >= 12 && /[.!?]["”’)\]]*(\s|$)/.test(line)) return true;
  return words >= 25;
}

/** A word or two: a site or section name, "更多", "Search". */
export function isFragment(line: string): boolean {
  if (line === '' || /[\d。.!?！？]/.test(line)) return false;
  const han = hanCount(line);
  const words = wordCount(line);
  return (han > 0 && han <= 4 && words === 0) || (han === 0 && words >= 1 && words <= 2);
}

/** A written date with little else ("May 14, 2025", "2025年5月2日"), no sentence. */
export function isDateLine(line: string, v: ChromeVocabulary = chromeClassifier().vocabulary): boolean {
  if (line.length > MAX_SHORT_CHROME || !(ONE.writtenDate.test(line) || ONE.chineseDate.test(line))) return false;
  if (/[。.]$/.test(line)) return false;
  const rest = withoutDates(line, v);
  return hanCount(rest) <= 6 && wordCount(rest) <= 3;
}

/** The shape of a teaser link: a headline, no closing full stop (an excerpt may trail off). */
export function isTeaserLike(line: string): boolean {
  if (line === '' || isProse(line)) return false;
  if (/[。.]$/.test(line) && !/(\.\.\.|…)$/.test(line)) return false;
  const han = hanCount(line);
  const words = wordCount(line);
  return (han <= 40 && words <= 6) || (han === 0 && words <= 16);
}

function isFooter(line: string, v: ChromeVocabulary): boolean {
  return line.length <= 300 && v.footer.some((r) => r.test(line));
}

function isWidget(line: string, v: ChromeVocabulary): boolean {
  if (line.length > MAX_SHORT_CHROME) return false;
  const han = hanCount(line);
  const words = wordCount(line);
  if (han > 30 || words > 15) return false;
  if (v.widgetPatterns.some((r) => r.test(line))) return true;
  // Buttons do not end a sentence ("Follow me!" is dialogue).
  if (/[.!?。！？]["'”’)\]]*$/.test(line)) return false;
  const { share, hits } = coverage(line, v.widgetWords);
  return hits > 0 && share >= 0.6;
}

interface Label {
  start: number;
  end: number;
}

function labelsOf(s: string, v: ChromeVocabulary): Label[] {
  const found: Label[] = [];
  for (const m of s.matchAll(v.colonLabel)) found.push({ start: m.index, end: m.index + m[0].length });
  for (const m of s.matchAll(v.slashLabel)) {
    const at = m.index + m[0].indexOf(m[1]);
    found.push({ start: at, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const labels: Label[] = [];
  for (const l of found) if (!labels.length || l.start >= labels[labels.length - 1].end) labels.push(l);
  return labels;
}

/** What may stand before the first label: a time stamp, a short name. */
function isShortPrefix(prefix: string, v: ChromeVocabulary): boolean {
  const rest = withoutDates(prefix, v);
  return !/[。！？]/.test(rest) && hanCount(rest) <= 12 && wordCount(rest) <= 4;
}

/** A field's value: a name, a date, a short title; never a sentence. */
function isFieldValue(value: string): boolean {
  if (/[。！？]/.test(value) || /[.!?]\s+\p{Lu}/u.test(value)) return false;
  const han = hanCount(value);
  const words = wordCount(value);
  if (han > 60 || words > 12) return false;
  return !(/\.\s*$/.test(value) && words > 4);
}

function isFieldLine(line: string, v: ChromeVocabulary): boolean {
  if (line.length > MAX_SHORT_CHROME) return false;
  if (v.fieldPatterns.some((r) => r.test(line))) return true;
  const s = line.replace(BRACKETS, ' ').replace(LEADING_BULLETS, '').trim();
  const labels = labelsOf(s, v);
  if (labels.length === 0 || !isShortPrefix(s.slice(0, labels[0].start), v)) return false;
  return labels.every((l, k) => isFieldValue(s.slice(l.end, labels[k + 1]?.start ?? s.length)));
}

function isTimestamp(line: string, v: ChromeVocabulary): boolean {
  if (line.length > MAX_SHORT_CHROME) return false;
  const numeric = ONE.numericDate.test(line);
  const clock = ONE.clock.test(line) || ONE.readingTime.test(line);
  const written =
    ONE.writtenDate.test(line) || ONE.chineseDate.test(line) || (shapeOn('day-month-clock') && ONE.dayMonth.test(line));
  // An aggregator's "3h · 1 min read" stamps a story as surely as a date does.
  const age = shapeOn('relative-age') && (ONE.readingTime.test(line) || ONE.relativeAge.test(line));
  if (!(numeric || PADDED_CHINESE_DATE.test(line) || (clock && written) || age)) return false;
  const rest = withoutDates(line, v).replace(BRACKETS, ' ');
  if (hanCount(rest) > 16 || wordCount(rest) > 6 || /[。！？]/.test(rest)) return false;
  return !(SENTENCE_END.test(line.trimEnd().slice(-1)) && wordCount(rest) > 0);
}

function isNavigation(line: string, v: ChromeVocabulary): boolean {
  if (line.length > MAX_SHORT_CHROME) return false;
  let s = line;
  const location = v.locationLabel.exec(s);
  const located = location !== null && /[:：]/.test(location[0]);
  if (located) s = s.slice(location[0].length);
  if (located && s.trim() === '') return true;
  if (/[。！？!?；;]/.test(s)) return false;
  const segments = s.split(MENU_SEPARATOR).map((x) => x.trim());
  const named = segments.filter(Boolean);
  if (segments.length >= 2 && named.length >= 1) {
    const short = named.every((x) => !/\d/.test(x) && !/[,，.]/.test(x) && hanCount(x) <= 10 && wordCount(x) <= 4 && x.length <= 30);
    if (!short) return false;
    if (ARROW.test(s) || located || named.length >= 3) return true;
    return named.some((x) => coverage(x, v.navigationWords).share === 1);
  }
  // A menu without separators: "Home World China Business", "网站地图关于我们联系我们".
  if (/\d/.test(s)) return false;
  const { share, hits } = coverage(s, v.navigationWords);
  const words = wordCount(s);
  const han = hanCount(s);
  if (han === 0) return words >= 4 && share >= 0.6;
  return han <= 24 && hits >= 2 && share >= 0.8;
}

export interface ChromeClassifier {
  vocabulary: ChromeVocabulary;
  /** The rule a line of chrome falls under, or undefined for a line that may be body. */
  classify(line: string): ChromeRule | undefined;
  /** A "related news" heading, alone on its line. */
  isRelatedHeader(line: string): boolean;
  /** A copyright line of the kind that ends a page ("Copyright © 2025 …", "…版权所有"). */
  isPageEnd(line: string): boolean;
}

/** Lines judged, remembered across boilerplate passes and documents (page chrome repeats). */
const MEMO_SIZE = 20_000;

export function classifierFor(vocabulary: ChromeVocabulary): ChromeClassifier {
  const judge = (line: string): ChromeRule | undefined => {
    if (line === '') return undefined;
    if (isFooter(line, vocabulary)) return 'edge/footer';
    if (isWidget(line, vocabulary)) return 'edge/widget';
    if (isFieldLine(line, vocabulary)) return 'edge/field-labels';
    if (isTimestamp(line, vocabulary)) return 'edge/timestamp';
    if (isNavigation(line, vocabulary)) return 'edge/navigation';
    return undefined;
  };
  const memo = new Map<string, ChromeRule | null>();
  const classify = (line: string): ChromeRule | undefined => {
    if (line.length > MAX_SHORT_CHROME) return judge(line);
    const known = memo.get(line);
    if (known !== undefined) return known ?? undefined;
    if (memo.size >= MEMO_SIZE) memo.clear();
    const rule = judge(line);
    memo.set(line, rule ?? null);
    return rule;
  };
  return {
    vocabulary,
    classify,
    isRelatedHeader: (line) => vocabulary.relatedHeader.test(line),
    isPageEnd: (line) => line.length <= 400 && vocabulary.pageEnd.test(line),
  };
}

/** Compiles a vocabulary (its patterns' own examples are checked then). */
export function compileChromeClassifier(data: unknown): ChromeClassifier {
  return classifierFor(compileChromeVocabulary(data));
}

/**
 * The vocabulary's whole-line examples that the classifier gets wrong ("line: classified X,
 * expected Y"); a test requires none. Not run at load: it would compile every matcher up front.
 */
export function wrongExamples(classifier: ChromeClassifier): string[] {
  const wrong: string[] = [];
  for (const { rule, lines } of classifier.vocabulary.examples)
    for (const line of lines) {
      const got = classifier.classify(line);
      if (got !== (rule ?? undefined)) wrong.push(`${line}: classified ${got ?? 'as body'}, expected ${rule ?? 'body'}`);
    }
  return wrong;
}

let compiled: ChromeClassifier | undefined;

export function chromeClassifier(): ChromeClassifier {
  compiled ??= compileChromeClassifier(raw);
  return compiled;
}

/** Runs normalisation with another vocabulary (evaluations); no argument: the shipped one. */
export function useChromeVocabulary(data?: unknown): void {
  compiled = data === undefined ? undefined : compileChromeClassifier(data);
}
