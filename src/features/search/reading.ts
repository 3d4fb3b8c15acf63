// A label's pinyin reading from its tone-marked syllables: the toneless (jing) and tone-numbered
// (jing1) forms follow from the marks, so only the marked ones are stored or computed. No library:
// the built-in data's readings are made at build time (virtual:lankao-readings), and pinyin-pro
// loads only for labels that table does not know (another county's data).
import type { PinyinReading } from './searchIndex.ts';

const MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** jīng → jing, lǜ → lv (as typed on a keyboard). */
export function toneless(syllable: string): string {
  return syllable
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** jīng → jing1, lǜ → lv4; a neutral tone (de) has no number. */
export function toneNumbered(syllable: string): string {
  for (const ch of syllable) {
    const at = MARKED.indexOf(ch);
    if (at >= 0) return `${toneless(syllable)}${(at % 4) + 1}`;
  }
  return toneless(syllable);
}

export function readingFromToned(toned: readonly string[]): PinyinReading {
  return { toned, plain: toned.map(toneless), numbered: toned.map(toneNumbered) };
}

export const NO_READING: PinyinReading = { toned: [], plain: [], numbered: [] };

const HAN = /\p{Script=Han}/u;

/** True when a text has Chinese characters, and so needs a reading. */
export const hasHan = (text: string): boolean => HAN.test(text);
