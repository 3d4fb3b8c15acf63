// The interface's words that only parts loaded on demand show (the details, the full panels and their
// tools, the header's figures): with them in their chunks, not in the start JavaScript (i18n/text.ts
// has the start code's). The same shape and lookup as `ui`.
import type { Bilingual } from '../model/schema';
import type { Lang } from '../store/url';
import { tr } from './text';

const LATER_UI = {
  headline: { zh: '关键数字', en: 'Headline figures' },
  sources: { zh: '来源', en: 'Sources' },
  source: { zh: '来源', en: 'Source' },
  dataError: { zh: '数据有误，无法显示', en: 'The data has problems and cannot be shown' },
  shownInBook: { zh: '书中所示', en: 'Shown in the book' },
  derived: { zh: '推算', en: 'Derived' },
  ourDescription: { zh: '标题为本项目的描述', en: 'title is our description' },
  links: { zh: '关联', en: 'Links' },
  measures: { zh: '数字', en: 'Figures' },
  showTable: { zh: '显示表格', en: 'Show table' },
  hideTable: { zh: '隐藏表格', en: 'Hide table' },
  backToAll: { zh: '返回全部', en: 'Back to all panels' },
  backToOverview: { zh: '← 返回总览', en: '← Back to the overview' },
  saveImage: { zh: '存为图片', en: 'Save PNG' },
  saveImageHint: { zh: '把这个面板存为 PNG（2 倍清晰度，带标题、来源和符号说明）', en: 'Save this panel as a PNG (2×, with title, source and key)' },
  exportFailed: {
    zh: '这个面板的图片没能生成，请再试一次，或用浏览器截图。',
    en: 'The image of this panel could not be created. Try again, or take a screenshot.',
  },
} satisfies Record<string, Bilingual>;

export type LaterUiKey = keyof typeof LATER_UI;

export function laterUi(key: LaterUiKey, lang: Lang): string {
  return tr(LATER_UI[key], lang);
}
