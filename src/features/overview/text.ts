// The overview's own words (its few controls; the parts' titles are theirs: src/parts/registry.ts).
import type { Bilingual } from '../../model/schema';

export const OV_TEXT = {
  open: { zh: '打开完整面板', en: 'Open the full panel' },
  jump: { zh: '跳到', en: 'Jump to' },
  items: { zh: '{n} 项', en: '{n} items' },
  more: { zh: '另有 {n} 项，见完整面板', en: '{n} more in the full panel' },
  applies: { zh: '适用', en: 'applies' },
  notApplies: { zh: '不适用', en: 'does not apply' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },
} satisfies Record<string, Bilingual>;
