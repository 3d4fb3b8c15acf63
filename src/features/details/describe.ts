// Pure: what the details view shows for one entity — its links grouped by kind, read from the
// selected entity's side ("responsible for" vs "who is responsible").
import { edgesOf, type EntityGraph } from '../../core/graph';
import type { Bilingual, Link, LinkType } from '../../model/schema';

export const LINK_GROUP_LABEL: Record<LinkType, { out: Bilingual; in: Bilingual }> = {
  'part-of': { out: { zh: '属于', en: 'Part of' }, in: { zh: '包含', en: 'Contains' } },
  'responsible-for': { out: { zh: '负责', en: 'Responsible for' }, in: { zh: '负责人', en: 'Responsibility of' } },
  realises: { out: { zh: '落实', en: 'Puts into practice' }, in: { zh: '由谁落实', en: 'Put into practice by' } },
  funds: { out: { zh: '资助', en: 'Funds' }, in: { zh: '资金来源', en: 'Funded by' } },
  measures: { out: { zh: '衡量', en: 'Measures' }, in: { zh: '衡量标准', en: 'Measured by' } },
  'applies-to': { out: { zh: '适用于', en: 'Applies to' }, in: { zh: '适用的政策或标准', en: 'Policies and criteria that apply' } },
  answers: { out: { zh: '回答', en: 'Answers' }, in: { zh: '由谁回答', en: 'Answered by' } },
  concerns: { out: { zh: '涉及', en: 'Concerns' }, in: { zh: '相关', en: 'Concerned by' } },
};

export interface LinkGroup {
  key: string;
  label: Bilingual;
  items: { id: string; link: Link }[];
}

export function linkGroups(graph: EntityGraph, id: string): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const e of edgesOf(graph, id)) {
    const key = `${e.link.type}:${e.direction}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: LINK_GROUP_LABEL[e.link.type][e.direction], items: [] }));
    g.items.push({ id: e.other, link: e.link });
  }
  const order = Object.keys(LINK_GROUP_LABEL);
  return [...groups.values()].sort((a, b) => order.indexOf(a.key.split(':')[0]!) - order.indexOf(b.key.split(':')[0]!) || a.key.localeCompare(b.key));
}
