// Paragraph numbering recognised as structure: 一、 （一） 1. 1) (1) First, Seven, and the like.

const EN_NUMBER_WORDS =
  'First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Firstly|Secondly|Thirdly|Finally|Lastly';

const NUMBERING: RegExp[] = [
  /^[一二三四五六七八九十百零〇]{1,4}[、．.]/u,
  /^[（(][一二三四五六七八九十百]{1,4}[）)]/u,
  /^[（(]\d{1,3}[）)]/u,
  /^\d{1,3}(?:\.\d{1,3})*[、．.](?!\d)/u,
  /^\d{1,3}[)）]/u,
  /^[①-⑳]/u,
  new RegExp(`^(?:${EN_NUMBER_WORDS})[,:，：]`, 'u'),
  /^[IVX]{1,5}\.(?=\s)/u,
];

/** The numbering at the head of a paragraph, exactly as written, or undefined. */
export function paragraphNumbering(text: string): string | undefined {
  for (const pattern of NUMBERING) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}
