// Finds every glossary English form (preferred, variants, garbles) in a text: a trie over the
// normalised forms, walked from each word start over the raw text, longest match first, so
// "Astana International Financial Centre" is one match, never "Astana" plus the rest.
import type { Garble, GlossaryEntry } from './schema.js';
import type { Glossary } from './load.js';
import { formKey, isApostrophe, isSeparator, isWordChar, lowerCode } from './normalize-form.js';

export type FormRole = 'preferred' | 'variant' | 'garble';

export interface FormHit {
  entry: GlossaryEntry;
  role: FormRole;
  /** The form as written in the glossary. */
  form: string;
  garble?: Garble;
}

export interface TermMatch {
  /** UTF-16 offsets into the text given. */
  start: number;
  end: number;
  text: string;
  /** Every glossary form with this key: usually one; a real name and a conditional garble can share one. */
  hits: FormHit[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  hits?: FormHit[];
  /** Hits whose form is an acronym ("WHO", "UN"): they match only in the same case. */
  caseSensitive?: Set<FormHit>;
}

/** Acronyms match case-sensitively, so "WHO" is the organisation and "who" a pronoun. */
function isAcronym(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function squeeze(s: string): string {
  return s.replace(/[\s\-\u2010-\u2015'\u2019\u02bc\u2018]/g, '');
}

const SPACE = 0x20;
const PLUS = 0x2b;
const roleOrder: Record<FormRole, number> = { preferred: 0, variant: 1, garble: 2 };

const tries = new WeakMap<Glossary, TrieNode>();

/** Every form the glossary knows in English, with its role. */
export function englishForms(glossary: Glossary): FormHit[] {
  const forms: FormHit[] = [];
  for (const entry of glossary.entries) {
    forms.push({ entry, role: 'preferred', form: entry.preferred });
    for (const form of entry.variants) forms.push({ entry, role: 'variant', form });
    for (const garble of entry.garbles) forms.push({ entry, role: 'garble', form: garble.text, garble });
  }
  return forms;
}

function englishTrie(glossary: Glossary): TrieNode {
  let root = tries.get(glossary);
  if (root) return root;
  root = { next: new Map() };
  for (const hit of englishForms(glossary)) {
    const key = formKey(hit.form);
    if (!key) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    (node.hits ??= []).push(hit);
    if (isAcronym(hit.form)) (node.caseSensitive ??= new Set()).add(hit);
  }
  sortHits(root);
  tries.set(glossary, root);
  return root;
}

function sortHits(node: TrieNode): void {
  node.hits?.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.entry.id.localeCompare(b.entry.id));
  for (const child of node.next.values()) sortHits(child);
}

/** All glossary English forms in `text`, left to right, non-overlapping, longest first. */
export function findEnglishTerms(glossary: Glossary, text: string): TermMatch[] {
  const root = englishTrie(glossary);
  const matches: TermMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code) || (i > 0 && isWordChar(text.charCodeAt(i - 1))) || !root.next.has(lowerCode(code))) {
      i++;
      continue;
    }
    const found = longestFrom(root, text, i);
    if (!found) {
      i++;
      continue;
    }
    matches.push({ start: i, end: found.end, text: text.slice(i, found.end), hits: found.hits });
    i = found.end;
  }
  return matches;
}

/** Walks the trie from `start`: the longest form ending at a word boundary, with its hits. */
function longestFrom(root: TrieNode, text: string, start: number): { end: number; hits: FormHit[] } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; hits: FormHit[] } | undefined;
  let pendingSeparator = false;
  let last = 0;
  for (let j = start; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (isSeparator(code)) {
      pendingSeparator = true;
      continue;
    }
    if (isApostrophe(code)) {
      // inside or at the end of a word ("Xi'an", "Ministers' Meeting"), never before one
      if (pendingSeparator || !isWordChar(text.charCodeAt(j - 1))) break;
      continue;
    }
    const lower = lowerCode(code);
    if (pendingSeparator && lower !== PLUS && last !== PLUS) {
      node = node.next.get(SPACE);
      if (!node) break;
    }
    pendingSeparator = false;
    node = node.next.get(lower);
    if (!node) break;
    last = lower;
    if (node.hits && !(isWordChar(lower) && isWordChar(text.charCodeAt(j + 1)))) {
      const hits = hitsInCase(node, text.slice(start, j + 1));
      if (hits.length) best = { end: j + 1, hits };
    }
  }
  return best;
}

function hitsInCase(node: TrieNode, span: string): FormHit[] {
  const hits = node.hits ?? [];
  const exact = node.caseSensitive;
  if (!exact) return hits;
  const squeezed = squeeze(span);
  return hits.filter((h) => !exact.has(h) || squeeze(h.form) === squeezed);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression for every form (separators as `[\s-]+`), longest alternatives first:
 * the plain baseline the benchmark compares the trie with. Flags: `giu`.
 */
export function englishFormsRegExp(glossary: Glossary): RegExp {
  const keys = [...new Set(englishForms(glossary).map((h) => formKey(h.form)))].filter(Boolean);
  keys.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternatives = keys.map((k) => k.split(' ').map(escapeRegExp).join('[\\s\\-\u2010-\u2015]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
