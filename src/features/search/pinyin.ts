// The pinyin of a label, from pinyin-pro (the only place that imports it, so the library loads
// with the search chunk and never with the page). Polyphonic characters get pinyin-pro's reading
// in context (行业 → háng yè), which is what a reader would type.
import { pinyin } from 'pinyin-pro';
import type { PinyinReading } from './searchIndex';

const HAN = /\p{Script=Han}/u;

export function pinyinOf(text: string): PinyinReading {
  const chars = [...text];
  const toned = pinyin(text, { type: 'array', toneType: 'symbol' });
  const plain = pinyin(text, { type: 'array', toneType: 'none', v: true });
  const numbered = pinyin(text, { type: 'array', toneType: 'num', v: true });
  // pinyin-pro returns one item per character; keep the Han ones (digits, Latin and
  // punctuation are matched through the label itself).
  const keep = (list: string[]) => list.filter((_, i) => HAN.test(chars[i] ?? ''));
  if (toned.length !== chars.length) return { toned: [], plain: [], numbered: [] };
  return { toned: keep(toned), plain: keep(plain), numbered: keep(numbered) };
}
