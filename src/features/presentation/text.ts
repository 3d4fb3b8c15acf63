// The presentation's words in the start JavaScript: the header's button and the stage's way out (its
// failure note). The stage's bar and the presenter view add theirs (stageText.ts, in their own chunk).
export const PRESENT_TEXT = {
  present: { zh: '演示', en: 'Present' },
  presentHere: { zh: '从这里演示', en: 'Present from here' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
};
