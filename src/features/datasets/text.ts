// The dataset control's words, in both languages (kept here, not in i18n/text.ts: one feature, one file).
// Those the page needs before the control's code arrives are startText.ts.
import type { Bilingual } from '../../model/schema';
import { DATASET_START_TEXT } from './startText';

export const DATASET_TEXT = {
  ...DATASET_START_TEXT,
  showing: { zh: '现在显示：', en: 'Showing: ' },
  userShort: { zh: '用户提供的数据 · 未核实', en: 'User-supplied · unchecked' },
  comparing: { zh: '对比：', en: 'Comparing: ' },
  openGroup: {
    zh: '打开另一个县的数据（先检查，通过后才替换当前图）',
    en: 'Open another county’s data (checked first; the picture changes only if it passes)',
  },
  builtIn: { zh: '内置数据：兰考县（每一项都有来源）', en: 'Built-in data: Lankao County (every item sourced)' },
  builtInName: { zh: '兰考县（内置）', en: 'Lankao County (built-in)' },
  userSupplied: { zh: '用户提供的数据', en: 'User-supplied data' },
  userWarning: {
    zh: '不是内置的兰考数据；本项目没有核实其内容和来源。',
    en: 'Not the built-in Lankao picture; this project has not checked its content or sources.',
  },
  backToLankao: { zh: '返回兰考', en: 'Back to Lankao' },
  openFolder: { zh: '打开文件夹…', en: 'Open folder…' },
  openFiles: { zh: '打开 zip、数据包或文件…', en: 'Open a zip, bundle or files…' },
  openFilesHint: { zh: 'JSON 数据文件、.zip 或数据包', en: 'JSON data files, a .zip or a bundle' },
  dropHint: { zh: '也可以把文件夹、zip 或数据包拖到页面上', en: 'or drop a folder, zip or bundle onto the page' },
  checking: { zh: '正在检查数据…', en: 'Checking the data…' },
  exportBundle: { zh: '导出数据包', en: 'Export bundle' },
  compareWith: { zh: '对比：', en: 'Compare with:' },
  noCompare: { zh: '（不对比）', en: '(no comparison)' },
  problemsTitle: { zh: '数据有问题，没有打开', en: 'The data has problems and was not opened' },
  problemsKept: { zh: '页面上的图没有改变。', en: 'The picture on screen has not changed.' },
  problemFile: { zh: '文件', en: 'File' },
  problemPlace: { zh: '位置', en: 'Place' },
  problemExpected: { zh: '问题', en: 'What was expected' },
  wholeFile: { zh: '（整个文件）', en: '(whole file)' },
  close: { zh: '关闭', en: 'Close' },
  notFound: {
    zh: '链接里的数据集不在这个浏览器中（只保存在打开它的浏览器里），现在显示的是内置的兰考数据。',
    en:
      'The dataset named in the link is not kept in this browser (datasets stay in the browser that opened them); ' +
      'showing the built-in Lankao picture.',
  },
  checkerFailed: {
    zh: '检查数据的程序没有加载成功（网络中断或被拦截），数据没有被检查，也没有打开。请稍后再试。',
    en: 'The code that checks data could not be loaded (the network failed or blocked it); the data was not checked or opened. Try again.',
  },
  storedBad: {
    zh: '保存在这个浏览器里的数据集无法显示，现在显示的是内置的兰考数据：',
    en: 'A dataset kept in this browser cannot be shown; showing the built-in Lankao picture: ',
  },
  removeKept: { zh: '从这个浏览器中删除它', en: 'Remove it from this browser' },
  removeFailed: { zh: '没能删除这个数据集（浏览器的存储不可用）。', en: 'The dataset could not be removed (the browser’s storage is unavailable).' },
  damaged: { zh: '已损坏', en: 'damaged' },
  exportFailed: {
    zh: '导出没有成功（网络中断或被拦截，没有下载任何文件）。请再试一次。',
    en: 'The export did not work (the network failed or blocked it; nothing was downloaded). Try again.',
  },
  tooSlow: {
    zh: '打开数据超过 60 秒，已停止；请确认选的是一个数据文件夹、zip 或数据包。',
    en: 'Opening the data took more than 60 s and was stopped; expected a data folder, zip or bundle.',
  },
  notKept: { zh: '无法保存在这个浏览器中：刷新后会消失。', en: 'It could not be kept in this browser: a reload will lose it.' },
} satisfies Record<string, Bilingual>;

export type DatasetTextKey = keyof typeof DATASET_TEXT;
