// The few words of the data control the page shows before its code arrives (DataMenu's button, the
// drop overlay, the line while a kept dataset is read): in the start JavaScript. The rest is text.ts,
// in the data control's own chunk (control.tsx).
import type { Bilingual } from '../../model/schema';

export const DATASET_START_TEXT = {
  dataMenu: { zh: '数据', en: 'Data' },
  dataMenuTitle: { zh: '数据：打开、导出、对比', en: 'Data: open, export, compare' },
  dropHere: { zh: '松开即可打开（先检查，通过后才替换当前图）', en: 'Drop to open (it is checked first; the picture changes only if it passes)' },
  restoring: { zh: '正在读取保存的数据集…', en: 'Loading the kept dataset…' },
} satisfies Record<string, Bilingual>;
