// Bilingual text. The language setting is zh, en or both (for mixed audiences at trainings).
import type { Bilingual } from '../model/schema';
import type { Lang } from '../store/url';

/** One string for the current language; "both" joins them (Chinese first, as in the book). */
export function tr(text: Bilingual, lang: Lang): string {
  if (lang === 'both') return text.zh === text.en ? text.zh : `${text.zh} · ${text.en}`;
  return text[lang];
}

/** Lines to draw for a label: one in zh or en, two in both (for SVG and table cells). */
export function trLines(text: Bilingual, lang: Lang): string[] {
  if (lang === 'both') return text.zh === text.en ? [text.zh] : [text.zh, text.en];
  return [text[lang]];
}

/** The language for the html lang attribute and number formatting. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

// The words the start code shows; those only later parts show are in laterText.ts (with them in their chunks).
const UI = {
  title: { zh: '一张图看懂兰考脱贫', en: 'Lankao’s exit from poverty at a glance' },
  // Short enough for its line at 1280 px (the introduction beside the picture says the rest, issue 22).
  subtitle: {
    zh: '河南兰考 2014–2017 · 可交互',
    en: 'Lankao County, Henan, 2014–2017 · interactive, sourced',
  },
  language: { zh: '语言', en: 'Language' },
  langZh: { zh: '中文', en: '中文' },
  langEn: { zh: 'English', en: 'English' },
  langBoth: { zh: '中英', en: 'Both' },
  clearSelection: { zh: '清除选择', en: 'Clear selection' },
  details: { zh: '详情', en: 'Details' },
  detailsEmpty: {
    zh: '点击任意一项（或用 Tab 键选中后按回车），查看它的来源和关联。',
    en: 'Click any item (or Tab to it and press Enter) to see its sources and what it links to.',
  },
  panelError: { zh: '这个面板出错了，其他面板不受影响。', en: 'This panel failed; the other panels keep working.' },
  reconstructed: { zh: '重构读法', en: 'Reconstructed reading' },
  external: { zh: '公开来源', en: 'Public source' },
  verbatim: { zh: '书中原文', en: 'As printed in the book' },
  interpretive: { zh: '我们的解读', en: 'Our reading' },
  printedAs: { zh: '印刷原文', en: 'Printed as' },
  expand: { zh: '放大', en: 'Expand' },
  retry: { zh: '重试', en: 'Retry' },
  panelLoading: { zh: '正在加载这个面板…', en: 'Loading this panel…' },
  reloadPanel: { zh: '重新加载这个面板', en: 'Reload this panel' },
  reloadPage: { zh: '重新加载页面', en: 'Reload the page' },
  headerError: { zh: '关键数字无法显示，其他部分不受影响。', en: 'The headline figures could not be shown; the rest of the page keeps working.' },
  saveSlide: { zh: '16:9', en: '16:9' },
  saveSlideHint: { zh: '存为 16:9 幻灯片图片（1920×1080）', en: 'Save as a 16:9 slide image (1920×1080)' },
  saveWhole: { zh: '存为整图', en: 'Save the whole picture' },
  saveWholeHint: { zh: '把整张总览图存为 PNG（2 倍清晰度）', en: 'Save the whole overview as one PNG (2×)' },
  wholeFailed: { zh: '整图没能生成，请再试一次，或用浏览器截图。', en: 'The image could not be created. Try again, or take a screenshot.' },
} satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof UI;

export function ui(key: UiKey, lang: Lang): string {
  return tr(UI[key], lang);
}
