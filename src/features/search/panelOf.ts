// Which panel an entity lives in: the panel drawn from its data file. An entity may also show
// in other panels (a duty in the precision lanes, the goal on the timeline); search reveals it
// in its home panel, where it always is. Checked for every entity in Chromium
// (tests/e2e/search.e2e.test.ts).
import type { Bilingual } from '../../model/schema';
import type { Model } from '../../model/types';

const PANEL_OF_FILE: Record<string, string> = {
  'leadership.json': 'leadership',
  'precision.json': 'precision',
  'four-focuses.json': 'four-focuses',
  'exit-criteria.json': 'exit-criteria',
  'support-and-funding.json': 'funding',
  'household-policies.json': 'policies',
  'campaign-map.json': 'campaign-map',
  'history.json': 'timeline',
  // The overview's goal and place are drawn on the timeline (the exit, Lankao county).
  'overview.json': 'timeline',
};

/** As each panel titles itself (its TITLE), so a result names the heading the reader sees. */
export const PANEL_NAME: Record<string, Bilingual> = {
  leadership: { zh: '县领导分工', en: 'Division of labor among county leaders' },
  precision: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  'four-focuses': { zh: '四个紧扣', en: 'Four priorities' },
  'exit-criteria': { zh: '退出标准', en: 'Exit standards' },
  funding: { zh: '资金投入', en: 'Funding' },
  policies: { zh: '十二项政策', en: 'Twelve household policies' },
  'campaign-map': { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
  timeline: { zh: '时间线', en: 'Timeline' },
  details: { zh: '详情', en: 'Details' },
};

/** The home panel of an entity; 'details' (always shown) for a file no panel draws. */
export function panelOf(model: Model, id: string): string {
  const file = model.sectionOf.get(id)?.file ?? '';
  return PANEL_OF_FILE[file.replace(/^.*\//, '')] ?? 'details';
}
