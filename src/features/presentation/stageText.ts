// The presentation's words: the header's button's (text.ts, start code) and the stage's bar's and
// presenter view's (here, with them in their own chunk).
import { PRESENT_TEXT } from './text';

export const PRESENTATION_TEXT = {
  ...PRESENT_TEXT,
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  presenter: { zh: '演讲者视图', en: 'Presenter view' },
  presenterHint: {
    zh: '在另一个窗口打开：当前与下一步、讲稿、时间；两个窗口同步翻页',
    en: 'Opens in another window: the current and next step, the notes, the time; both windows page together',
  },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  hint: {
    zh: '翻页键、空格或 ← →；B 黑屏，F 全屏，P 演讲者视图，Esc 退出',
    en: 'Page Down/Page Up, Space or ← →; B: black screen, F: full screen, P: presenter view, Esc: exit',
  },
};
