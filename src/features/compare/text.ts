import type { Bilingual } from '../../model/schema';

export const COMPARE_TEXT = {
  title: { zh: '两张图对比', en: 'Two pictures compared' },
  lankao: { zh: '兰考县（内置）', en: 'Lankao County (built-in)' },
  userSupplied: { zh: '用户提供，未经核实', en: 'user-supplied, unchecked' },
  noCounterpart: { zh: '这张图里没有所选项的对应项。', en: 'This picture has no counterpart of the selection.' },
  funding: { zh: '资金：金额、占比、人均', en: 'Funding: amount, share, per beneficiary' },
  fundItem: { zh: '资金', en: 'Fund' },
  amount: { zh: '金额（亿元）', en: 'Amount (100 million yuan)' },
  share: { zh: '占比', en: 'Share' },
  perBeneficiary: { zh: '元/人次', en: 'Yuan per person-time' },
  exit: { zh: '退出指标与标准', en: 'Exit figures against the thresholds' },
  criterion: { zh: '指标', en: 'Criterion' },
  threshold: { zh: '标准', en: 'Threshold' },
  pass: { zh: '达标', en: 'meets it' },
  fail: { zh: '未达标', en: 'misses it' },
  none: { zh: '—', en: '—' },
  differences: { zh: '一方有、另一方没有', en: 'What one has and the other lacks' },
  responsibilities: { zh: '分工（谁负责什么）', en: 'Responsibilities (who is responsible for what)' },
  policies: { zh: '户级政策', en: 'Household policies' },
  onlyIn: { zh: '只在', en: 'Only in' },
  nothing: { zh: '没有', en: 'none' },
} satisfies Record<string, Bilingual>;
