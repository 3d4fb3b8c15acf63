// The pinyin of a label, from pinyin-pro (the only place that imports it). The build uses it to
// write the built-in data's readings (scripts/lib/data-plugin.ts); the page loads it only when a
// county's own data has labels the built-in table does not know. Polyphonic characters get
// pinyin-pro's reading in context (行业 → háng yè), which is what a reader would type.
//
// One call per label, with tone marks: pinyin-pro's tone-number and toneless outputs cost about
// 50× more per call (0.33 vs 0.007 ms, measured), and both follow from the marks (reading.ts).
// Imports carry .ts: the build's data plugin loads this file under Node (vite.config.ts).
import { pinyin } from 'pinyin-pro';
import { hasHan, NO_READING, readingFromToned } from './reading.ts';
import type { PinyinReading } from './searchIndex.ts';

/** The tone-marked syllables of a text's Chinese characters, in order. */
export function tonedSyllables(text: string): string[] | null {
  const chars = [...text];
  const marked = pinyin(text, { type: 'array' });
  // pinyin-pro returns one item per character; keep the Han ones (digits, Latin and
  // punctuation are matched through the label itself).
  if (marked.length !== chars.length) return null;
  return marked.filter((_, i) => hasHan(chars[i] ?? '')).map((s) => s.toLowerCase());
}

export function pinyinOf(text: string): PinyinReading {
  const toned = tonedSyllables(text);
  return toned ? readingFromToned(toned) : NO_READING;
}
