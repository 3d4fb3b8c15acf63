// Pure: a node's label as the lines to draw, wrapped to a maximum width. SVG text does not
// wrap, and measuring in the DOM would make the layout depend on the browser, so widths are
// estimated from a table of glyph advances (Noto Sans CJK SC, bold — the widest weight we use,
// so regular text always fits its box). The estimate errs wide: a box a few pixels too large is
// harmless, text spilling out of its box is not.
import type { Bilingual, Confidence } from '../../model/schema';
import type { Lang } from '../../store/url';
import { confidenceMark } from '../../shared/entityText';

// Advance widths of printable ASCII (32–126) in em, measured in Chromium at 700 weight.
const ASCII_EM = [
  0.23, 0.37, 0.57, 0.59, 0.59, 0.96, 0.74, 0.32, 0.38, 0.38, 0.51, 0.59, 0.32, 0.37, 0.32, 0.39,
  0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.32, 0.32, 0.59, 0.59, 0.59, 0.51,
  1.01, 0.64, 0.68, 0.66, 0.71, 0.61, 0.58, 0.72, 0.76, 0.33, 0.57, 0.69, 0.58, 0.85, 0.75, 0.77,
  0.67, 0.77, 0.68, 0.62, 0.62, 0.75, 0.62, 0.91, 0.63, 0.58, 0.61, 0.38, 0.39, 0.38, 0.59, 0.57,
  0.63, 0.59, 0.64, 0.53, 0.64, 0.58, 0.37, 0.6, 0.64, 0.3, 0.31, 0.6, 0.31, 0.96, 0.64, 0.63,
  0.64, 0.64, 0.44, 0.49, 0.42, 0.64, 0.58, 0.86, 0.56, 0.57, 0.51, 0.38, 0.3, 0.38, 0.59,
];

/** Wide (CJK, full-width) characters, including the curly quotes and marks a CJK font draws full-width. */
const WIDE = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018-\u201F\u2026\u00B7\u203B\u2014\u2020]/;

export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 32 && c <= 126) return ASCII_EM[c - 32]!;
  return WIDE.test(ch) ? 1 : 0.62;
}

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size;
}

// Line-breaking rules (kinsoku): these never start a line / never end one.
const NO_START = new Set([...'，。、；：！？）》」』”’…%,.;:!?)]}']);
const NO_END = new Set([...'（《「『“‘([{']);

/** Units that must not be split: a CJK character (with its attached punctuation) or a Latin word. */
export function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word) raw.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ') {
      flush();
      raw.push(' ');
    } else if (WIDE.test(ch) || NO_START.has(ch) || NO_END.has(ch)) {
      flush();
      raw.push(ch);
    } else word += ch;
  }
  flush();
  // Glue punctuation to its neighbour so no line starts with "，" or ends with "“".
  const out: string[] = [];
  let carry = '';
  for (const t of raw) {
    if (t === ' ') {
      if (carry) out.push(carry);
      carry = '';
      out.push(t);
    } else if (NO_END.has(t)) carry += t;
    else if (NO_START.has(t) && out.length > 0 && out[out.length - 1] !== ' ' && !carry) out[out.length - 1] += t;
    else {
      out.push(carry + t);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

function greedy(tokens: readonly string[], maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let cur = '';
  let space = false;
  for (const t of tokens) {
    if (t === ' ') {
      space = cur !== '';
      continue;
    }
    const candidate = cur + (space ? ' ' : '') + t;
    space = false;
    if (cur === '' || textWidth(candidate, size) <= maxWidth) {
      cur = candidate;
    } else {
      lines.push(cur);
      cur = t;
    }
    // A single word longer than the line: cut it by characters.
    while (textWidth(cur, size) > maxWidth && [...cur].length > 1) {
      const chars = [...cur];
      let n = chars.length - 1;
      while (n > 1 && textWidth(chars.slice(0, n).join(''), size) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      cur = chars.slice(n).join('');
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wrap to at most `maxWidth` px with as few lines as possible, then balance them: the
 * narrowest width that still needs that many lines, so a two-line label splits near the
 * middle instead of leaving one character on the second line.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const tokens = tokenize(text.trim());
  const lines = greedy(tokens, maxWidth, size);
  if (lines.length < 2) return lines;
  const phrased = phraseWrap(text.trim(), maxWidth, size);
  if (phrased && phrased.length === lines.length) return phrased;
  // Never narrower than the widest word, or balancing would cut it.
  const widest = Math.max(...tokens.map((t) => textWidth(t, size)));
  let lo = Math.max(Math.floor(textWidth(text, size) / lines.length), Math.min(maxWidth, Math.ceil(widest)) - 1);
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (greedy(tokens, mid, size).length > lines.length) lo = mid;
    else hi = mid;
  }
  return greedy(tokens, hi, size);
}

/**
 * Chinese reads best broken after a pause (，、；：) — "以乡镇党委换届为契机，/配强乡镇班子" rather
 * than cutting 契机 in two. Whole phrases, greedily; null when a phrase is wider than a line.
 */
function phraseWrap(text: string, maxWidth: number, size: number): string[] | null {
  const phrases = text.split(/(?<=[，、；：])/);
  if (phrases.length < 2 || phrases.some((p) => textWidth(p, size) > maxWidth)) return null;
  const lines: string[] = [];
  let cur = '';
  for (const p of phrases) {
    if (cur && textWidth(cur + p, size) > maxWidth) {
      lines.push(cur);
      cur = p;
    } else cur += p;
  }
  if (cur) lines.push(cur);
  return lines;
}

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

/** Styles by level below the whole map's root: the root, the five branches, sub-branches, items. */
export const LABEL_STYLES: readonly LabelStyle[] = [
  { size: 16, secondSize: 13, maxWidth: 150, maxWidthEn: 170 },
  { size: 14, secondSize: 12.5, maxWidth: 190, maxWidthEn: 230 },
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
    for (const text of wrapText(p.text, p.lang === 'en' ? style.maxWidthEn : style.maxWidth, size)) out.push({ text, lang: p.lang, size, secondary: p.secondary });
  }
  return out;
}

/** The accessible name of a node: its label in the reader's language, with the mark spelled out. */
export function accessibleLabel(label: Bilingual, confidence: Confidence, lang: Lang, tr: (b: Bilingual, l: Lang) => string): string {
  const mark = confidenceMark(confidence);
  return mark ? `${tr(label, lang)} ${mark}` : tr(label, lang);
}
