// The overview's own words (its few controls; the parts' titles are theirs: src/parts/registry.ts).
import type { Bilingual } from '../../model/schema';

export const OV_TEXT = {
  open: { zh: '打开完整面板', en: 'Open the full panel' },
  back: { zh: '返回总览', en: 'Back to the overview' },
  jump: { zh: '跳到', en: 'Jump to' },
  items: { zh: '{n} 项', en: '{n} items' },
  more: { zh: '另有 {n} 项，见完整面板', en: '{n} more in the full panel' },
  applies: { zh: '适用', en: 'applies' },
  notApplies: { zh: '不适用', en: 'does not apply' },
  overview: { zh: '总览', en: 'Overview' },
  allPanels: { zh: '全部面板', en: 'All panels' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },
  printed: { zh: '打印于', en: 'Printed on' },
  sourceLine: {
    zh: '资料来源：《中国脱贫攻坚·兰考故事》（国务院扶贫办 组织编写，研究出版社，2020）及所列公开来源；※ 重构读法，† 公开来源',
    en: 'Source: China’s Fight against Poverty: The Lankao Story (《中国脱贫攻坚·兰考故事》; State Council Leading Group Office of Poverty Alleviation and Development, Yanjiu Chubanshe, 2020) and the public sources listed; ※ reconstructed reading, † public source',
  },
  language: { zh: '语言', en: 'Language' },
  wholeSection: { zh: '“一张图”总览', en: 'the one-page diagram' },
  fundingTable: { zh: '扶贫资金投入（2014–2016）', en: 'Poverty-alleviation funding (2014–2016)' },
  fund: { zh: '资金', en: 'Fund' },
  amount: { zh: '金额', en: 'Amount' },
  share: { zh: '占比', en: 'Share' },
  pays: { zh: '用于', en: 'Pays for' },
  source: { zh: '来源', en: 'Source' },
  sourcesList: { zh: '资料来源', en: 'Sources' },
} satisfies Record<string, Bilingual>;
