// What kind of thing an entity is, in words ("职责" / "Duty"): the details, search results and the
// precision panel show it; the first picture does not, so it is not start code.
import type { Bilingual, EntityKind } from '../model/schema';

export const KIND_LABEL: Record<EntityKind, Bilingual> = {
  goal: { zh: '目标', en: 'Goal' },
  place: { zh: '地方', en: 'Place' },
  principle: { zh: '机制', en: 'Mechanism' },
  leader: { zh: '领导或部门', en: 'Leader or department' },
  duty: { zh: '职责', en: 'Duty' },
  question: { zh: '关键问题', en: 'Key question' },
  precision: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  focus: { zh: '四个紧扣', en: 'Four priorities' },
  'focus-item': { zh: '紧扣事项', en: 'Work under a priority' },
  'support-type': { zh: '扶贫方式', en: 'Type of support' },
  fund: { zh: '资金', en: 'Funding' },
  'exit-level': { zh: '退出标准', en: 'Exit standard' },
  criterion: { zh: '指标', en: 'Criterion' },
  policy: { zh: '到户政策', en: 'Household policy' },
  'household-status': { zh: '贫困户类别', en: 'Household status' },
  'household-category': { zh: '兜底类别', en: 'Safety-net category' },
  event: { zh: '事件', en: 'Event' },
  'campaign-node': { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
};
