// Hostile text for the fuzz suite: the pieces real corpora and attackers bring (Chinese and
// English fragments, pinyin glosses, combining marks, right-to-left text and controls, C0/C1
// controls, lone surrogates, odd line ends), shuffled together by fast-check.
import fc from 'fast-check';

// A fixed seed keeps CI reproducible (the suite's "the property was exercised" counts depend on
// the draw); run with FC_SEED=random, or another number, to explore.
if (process.env.FC_SEED !== 'random') fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203) });

const CHINESE = ['中华人民共和国', '哈萨克斯坦', '联(lián)合声明', '建設(shè)性', '（以下称“各方”）', '一、', '二、', '。', '！', '？', '；', '“', '”', '，', '2022年6月8日', '第五次', '努尔苏丹', '(CICA)'];
const ENGLISH = ['The two sides', 'Nur Sudan', 'Nur -Sudan', 'U.S.', 'Jan.', 'No. 5', 'M.B. Tleuberdi', 'anti -drug', 'Tagikistan', 'new crown pneumonia', 'Essence', '1.', 'First,', '3.5%', '"', '(', ')', ' the the ', '. ', '! ', '? '];
const COMBINING = ['\u0301', '\u0308\u0308\u0308', 'e\u0301', '\u20DD', '\u0F71\u0F72'];
const RIGHT_TO_LEFT = ['مرحبا بالعالم', 'שלום', '\u202E', '\u202C', '\u200F', '\u200E', '\u2067', '\u061C'];
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B[31m', '\u007F', '\u0085', '\u2028', '\u2029', '\u200B', '\uFEFF', '\t'];
const LINE_ENDS = ['\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\n \n'];
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800', '😀', '👍🏽', '👩‍👩‍👧'];
const MARKUP = ['<script>', '&amp;', ']]>', '`', '|', '\\'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...RIGHT_TO_LEFT) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A document of hostile text, up to `maxPieces` pieces long. */
export const hostileText = (maxPieces = 60): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** A list of segments (may be empty strings), for the bead search. */
export const hostileSegments = (maxSegments = 12): fc.Arbitrary<string[]> => fc.array(hostileText(8), { maxLength: maxSegments });

export const language = fc.constantFrom('zh' as const, 'en' as const, 'other' as const);

/** Runs per property: enough to find the usual crashes, bounded so the suite stays fast. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
