// The pinyin of a label, from pinyin-pro (the only place that imports it, so the library loads
// with the search chunk and never with the page). Polyphonic characters get pinyin-pro's reading
// in context (行业 → háng yè), which is what a reader would type.
//
// One call per label, with tone marks: pinyin-pro's tone-number and toneless outputs cost about
// 50× more per call (0.33 vs 0.007 ms, measured), and both follow from the marks.
import { pinyin } from 'pinyin-pro';
import type { PinyinReading } from './searchIndex';

const HAN = /\p{Script=Han}/u;
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

export function pinyinOf(text: string): PinyinReading {
  const chars = [...text];
  const marked = pinyin(text, { type: 'array' });
  // pinyin-pro returns one item per character; keep the Han ones (digits, Latin and
  // punctuation are matched through the label itself).
  if (marked.length !== chars.length) return { toned: [], plain: [], numbered: [] };
  const toned = marked.filter((_, i) => HAN.test(chars[i] ?? '')).map((s) => s.toLowerCase());
  return { toned, plain: toned.map(toneless), numbered: toned.map(toneNumbered) };
}
