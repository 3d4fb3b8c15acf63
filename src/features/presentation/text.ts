// The presentation's words: the header's button and the stage's bar share them.
export const PRESENTATION_TEXT = {
  present: { zh: '演示', en: 'Present' },
  presentHere: { zh: '从这里演示', en: 'Present from here' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
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
