// The overview's own words (part titles as the book names them, and its few controls).
import type { Bilingual } from '../../model/schema';

export type PartName = 'leadership' | 'precision' | 'four-focuses' | 'exit-criteria' | 'funding' | 'policies' | 'campaign-map' | 'timeline';

export const PART_TITLE: Record<PartName, Bilingual> = {
  leadership: { zh: '县领导分工', en: 'Who leads what' },
  precision: { zh: '六个精准', en: 'Six precisions' },
  funding: { zh: '资金投入', en: 'Funding' },
  'exit-criteria': { zh: '退出标准', en: 'Exit criteria' },
  'four-focuses': { zh: '四个紧扣', en: 'Four priorities' },
  policies: { zh: '十二项政策', en: 'Twelve household policies' },
  'campaign-map': { zh: '脱贫攻坚图', en: 'Campaign map' },
  timeline: { zh: '时间线', en: 'Timeline' },
};

export const OV_TEXT = {
  open: { zh: '打开完整面板', en: 'Open the full panel' },
  back: { zh: '返回总览', en: 'Back to the overview' },
  jump: { zh: '跳到', en: 'Jump to' },
  items: { zh: '{n} 项', en: '{n} items' },
  applies: { zh: '适用', en: 'applies' },
  notApplies: { zh: '不适用', en: 'does not apply' },
  overview: { zh: '总览', en: 'Overview' },
  allPanels: { zh: '全部面板', en: 'All panels' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },
} satisfies Record<string, Bilingual>;
