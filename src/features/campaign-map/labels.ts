// Pure: a node's label as the lines to draw, wrapped to a maximum width. SVG text does not
// wrap, and measuring in the DOM would make the layout depend on the browser, so widths come from
// shared/textMetrics' glyph table (Noto Sans CJK SC, bold — the widest weight we use, so regular
// text always fits its box) and lines from its balanced, phrase-aware wrap.
import type { Bilingual, Confidence } from '../../model/schema';
import type { Lang } from '../../store/url';
import { confidenceMark, entityLabel } from '../../shared/entityText';
import { wrapBalanced } from '../../shared/textMetrics';

export interface LabelStyle {
  /** Font size of the main (first-language) lines, px. */
  size: number;
  /** Font size of the English lines under Chinese in "both" mode, px. */
  secondSize: number;
  /** Wrap width for Chinese, px. */
  maxWidth: number;
  /** Wrap width for English: wider, as English needs about 1.6× the room of the same label in Chinese. */
  maxWidthEn: number;
}

/**
 * Styles by level below the whole map's root: the root, the five branches, sub-branches, items.
 * The branches' English wrap (210) keeps their column narrow enough that all five fit a 390 px phone
 * at the readable scale ("Deepening the “five transitions”" wraps in two, like its siblings).
 */
export const LABEL_STYLES: readonly LabelStyle[] = [
  { size: 16, secondSize: 13, maxWidth: 150, maxWidthEn: 170 },
  { size: 14, secondSize: 12.5, maxWidth: 190, maxWidthEn: 210 },
  { size: 13, secondSize: 12, maxWidth: 190, maxWidthEn: 240 },
  { size: 13, secondSize: 12, maxWidth: 220, maxWidthEn: 270 },
];

export function labelStyle(level: number): LabelStyle {
  return LABEL_STYLES[Math.min(level, LABEL_STYLES.length - 1)]!;
}

export interface LabelLineText {
  text: string;
  lang: 'zh' | 'en';
  size: number;
  /** The second language in "both" mode (drawn lighter). */
  secondary: boolean;
}

/**
 * The lines of one node's label. A reconstructed reading carries its ※ mark (an external fact
 * its †) after the first language's text, so it shows in every language setting.
 */
export function labelLines(label: Bilingual, confidence: Confidence, lang: Lang, level: number): LabelLineText[] {
  const style = labelStyle(level);
  const mark = confidenceMark(confidence);
  const parts: { text: string; lang: 'zh' | 'en'; secondary: boolean }[] =
    lang === 'both'
      ? label.zh === label.en
        ? [{ text: label.zh, lang: 'zh', secondary: false }]
        : [
            { text: label.zh, lang: 'zh', secondary: false },
            { text: label.en, lang: 'en', secondary: true },
          ]
      : [{ text: label[lang], lang, secondary: false }];
  if (mark) parts[0]!.text = `${parts[0]!.text} ${mark}`;
  const out: LabelLineText[] = [];
  for (const p of parts) {
    const size = p.secondary ? style.secondSize : style.size;
    for (const text of wrapBalanced(p.text, p.lang === 'en' ? style.maxWidthEn : style.maxWidth, size))
      out.push({ text, lang: p.lang, size, secondary: p.secondary });
  }
  return out;
}

/** The accessible name of a node: its label in the reader's language and its mark (shared/entityText). */
export function accessibleLabel(label: Bilingual, confidence: Confidence, lang: Lang): string {
  return entityLabel({ label, confidence }, lang);
}
