// Whose picture it is: the page's title and each part's title come from the dataset, not from
// Lankao's strings. The app's short titles (资金投入, 十二项政策 …) abbreviate Lankao's own section
// names, so they stand where a dataset names its part as Lankao's data does; a dataset that names a
// part otherwise (another county's "两项政策") is titled by its own section name. One small
// function; a part registry with titles, where there is one, is its fallback table.
import type { Bilingual } from '../model/schema';
import type { Model } from '../model/types';
import type { Lang } from '../store/url';
import { tr, ui } from '../i18n/text';

export type PartFileName = 'leadership' | 'precision' | 'four-focuses' | 'exit-criteria' | 'funding' | 'policies' | 'campaign-map' | 'timeline';

/** The data file each part draws. */
export const PART_FILE: Record<PartFileName, string> = {
  leadership: 'leadership.json',
  precision: 'precision.json',
  'four-focuses': 'four-focuses.json',
  'exit-criteria': 'exit-criteria.json',
  funding: 'support-and-funding.json',
  policies: 'household-policies.json',
  'campaign-map': 'campaign-map.json',
  timeline: 'history.json',
};

/** Lankao's section names, which the app's short titles abbreviate (data/*.json "section"). */
const LANKAO_SECTION: Record<PartFileName, Bilingual> = {
  leadership: { zh: '县领导分工：党政齐抓共管', en: 'Division of labor among county leaders: Party and government jointly in charge' },
  precision: { zh: '精准识别与六个精准', en: 'Identify the poor accurately; targeted efforts in six areas' },
  'four-focuses': { zh: '四个紧扣统揽全局', en: 'Four priorities steering the whole' },
  'exit-criteria': { zh: '退出标准：户、村、县', en: 'Exit standards: households, villages, the county' },
  funding: { zh: '专项、行业、社会扶贫与资金投入', en: 'Special, sector and social poverty alleviation, and the funding' },
  policies: { zh: '十二项政策与兜底', en: 'The twelve household policies and the safety net' },
  'campaign-map': { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
  timeline: { zh: '时间线与标题数字', en: 'Timeline and headline figures' },
};

/** A part's title: the app's (Lankao's) short title where the dataset names the part as Lankao's does, else the dataset's section name. */
export function partTitle(model: Pick<Model, 'sections'>, part: PartFileName, appTitle: Bilingual, lang: Lang): string {
  const section = model.sections.find((s) => s.file === PART_FILE[part])?.label;
  const shown = lang === 'en' ? 'en' : 'zh';
  if (!section || section[shown] === undefined || section[shown] === LANKAO_SECTION[part][shown]) return tr(appTitle, lang);
  return tr(section, lang);
}

/** Is the part's subtitle (its section name) already its title? Then it is not repeated. */
export function titleIsSection(model: Pick<Model, 'sections'>, part: PartFileName, appTitle: Bilingual, lang: Lang): boolean {
  return partTitle(model, part, appTitle, lang) !== tr(appTitle, lang);
}

/** The page's title: the dataset's name, else the name its files came under (a user's folder), else the app's. */
export function pictureTitle(model: Pick<Model, 'name'> | undefined, fileName: string | undefined, lang: Lang): string {
  const name = model?.name && model.name[lang === 'en' ? 'en' : 'zh'] !== undefined ? tr(model.name, lang) : undefined;
  // A user's picture (fileName given) is never titled as Lankao, even when its files are a copy of Lankao's.
  if (name !== undefined && !(fileName !== undefined && name === ui('title', lang))) return name;
  return fileName ?? ui('title', lang);
}
