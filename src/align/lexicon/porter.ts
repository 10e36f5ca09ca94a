// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), following his
// reference C implementation step by step over a character array. natural's implementation
// builds regular expressions and strings at every step and costs several microseconds a word,
// which a document of a few thousand distinct words pays at every start; this one does not
// allocate beyond the result. The lexicon index is built with it too, so both sides agree.

class Stemmer {
  b: string[] = [];
  k = 0;
  j = 0;

  /** True when b[i] is a consonant ('y' is one at the start or after a vowel). */
  cons(i: number): boolean {
    switch (this.b[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i === 0 ? true : !this.cons(i - 1);
      default:
        return true;
    }
  }

  /** The number of vowel–consonant sequences in b[0..j]. */
  m(): number {
    let n = 0;
    let i = 0;
    const j = this.j;
    for (;;) {
      if (i > j) return n;
      if (!this.cons(i)) break;
      i += 1;
    }
    i += 1;
    for (;;) {
      for (;;) {
        if (i > j) return n;
        if (this.cons(i)) break;
        i += 1;
      }
      i += 1;
      n += 1;
      for (;;) {
        if (i > j) return n;
        if (!this.cons(i)) break;
        i += 1;
      }
      i += 1;
    }
  }

  vowelInStem(): boolean {
    for (let i = 0; i <= this.j; i += 1) if (!this.cons(i)) return true;
    return false;
  }

  doubleConsonant(j: number): boolean {
    return j >= 1 && this.b[j] === this.b[j - 1] && this.cons(j);
  }

  /** consonant–vowel–consonant ending at i, the last not w, x or y (hop, not snow). */
  cvc(i: number): boolean {
    if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
    const c = this.b[i];
    return c !== 'w' && c !== 'x' && c !== 'y';
  }

  ends(s: string): boolean {
    const length = s.length;
    if (length > this.k + 1) return false;
    for (let t = 0; t < length; t += 1) if (this.b[this.k - length + 1 + t] !== s[t]) return false;
    this.j = this.k - length;
    return true;
  }

  setTo(s: string): void {
    for (let t = 0; t < s.length; t += 1) this.b[this.j + 1 + t] = s[t];
    this.k = this.j + s.length;
  }

  replaceIfMeasured(s: string): void {
    if (this.m() > 0) this.setTo(s);
  }

  step1ab(): void {
    if (this.b[this.k] === 's') {
      if (this.ends('sses')) this.k -= 2;
      else if (this.ends('ies')) this.setTo('i');
      else if (this.b[this.k - 1] !== 's') this.k -= 1;
    }
    if (this.ends('eed')) {
      if (this.m() > 0) this.k -= 1;
    } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
      this.k = this.j;
      if (this.ends('at')) this.setTo('ate');
      else if (this.ends('bl')) this.setTo('ble');
      else if (this.ends('iz')) this.setTo('ize');
      else if (this.doubleConsonant(this.k)) {
        this.k -= 1;
        const c = this.b[this.k];
        if (c === 'l' || c === 's' || c === 'z') this.k += 1;
      } else {
        this.j = this.k;
        if (this.m() === 1 && this.cvc(this.k)) this.setTo('e');
      }
    }
  }

  step1c(): void {
    if (this.ends('y') && this.vowelInStem()) this.b[this.k] = 'i';
  }

  /** Replaces the first suffix of `rules` (pairs) that ends the word, if the stem's measure allows. */
  private rules(rules: readonly string[]): boolean {
    for (let r = 0; r < rules.length; r += 2) {
      if (this.ends(rules[r])) {
        this.replaceIfMeasured(rules[r + 1]);
        return true;
      }
    }
    return false;
  }

  step2(): void {
    const rules = STEP2[this.b[this.k - 1]];
    if (rules) this.rules(rules);
  }

  step3(): void {
    const rules = STEP3[this.b[this.k]];
    if (rules) this.rules(rules);
  }

  step4(): void {
    const suffixes = STEP4[this.b[this.k - 1]];
    if (!suffixes) return;
    let found = false;
    for (const suffix of suffixes) {
      if (!this.ends(suffix)) continue;
      if (suffix === 'ion' && !(this.j >= 0 && (this.b[this.j] === 's' || this.b[this.j] === 't'))) continue;
      found = true;
      break;
    }
    if (found && this.m() > 1) this.k = this.j;
  }

  step5(): void {
    this.j = this.k;
    if (this.b[this.k] === 'e') {
      const a = this.m();
      if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k -= 1;
    }
    // m() still measures up to the original end, as in the reference implementation.
    if (this.b[this.k] === 'l' && this.doubleConsonant(this.k) && this.m() > 1) this.k -= 1;
  }
}

const STEP2: Record<string, readonly string[]> = {
  a: ['ational', 'ate', 'tional', 'tion'],
  c: ['enci', 'ence', 'anci', 'ance'],
  e: ['izer', 'ize'],
  l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
  o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'],
  s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
  t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'],
  g: ['logi', 'log'],
};

const STEP3: Record<string, readonly string[]> = {
  e: ['icate', 'ic', 'ative', '', 'alize', 'al'],
  i: ['iciti', 'ic'],
  l: ['ical', 'ic', 'ful', ''],
  s: ['ness', ''],
};

const STEP4: Record<string, readonly string[]> = {
  a: ['al'],
  c: ['ance', 'ence'],
  e: ['er'],
  i: ['ic'],
  l: ['able', 'ible'],
  n: ['ant', 'ement', 'ment', 'ent'],
  o: ['ion', 'ou'],
  s: ['ism'],
  t: ['ate', 'iti'],
  u: ['ous'],
  v: ['ive'],
  z: ['ize'],
};

const stemmer = new Stemmer();

/** The Porter stem of a lower-case word (words of one or two letters are their own stem). */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  const s = stemmer;
  s.b = word.split('');
  s.k = word.length - 1;
  s.j = 0;
  s.step1ab();
  if (s.k > 0) {
    s.step1c();
    s.step2();
    s.step3();
    s.step4();
    s.step5();
  }
  return s.b.slice(0, s.k + 1).join('');
}
