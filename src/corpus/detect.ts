// Language (franc) and Han script (Simplified vs Traditional by character statistics).
import { franc } from 'franc';
import type { Language, Script } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han === 0 && latin === 0) return 'other';
  const code = franc(text.slice(0, 4000), { minLength: 3, only: ['cmn', 'eng', 'rus', 'kaz', 'uzn'] });
  if (code === 'cmn' || han * 3 > latin) return han > 0 ? 'zh' : 'other';
  if (code === 'eng') return 'en';
  return latin > 0 ? 'en' : 'other';
}

export function detectScript(text: string): Script {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return /[A-Za-z]/.test(text) ? 'latin' : 'none';
  return 'simplified';
}
